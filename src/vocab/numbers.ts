import { markClass } from "../shared/chars.js";
import { IGNORABLE_CLASS } from "./look-alikes.js";

/**
 * The letter some documents carry after their number ("Nghị quyết số 30a/2008/NQ-CP", "Nghị quyết
 * số 30c/NQ-CP", "Quyết định số 02a/QĐ-UBND"), as a character-class range: the find stage's scan
 * and the grammar's number token read the same letters. a to d: "3m/s" or "8h/ngày" is no number.
 */
export const NUMBER_SUFFIX = "a-dA-D";

/**
 * Any other letter a number may carry, read as its letter only where the year of a legal normative
 * document and an upper-case code follow ("Nghị quyết số 3e/2000/NQ-HĐND", spaced "3e / 2000 /
 * NQ-HĐND"), or a lower-case type code and the dash before its issuer, as a listing's lower-cased
 * summary writes the same ký hiệu ("nghị quyết số 3e/2000/nq-hđnd"; read in upper case, as every
 * lower-cased ký hiệu is): a measure or a word glued to a figure ("5m/2000/…" is not written) has no
 * such year and code after it. Without the letter the number would not be read at all (its year, right after
 * "3e / ", is no number: NUMBER_HEAD in src/find/patterns.ts). NUMBER_LETTER is the letter either
 * way (regex source), for the find stage's scan, the grammar's number token and the header's number;
 * YEAR_CODE_AHEAD the look-ahead after the wider letter. The fast lexer reads the same by hand.
 */
export const NUMBER_SUFFIX_WIDE = "e-zE-Z";
// Spaces as the find stage's scan reads them on the caller's text: what prints nothing (a page's <wbr> after a slash) too.
const SPACE = `[\\s${IGNORABLE_CLASS}]`;
// The year's digits, what prints nothing between them read past as the scan reads a number's ("3e/2<ZWSP>018/…").
const IGNORABLE_RUN = `[${IGNORABLE_CLASS}]{0,4}`;
const YEAR_AHEAD_DIGITS = `(?:1${IGNORABLE_RUN}9|2${IGNORABLE_RUN}0)${IGNORABLE_RUN}[0-9]${IGNORABLE_RUN}[0-9]`;
export const YEAR_CODE_AHEAD = String.raw`(?=${SPACE}{0,8}\/${SPACE}{0,8}${YEAR_AHEAD_DIGITS}${SPACE}{0,8}\/${SPACE}{0,8}(?:[A-Z\u00D0\u0110]|[a-z\u00F0\u0111]{1,5}[ \t]{0,2}-))`;
export const NUMBER_LETTER = `(?:[${NUMBER_SUFFIX}]|[${NUMBER_SUFFIX_WIDE}]${YEAR_CODE_AHEAD})`;

/**
 * A number in two parts joined by a dot, one or two digits after it, where a ký hiệu's slash
 * follows, with or without the year of a legal normative document before the code: "Nghị quyết số
 * 66.7/2025/NQ-CP", "Nghị quyết 66.25/2026/NQ-CP" (the Government numbers the resolutions of a
 * series so). The whole is the number. A date ("ngày 23.4.2018"), a list's "1.2" or an amount
 * ("1.500 người") has no such slash and code after it; three digits after the dot ("1.234/QĐ-TTg")
 * are a thousands' separator, not read as a number (nor as "234", which is none). Sources for
 * the grammar's number token (regex, prepared text), the find stage's scan and the header's number;
 * the code's first letter as the find stage's anchor reads it (patterns.ts, SYMBOL_TAIL).
 */
export const NUMBER_PART = String.raw`\.[0-9]{1,2}`;
export const NUMBER_PART_AHEAD = String.raw`(?=[ \t]*\/[ \t]*(?:(?:19|20)[0-9]{2}[ \t]*\/[ \t]*)?[A-Za-z\u00D0\u00F0\u0110\u0111\u01AF\u01B0])`;

/**
 * Glyphs a scan (OCR) prints for the first digit of a document's own number on its "Số:" line: "Số:
 * #205 /TCT-DNNCN" (Tổng cục Thuế, 11/2022, fixtures/fresh/fresh50b-015, the file named 4205), "Số: s14
 * /BTC-CT" (Bộ Tài chính, 03/2025, fixtures/fresh/pairs50b-002); the same scan of fresh50b-015 prints
 * "§5/2021/NĐ-CP" and "Š2/2013/NĐ-CP" for 85/2021 and 52/2013. The line is still the document's own
 * number, its ký hiệu read, but the number is unreadable: not guessed from the digits after the glyph
 * (src/analyze/header/number-line.ts). A regex character class's contents.
 */
