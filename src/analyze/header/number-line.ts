/**
 * The document's own number line in each shape it is written: "Số: 103/KH-UBND", a database's
 * "Số hiệu:" field, "Luật số: 77/2015/QH13", a Party number "Số 12-KH/TU", older "Số: 230-CP", a
 * flattened table's "CHÍNH PHỦ Số: 12/2005/NĐ-CP |"; not an office copy's number in its stamp.
 */
import { execWhereHeld } from "../../shared/search.js";
import { JUDGMENT_CASE_TYPES, JUDGMENT_INSTANCES, KINDS, YEAR_BEARING_CODES, legislatureCodesOf } from "../../vocab/kinds.js";
import { copyNumber } from "../../find/forms.js";
import { isTypeCode } from "../../vocab/codes.js";
import { issuerByCode } from "../../vocab/issuers.js";
import { DIGIT_GLYPHS, GLUED_CODE_ENDS, NUMBER_LETTER, NUMBER_PART } from "../../vocab/numbers.js";
import { MOTTO_END_LETTERS_LOST, NUMBER_FIELD_LABELS, NUMBER_LABELS_LETTERS_LOST, NUMBER_LABEL_MISREAD } from "../../vocab/fields.js";
import { KIND_WORDS_ANY_CASE } from "./kind-line.js";
import { HEADER_MOTTO, ISSUER_REACH } from "./line-text.js";
import { hasSmallLetter } from "../../shared/chars.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { blankRuns } from "../../shared/strings.js";

// Legal normative documents carry the year between number and ký hiệu: "Số: 15/2022/QĐ-UBND".
// A header laid out as a table, its cells wrapped, breaks lines inside both lines: "Số:⏎21/2022/NQ-HĐND",
// "Lạng Sơn, ngày 13⏎tháng 01 năm 2020".
/**
 * "Số: 58//TTr-SNV": no year, the slash typed twice after a number (gates/reference-start.ts bareDoubledSlashAt), not
 * before a code whose numbers may carry a year (YEAR_BEARING_CODES: "12//QĐ-UBND" may have lost it).
 */
const BARE_SECOND_SLASH = String.raw`(?<=[0-9][ \t]*\/[ \t]*)\/[ \t]*(?!(?:${[...YEAR_BEARING_CODES].flatMap((c) => [c, c.toLowerCase()]).join("|")})(?![A-Za-zĐđ]))`;
/**
 * A number whose first digit a scan printed as a glyph ("#205", "s14": DIGIT_GLYPHS), the digits after it: read past
 * as the number's place, captured by no group, so the document's number is null (its ký hiệu still read), not the
 * digits after the glyph (a guess at another document's identity). A space may follow the glyph: preparation sets "s"
 * apart from the digits run into it ("s14" → "s 14", SO_LETTER_LOST), as it does for "Nghị định s08/2014/NĐ-CP".
 */
const UNREADABLE_NUMBER = String.raw`[${DIGIT_GLYPHS}][ \t]?[0-9]{1,6}`;
/**
 * A number written into a form's dotted blank, the dots left on either side: "Số : 62...../TBLS.GT" (Long An's labour
 * department, fixtures/fresh/fresh50d-005), "… tại các Tờ trình số 512/TTr-SNNMT …, số ...539.../TTr-SNNMT" (Hà Nội's
 * decision, fresh41a-015, a citation). Read past, only beside digits: a blank with no number in it ("Số: ....../KH") is
 * no number line, as before.
 */
const BLANK_DOTS_BEFORE = String.raw`(?:[.…_]{2,8}(?=[0-9]))?`;
const BLANK_DOTS_AFTER = String.raw`(?:(?<=[0-9])[.…_]{2,8})?`;
/**
 * What follows "Số:": the number (unreadable where a scan printed a glyph for its first digit, UNREADABLE_NUMBER:
 * group 1 then does not take part; blank in a draft; "12a" or "3e" with its letter, NUMBER_LETTER; "66.7" in two parts, NUMBER_PART), the year of a legal normative document, the ký hiệu.
 * The year's slash or a dash between the ký hiệu's parts may be typed twice, "Số: 25/2008//QĐ-UBND", "QĐ--BVHTT", as the
 * grammar reads them in a citation (gates/reference-start.ts doubledSlashAt, gates/dashes.ts doubledDashAt): the line is still the document's own number.
 * The ký hiệu's last code may follow a dot set off by a space, "Số: 11/1998/QĐ .UB", "Số: 65/QĐ. SLĐTBXH" (typed
 * "QĐ.UB"), where the line ends after it (SPACED_DOT; "Số: 15/BC-UBND. Lào Cai, ngày …" is the place after a full stop).
 */
