/**
 * A body or term a name may write as its initials (HĐND, UBND, QPPL), written out: it counts as one
 * word of the name, as its initials would.
 */
import { NAME_ABBREVIATIONS } from "../../vocab/laws.js";
import { Words } from "../words.js";
import { partsAt } from "./word-phrases.js";
/**
 * "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân": a body or term a name may write as its
 * initials (NAME_ABBREVIATIONS: HĐND, UBND, QPPL) counts as one word when written out, as its
 * initials would. Counted word by word, that name (11 words) was cut at "và Ủy". Returns how
 * many words past the one at `i` such a phrase takes (0 for none).
 */
export function writtenOutLength(words: Words, i: number): number {
  if (!WRITTEN_OUT_FIRST.has(words.get(i)!.lower)) return 0;
  for (const parts of WRITTEN_OUT) if (partsAt(words, i, parts)) return parts.length - 1;
  return 0;
}

/** Whether a written-out phrase ends at word `i`. */
export function writtenOutEndsAt(words: Words, i: number): boolean {
  for (const parts of WRITTEN_OUT) if (i - parts.length + 1 >= 0 && partsAt(words, i - parts.length + 1, parts)) return true;
  return false;
}

/** The written-out forms, lower-cased, longest first; "uỷ" as older texts place its tone too. */
const WRITTEN_OUT = [...new Set(Object.values(NAME_ABBREVIATIONS).flatMap((p) => [p.toLowerCase(), p.toLowerCase().replace(/ủy/g, "uỷ")]))]
  .map((p) => p.split(" "))
  .sort((a, b) => b.length - a.length);
const WRITTEN_OUT_FIRST = new Set(WRITTEN_OUT.map((p) => p[0]));