export const DIGIT_GLYPHS = "#s§Š";

/**
 * A year inside a ký hiệu with a small letter l typed for its last digit 1: "Quyết định số
 * 23/200l/QĐ-UB" (2001). The grammar's number token reads "200l" whole where a slash follows it
 * (YEAR_TYPED_L, regex source; the fast lexer reads the same by hand); the grammar takes it as the
 * year only between the number's two slashes, and reads it as 2001 with a warning. Elsewhere "5l/"
 * (litres) is no such token: only a century's two digits and one more come before the letter.
 * YEAR_TYPED_L_DIGITS is the same year as the find stage's anchor reads it (either last character).
 */
export const YEAR_TYPED_L = String.raw`(?:19|20)[0-9]l(?=\/)`;
export const YEAR_LAST_DIGIT = "[0-9l]";

/** 1 at each UTF-16 code NUMBER_SUFFIX holds: read once per number by the lexer and the short-form finder. */
export const NUMBER_SUFFIX_CODES: Uint8Array = markClass(new Uint8Array(0x10000), new RegExp(`[${NUMBER_SUFFIX}]`));
/** 1 at each UTF-16 code NUMBER_SUFFIX_WIDE holds (the lexer). */
export const NUMBER_SUFFIX_WIDE_CODES: Uint8Array = markClass(new Uint8Array(0x10000), new RegExp(`[${NUMBER_SUFFIX_WIDE}]`));

/**
 * Words a hurried typist runs into the number after them: "Quyết định số1234/QĐ-UBND",
 * "ngày23/4/2018", a date's month "ngày 30 tháng11 năm 2011". Preparation puts the space back
 * (src/prepare/prepare.ts); the find stage's scan takes a number right after "số" as a document
 * number's start (src/find/patterns.ts). ("năm" before its year is not here: its "m" before a digit
 * is every "m2" of an area, each a window preparation would rebuild; see GLUED_BEFORE_YEAR.)
 */
export const GLUED_BEFORE_NUMBER: readonly string[] = ["số", "ngày", "tháng"];

/**
 * "số" as a scan (OCR) gives it when the acute is lost and the circumflex kept: "Công văn sô
 * 7681/BKHĐT-TH", "Quyết định sô 12/QĐ-UBND", "Sô: 15/KH-UBND". "sô" is no other word a citation
 * holds, but is read as "số" only right before a number (after a colon or not), as "so" without
 * marks is in capitals: the grammar's So token, and the short form's "số" ("Nghị định sô 64").
 */
const SO_ACUTE_LOST = "sô";
/**
 * "số" as scans misread its "ố" otherwise, before a number in the same places as SO_ACUTE_LOST: the circumflex lost and
 * the acute kept, "THÔNG TƯ SÓ 20/2014/TT-BCT" (an OCR'd circular, fresh36b-007); "ố" read
 * as "é", "Căn cứ Quyết định sé 33/2012/QĐ-TTg" (fresh36b-005), "thay thé Thong tư sé 48/2015/TT-BTC" (fresh36b-011), "tại
 * thông báo sé 218/TB-DHTL" (fresh41c-004), "Luật Quản lý thuế sé 38/2019/QH14" (fresh45c-018, fresh45c-010), "ty sé:
 * 40345" (fresh50b-001). Neither is a word a citation holds.
 */
export const SO_MISREAD: readonly string[] = [SO_ACUTE_LOST, "só", "sé"];
/** "số" and its misread spellings, as one regex alternation ("số|sô|só|sé"): what every backwards read of a kind, "số", a number asks. */
export const SO_SPELLINGS_SOURCE: string = ["số", ...SO_MISREAD].join("|");

/**
 * "số" as a page whose font lacked "ố" prints it: the letter dropped, "s" alone ("Căn cứ Nghị định s
 * 63/2010/NĐ-CP", "và Nghị định s 78/2018/NĐ-CP ... của Nghị định s 127/2007/NĐ-CP"; the same pages
 * drop it elsewhere: "Tiêu chun", "một s điều", "cơ cu t chức"). Read as "số" only in lower case and
 * right before a number (after a colon or not), as SO_ACUTE_LOST is: a lone "s" is no other word a
 * citation holds. Where the page lost the space too, the number glued to it ("Nghị định s08/2014/NĐ-CP",
 * "Thông tư s88/2008/TT-BVHTTDL", "công văn s2687/TCHQ-TXNK": fresh30u-001, fresh30n-005, fresh30b-026),
 * only where the "s" stands whole (no letter before it): preparation puts the space back
 * (src/prepare/prepare.ts) and the find stage's scan takes the digit as a number's start
 * (src/find/patterns.ts); the "s" that ends a word ("Ms2", "cs1") is not read.
 */
