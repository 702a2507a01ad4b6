import { markClass } from "../shared/chars.js";

/**
 * The letter some documents carry after their number ("Nghị quyết số 30a/2008/NQ-CP", "Nghị quyết
 * số 30c/NQ-CP", "Quyết định số 02a/QĐ-UBND"), as a character-class range: the find stage's scan
 * and the grammar's number token read the same letters. a to d: "3m/s" or "8h/ngày" is no number.
 */
export const NUMBER_SUFFIX = "a-dA-D";

/** 1 at each UTF-16 code NUMBER_SUFFIX holds: read once per number by the lexer and the short-form finder. */
export const NUMBER_SUFFIX_CODES: Uint8Array = markClass(new Uint8Array(0x10000), new RegExp(`[${NUMBER_SUFFIX}]`));

/**
 * Words a hurried typist runs into the number after them: "Quyết định số1234/QĐ-UBND",
 * "ngày23/4/2018". Preparation puts the space back (src/prepare/prepare.ts); the find stage's scan
 * takes a number right after "số" as a document number's start (src/find/patterns.ts).
 */
export const GLUED_BEFORE_NUMBER: readonly string[] = ["số", "ngày"];

/**
 * A date's "ngày" run into the word before it, as pages copied from the web write where a link
 * around a citation ended: "Quyết định số 640/QĐ-TTgngày 31 tháng 5 năm 2012", "Chỉ thị số
 * 05-CT/TWngày 15/5/2016", "Luật Tổ chức Chính phủngày 25 tháng 12 năm 2001". The citation lexer's
 * Word and the law-name reader's words end where such a "ngày" begins, so ký hiệu, name and date read
 * as if the space were there. Only before spaces and a digit: other words end in "ngày" too.
 * GLUED_DATE_WORD is the look-ahead (regex source); gluedDateWordAt the same test by hand.
 */
export const GLUED_DATE_WORD = "[nN][gG][\\u00E0\\u00C0][yY][ \\t]+[0-9]";

export function gluedDateWordAt(text: string, at: number): boolean {
  if ((text.charCodeAt(at) | 0x20) !== 0x6e || (text.charCodeAt(at + 1) | 0x20) !== 0x67 || (text.charCodeAt(at + 3) | 0x20) !== 0x79) return false;
  const a = text.charCodeAt(at + 2);
  if (a !== 0xe0 && a !== 0xc0) return false;
  let j = at + 4;
  if (text.charCodeAt(j) !== 0x20 && text.charCodeAt(j) !== 0x09) return false;
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
  const d = text.charCodeAt(j);
  return d >= 0x30 && d <= 0x39;
}
