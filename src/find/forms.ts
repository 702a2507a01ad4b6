import { composedWord } from "../shared/chars.js";
import { FORM_WORDS } from "../vocab/kinds.js";

/**
 * "báo cáo theo Mẫu số 01/BC", "Biểu số 02/TK", "Phụ lục số 01/PL-KH": a template, table or annex
 * numbered as a document is, which is part of one, not one. Whether such a word stands right before
 * `start` (the "số" of a citation written without a kind word), read back over a few words.
 */
export function formNamedBefore(text: string, start: number): boolean {
  const before = composedWord(text.slice(Math.max(0, start - LOOK_BACK), start)).toLowerCase();
  return FORM_BEFORE.test(before);
}

const LOOK_BACK = 24;
const FORM_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${FORM_WORDS.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\s*$`, "u");