export const SO_LETTER_LOST = "s";
/**
 * The spellings other than "số" the grammar's So token reads right before a number (SO_LETTER_LOST in lower case,
 * SO_MISREAD as written): a law's name before one ends there, as before "số" (find/named/marker.ts, amended-laws.ts).
 */
export const SO_OTHER_SPELLINGS: readonly string[] = [SO_LETTER_LOST, ...SO_MISREAD];

/**
 * A year's "năm" typed against its year, with no space: "Luật Đất đai năm2013", "ngày 19 tháng 6
 * năm2015", "Năm2020" (a page's link or a typist's slip). Preparation puts the space back
 * (src/prepare/prepare.ts), but only where the word stands whole (no letter before it) and a year of
 * this era follows (GLUED_YEAR_AHEAD: 19xx or 20xx, no fifth digit): not in GLUED_BEFORE_NUMBER,
 * whose last-letter-before-a-digit test would take every "m2" of an area.
 */
export const GLUED_BEFORE_YEAR: readonly string[] = ["năm"];
/** The year after a GLUED_BEFORE_YEAR word (regex source): four digits, 19xx or 20xx, no digit after them. */
export const GLUED_YEAR_AHEAD = "(?:19|20)[0-9]{2}(?![0-9])";

/**
 * Words a page copied from the web runs into the word after them where they follow a number: the
 * issuer's "của" after a date or number, "ngày 06/9/2005củaỦy ban nhân dân tỉnh", "năm 2011củachính
 * phủ" (the link or span around the date took the spaces on both sides). Preparation puts the space
 * after the word back (src/prepare/prepare.ts); the space before it is not needed (a number ends
 * where a letter begins). Only right after a digit and right before a letter: no Vietnamese syllable
 * goes on past "của", so the letters after it are the next word.
 */
export const GLUED_AFTER_NUMBER: readonly string[] = ["của"];

/**
 * Words the same pages run into the number or ký hiệu before them, where a link around a citation
 * took the space: "Quyết định số 1234/QĐ-UBNDcủa Ủy ban nhân dân tỉnh", "số 749/QĐ-TTgcủa Thủ
 * tướng", "Chỉ thị 05/CT-UBNDvề việc …", "Kế hoạch 12/KH-UBNDvà …", "… năm 2020về …". Preparation
 * puts a space before the word (src/prepare/prepare.ts): the ký hiệu is not cut ("1234/QĐ", a wrong
 * identity). Only in lower case, right after a digit, a capital A-Z or Đ, or a ký hiệu code ending
 * in lower case (GLUED_CODE_ENDS) ("của" may be run into the next word too, GLUED_AFTER_NUMBER): no
 * Vietnamese syllable has a letter before these (their onsets c, v, n take none), and codes are
 * written without their marks.
 */
export const GLUED_AFTER_CODE: readonly string[] = ["của", "về", "và", "năm"];
/** Codes that end in a lower-case letter, after which a GLUED_AFTER_CODE word is read as run into them: the Prime Minister's "TTg". */
export const GLUED_CODE_ENDS: readonly string[] = ["TTg"];

/**
 * A date's "ngày" run into the word before it, as pages copied from the web write where a link
 * around a citation ended: "Quyết định số 640/QĐ-TTgngày 31 tháng 5 năm 2012", "Chỉ thị số
 * 05-CT/TWngày 15/5/2016", "Luật Tổ chức Chính phủngày 25 tháng 12 năm 2001". The citation lexer's
 * Word and the law-name reader's words end where such a "ngày" begins, so ký hiệu, name and date read
 * as if the space were there. Only before spaces (or a line break) and a digit: other words end in "ngày" too.
 * GLUED_DATE_WORD is the look-ahead (regex source); gluedDateWordAt the same test by hand.
 */
export const GLUED_DATE_WORD = "[nN][gG][\\u00E0\\u00C0][yY](?:[ \\t]+|[ \\t]*\\u2060?\\n[ \\t]*)[0-9]";

/**
 * Blanks, or one line break with blanks about it (a wrapped line: "Chính phủngày ⏎ 25 tháng 12 năm 2001"; a CRLF's CR
 * reaches the finders as U+2060, prepare's textAsRead), then a digit: GLUED_DATE_WORD's tail by hand.
 */