export const NUMBER_AFTER_LABEL = String.raw`\s{0,8}(?:${UNREADABLE_NUMBER}|${BLANK_DOTS_BEFORE}((?:[0-9]+(?:${NUMBER_LETTER}|${NUMBER_PART})?)?)${BLANK_DOTS_AFTER})[ \t]*\/[ \t]*(?:((?:19|20)[0-9]{2})[ \t]*\/[ \t]*(?:\/[ \t]*)?|${BARE_SECOND_SLASH})?([A-Za-zĐđ][A-Za-zĐđ0-9.&]*(?:(?:[ \t]*-[ \t]*|--)[A-Za-zĐđ][A-Za-zĐđ0-9.&]*)*(?:(?:[ \t]+\.[ \t]*|(?<=\.)[ \t]+)[A-ZĐ][A-ZĐ0-9&]*(?=[ \t]*(?:\r?\n|$)))?)`;
/** The spaced dot NUMBER_AFTER_LABEL reads, closed up: "QĐ .UB", "QĐ. UB" are read as "QĐ.UB" is (a dotted ký hiệu, with its warning). */
const SPACED_DOT = /[ \t]*\.[ \t]*/g;
export const symbolPartsOf = (symbol: string): string[] => symbol.replace(SPACED_DOT, ".").split(/--|\s*-\s*/);
/**
 * The rule under the issuer's name ("-------", "———") that a flattened header leaves at the start
 * of the number's line: "———————-Luật số : 80/2015 / QH13". A converter that kept only the rule's
 * last dash glues it to the label, "-Số: 04/2013/TT-NHNN Hà Nội, ngày …" (fixtures/fresh/fresh30g-009,
 * its motto's line "-CỘNG HÒA …" so cut): a dash touching "Số:" is no bullet (one is typed "- ").
 */
const RULE_BEFORE = String.raw`(?:[-–—_=]{3,}[ \t]*|[-–—_=]{1,2}(?=Số[ \t]*:))?`;
/**
 * A legal database's page puts the document's attributes in a table of fields above its text, one
 * field a line or a row of cells: "Số hiệu: | 01/2026/TT-BDTTG | Ngày đăng công báo: …", "Ngày ban
 * hành: 13/01/2026". The field opens a line or a cell.
 */
// A field may also open a "- " bullet, as a page that lists the fields does ("- Số hiệu văn bản: …").
export const FIELD_LABEL = String.raw`(?:^|\n|\|)[ \t|*]{0,8}(?:-[ \t]{1,4})?`;
/**
 * The end of the national motto ("Độc lập - Tự do - Hạnh phúc") where a header is flattened onto a
 * single line, cells in reading order and no bar between them, as a document's text layer copied
 * page by page gives it: "HỘI ĐỒNG NHÂN DÂN CỘNG HÒA … TỈNH X Độc lập  Tự do  Hạnh phúc    Số:
 * 12/2017/NQ-HĐND X, ngày …". The number's cell follows the motto on the same line, its colon written.
 */
// The rule printed under the motto ("-------", "*******", one a column in a two-column layout) may
// stand between the motto and the number's cell: "… Hạnh phúc ******* ******* Số: 23/2007/QĐ-BLĐTBXH".
const MOTTO_END = String.raw`(?:${blankRuns("Hạnh phúc|Hạnh Phúc|HẠNH PHÚC")})[ \t]{1,8}(?:[-–—_=*]{3,40}[ \t]{1,8}){0,2}`;
export const AFTER_MOTTO = new RegExp(String.raw`${MOTTO_END}$`);
/**
 * The "S :" cell after the motto as a font that lost its marked letters prints them both (MOTTO_END_LETTERS_LOST:
 * "… H nh phúc --------- S : 5736/Q -UB-NCVX …"), the rule under the motto between them. Like the motto's branch,
 * the label is read first and the motto looked for behind it.
 */
const LOST_MOTTO_LABEL = String.raw`S[ \t]?:(?<=${MOTTO_END_LETTERS_LOST}[ \t]{1,8}(?:[-–—_=*]{3,40}[ \t]{1,8}){0,2}S[ \t]?:)`;
/**
 * The "Số:" line, or a "Số:" cell after a bar where a header table is flattened onto one line
 * ("ỦY BAN NHÂN DÂN | CỘNG HÒA … | TỈNH HÀ GIANG | Độc lập … | Số: 12/KH-UBND | Hà Giang, ngày …");
 * a cell's colon is written (a table of documents has "| Số 12/2015/QĐ-UBND ngày …" cells).
 */
