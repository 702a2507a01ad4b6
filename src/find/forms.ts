import { composedWord } from "../shared/chars.js";
import { COPY_STAMP_WORDS, COPY_TYPE_CODES, FORM_WORDS } from "../vocab/kinds.js";

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

/**
 * "Số: 96/SL ⏎ SAO Y BẢN CHÍNH": the number of an office's copy of the text, in the copy's stamp
 * block (COPY_TYPE_CODES, COPY_STAMP_WORDS), not a document the text cites. Whether the citation
 * written without a kind word at [start, end), its ký hiệu's first code `code`, is one: a copy's type
 * code, and a stamp's title within the few lines of the block around it (COPY_BLOCK characters each
 * way). Only a copy's code reads the text around it: a cheap test for every other citation.
 */
export function copyNumber(text: string, start: number, end: number, code: string | undefined): boolean {
  if (code === undefined || !COPY_CODES.has(code.toUpperCase())) return false;
  const around = composedWord(text.slice(Math.max(0, start - COPY_BLOCK), Math.min(text.length, end + COPY_BLOCK)));
  return COPY_STAMP.test(around);
}

const COPY_CODES: ReadonlySet<string> = new Set(COPY_TYPE_CODES);
const COPY_BLOCK = 200;
const COPY_STAMP = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COPY_STAMP_WORDS.map((w) => w.replace(/ /g, "[ \\t]+")).join("|")})(?![\\p{L}\\p{N}])`, "iu");
