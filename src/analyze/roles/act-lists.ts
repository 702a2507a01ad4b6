/**
 * An article's list of the documents it acts on, read to its end. The article's heading names the act
 * and its objects in general, with or without a colon after them ("Điều 1. Bãi bỏ toàn bộ 15 văn bản quy
 * phạm pháp luật ⏎ 1. Chỉ thị số …"); between two items, a page's furniture (its number alone on a line, a
 * digital signature's stamp) and the words after a colon inside an item's description end no list.
 */
import type { Clause } from "../clauses.js";
import { KIND_WORDS, words } from "../reach.js";
import { LISTED_OBJECT_DETERMINERS } from "../../vocab/cues.js";
import { ARTICLE_WORD } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { SIGNATURE_STAMP_CLOSING, SIGNATURE_STAMP_LINES, SIGNATURE_STAMP_OPENING } from "../../vocab/page-lines.js";
import { lastNonBlank, WHITESPACE } from "../../shared/chars.js";
import { HEAD_REACH } from "./patterns.js";
import { ACTS, type Binding } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { blankRuns } from "../../shared/strings.js";

/**
 * Whether the document's own act pending at the end of `clause` heads the list of documents below it
 * with no colon: the clause is an article's heading ("Điều 1." before it on its line, or on the line
 * above), opens with the act's verb, names the act's objects in general (LISTED_OBJECT_DETERMINERS, a
 * count, "văn bản" or a kind) and ends its line; the next line opens item 1 with a kind and its number.
 * "Điều 1. Bãi bỏ toàn bộ 15 văn bản quy phạm pháp luật ⏎ 1. Chỉ thị số 03/2005/CT-BTS … ⏎ 2. Chỉ thị số
 * 77/2007/CT-BNN …" (Thông tư 18/2021/TT-BNNPTNT, fixtures/fresh/fresh46b-005): a ministry's circular
 * that repeals whole documents heads its article so, as Nghị định 34/2016/NĐ-CP's model does
 * ("Điều 1. Bãi bỏ toàn bộ văn bản quy phạm pháp luật"), and lists them straight under it.
 */
export function headsArticleList(text: string, pending: Binding, clause: Clause): boolean {
  if (!ACTS.has(pending.type) || pending.passive) return false;
  if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, clause.start - ARTICLE_CHARS), clause.start))) return false;
  if (words(text.slice(clause.start, pending.end)) > VERB_WORDS) return false;
  return HEADING_OBJECTS().test(text.slice(pending.end, clause.end)) && FIRST_ITEM_DOCUMENT.test(text.slice(clause.end, clause.end + FIRST_ITEM_CHARS));
}
/** An article's number right before the clause: "Điều 1.", "**Điều 2. **", "Điều 3:" at a line's start. */
const ARTICLE_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t*#_]*${ARTICLE_WORD}[ \t]+\d{1,3}[ \t]*[.:][\s*_]*$`, "u");
const ARTICLE_CHARS = 24;
/** The act's verb opens the heading: "Bãi bỏ", "Sửa đổi, bổ sung" (4 words) at most before its end. */
const VERB_WORDS = 4;
/**
 * The act's objects named in general, to the line's end, no stop or colon: " toàn bộ 15 văn bản quy
 * phạm pháp luật ⏎". The description's class stops at the line break, which alone may follow it: linear.
 */
const HEADING_OBJECTS = lazyRegExp(() => new RegExp(
  String.raw`^[ \t]*(?:(?:${phraseSource(LISTED_OBJECT_DETERMINERS)})\s+){0,2}(?:\d{1,3}\s+)?(?:văn\s+bản|${KIND_WORDS})(?![\p{L}\p{N}])[^.;:\n]{0,${HEAD_REACH}}(?:\n[ \t]*)?$`,
  "iu",
));
/** Item 1 opens with a kind and its number: "1. Chỉ thị số 03/2005/CT-BTS", "a) Quyết định 19/2008/QĐ-UBND". */
const FIRST_ITEM_DOCUMENT = new RegExp(String.raw`^\s*[*#]*(?:\d{1,3}|[a-zđ])[ \t]*[.)][ \t]*(?:${KIND_WORDS})\s+(?:số\s*)?\d`, "iu");
/** Blank lines, the marker and "Thông tư liên tịch số 1" fit in this much text. */
const FIRST_ITEM_CHARS = 64;

/** Acts whose objects are whole documents or their parts, never a new wording quoted after a colon (settle.ts too). */
export const LISTING_ACTS: ReadonlySet<string> = new Set(["repeals", "replaces"]);
const COLON = 0x3a;
/** A page's number alone on its line ("2", "93"), with blank lines or markup around it. */
const PAGE_NUMBER = /^[\s*_]*\d{1,4}[\s*_]*$/u;
const PAGE_NUMBER_CHARS = 80;
/** An item's words after its colon: their opening is read this far. */
const OPENING_CHARS = 24;
/** What may follow a stamp's last line in the clause: blank lines and the page's number. */
const AFTER_STAMP = /^[\s*_]*(?:\d{1,4}[\s*_]*)?$/u;
/**
 * A digital signature's stamp from its first label to the end of its last label's line: "Người ký: … ⏎
 * Email: … ⏎ Cơ quan: … ⏎ Thời gian ký: 14.02.2022 16:05:06 +07:00". Each line between opens with a line
 * break, so the lazy count of them backs off linearly. A justified copy's labels have their blanks doubled, a PDF's text a
 * blank line after each line (twice the lines between, and one more).
 */