// The flattened header's branch reads "Số:" first and looks behind it for the motto: a look-behind
// opening a branch is tried at every character, and a head with no "Số:" line (a copy without its
// heading, most real texts but the plans) was read through its 3,000 characters so (5x the regex's cost).
export const NUMBER_LINE = new RegExp(String.raw`(?:(?:^|\n)[ \t*]*${RULE_BEFORE}(?:Số(?![ \t]*\/[ \t]*${blankRuns("[Kk]ý hiệu")})\s*:?|số[ \t]*:|${NUMBER_LABELS_LETTERS_LOST.join("|")}|${NUMBER_LABEL_MISREAD})|\|[ \t*]*Số[ \t]*:|Số[ \t]*:(?<=${MOTTO_END}Số[ \t]*:)|${LOST_MOTTO_LABEL}|${FIELD_LABEL}(?:${NUMBER_FIELD_LABELS.join("|")})[ \t|]{0,40})${NUMBER_AFTER_LABEL}`);
/**
 * The document's "Số:" line (NUMBER_LINE, or KIND_NUMBER_LINE above the kind line, or a law's
 * LAW_NUMBER_LINE where there is no kind line), but not an
 * office's copy number in the copy's stamp block ("Số: 41/SY-VP ⏎ SAO Y BẢN CHÍNH", copyNumber): a
 * short text has the block inside the header's window, after the copied text (or, the copy's own
 * number only, with none of the document's). Looked for again past the copy's line, which is blanked
 * at the same length so every offset stays the head's; at most a few copies.
 */
export function ownNumberLine(head: string, kindLine: RegExpExecArray | null): RegExpExecArray | null {
  let text = head;
  for (let copies = 0; copies < 3; copies++) {
    const n = numberLineIn(text) ?? (kindLine ? KIND_NUMBER_LINE.exec(text.slice(0, kindLine.index)) : lawNumberLine(text)) ?? judgmentNumberLine(text);
    if (n === null || (!isCopyNumber(text, n, n[3]) && !carriesCitationOn(text, n))) return n === null ? n : unglued(text, n);
    text = text.slice(0, n.index) + " ".repeat(n[0].length) + text.slice(n.index + n[0].length);
  }
  return null;
}

/** How far after the motto its number's label may stand: the rule under it and spaces. */
const MOTTO_LOST_REACH = 60;
/** NUMBER_LINE, tried at one place (numberLineIn). */
const NUMBER_LINE_AT = new RegExp(NUMBER_LINE.source, "y");
/**
 * NUMBER_LINE.exec(text), the regex tried only where a match may start. Every match holds "Số" or
 * "số" on the line it starts on, and starts at that line's break (or the text's start), at a "|" on
 * it, or at its "Số" (the motto's branch): those places, line by line in order, give the same first
 * match. A head with no number line (a copy printed without its heading) was read at each of its
 * 3,000 characters, where each branch's opening was tried. The label a copy printed without its ố
 * (NUMBER_LABELS_LETTERS_LOST, "S: 514/HD-STC") opens a line: looked for only where no "Số" line is,
 * so a head with its "Số:" line pays nothing for it.
 */
export function numberLineIn(text: string): RegExpExecArray | null {
  let upper = text.indexOf("Số");
  let lower = text.indexOf("số");
  // The next "|" at or after where the line's places are looked for, by indexOf (a loop of charCodeAt over
  // each line that holds "số" read ~40 % of the head at ~40 instructions a character); -1 once there is none.
  let bar = text.indexOf("|");
  while (upper >= 0 || lower >= 0) {
    const k = upper < 0 ? lower : lower < 0 ? upper : Math.min(upper, lower);
    const open = text.lastIndexOf("\n", k - 1);
    const lineEnd = text.indexOf("\n", k);
    const end = lineEnd < 0 ? text.length : lineEnd;
    let at = open < 0 ? 0 : open;
    while (at >= 0) {
      NUMBER_LINE_AT.lastIndex = at;
      const m = NUMBER_LINE_AT.exec(text);
      if (m !== null) return m;
      // The next place on the line a match may start: its first "|" or "Số" after `at` and before `end`. Each
      // of `bar` and `upper` is the first of its kind after a place no later than `at` (the places tried only
      // move forward, line after line), so only one at or before `at` is looked for again.
      if (bar >= 0 && bar <= at) bar = text.indexOf("|", at + 1);
      if (upper >= 0 && upper <= at) upper = text.indexOf("Số", at + 1);
      const next = bar < 0 ? upper : upper < 0 ? bar : Math.min(bar, upper);
      at = next >= 0 && next < end ? next : -1;
    }
    if (upper >= 0 && upper < end) upper = text.indexOf("Số", end);
    if (lower >= 0 && lower < end) lower = text.indexOf("số", end);
  }
  // Each label's next place, looked for again only past the one just tried: a label absent from the text is not
  // searched for to its end at each place of the other.
  const lostAt = NUMBER_LABELS_LETTERS_LOST.map((label) => text.indexOf(label));
  for (let k = firstPlace(lostAt); k >= 0; k = firstPlace(lostAt)) {
    const lost = lostAt[k];
    lostAt[k] = text.indexOf(NUMBER_LABELS_LETTERS_LOST[k], lost + 1);
    const open = text.lastIndexOf("\n", lost - 1);
    NUMBER_LINE_AT.lastIndex = open < 0 ? 0 : open;
    const m = NUMBER_LINE_AT.exec(text);
    if (m !== null) return m;
  }
  // A flattened header whose font lost its marked letters: "… H nh phúc --------- S : 5736/Q -UB-NCVX …"
  // (MOTTO_END_LETTERS_LOST): the number's cell right after the motto, looked for only where no "Số" line is.
  for (let motto = text.indexOf(MOTTO_END_LETTERS_LOST); motto >= 0; motto = text.indexOf(MOTTO_END_LETTERS_LOST, motto + 1)) {
    const label = text.indexOf("S", motto + MOTTO_END_LETTERS_LOST.length);
    if (label < 0 || label - motto > MOTTO_LOST_REACH) continue;
    NUMBER_LINE_AT.lastIndex = label;
    const m = NUMBER_LINE_AT.exec(text);
    if (m !== null) return m;
  }
  // The label an OCR pass misread ("So: 4660 /BTC-CST", "sé; 5452 /TCHQ-GSQL": NUMBER_LABEL_MISREAD), looked for
  // last, as the label that lost its letters is: a head with its "Số:" line pays nothing for it.
  for (let at = misreadLabelLine(text, 0); at >= 0; at = misreadLabelLine(text, at + 1)) {
    NUMBER_LINE_AT.lastIndex = at;
    const m = NUMBER_LINE_AT.exec(text);
    if (m !== null) return m;
  }
  return null;
}
/** The index of the earliest place in `places` (-1: none left), or -1 where every place is -1. */
function firstPlace(places: readonly number[]): number {
  let first = -1;
  for (let k = 0; k < places.length; k++) if (places[k] >= 0 && (first < 0 || places[k] < places[first])) first = k;
  return first;
}
/**
 * Where, at or after `from`, a line opens with the misread "Số:" label (NUMBER_LABEL_MISREAD): the text's start
 * or the line break before the line, where NUMBER_LINE_AT is tried for it; -1 where none does. The places
 * `/(?:^|\n)(?=[ \t*]*<label>)/g` finds, one after the other: the line breaks found by indexOf and the label
 * tried after each. That regex, tried at every character of a head that has no "Số:" line, read it at ~9
 * instructions a character (~1 % of an analyze() pass over the dev texts; bench/README.md, session 53).
 */
