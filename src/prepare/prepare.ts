import { OffsetMap } from "./offset-map.js";
import { HAS_COMBINING_MARK as HAS_COMBINING } from "../shared/chars.js";
import { toNFC } from "./normalize.js";
import { LOOK_ALIKES } from "../vocab/look-alikes.js";
import { StringBuilder, replaceInPieces } from "../shared/chunked.js";

export interface Prepared {
  /** NFC text with look-alike letters and dashes repaired. */
  text: string;
  /** Maps offsets in `text` back to the string given to prepare(). */
  map: OffsetMap;
}

/** A base character followed by combining marks: the only runs NFC can change. */
const COMBINING_RUN = /[^\u0300-\u036f][\u0300-\u036f]+/g;

/**
 * Prepares text for the grammar without losing the way back to the caller's offsets.
 * Line breaks and stray spaces are left in place: the lexer skips whitespace, so a citation
 * broken across lines parses whole while its span still covers the original characters.
 */
export function prepare(original: string): Prepared {
  // One scan decides for most windows: nothing to compose, nothing to repair.
  if (!needsPreparing(original)) return { text: original, map: UNCHANGED };
  const map = new OffsetMap();
  let text = original;
  if (HAS_COMBINING.test(original)) {
    // A builder, not `out +=`: an NFD document has a run per letter, and a chain of tens of
    // millions of concatenations costs far more memory than the text.
    const out = new StringBuilder();
    let last = 0;
    COMBINING_RUN.lastIndex = 0;
    for (let m = COMBINING_RUN.exec(original); m; m = COMBINING_RUN.exec(original)) {
      const composed = toNFC(m[0]);
      out.add(original.slice(last, m.index));
      // Marks NFC could not absorb stay after the composed letter, one for one with the run's last
      // marks ("U" + horn + horn → "Ư" + horn): only the letter itself is a many-to-one run.
      const head = composed.length - trailingMarks(composed);
      const origHead = m[0].length - (composed.length - head);
      if (head !== origHead && origHead > 0) map.addRun(out.length, head, m.index, origHead);
      else if (origHead <= 0) map.addRun(out.length, composed.length, m.index, m[0].length);
      out.add(composed);
      last = m.index + m[0].length;
    }
    out.add(original.slice(last));
    text = out.finish();
  }
  return { text: repairLookAlikes(text), map };
}

function trailingMarks(s: string): number {
  let n = 0;
  while (n < s.length - 1 && HAS_COMBINING.test(s[s.length - 1 - n])) n++;
  return n;
}

/** The map of text that preparation left as it was, shared (frozen: nothing may add a run to it). */
const UNCHANGED = Object.freeze(new OffsetMap()) as OffsetMap;

const LOOK_ALIKE_CLASS = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "g");
const HAS_LOOK_ALIKE = new RegExp(LOOK_ALIKE_CLASS.source);
const NEEDS_PREPARING = new RegExp(`[\\u0300-\\u036f${Object.keys(LOOK_ALIKES).join("")}]`);

/**
 * Whether prepare() would change `s`: a combining mark or a look-alike in it. Character by
 * character, so a text that needs none in two stretches needs none in their union.
 */
export const needsPreparing = (s: string): boolean => NEEDS_PREPARING.test(s);

/**
 * One-for-one replacements, so offsets do not move. Most windows have none: test before replacing.
 * In pieces: one replace over 135 MB of non-breaking spaces has more matches than V8 can collect.
 */
export function repairLookAlikes(s: string): string {
  return HAS_LOOK_ALIKE.test(s) ? replaceInPieces(s, LOOK_ALIKE_CLASS, (c) => LOOK_ALIKES[c]) : s;
}
