import { OffsetMap } from "./offset-map.js";
import { mapComposedRun } from "./composed-run.js";
import { toNFC } from "./normalize.js";

/**
 * `text` with each letter's combining marks composed (NFC), and the map back to `text`: for a pass over a whole
 * document that finds words as the vocabulary writes them (composed "ậ", "ệ"), in a copy decomposed (NFD, as macOS
 * and some PDF extractors write it). Only the Latin block's marks, Vietnamese's: nothing else is changed, so such a
 * pass reads the decomposed copy as it reads the composed one.
 */
export function composedText(text: string): { text: string; map: OffsetMap } {
  const map = new OffsetMap();
  const parts: string[] = [];
  let length = 0;
  let last = 0;
  const re = new RegExp(LETTER_AND_MARKS.source, "g");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const composed = toNFC(m[0]);
    if (composed === m[0]) continue;
    parts.push(text.slice(last, m.index));
    length += m.index - last;
    mapComposedRun(map, length, m.index, m[0], composed);
    parts.push(composed);
    length += composed.length;
    last = m.index + m[0].length;
  }
  if (last === 0) return { text, map };
  parts.push(text.slice(last));
  return { text: parts.join(""), map };
}
const LETTER_AND_MARKS = /[^\u0300-\u036f][\u0300-\u036f]+/;
