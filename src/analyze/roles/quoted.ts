/**
 * Where another document's words are quoted in the text (what they do they do for that document), and
 * how much white space opens a clause, each read in one pass however many clauses ask.
 */
import { WHITESPACE } from "../../shared/chars.js";
import { TOLD_BASIS_PHRASES } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * Passages another document's words fill, in quotation marks after a colon: "Ngày 12/3/2020 Tổng cục
 * Thuế đã ban hành Công văn số A …, trong đó yêu cầu các Cục Thuế triển khai thực hiện: ⏎ “… Thực
 * hiện nghiêm Chỉ thị số B …”", "Khoản 3 Điều 10 Thông tư số C quy định: “…”". What the quoted
 * sentences do they do for the document quoted, not for the one quoting it (as a page's note above
 * the heading: RoleReading.own). Each runs from its opening mark to the first closing one, at most
 * QUOTE_CHARS on; an opening mark not closed before that, or before the next opening mark, opens none.
 */
export function quotedPassages(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Found from the colons, not from the opening marks: indexOf of "\u201c" (or of any U+20xx)
  // walks a text about thirty times slower than indexOf(":") (V8 looks for the larger of the
  // character's two bytes with memchr: 0x20, which every space holds), ~1 % of a warm analyze();
  // only a mark after a colon opens a passage.
  // The first closing mark after the opening one, searched again only once passed: searched from
  // each opening mark, a text of opening marks and no closing one was read once per mark (quadratic).
  let close = -1;
  // Where the last passage in marks ends, and the last told basis list (toldBasisEnd): no passage of either kind
  // opens inside one of its own kind; a told list is none inside marks. No closing mark left: no more in marks.
  let passed = -1;
  let toldPassed = -1;
  let marksLeft = true;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    // A colon, then nothing but white space and markup (at most AFTER_COLON_CHARS of it besides spaces and tabs), then
    // the opening mark.
    let open = colon + 1;
    for (let counted = 0; AFTER_COLON[text.charCodeAt(open)] === 1; open++) {
      const c = text.charCodeAt(open);
      if (c !== 0x20 && c !== 0x09 && ++counted >= AFTER_COLON_CHARS) break;
    }
    if (text.charCodeAt(open) !== OPENING_MARK) {
      if (colon < toldPassed || colon < passed) continue;
      const end = toldBasisEnd(text, colon, open);
      if (end >= 0) {
        out.push({ start: colon + 1, end });
        toldPassed = end;
      }
      continue;
    }
    // An opening mark inside the passage read last opens none.
    if (!marksLeft || open < passed) continue;
    if (close <= open) close = text.indexOf("\u201d", open + 1);
    if (close < 0) {
      marksLeft = false;
      continue;
    }
    // Another opening mark first: this one was never closed (OCR drops marks), and opens nothing.
    if (close - open > QUOTE_CHARS || opensBefore(text, open + 1, close)) continue;
    out.push({ start: open, end: close });
    passed = close;
  }
  return out;
}
const OPENING_MARK = 0x201c;

/**
 * A consolidated text's footnote giving the amending document's basis with the quotation marks lost in
 * the copy: "1 Thông tư số 12/2024/TT-BLĐTBXH … có căn cứ ban hành như sau: ⏎Căn cứ Nghị định số
 * 62/2022/NĐ-CP …; ⏎… ⏎Bộ trưởng … ban hành Thông tư sửa đổi, bổ sung 10 Thông tư … Mua bán nợ Việt
 * Nam." (469/VBHN-BLĐTBXH, fixtures/fresh/pairs48-002, whose footnote follows the enacting formula and
 * would be read as its basis; 470/VBHN-BLĐTBXH, pairs48-003). The same footnote in marks: fresh47a-009,
 * pairs48-001, fresh29f-011 ("Nghị định số 88/2024/NĐ-CP … có căn cứ ban hành như sau: ⏎“Căn cứ …").
 * The list is the amending document's: the passage runs from the colon to the first line that ends with
 * a full stop (the list's enacting formula), at most QUOTE_CHARS on: its end, or -1 where the phrase does not
 * end right before the colon or no such line comes. Asked at the colons quotedPassages walks (a scan of the
 * whole text for the phrase cost half as much again as that walk).
 */