const STAMP = new RegExp(
  String.raw`\s*${blankRuns(SIGNATURE_STAMP_OPENING)}[ \t]*:[^\n]*(?:\n[^\n]*){0,${SIGNATURE_STAMP_LINES * 2 + 1}}?\n[ \t]*${blankRuns(SIGNATURE_STAMP_CLOSING)}[ \t]*:[^\n]*`,
  "uy",
);
/** AFTER_STAMP's blank lines and page number read forward, to where they end: each line up to its break, linear. */
const BLANK_OR_PAGE_NUMBER_LINES = /(?:[ \t]*(?:\d{1,4}[ \t]*)?\n){0,12}/y;
/**
 * Where the list below an act's introduction opens, past the Công báo page's furniture that may stand
 * between its colon and item 1: a digital signature's stamp, then blank lines and the page's number (its
 * running head "CÔNG BÁO/Số …" is blank already). "Bãi bỏ toàn bộ 14 văn bản … sau đây: ⏎ Người ký: CỔNG
 * THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ ⏎ … ⏎ Thời gian ký: 07.03.2025 09:10:52 +07:00 ⏎⏎ 94 ⏎ CÔNG BÁO/Số 227 + 228/… ⏎
 * 1. Thông tư số 08/2013/TT-BLĐTBXH …" (Thông tư 15/2024/TT-BLĐTBXH, fresh47a-007), as between two items
 * (fresh46b-005, ListInterludes). `end` itself where no stamp follows.
 */
export function pastPageFurniture(text: string, end: number): number {
  STAMP.lastIndex = end;
  if (!STAMP.test(text)) return end;
  BLANK_OR_PAGE_NUMBER_LINES.lastIndex = STAMP.lastIndex;
  BLANK_OR_PAGE_NUMBER_LINES.test(text);
  return BLANK_OR_PAGE_NUMBER_LINES.lastIndex;
}
/** The clause goes on from an item's line: no line break before its first word, and no article opens it. */
const MID_LINE = new RegExp(String.raw`^[ \t]*(?![*#_]*${ARTICLE_WORD}[ \t]+\d)\S`, "u");

/**
 * The clauses under an act's heading that neither open an item of its list nor end it, read in text
 * order: a page's furniture between two items, and the words after a colon inside an item's description.
 */
export class ListInterludes {
  /** Where the last item of a repeal's or a replacement's list that named a document ended with a colon (-1: none). */
  private itemColon = -1;
  /** Where the last digital signature's stamp found ends (its last label's line). */
  private stampEnd = -1;

  /**
   * Whether `clause`, under the act's `heading`, goes on with its list. "CÔNG BÁO/Số 59 + 60/Ngày
   * 15-01-2022" is blank already (blankPageLines); its page number on a line of its own and the stamp
   * beside it are not: "1. Chỉ thị số 03/2005/CT-BTS … thủy sản. ⏎ Người ký: Cổng Thông tin điện tử Chính
   * phủ ⏎ … ⏎ Thời gian ký: 14.02.2022 16:05:06 +07:00 ⏎⏎ CÔNG BÁO/Số 59 + 60/Ngày 15-01-2022 ⏎ 93 ⏎⏎ 2.
   * Chỉ thị số 77/2007/CT-BNN …" (fresh46b-005), "1. Quyết định số 21/2012/QĐ-UBND … Hà Nội. ⏎⏎ 2 ⏎ 2.
   * Quyết định số 28/2015/QĐ-UBND …" (UBND TP Hà Nội 04/2025/QĐ-UBND, fresh41d-001). An item's colon:
   * "24. Quyết định số 63/2002/QĐ-UB … Tách phòng tổ chức - Hành chính thuộc Sở Y tế thành 02 phòng: Phòng
   * Tổ chức - Cán bộ và Phòng Hành chính - Quản trị. ⏎⏎ 25. Quyết định số 64/2002/QĐ-UB …" (UBND Đồng Nai
   * 2830/QĐ-UBND, full32-013: 29 items after it).
   */
  keeps(text: string, clause: Clause, heading: Binding): boolean {
    if (!ACTS.has(heading.type) || heading.passive) return false;
    // The blanks around the number not counted: pdftotext centres it ("⏎\f" and 42 spaces before "2", fresh57f-011),
    // and a copy that doubles every space put it past PAGE_NUMBER_CHARS (the repeal list's item b) read as references).
    const last = lastNonBlank(text, clause.start, clause.end);
    let first = clause.start;
    while (first < last && WHITESPACE[text.charCodeAt(first)] === 1) first++;
    if (last + 1 - first <= PAGE_NUMBER_CHARS && PAGE_NUMBER.test(text.slice(first, last + 1))) return true;
    if (clause.start >= this.stampEnd) {
      STAMP.lastIndex = clause.start;
      if (STAMP.test(text)) this.stampEnd = STAMP.lastIndex;
    }
    if (clause.start < this.stampEnd) return clause.end <= this.stampEnd || AFTER_STAMP.test(text.slice(this.stampEnd, clause.end));
    return clause.start === this.itemColon && LISTING_ACTS.has(heading.type) && MID_LINE.test(text.slice(clause.start, clause.start + OPENING_CHARS));
  }

  /**
   * After `clause` is read: whether it is an item of a repeal's or a replacement's list (`namedItem`: it
   * opened with its marker and named a document), or the words of one kept by keeps, ending with a colon
   * inside the item's description. Any other clause ends that item.
   */
  after(text: string, clause: Clause, heading: Binding | null, namedItem: boolean): void {
    const goesOn = heading !== null && LISTING_ACTS.has(heading.type) && (namedItem || clause.start === this.itemColon) && text.charCodeAt(clause.end - 1) === COLON;
    this.itemColon = goesOn ? clause.end : -1;
  }
}