export function misreadLabelLine(text: string, from: number): number {
  if (from === 0 && labelAt(text, 0)) return 0;
  for (let nl = text.indexOf("\n", from); nl >= 0; nl = text.indexOf("\n", nl + 1)) if (labelAt(text, nl + 1)) return nl;
  return -1;
}
/**
 * The label at `at`: its letter "S"/"s" after the blanks and stars looked at first, the regex asked only there.
 * The reads stop at the text's end (a text ending in a line break asks at its length): a read past it made the
 * optimized code deoptimize ("out of bounds") and compile again in every process (bench/README.md, session 53).
 */
function labelAt(text: string, at: number): boolean {
  const length = text.length;
  let k = at;
  while (k < length) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x2a) break;
    k++;
  }
  if (k >= length) return false;
  const c = text.charCodeAt(k);
  if (c !== 0x53 && c !== 0x73) return false;
  MISREAD_LABEL_AT.lastIndex = at;
  return MISREAD_LABEL_AT.test(text);
}
/** The misread "Số:" label opening a line, after its blanks and stars (misreadLabelLine). */
const MISREAD_LABEL_AT = new RegExp(String.raw`[ \t*]*${NUMBER_LABEL_MISREAD}`, "y");

/**
 * A field table copied without its cells' breaks glues the next field's label to the ký hiệu
 * ("Số hiệu:1449/QĐ-BGDĐTNgày đăng công báo:…"): the ký hiệu's letters stop at the label's first
 * accented letter, leaving its capital and the plain letters after it ("…BGDĐTNg"). A ký hiệu
 * never ends inside a word, so where a letter follows the match, that capital and what follows it
 * are the label's: cut from the ký hiệu and from the match.
 */
function unglued(text: string, n: RegExpExecArray): RegExpExecArray {
  const end = n.index + n[0].length;
  if (!LETTER_AFTER().test(text.charAt(end))) return n;
  const glued = GLUED_WORD.exec(n[3]) ?? SET_OFF_WORD.exec(n[3]);
  if (glued === null || glued.index === 0) return n;
  n[3] = n[3].slice(0, glued.index);
  n[0] = n[0].slice(0, n[0].length - (glued[0].length));
  return n;
}
/**
 * A header's number cell wrapped at its width in a flattened two-column header: the ký hiệu's dash ends the line
 * (the place and date may follow it there), and its last codes stand on a line of their own below, past blank lines
 * and the place and date: "Số: 255 / BC-BCĐPCGD- ⏎⏎ Nga Sơn, ngày 13 tháng 11 năm 2020 ⏎⏎ XMC" (a district steering
 * committee's report, fixtures/fresh/fresh30j-011: 255/BC-BCĐPCGD-XMC), "Số: 10/2018/TTLT-BTP-BCA-BQP- Hà Nội, ngày 29
 * tháng 6 năm 2018 ⏎⏎⏎ BTC-TANDTC-VKSNDTC" (a joint circular of six issuers, fresh31f-023). The read parts, and those
 * codes where `head` at `end` (the ký hiệu's end) goes on so; else the parts as read. The codes' line holds nothing
 * but capitals without marks (Đ aside), digits and dashes: a kind line ("BÁO CÁO", "THÔNG TƯ LIÊN TỊCH") is never one.
 */
