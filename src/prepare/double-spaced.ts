/**
 * A document copied from a PDF or a double-spaced Word page puts a blank line after every line (two, triple-spaced):
 * its blank lines are the page's spacing, not paragraph ends. Every rule that stops at a blank line (a "Căn cứ" item's
 * name, a heading, a ký hiệu or a date across one line break) then cut the document's phrases wherever a line ended
 * ("… Ban Bí ⏎⏎ thư", "Sở Lao động ⏎⏎- Thương binh": LAYOUT-s68-blanks.md). Such a text is read single-spaced, with the
 * way back to the caller's offsets, once, before anything else reads it (analyze(), extract()), as a legacy font's
 * text is read converted (legacy-text.ts).
 */
import { StringBuilder } from "../shared/chunked.js";
import { OffsetMap } from "./offset-map.js";

export interface SingleSpaced {
  /** The text with each gap between two lines of words shortened to the breaks it stands for. */
  text: string;
  /** Maps offsets in `text` back to the string given (each shortened gap's first break a run standing for what was dropped). */
  map: OffsetMap;
}

/**
 * Fewer gaps than this, and the text is read as written: a short text's blank lines (a snippet, a listing's row, a
 * test's two paragraphs) say nothing of a page's spacing. A document's head alone (motto, number, place and date,
 * kind, title, a few "Căn cứ") is ten lines or more.
 */
const MIN_GAPS = 8;
/**
 * At most one gap in ten may be a single break: a PDF's or a web page's copy joins a few lines of its own (a
 * table's rows, a header's two cells on two lines, a title's rule "=====" under it). Among the fresh sets' texts as
 * written, those whose every line of words is followed by a blank line hold up to 3 single breaks in 19 to 130 gaps
 * (full32-014, fresh29m-001, fresh30f-005); an ordinary single-spaced text holds far more than one in ten.
 */
const SINGLE_SHARE = 10;

/** How many single breaks more than one in ten of the gaps so far end the walk (spacingOf). */
const EARLY_SINGLES = 6;

/**
 * `text` read single-spaced (a gap of `n` breaks between two lines of words as round(n / spacing) of them, at least
 * one: double spacing's "⏎⏎" one break, its paragraph's "⏎⏎⏎⏎" a blank line), or null where the text is not spaced so
 * (most: a walk of its "\n" by indexOf finds single breaks). The blank lines before the first line of words and after
 * the last are read so too, though only the gaps between lines of words tell the spacing. A blank line holds spaces,
 * tabs, CRs and NBSPs only (a form feed is a page's end).
 */
export function singleSpaced(text: string): SingleSpaced | null {
  // An old Mac file ends its lines with a CR alone (line-breaks.ts LINE_BREAKS): its lines are read by it.
  const br = text.indexOf("\n") >= 0 ? "\n" : "\r";
  const spacing = spacingOf(text, br);
  if (spacing === 1) return null;
  const map = new OffsetMap();
  const out = new StringBuilder();
  let last = 0;
  forEachGap(text, br, (first, breaks) => {
    const kept = Math.max(1, Math.round(breaks / spacing));
    if (kept === breaks) return;
    // The gap's first break stands for itself and the blank lines dropped after it, up to and with their last break
    // (a run of one unit): a span that ends after the break ends where the next line starts, as one that ends at a
    // line's end takes in the blank lines after it in the text read as written; no offset falls inside the run. The
    // gap's last `kept - 1` breaks stay as written.
    let dropTo = first;
    for (let i = breaks - kept; i > 0; i--) dropTo = text.indexOf(br, dropTo + 1);
    out.add(text.slice(last, first + 1));
    map.addRun(out.length - 1, 1, first, dropTo + 1 - first);
    last = dropTo + 1;
  });
  if (last === 0) return null;
  out.add(text.slice(last));
  return { text: out.finish(), map };
}

/** 1 (read as written), 2 (a blank line after nearly every line) or 3 (two). */
function spacingOf(text: string, br: string): number {
  let gaps = 0;
  let single = 0;
  let double = 0;
  forEachGap(text, br, (_first, breaks, between) => {
    if (!between) return false;
    gaps++;
    if (breaks === 1) single++;
    else if (breaks === 2) double++;
    // Single breaks past a few joined lines (a header's cells, a table's rows) and one in ten of the gaps so far: a
    // single-spaced text, read no further (most texts, a few lines in). No text of the sets read single-spaced has more
    // than four such at any gap (p300's doc-000: 3.8; the probe texts' most 2.5).
    return single > EARLY_SINGLES + gaps / SINGLE_SHARE;
  });
  if (gaps < MIN_GAPS || single * SINGLE_SHARE > gaps) return 1;
  return (single + double) * SINGLE_SHARE > gaps ? 2 : 3;
}

/**
 * Calls `gap` for each run of line breaks (`br`), in order, until it answers true: where its first break is, how many
 * there are, and whether it stands `between` two lines of words (not before the first nor after the last). One indexOf
 * walk of the breaks; a line is looked at up to its first character that is no blank.
 */
function forEachGap(text: string, br: string, gap: (first: number, breaks: number, between: boolean) => boolean | void): void {
  let nl = text.indexOf(br);
  if (nl < 0) return;
  // Whether a line of words stands before the run that `first` opens.
  let words = !isBlank(text, 0, nl);
  let first = nl;
  let breaks = 1;
  for (;;) {
    const next = text.indexOf(br, nl + 1);
    const blank = isBlank(text, nl + 1, next < 0 ? text.length : next);
    if (!blank) {
      if (gap(first, breaks, words) === true) return;
      words = true;
    }
    if (next < 0) {
      if (blank) gap(first, breaks, false);
      return;
    }
    if (blank) breaks++;
    else {
      first = next;
      breaks = 1;
    }
    nl = next;
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0) return false;
  }
  return true;
}