function toldBasisEnd(text: string, colon: number, open: number): number {
  if (!TOLD_BASIS().test(text.slice(Math.max(0, colon - TOLD_BASIS_CHARS), colon))) return -1;
  const to = Math.min(text.length, colon + QUOTE_CHARS);
  // The list in straight quotation marks runs to its closing one: its enacting formula ends '."' (no line
  // ends in the stop itself) or the list ends at its last cue, ';"' (fresh61c-007, 06/VBHN-BYT's footnote 1,
  // "Thông tư số 50/2017/TT-BYT có căn cứ ban hành như sau: ⏎"Căn cứ Luật bảo hiểm y tế số 25/2008/QH12 …
  // ⏎… ban hành Thông tư sửa đổi, bổ sung … chữa bệnh.""; fresh48a-010, 4246/VBHN-BLĐTBXH's, closes its list
  // on ';"' — "Căn cứ Luật Tố cáo … ⏎Theo đề nghị của Chánh thanh tra Bộ …;"" — but prints it past a page break,
  // away from its colon, where no told list is read). Read to the first line ending in a stop, the list ran past
  // the closing mark into the body, or (007, cut after the mark) found no such line and was the text's basis.
  if (text.charCodeAt(open) === STRAIGHT_MARK) {
    const close = text.indexOf('"', open + 1);
    if (close > open && close < to) return close;
  }
  return lineEndingStop(text, open, to);
}
const STRAIGHT_MARK = 0x22;
/** The phrase ending right before the colon. Words and white space only: linear. */
const TOLD_BASIS = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(TOLD_BASIS_PHRASES)})[ \t]*$`, "iu"));
/** The phrase and the spaces before its colon fit in this many characters. */
const TOLD_BASIS_CHARS = 48;
/** The index of the first full stop in [from, to) that ends its line (spaces after it, then a line break or the text's end), or -1. */
function lineEndingStop(text: string, from: number, to: number): number {
  for (let dot = text.indexOf(".", from); dot >= 0 && dot < to; dot = text.indexOf(".", dot + 1)) {
    let i = dot + 1;
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\r")) i++;
    if (i >= text.length || text[i] === "\n") return dot;
  }
  return -1;
}
/** Whether an opening mark stands in text[from, to). */
function opensBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === OPENING_MARK) return true;
  return false;
}
/** White space and markup, which may stand between the colon and the opening mark. */
const AFTER_COLON = (() => {
  const table = WHITESPACE.slice();
  table[0x2a] = 1;
  table[0x5f] = 1;
  return table;
})();
/**
 * The colon stands among the twelve characters before the opening mark, the spaces and tabs between them not counted:
 * a PDF's layout text indents the quoted line as the page sets it ("1. Sửa đổi Điều 1 như sau: ⏎         “Điều 1.
 * Phạm vi điều chỉnh …”", fresh57b-006: nine spaces; fresh41d-007's after a blank line and eight), and two more
 * of them, a copy that indents every line, lost the passage: the quoted scope article's "quy định chi
 * tiết" was then read as the quoting circular's own. Linear still: the blanks after one colon are read once, and
 * no colon stands among them.
 */
const AFTER_COLON_CHARS = 12;
const QUOTE_CHARS = 6000;
/**
 * How many white-space and markup characters open the text at a clause's start. A run is read once:
 * clauses of bare markup ("⏎** ⏎** …") each open inside the same run, and read on to its end from
 * each, a text of them was read once per clause (quadratic).
 */
export class LeadingSpace {
  private readonly text: string;
  /** The run read last: [from, end), the character at `end` neither white space nor markup. */
  private from = -1;
  private end = -1;
  constructor(text: string) {
    this.text = text;
  }
  at(from: number): number {
    if (this.from < 0 || from < this.from || from > this.end) {
      let i = from;
      while (i < this.text.length && /[\s*_]/u.test(this.text[i])) i++;
      this.from = from;
      this.end = i;
    }
    return this.end - from;
  }
}