export function withWrappedCodes(parts: string[], head: string, end: number): string[] {
  if (head.charCodeAt(end) !== 0x2d) return parts;
  const m = WRAPPED_CODES.exec(head.slice(end, end + WRAPPED_REACH));
  return m ? [...parts, ...m[1].split("-")] : parts;
}
const WRAPPED_REACH = 240;
const WRAPPED_CODES = /^-[ \t]*(?:[^\n]{0,40}ngày[^\n]{0,30})?\n(?:[ \t]*\n|[^\n]{0,40}ngày[^\n]{0,30}\n){0,5}[ \t]*([A-ZĐ][A-ZĐ0-9&]{0,15}(?:-[A-ZĐ][A-ZĐ0-9&]{0,15}){0,7})[ \t]*(?:\n|$)/;
/**
 * A ký hiệu whose code a PDF's text layer spaced letter by letter, or split at a letter: "Số: 3210/QĐ - U B ND" (a
 * header letter-spaced whole, "ỦY B AN NHÂN D Â N …": fixtures/fresh/full32c-001), "Số: 4396/V PCP-NC" (a Government
 * Office letter, pairs29-007). The number's regex stops at the space, and the ký hiệu's last code is a letter or two.
 * Where that code is no code (neither a body's nor a type's) and the capitals after it on its line, single-spaced,
 * joined to it make a body's code (issuerByCode: "UBND", "VPCP"), they are that code, and the codes dashed after them
 * ("-NC") follow. `end` is the ký hiệu's end in `head`; the parts as read otherwise.
 */
export function withSpacedLetters(parts: string[], head: string, end: number): string[] {
  const last = parts[parts.length - 1];
  if (last === undefined || head.charCodeAt(end) !== 0x20 || issuerByCode(last) !== null || isTypeCode(last)) return parts;
  const m = SPACED_LETTERS.exec(head.slice(end, end + SPACED_REACH));
  if (m === null) return parts;
  const joined = last + m[1].replace(/ /g, "");
  if (issuerByCode(joined) === null) return parts;
  return [...parts.slice(0, -1), joined, ...(m[2] ? m[2].slice(1).split("-") : [])];
}
const SPACED_REACH = 60;
const SPACED_LETTERS = /^((?: [A-ZĐ]{1,4}){1,4})((?:-[A-ZĐ][A-ZĐ0-9&]{0,15}){0,4})(?=[ \t]*(?:\||\r?\n|$)|[ \t]{2})/;

/** A letter right after the ký hiệu: the label glued to it goes on (any letter but the ASCII ones the ký hiệu's class already took). */
const LETTER_AFTER = lazyRegExp(() => /^\p{L}/u);
/** The glued label's start at the ký hiệu's end: a capital and the lower-case letters after it ("Ng" of "Ngày"). */
const GLUED_WORD = /[A-ZĐ][a-z]+$/;
/**
 * A word after a dash set off by a space, its first letters read as the ký hiệu's last code: a page's title line
 * "CÔNG VĂN SỐ 6240/BGDĐT-KHCNTT — HƯỚNG DẪN KẾT NỐI API …" ("— H" of "HƯỚNG", a dash before the subject:
 * fixtures/fresh/fresh50a-001), a header's cell cut at its width beside the date's "Số: 10/2018/TTLT-BTP-BCA-BQP-
 * Hà Nội, ngày 29 tháng 6 năm 2018" ("- H" of "Hà", the ký hiệu's rest on a later line: fresh31f-023). The letters
 * stop at the word's first accented letter, so a letter follows the match: the dash, the space and those letters
 * are the word's, cut. A code after a dash spaced so ("QĐ - UBND", "QĐ -UBND") ends where a space or the line does.
 */
const SET_OFF_WORD = /(?:[ \t]+-[ \t]*|[ \t]*-[ \t]+)[A-ZĐ][A-Za-zĐđ0-9]*$/;
/** A ký hiệu read up to `next` (the character after it) without a word's first letters after a spaced dash (SET_OFF_WORD). */
export function withoutSetOffWord(symbol: string, next: string): string {
  if (!LETTER_AFTER().test(next)) return symbol;
  const word = SET_OFF_WORD.exec(symbol);
  return word === null || word.index === 0 ? symbol : symbol.slice(0, word.index);
}

