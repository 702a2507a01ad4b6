/**
 * Where another document's words are quoted in the text (what they do they do for that document), and
 * how much white space opens a clause, each read in one pass however many clauses ask.
 */
import { WHITESPACE } from "../../shared/chars.js";
import { BASIS_HEAD_WORDS } from "../../vocab/cues.js";
import { PROPOSAL_LINE_OPENERS, QUOTED_BASIS_LEAD_WORDS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";

/**
 * Passages another document's words fill, in quotation marks after a colon: "Ngày 12/3/2020 Tổng cục
 * Thuế đã ban hành Công văn số A …, trong đó yêu cầu các Cục Thuế triển khai thực hiện: ⏎ “… Thực
 * hiện nghiêm Chỉ thị số B …”", "Khoản 3 Điều 10 Thông tư số C quy định: “…”". What the quoted
 * sentences do they do for the document quoted, not for the one quoting it (as a page's note above
 * the heading: RoleReading.own). Each runs from its opening mark to the first closing one, at most
 * QUOTE_CHARS on; an opening mark not closed before that, or before the next opening mark, opens none.
 * Another document's basis list quoted after its lead with no mark at all (unmarkedBasisList) is one too.
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
  let passed = -1;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    // A colon, then nothing but white space and markup (at most AFTER_COLON_CHARS in all), then the opening mark.
    let open = colon + 1;
    while (open - colon < AFTER_COLON_CHARS && AFTER_COLON[text.charCodeAt(open)] === 1) open++;
    if (open < passed) continue;
    if (text.charCodeAt(open) !== OPENING_MARK) {
      const list = unmarkedBasisList(text, colon, open);
      if (list !== null) {
        out.push(list);
        passed = list.end;
      }
      continue;
    }
    // An opening mark inside the passage read last opens none.
    if (close <= open) close = text.indexOf("\u201d", open + 1);
    if (close < 0) break;
    // Another opening mark first: this one was never closed (OCR drops marks), and opens nothing.
    if (close - open > QUOTE_CHARS || opensBefore(text, open + 1, close)) continue;
    out.push({ start: open, end: close });
    passed = close;
  }
  return out;
}
const OPENING_MARK = 0x201c;
/** The lead's words end at the colon (QUOTED_BASIS_LEAD_WORDS), read in the LEAD_CHARS before it. */
const BASIS_LEAD = new RegExp(String.raw`(?:${phraseSource(QUOTED_BASIS_LEAD_WORDS)})[ \t]*$`, "iu");
const LEAD_CHARS = 40;
/** Every lead's last word ("… như sau"), read in the LEAD_TAIL_CHARS before the colon before the lead is. */
const LEAD_TAIL = "sau";
const LEAD_TAIL_CHARS = 6;
/** The quoted list opens with a basis item ("Căn cứ …") on the line after the colon. */
const BASIS_OPENS = new RegExp(String.raw`^(?:${phraseSource(BASIS_HEAD_WORDS)})(?![\p{L}\p{M}])`, "iu");
/** The quoted list's proposal line ("⏎Theo đề nghị của …"), which closes it at its line's end. */
const PROPOSAL_LINE = new RegExp(String.raw`\n[ \t]*(?:${phraseSource(PROPOSAL_LINE_OPENERS)})(?![\p{L}\p{M}])[^\n]*`, "iu");
/**
 * Another document's basis list quoted with no quotation mark (QUOTED_BASIS_LEAD_WORDS): from the colon to the
 * end of the list's proposal line, when the list opens with "Căn cứ" after the colon and that line comes within
 * QUOTE_CHARS; else null (a lead with no closing line quotes nothing this can bound).
 */
function unmarkedBasisList(text: string, colon: number, open: number): { start: number; end: number } | null {
  // Every lead ends in "như sau": a colon after other words is passed at the cost of a six-character slice.
  if (!text.slice(Math.max(0, colon - LEAD_TAIL_CHARS), colon).toLowerCase().includes(LEAD_TAIL)) return null;
  if (!BASIS_LEAD.test(text.slice(Math.max(0, colon - LEAD_CHARS), colon))) return null;
  if (!BASIS_OPENS.test(text.slice(open, open + 8))) return null;
  const proposal = PROPOSAL_LINE.exec(text.slice(open, open + QUOTE_CHARS));
  return proposal === null ? null : { start: colon + 1, end: open + proposal.index + proposal[0].length };
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
/** The colon stands among the twelve characters before the opening mark. */
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
