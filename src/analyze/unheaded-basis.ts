import { defineCue, type Cue } from "../vocab/cues.js";
import { BULLET_CLASS } from "../vocab/bullets.js";
import { KIND_WORDS } from "./reach.js";
import { hasSmallLetter, isWhitespaceAt } from "../shared/chars.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";

/**
 * "Số: 4547/KH-UBND | Hải Phòng, ngày 25 tháng 12 năm 2015 | ⏎ - Luật Công nghệ thông tin; ⏎ - Nghị
 * định số 64/2007/NĐ-CP …": a page that prints the header as a table may drop the kind line, the
 * title and the line that introduced the basis ("Căn cứ:", "I. CĂN CỨ"), so that a list of
 * documents is the first thing under the number and date. A clerk reads that list as what the
 * document rests on, as under "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"; the list is read under this cue.
 */
export const UNHEADED_BASIS: Cue = defineCue({ type: "based_on", phrases: ["Căn cứ"], reach: "far" });

/** The header's number line is looked for this far into the text: a header is never longer. */
const HEADER_CHARS = 1500;
/** Lines read after the number line before the list must have begun (date, title, bars). */
const LINES_AFTER_NUMBER = 10;
/** A line of the header's date, whole or in pieces: "Hải Phòng, ngày 25 tháng 12 năm 2015 |", "Tuyên Quang, ngày", "10 tháng 12 năm 2013". */
const HEADER_DATE_PIECE = lazyRegExp(() => /,[ \t]*ngày(?![\p{L}\p{N}])|(?:^|[ \t])\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}/iu);
/** Nothing but a table's bars and rules, or a blank line. */
const BARS_AND_RULES_ONLY = /^[\s|*_=\-–—]*$/u;
/** A section's number ("I.", "1.", "PHẦN I"): a heading of the body, no title line. */
const NUMBERED = lazyRegExp(() => /^[ \t*#]*(?:[IVXLC]+[ \t]*\.|\d+[ \t]*[.)]|PHẦN(?![\p{L}\p{N}]))/u);
/** A list item that opens with a document's kind word: "- Luật …", "- Nghị định số …", "• Quyết định số …". */
const KIND_ITEM = lazyRegExp(() => new RegExp(String.raw`^[ \t]*[${BULLET_CLASS}][ \t]*(?:${KIND_WORDS})(?![\p{L}\p{N}])`, "iu"));
// The kind word in capitals, as a document's name is written: a separate test without the "i" flag,
// since under /iu \p{Lu} matches small letters too ("- luật sư …", "- nghị định …" retold in prose).
const CAPITAL_ITEM = lazyRegExp(() => new RegExp(String.raw`^[ \t]*[${BULLET_CLASS}][ \t]*\p{Lu}`, "u"));
const isDocumentItem = (line: string): boolean => CAPITAL_ITEM().test(line) && KIND_ITEM().test(line);
const LETTER = lazyRegExp(() => /\p{L}/u);

/**
 * Where a list of documents opens right under the header's number and date (past title lines in
 * capitals, as a title is printed), with no word before it: the offset of its first item's line,
 * or -1. At least two items: one line is no list.
 */
export function unheadedBasisStart(text: string): number {
  const number = numberColon(text);
  if (number < 0) return -1;
  const head = text.length > HEADER_CHARS ? text.slice(0, HEADER_CHARS) : text;
  let at = head.indexOf("\n", number);
  for (let n = 0; at >= 0 && n < LINES_AFTER_NUMBER; n++) {
    const start = at + 1;
    const next = head.indexOf("\n", start);
    const line = lineAt(head, start);
    if (BARS_AND_RULES_ONLY.test(line) || HEADER_DATE_PIECE().test(line) || (LETTER().test(line) && !hasSmallLetter(line) && !NUMBERED().test(line))) {
      at = next;
      continue;
    }
    if (!isDocumentItem(line) || next < 0) return -1;
    // The second item: the next line that is more than a table's bars and rules.
    let after = next;
    while (after >= 0 && after + 1 < head.length && BARS_AND_RULES_ONLY.test(lineAt(head, after + 1))) after = head.indexOf("\n", after + 1);
    return after >= 0 && isDocumentItem(lineAt(head, after + 1)) ? start : -1;
  }
  return -1;
}

/** The line that starts at `start`, without its line break. */
function lineAt(head: string, start: number): string {
  const end = head.indexOf("\n", start);
  return head.slice(start, end < 0 ? head.length : end);
}

/**
 * The colon of the header's "Số:" ("Số: 78/BC-UBND", "| Số: 87/KH-UBND"): "Số" at a line's start or
 * after a table's bar, spaces aside, in the first HEADER_CHARS characters; or -1. Found by indexOf,
 * not a regex tried at every offset: the roles reader asks it of every document.
 */
function numberColon(text: string): number {
  // Searched in the header only: a text whose header has no "Số:" is not scanned to its end for one.
  const head = text.length > HEADER_CHARS + 4 ? text.slice(0, HEADER_CHARS + 4) : text;
  for (let i = head.indexOf("Số"); i >= 0 && i < HEADER_CHARS; i = head.indexOf("Số", i + 2)) {
    let before = i - 1;
    while (before >= 0 && (text[before] === " " || text[before] === "\t")) before--;
    if (before >= 0 && text[before] !== "\n" && text[before] !== "|") continue;
    let after = i + 2;
    while (text[after] === " " || text[after] === "\t") after++;
    if (text[after] === ":") return after;
  }
  return -1;
}

/** The clause opens at the unheaded list's first item (spaces and the line break before it aside). */
export function opensUnheadedBasis(text: string, clause: { start: number; end: number }, listStart: number): boolean {
  return listStart >= clause.start && listStart < clause.end && text.slice(clause.start, listStart).trim() === "";
}

/**
 * "THỦ TƯỚNG CHÍNH PHỦ ⏎ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung … ngày 22
 * tháng 11 năm 2019; ⏎ Luật Xây dựng ngày 18 tháng 6 năm 2014; … ⏎ Căn cứ Luật Quy hoạch đô thị …"
 * (fresh30x 019), "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ ⏎ ính quyền địa phương ngày 19 tháng 6 năm 2015; ⏎ Luật
 * ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; ⏎ ố 09/2019/NĐ-CP …" (fresh29g 015): a page
 * that lost the first words of a preamble's lines, "Căn cứ" with them. A preamble line that opens with
 * the document it names, its kind word capitalised, and ends as a list's item (";") is an item of the
 * basis still: the clause [start, end) opens at a line's start with the citation at `cited`, after no
 * more than the issuer's line in capitals.
 */
export function opensBareBasisItem(text: string, clause: { start: number; end: number }, cited: number): boolean {
  // Only the issuer's line in capitals before it in the clause ("THỦ TƯỚNG CHÍNH PHỦ": a line break ends no clause).
  if (cited < clause.start || cited >= clause.end || !CAPITAL_LETTER().test(text[cited] ?? "") || hasSmallLetter(text.slice(clause.start, cited))) return false;
  let i = cited - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  if (i >= 0 && text[i] !== "\n" && text[i] !== "\r") return false;
  let j = clause.end - 1;
  while (j > cited && isWhitespaceAt(text, j)) j--;
  return text[j] === ";";
}
const CAPITAL_LETTER = lazyRegExp(() => /\p{Lu}/u);