/**
 * Whether the "số:" line `m` carries on the citation the line above ends with, a layout having
 * wrapped it before its number: "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình ⏎ số: 213/TTr-SNV
 * ngày …" (a copy printed without its heading has no "Số:" line of its own for this one to stand
 * behind). The line above is a sentence ending with a kind word; a heading's kind line above its
 * number ("QUYẾT ĐỊNH", or "Kế hoạch" alone) has no lower-case word before that word.
 */
function carriesCitationOn(text: string, m: RegExpExecArray): boolean {
  // A field's label ("Số hiệu:", "Số / Ký hiệu") opens a field of its own, whatever the line above
  // it ends with ("Loại văn bản ⏎ Số / Ký hiệu ⏎ 02/2013/TT-BTNMT").
  if (text.charAt(m.index) !== "\n" || FIELD_NUMBER_LABEL.test(m[0])) return false;
  const above = text.slice(text.lastIndexOf("\n", m.index - 1) + 1, m.index);
  const kind = KIND_WORD_ENDING_LINE().exec(above);
  return kind !== null && hasSmallLetter(above.slice(0, kind.index));
}
/** A number field's label at a NUMBER_LINE match's start (after its line break and bullet): not the "Số:" of a wrapped citation. */
const FIELD_NUMBER_LABEL = new RegExp(String.raw`^\n[ \t|*]{0,8}(?:-[ \t]{1,4})?(?:${NUMBER_FIELD_LABELS.join("|")})`);
/** A kind word closing a line ("… tại Tờ trình", "… theo công văn"). */
const KIND_WORD_ENDING_LINE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${KIND_WORDS_ANY_CASE})[ \t]*$`, "u"));

/** Whether the number line `m` (its ký hiệu `symbol`) is a copy's number in its stamp block (copyNumber). */
export const isCopyNumber = (text: string, m: RegExpExecArray, symbol: string | undefined): boolean =>
  symbol !== undefined && copyNumber(text, m.index, m.index + m[0].length, symbolPartsOf(symbol)[0]);

/**
 * The National Assembly and its Standing Committee put the kind before it, colon written: "Luật
 * số: 77/2015/QH13", "Nghị quyết số: 653/2019/UBTVQH14". Looked for only above the kind line, where
 * no "Số:" line is: a line of the body may open with "Tờ trình số: 213/TT-SNV" where a layout wrapped it.
 */
const KIND_NUMBER_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t*]*${RULE_BEFORE}(?:${KIND_WORDS_ANY_CASE})[ \t]+(?:số|Số|SỐ)[ \t]*:${NUMBER_AFTER_LABEL}`,
);
/**
 * A law's number line where the copy dropped the kind line ("LUẬT"), as legal databases' pages do:
 * "Luật số: 62/2025/QH15 ⏎ Hà Nội, ngày …", "Luật số: 83/2025/QH15 | Hà Nội, ngày … |". Only
 * "Luật số:" with the National Assembly's code, in the header's first lines (a body's line is
 * no header's, and a wrapped "Tờ trình số: …" stays KIND_NUMBER_LINE's case). A crawler that joins the
 * header's cells puts the number's cell on the motto's line, after its rule, the number on that line
 * or the next: "Độc lập - Tự do - Hạnh phúc --------------- Luật số: 47/2019/QH14", "… Hạnh phúc
 * --------------- Luật số:⏎56/2024/QH15" (thuvienphapluat copies of Luật 47/2019/QH14, 56/2024/QH15,
 * 03/2022/QH15: fixtures/fresh/fresh45b-014, -013, -007), as NUMBER_LINE reads "Hạnh phúc ------- Số:".
 * The same crawler joins the Assembly's and its Standing Committee's resolutions so: "… Hạnh phúc
 * --------------- Nghị quyết số:⏎132/2020/QH14" (fresh55i-005, 61/2022/QH15 in fresh55i-006): "Nghị quyết
 * số:" is read there too, with a legislature's code (QH, UBTVQH) in its ký hiệu, as is an ordinance's
 * "Pháp lệnh số:" (the Standing Committee's).
 * The motto is looked for behind the label once that has matched, not tried at every character.
 */
const LAW_WORDS = KINDS.filter((k) => k.slug === "law" || k.slug === "resolution" || k.slug === "ordinance")
  .flatMap((k) => k.words)
  .flatMap((w) => [w, w.toUpperCase()]);
const LAW_NUMBER_WORDS = String.raw`(?:${LAW_WORDS.join("|")})[ \t]+(?:số|Số|SỐ)[ \t]*:`;
const LAW_NUMBER_LINE = new RegExp(String.raw`(?:(?:^|\n)[ \t*]*${RULE_BEFORE}${LAW_NUMBER_WORDS}|${LAW_NUMBER_WORDS}(?<=${MOTTO_END}${LAW_NUMBER_WORDS}))${NUMBER_AFTER_LABEL}`);
const LAW_NUMBER_REACH = 400;
/**
 * A legislature's ký hiệu: the National Assembly's or its Standing Committee's code and its term
 * (KIND_BY_LEGISLATURE_CODE), "QH13", "UBTVQH15", a resolution's "NQ-UBTVQH11", an ordinance's "PL-UBTVQH10".
 */