export function gluedDateWordAt(text: string, at: number): boolean {
  if ((text.charCodeAt(at) | 0x20) !== 0x6e || (text.charCodeAt(at + 1) | 0x20) !== 0x67 || (text.charCodeAt(at + 3) | 0x20) !== 0x79) return false;
  const a = text.charCodeAt(at + 2);
  if (a !== 0xe0 && a !== 0xc0) return false;
  let j = at + 4;
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
  if (text.charCodeAt(j) === 0x2060) j++;
  if (text.charCodeAt(j) === 0x0a) {
    j++;
    while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
  } else if (j === at + 4 || text.charCodeAt(j - 1) === 0x2060) return false;
  const d = text.charCodeAt(j);
  return d >= 0x30 && d <= 0x39;
}

/**
 * A ký hiệu run into the heading that stood beside or under it in the header's table, where a page
 * flattened the table without its cells' breaks: "Số: 02 /KHLT/LĐLĐ-TĐTNCỘNG HOÀ XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM" (the national motto), "Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH" (the Youth Union's
 * name). The citation lexer's Word ends where such a heading begins, so the ký hiệu keeps its last
 * part ("TĐTN", "VP") instead of losing it to a word no code is: right after a code's capital or
 * digit, the heading's first word in capitals, spaces, and its second word whole (GLUED_HEADINGS; a
 * ký hiệu never ends in these letters, and the two words together are no code). GLUED_HEADING_WORD
 * is the look-ahead (regex source); gluedHeadingWordAt the same test by hand. Each first word is four
 * letters long: the lexer cuts its Word four letters before the Word's end, as for a glued "ngày".
 */
const GLUED_HEADINGS: readonly (readonly [string, readonly string[]])[] = [
  ["C\u1ed8NG", ["H\u00d2A", "HO\u00c0"]], // CỘNG HÒA / CỘNG HOÀ (XÃ HỘI CHỦ NGHĨA VIỆT NAM)
  ["\u0110O\u00c0N", ["TNCS"]], // ĐOÀN TNCS (HỒ CHÍ MINH)
];
const HEADING_WORD_LETTERS = "A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF0-9";
export const GLUED_HEADING_WORD = `(?<=[A-Z0-9\\u0110])(?:${GLUED_HEADINGS.map(([first, seconds]) => `${first}[ \\t]+(?:${seconds.join("|")})`).join("|")})(?![${HEADING_WORD_LETTERS}])`;

export function gluedHeadingWordAt(text: string, at: number): boolean {
  const seconds = headingAfterCodeAt(text, at);
  if (seconds === null) return false;
  let j = at + 4;
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
  return seconds.some((second) => text.startsWith(second, j) && !isHeadingWordLetter(text.charCodeAt(j + second.length)));
}

/**
 * Where GLUED_HEADING_WORD's look-ahead starts to read: a heading's first word at `at`, right after a
 * code's last character, with a space or tab after it; its second words, or null. The lexer asks it
 * to know how far the look-ahead read (the second word and the character after it), whether or not
 * the Word was cut there.
 */
export function headingAfterCodeAt(text: string, at: number): readonly string[] | null {
  // The lexer asks at most Words of five letters or more: the first letter's table says no for nearly all.
  const c = text.charCodeAt(at);
  if (c >= HEADING_FIRST_LETTER.length || HEADING_FIRST_LETTER[c] === 0 || at < 1 || !isCodeEnd(text.charCodeAt(at - 1))) return null;
  for (const [first, seconds] of GLUED_HEADINGS) {
    if (!text.startsWith(first, at)) continue;
    const after = text.charCodeAt(at + first.length);
    return after === 0x20 || after === 0x09 ? seconds : null;
  }
  return null;
}
/** 1 at each heading's first letter ("C", "Đ"). */
const HEADING_FIRST_LETTER = (() => {
  const firsts = GLUED_HEADINGS.map(([first]) => first.charCodeAt(0));
  const table = new Uint8Array(Math.max(...firsts) + 1);
  for (const c of firsts) table[c] = 1;
  return table;
})();
/** A code's last character as GLUED_HEADING_WORD's look-behind reads it: A-Z, a digit or Đ. */
const isCodeEnd = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x110;
/** A letter or digit of the citation lexer's Word (its LETTER class and 0-9): the second heading word must end before none. */
const isHeadingWordLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);

/**
 * Units of measure as a rate writes them after a slash, in small letters: "giá bán lẻ 1.000 đồng/kg",
 * "1.000,0/kg", "năng suất 5,2 tấn/ha", "8.500/m2". A number and such a unit after its slash is an
 * amount per unit, not a document's number and ký hiệu: no type or issuer code is written so. Only
 * the units spelled with code letters (no tone marks) are listed: "tấn", "lít" never look like a code.
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  "kg", "g", "mg", "ha", "km", "km2", "m", "m2", "m3", "cm", "mm", "ml", "kw", "kwh", "mw", "kv", "kva", "gb", "mb", "ccm",
]);