const LAW_SYMBOL = new RegExp(`^(?:(?:NQ|PL)-)?(?:${legislatureCodesOf("law")}|${legislatureCodesOf("ordinance")})[0-9]`, "i");
const lawNumberLine = (head: string): RegExpExecArray | null => {
  const m = LAW_NUMBER_LINE.exec(head.slice(0, LAW_NUMBER_REACH));
  return m && LAW_SYMBOL.test(m[3] ?? "") ? m : null;
};
/**
 * A court's judgment has no kind line either: its number line names the kind, "Bản án số: 19/2021/HS-ST"
 * (TAND thành phố Lạng Sơn, 2021, as the forms of Nghị quyết 01/2017/NQ-HĐTP print it), and a judgments
 * database titles the text "BẢN ÁN 18/2022/HC-PT NGÀY 21/02/2022 VỀ …" (thuvienphapluat.vn, lawnet.vn: TAND
 * cấp cao tại Đà Nẵng 2022, TAND tỉnh Kon Tum 2018). Only with a judgment's ký hiệu (the case's type and the
 * court's instance, JUDGMENT_CASE_TYPES, JUDGMENT_INSTANCES), in the header's first lines, as a law's.
 */
const JUDGMENT_WORDS = KINDS.find((k) => k.slug === "judgment")!.words.flatMap((w) => [w, w.toUpperCase()]);
const JUDGMENT_NUMBER_LINE = new RegExp(String.raw`(?:^|\n)[ \t*]*(?:${blankRuns(JUDGMENT_WORDS.join("|"))})[ \t]+(?:(?:số|Số|SỐ)[ \t]*:?)?${NUMBER_AFTER_LABEL}`);
const JUDGMENT_SYMBOL = new RegExp(String.raw`^(?:${JUDGMENT_CASE_TYPES.join("|")})[ \t]*-[ \t]*(?:${JUDGMENT_INSTANCES.join("|")})$`, "iu");
const judgmentNumberLine = (head: string): RegExpExecArray | null => {
  const m = JUDGMENT_NUMBER_LINE.exec(head.slice(0, LAW_NUMBER_REACH));
  return m && m[1] && JUDGMENT_SYMBOL.test(m[3] ?? "") ? m : null;
};
/**
 * A number in the Party's shape (and older numbering's): number, type code, slash, issuer: "12-KH/TU",
 * "227 NQ/UBTVQH9" (a space where the dash belongs: group 3 holds the type code in capitals, group 2
 * otherwise; read only where the type code is one vncite knows). Groups: number, type, spaced type, issuer.
 * Or nothing where the dash belongs, the type code glued to the number's last digit: "Số: 936QĐ/UB | HàTĩnh, ngày
 * 25 tháng 8 năm 1992 |" (UBND Hà Tĩnh's decision, fixtures/fresh/fresh61g-001), "Số: 4155QĐ/ BTP" (Bộ Tư pháp's
 * decision of 2011, fresh52c-006): a copy that lost the dash, as "Nghị quyết số 20NQ/TW" lost it in a citation
 * (grammars' spacedTypeAt reads that one). Group 3 again, under the same condition (a type code vncite knows).
 */
export const PARTY_NUMBER = String.raw`([0-9]+[a-dA-D]?)(?:[ \t]*-[ \t]*([A-Za-zĐđ]{1,6})[ \t]*|(?:[ \t]{1,2}|(?<=[0-9]))([A-ZĐ]{2,6}))\/[ \t]*([A-Za-zĐđƯư][A-Za-zĐđƯư0-9.]*)`;
/**
 * A header laid out as a table and flattened cell by cell puts the issuer and the number on one
 * line: "CHÍNH PHỦ Số: 12/2005/NĐ-CP |". The issuer is in capitals and the colon is written.
 * A legal site that prints the issuer's cell in sentence case (trogiupluat.vn: "Chính phủ Số:
 * 152/2024/NĐ-CP |", fixtures/fresh/fresh59b-003; "Ủy ban Thường vụ Quốc hội Số: 1187/NQ-UBTVQH14 |",
 * fresh31b-018) is read only where the bar closing the number's cell ends the match's line: a line
 * of prose that opens with a capital and holds "Số:" has no such cell. A tab between the issuer's
 * words is read as the space is (a cell's copy, "Ủy ban\tThường vụ Quốc hội Số: …"), in either case.
 */
/**
 * The rule under the issuer's cell glued to the number's label, the cells flattened onto one line: "BỘ GIÁO DỤC VÀ
 * ĐÀO TẠO ——-Số: 20/2018/TT-BGDĐT |" (fresh64b-006), as "-Số: 04/2013/TT-NHNN" opens its line (RULE_BEFORE).
 */
const GLUED_RULE = String.raw`[-–—_=]{1,40}`;
export const ISSUER_NUMBER_LINE = lazyRegExp(
  () =>
    new RegExp(
      String.raw`(?:^|\n)[ \t*]*\p{Lu}(?:[\p{Lu}\p{M} \t,.&-]{1,80}?(?:[ \t|]|[ \t]${GLUED_RULE})|[\p{L}\p{M} \t]{1,80}?[ \t](?=Số[ \t]*:[^\n|]{1,60}\|[ \t]*(?:\r?\n|$)))Số[ \t]*:${NUMBER_AFTER_LABEL}`,
      "u",
    ),
);
/**
 * Older state numbering (the Government's decrees until 1997) wrote number and issuer's code with a
 * dash and no type code: "Số: 230-CP" (Hội đồng Chính phủ), "Số: 109-NV" (Bộ Nội vụ), "Số 184-HĐBT",
 * "Số: 101-CP" (1997). Read on a "Số" line of its own (or a flattened header's cell, "| Số: 109-NV |",
 * the issuer's cell before it on the line, "CHÍNH PHỦ Số: 101-CP |") where nothing else is, the code
 * ending the number: a slash after it is another shape (a Party number's "12-KH/TU"). The Prime
 * Minister's code keeps its lower-case g in this shape too ("Số: 04-TTg", 1995; "Số: 43-TTg", 1996):
 * the codes that end in a lower-case letter (GLUED_CODE_ENDS) are read beside the all-capital ones.
 */
const OLD_NUMBER_LINE = lazyRegExp(() => new RegExp(
  String.raw`(?:^|\n)[ \t*]*(?:Số[ \t]*:?|\p{Lu}[\p{Lu}\p{M} ,.&-]{1,80}?[ \t|]Số[ \t]*:)[ \t]{0,8}([0-9]{1,5})[ \t]*-[ \t]*([A-ZĐ]{2,8}|${GLUED_CODE_ENDS.join("|")})(?=[ \t]*(?:\||\r?\n|$))`,
  "u",
));
/**
 * The older number's "Số" line (OLD_NUMBER_LINE) above the kind line, or in the header's first lines
 * where no kind line is. A web page prints its own lines above the document (its title, a table of
 * the document's fields: "Số hiệu: | 15-CP | Loại văn bản: | Nghị định |"), and a copy may lose its
 * kind line: the header's "Số: 15-CP |" then stands further down, the national motto in the lines just
 * above it, as the slash-form number's line is read there.
 */
export function oldNumberLine(head: string, kindLine: RegExpExecArray | null): RegExpExecArray | null {
  if (kindLine) return oldLineIn(head.slice(0, kindLine.index));
  const near = oldLineIn(head.slice(0, ISSUER_REACH));
  if (near) return near;
  const far = oldLineIn(head);
  return far && HEADER_MOTTO.test(head.slice(Math.max(0, far.index - ISSUER_REACH), far.index)) ? far : null;
}
/** OLD_NUMBER_LINE's first match in `s`: each holds "Số" as written. */
const oldLineIn = (s: string): RegExpExecArray | null => execWhereHeld(OLD_NUMBER_LINE(), s, "Số");
export /**
 * A Party document's own number, written "Số 12-KH/TU" (its colon often left out): number, type
 * code, issuer code. A Party header's two columns flattened onto one line put the issuing body and
 * the asterisk under it before the number: "BAN CHẤP HÀNH TRUNG ƯƠNG * Số 68-NQ/TW ĐẢNG CỘNG SẢN
 * VIỆT NAM Hà Nội, ngày 04 tháng 5 năm 2025"; a forum's copy that ran the whole document onto one line glues
 * the asterisks to the body's name: "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội,
 * ngày …" (the Youth Union's decision and guidance, fixtures/fresh/fresh29j-003, fresh39a-012). Older documents typed a space where the dash belongs
 * ("Số: 227 NQ/UBTVQH9", group 3 then holds the type code in capitals, group 2 otherwise), read as
 * the same number (227-NQ/UBTVQH9) where the type code is one vncite knows. A copy that indents every line
 * indents the flattened header too (a bounded indent, so a run of blanks is read once, not once per start). The body's
 * name is read with tabs between its words as with spaces (a tab-separated copy; audit61).
 */
const PARTY_NUMBER_LINE = lazyRegExp(() => new RegExp(String.raw`(?:^|\n)(?:[ \t]{0,8}\p{Lu}[\p{Lu}\p{M} \t,.&-]{1,80}?[ \t]?\*)?[ \t*]*Số\s*:?\s{0,8}${PARTY_NUMBER}`, "u"));
