import type { Kind, Warning } from "../types.js";
import { KINDS, KIND_LINE_QUALIFIERS, YEAR_BEARING_CODES, kindByStateCode } from "../vocab/kinds.js";
import { ISSUER_LINE_HEADS, ISSUER_SUBJECTS, NOT_A_SUBJECT_WORDS, PREAMBLE_OPENERS, TITLE_OPEN_ENDINGS } from "../vocab/parts.js";
import { LETTER as LATIN_LETTERS, MARKS } from "../find/patterns.js";
import { copyNumber } from "../find/forms.js";
import { phraseSource } from "../vocab/phrases.js";
import { DOCUMENT_CUES } from "../vocab/cues.js";
import { isoDate } from "../identify/dates.js";
import { isTaxLetterSymbol } from "../identify/symbol.js";
import { ISSUER_TITLES, allIssuerPhrases, issuerAfterTitle, issuerByPhrase, type IssuerEntry } from "../vocab/issuers.js";
import { foldSpaces } from "./sentences.js";
import { isAuthorityLine } from "./authority-line.js";
import { WHITESPACE } from "../shared/chars.js";
import { titleCase } from "../shared/strings.js";
import { BULLET_CLASS } from "../vocab/bullets.js";
import { GLUED_CODE_ENDS, NUMBER_LETTER, NUMBER_PART } from "../vocab/numbers.js";
import { canonicalCode, isTypeCode } from "../vocab/codes.js";
import { INSIDE_PLACE_NAMES, NOT_IN_PLACE_NAMES, PLACE_NAME_OPENERS, PLACE_TYPE_ABBREVIATIONS, PLACE_TYPES } from "../vocab/places.js";
import { findProvince } from "../vocab/provinces.js";
import { ISSUED_FIELD_LABEL, NUMBER_FIELD_LABELS } from "../vocab/fields.js";

/**
 * What the first lines of a Vietnamese document say about itself (Nghị định 30/2020/NĐ-CP
 * layout): the issuing body, "Số: 103/KH-UBND", "Trà Vinh, ngày ... tháng 4 năm 2022", then the
 * kind in capitals ("KẾ HOẠCH") and the title (trích yếu).
 */
export interface Header {
  kind: Kind | null;
  title: string | null;
  /** Offset of the kind line ("KẾ HOẠCH") that opens the title, when there is one. */
  kindLineStart?: number;
  /** Offset of the title's first line (the body start when there is no title). */
  titleStart: number;
  /** Offset just past the title: where the body starts. */
  bodyStart: number;
  /**
   * "Số: 103/KH-UBND" or "Số: 15/2022/QĐ-UBND": the number (null when blank), the year inside
   * the number of a legal normative document (else null), and the ký hiệu as written.
   */
  numberLine: { number: string | null; year: number | null; symbolParts: string[]; written: "dash-first" | "slash-first"; start: number; end: number } | null;
  date: string | null;
  /**
   * The place the date line names ("Tây Ninh" of "Tây Ninh, ngày 15 tháng 5 năm 2019"), as written;
   * a header laid out as a table and flattened row by row puts the number before it in the same
   * line ("Số: 983/KH-UBND | Tây Ninh, ngày …"): the place is what follows the last "|".
   */
  place: string | null;
  /** Lines above the kind heading ("UBND TỈNH TRÀ VINH", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"). */
  issuerLines: string[];
  warnings: Warning[];
}

const HEADER_WINDOW = 3000;
/** The first kind (in KINDS order) with each word, by the word in lower case. */
/** The kind words as a regex source: lower case (for "i" regexes) and spelled in either case. */
const KIND_WORDS = phraseSource(KINDS.flatMap((k) => k.words));
const KIND_WORDS_ANY_CASE = phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true });
/** The kind words as a sentence-case line writes them ("Quyết định", "Chỉ thị"): SENTENCE_KIND_LINE, CITED_KIND_LINE. */
const KIND_WORDS_AS_WRITTEN = phraseSource(KINDS.flatMap((k) => k.words), { keepCase: true });
const KIND_BY_WORD = new Map<string, Kind>();
for (const k of KINDS) for (const w of k.words) if (!KIND_BY_WORD.has(w.toLowerCase())) KIND_BY_WORD.set(w.toLowerCase(), k.slug);
const KIND_LINES = new RegExp(
  String.raw`^[ \t#*_]*(${KIND_WORDS})(?:[ \t]+(?:${phraseSource(KIND_LINE_QUALIFIERS)}|của[ \t][^\n]*))?[ \t*_]*$`,
  "gim",
);
// Legal normative documents carry the year between number and ký hiệu: "Số: 15/2022/QĐ-UBND".
// A header laid out as a table, its cells wrapped, breaks lines inside both lines: "Số:⏎21/2022/NQ-HĐND",
// "Lạng Sơn, ngày 13⏎tháng 01 năm 2020".
/**
 * "Số: 58//TTr-SNV": no year, the slash typed twice after a number (gates.ts bareDoubledSlashAt), not
 * before a code whose numbers may carry a year (YEAR_BEARING_CODES: "12//QĐ-UBND" may have lost it).
 */
const BARE_SECOND_SLASH = String.raw`(?<=[0-9][ \t]*\/[ \t]*)\/[ \t]*(?!(?:${[...YEAR_BEARING_CODES].flatMap((c) => [c, c.toLowerCase()]).join("|")})(?![A-Za-zĐđ]))`;
/**
 * What follows "Số:": the number (blank in a draft; "12a" or "3e" with its letter, NUMBER_LETTER; "66.7" in two parts, NUMBER_PART), the year of a legal normative document, the ký hiệu.
 * The year's slash or a dash between the ký hiệu's parts may be typed twice, "Số: 25/2008//QĐ-UBND", "QĐ--BVHTT", as the
 * grammar reads them in a citation (gates.ts doubledSlashAt, doubledDashAt): the line is still the document's own number.
 * The ký hiệu's last code may follow a dot set off by a space, "Số: 11/1998/QĐ .UB", "Số: 65/QĐ. SLĐTBXH" (typed
 * "QĐ.UB"), where the line ends after it (SPACED_DOT; "Số: 15/BC-UBND. Lào Cai, ngày …" is the place after a full stop).
 */
const NUMBER_AFTER_LABEL = String.raw`\s{0,8}((?:[0-9]+(?:${NUMBER_LETTER}|${NUMBER_PART})?)?)[ \t]*\/[ \t]*(?:((?:19|20)[0-9]{2})[ \t]*\/[ \t]*(?:\/[ \t]*)?|${BARE_SECOND_SLASH})?([A-Za-zĐđ][A-Za-zĐđ0-9.&]*(?:(?:[ \t]*-[ \t]*|--)[A-Za-zĐđ][A-Za-zĐđ0-9.&]*)*(?:(?:[ \t]+\.[ \t]*|(?<=\.)[ \t]+)[A-ZĐ][A-ZĐ0-9&]*(?=[ \t]*(?:\r?\n|$)))?)`;
/** The spaced dot NUMBER_AFTER_LABEL reads, closed up: "QĐ .UB", "QĐ. UB" are read as "QĐ.UB" is (a dotted ký hiệu, with its warning). */
const SPACED_DOT = /[ \t]*\.[ \t]*/g;
const symbolPartsOf = (symbol: string): string[] => symbol.replace(SPACED_DOT, ".").split(/--|\s*-\s*/);
/**
 * The rule under the issuer's name ("-------", "———") that a flattened header leaves at the start
 * of the number's line: "———————-Luật số : 80/2015 / QH13".
 */
const RULE_BEFORE = String.raw`(?:[-–—_=]{3,}[ \t]*)?`;
/**
 * A legal database's page puts the document's attributes in a table of fields above its text, one
 * field a line or a row of cells: "Số hiệu: | 01/2026/TT-BDTTG | Ngày đăng công báo: …", "Ngày ban
 * hành: 13/01/2026". The field opens a line or a cell.
 */
// A field may also open a "- " bullet, as a page that lists the fields does ("- Số hiệu văn bản: …").
const FIELD_LABEL = String.raw`(?:^|\n|\|)[ \t|*]{0,8}(?:-[ \t]{1,4})?`;
/**
 * "Ngày ban hành:" and the date after it, as such a page writes it ("13/01/2026", "30-10-2012"; a
 * portal's field without its colon, its value after a run of spaces): read where no place and date line is.
 */
const ISSUED_FIELD = new RegExp(String.raw`${FIELD_LABEL}${ISSUED_FIELD_LABEL}[ \t]*:?[ \t|]{0,40}\n?[ \t|]{0,8}([0-9]{1,2})[\/-]([0-9]{1,2})[\/-]([0-9]{4})(?![0-9])`);
/**
 * The "Số:" line, or a "Số:" cell after a bar where a header table is flattened onto one line
 * ("ỦY BAN NHÂN DÂN | CỘNG HÒA … | TỈNH HÀ GIANG | Độc lập … | Số: 12/KH-UBND | Hà Giang, ngày …");
 * a cell's colon is written (a table of documents has "| Số 12/2015/QĐ-UBND ngày …" cells).
 */
/**
 * The end of the national motto ("Độc lập - Tự do - Hạnh phúc") where a header is flattened onto a
 * single line, cells in reading order and no bar between them, as a document's text layer copied
 * page by page gives it: "HỘI ĐỒNG NHÂN DÂN CỘNG HÒA … TỈNH X Độc lập  Tự do  Hạnh phúc    Số:
 * 12/2017/NQ-HĐND X, ngày …". The number's cell follows the motto on the same line, its colon written.
 */
// The rule printed under the motto ("-------", "*******", one a column in a two-column layout) may
// stand between the motto and the number's cell: "… Hạnh phúc ******* ******* Số: 23/2007/QĐ-BLĐTBXH".
const MOTTO_END = String.raw`(?:Hạnh phúc|Hạnh Phúc|HẠNH PHÚC)[ \t]{1,8}(?:[-–—_=*]{3,40}[ \t]{1,8}){0,2}`;
const AFTER_MOTTO = new RegExp(String.raw`${MOTTO_END}$`);
// The flattened header's branch reads "Số:" first and looks behind it for the motto: a look-behind
// opening a branch is tried at every character, and a head with no "Số:" line (a copy without its
// heading, most real texts but the plans) was read through its 3,000 characters so (5x the regex's cost).
const NUMBER_LINE = new RegExp(String.raw`(?:(?:^|\n)[ \t*]*${RULE_BEFORE}(?:Số(?![ \t]*\/[ \t]*[Kk]ý hiệu)\s*:?|số[ \t]*:)|\|[ \t*]*Số[ \t]*:|Số[ \t]*:(?<=${MOTTO_END}Số[ \t]*:)|${FIELD_LABEL}(?:${NUMBER_FIELD_LABELS.join("|")})[ \t|]{0,40})${NUMBER_AFTER_LABEL}`);
/**
 * The document's "Số:" line (NUMBER_LINE, or KIND_NUMBER_LINE above the kind line), but not an
 * office's copy number in the copy's stamp block ("Số: 41/SY-VP ⏎ SAO Y BẢN CHÍNH", copyNumber): a
 * short text has the block inside the header's window, after the copied text (or, the copy's own
 * number only, with none of the document's). Looked for again past the copy's line, which is blanked
 * at the same length so every offset stays the head's; at most a few copies.
 */
function ownNumberLine(head: string, kindLine: RegExpExecArray | null): RegExpExecArray | null {
  let text = head;
  for (let copies = 0; copies < 3; copies++) {
    const n = NUMBER_LINE.exec(text) ?? (kindLine ? KIND_NUMBER_LINE.exec(text.slice(0, kindLine.index)) : null);
    if (n === null || (!isCopyNumber(text, n, n[3]) && !carriesCitationOn(text, n))) return n === null ? n : unglued(text, n);
    text = text.slice(0, n.index) + " ".repeat(n[0].length) + text.slice(n.index + n[0].length);
  }
  return null;
}

/**
 * A field table copied without its cells' breaks glues the next field's label to the ký hiệu
 * ("Số hiệu:1449/QĐ-BGDĐTNgày đăng công báo:…"): the ký hiệu's letters stop at the label's first
 * accented letter, leaving its capital and the plain letters after it ("…BGDĐTNg"). A ký hiệu
 * never ends inside a word, so where a letter follows the match, that capital and what follows it
 * are the label's: cut from the ký hiệu and from the match.
 */
function unglued(text: string, n: RegExpExecArray): RegExpExecArray {
  const end = n.index + n[0].length;
  if (!LETTER_AFTER.test(text.charAt(end))) return n;
  const glued = GLUED_WORD.exec(n[3]);
  if (glued === null || glued.index === 0) return n;
  n[3] = n[3].slice(0, glued.index);
  n[0] = n[0].slice(0, n[0].length - (glued[0].length));
  return n;
}
/** A letter right after the ký hiệu: the label glued to it goes on (any letter but the ASCII ones the ký hiệu's class already took). */
const LETTER_AFTER = /^\p{L}/u;
/** The glued label's start at the ký hiệu's end: a capital and the lower-case letters after it ("Ng" of "Ngày"). */
const GLUED_WORD = /[A-ZĐ][a-z]+$/;

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
  const kind = KIND_WORD_ENDING_LINE.exec(above);
  return kind !== null && LOWER_CASE_LETTER.test(above.slice(0, kind.index));
}
/** A number field's label at a NUMBER_LINE match's start (after its line break and bullet): not the "Số:" of a wrapped citation. */
const FIELD_NUMBER_LABEL = new RegExp(String.raw`^\n[ \t|*]{0,8}(?:-[ \t]{1,4})?(?:${NUMBER_FIELD_LABELS.join("|")})`);
/** A kind word closing a line ("… tại Tờ trình", "… theo công văn"). */
const KIND_WORD_ENDING_LINE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${KIND_WORDS_ANY_CASE})[ \t]*$`, "u");
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** Whether the number line `m` (its ký hiệu `symbol`) is a copy's number in its stamp block (copyNumber). */
const isCopyNumber = (text: string, m: RegExpExecArray, symbol: string | undefined): boolean =>
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
 * A number in the Party's shape (and older numbering's): number, type code, slash, issuer: "12-KH/TU",
 * "227 NQ/UBTVQH9" (a space where the dash belongs: group 3 holds the type code in capitals, group 2
 * otherwise; read only where the type code is one vncite knows). Groups: number, type, spaced type, issuer.
 */
const PARTY_NUMBER = String.raw`([0-9]+[a-dA-D]?)(?:[ \t]*-[ \t]*([A-Za-zĐđ]{1,6})[ \t]*|[ \t]{1,2}([A-ZĐ]{2,6}))\/[ \t]*([A-Za-zĐđƯư][A-Za-zĐđƯư0-9.]*)`;
/**
 * Older texts (the Official Gazette's layout, 2002-2008) number the document in its heading, under
 * or after the kind word: "NGHỊ ĐỊNH ⏎ CỦA CHÍNH PHỦ SỐ 58/2003/NĐ-CP NGÀY 29 THÁNG 5 NĂM 2003 ⏎
 * QUY ĐỊNH …", "NGHỊ ĐỊNH ⏎ SỐ 136/2007/NĐ-CP NGÀY 17 THÁNG 8 NĂM 2007"; copies often drop the
 * "Số:" line above. Read right after the kind word, where no "Số:" line is. The number may be in
 * the Party's shape, as older numbering and the Party's own documents write it ("NGHỊ QUYẾT SỐ 412
 * NQ/UBTVQH9 NGÀY 12-6-1997", "CHỈ THỊ CỦA BAN BÍ THƯ SỐ 15-CT/TW NGÀY …"; PARTY_NUMBER, groups 5 to 8).
 */
const HEADING_NUMBER = new RegExp(String.raw`^\s{0,8}(?:(?:của|CỦA|Của)[ \t]([^\n]{0,80}?)\s)?(?:số|SỐ|Số)[ \t]*:?(?:${NUMBER_AFTER_LABEL}|\s{0,8}${PARTY_NUMBER})`);
/**
 * "CỦA <issuer> SỐ <number> NGÀY <date>" opening a heading's title, its lines wrapped anywhere; the
 * issuer's words are group 1. A ký hiệu typed with spaced dashes ("121/2004/TT - BTC") and a day typed
 * against "NGÀY" ("NGÀY16") are read too, and the number and date a word segmenter prints with its
 * slashes spaced ("SỐ 67 / 2005 / TT-BTC NGÀY 24 / 8 / 2005", as the dev corpus's source does).
 */
const GAZETTE_HEADING = /^\s{0,8}(?:của[ \t]([^\n]{1,80}?)\s)?số[ \t]*:?[ \t]*[0-9]{1,5}[^\s]{0,30}(?:[ \t]{1,3}[^\s]{1,20}){0,4}\s{1,4}ngày\s{0,4}(?:[0-9]{1,2}\s{1,4}tháng\s{1,4}[0-9]{1,2}\s{1,4}năm\s{1,4}|[0-9]{1,2}[ \t]?\/[ \t]?[0-9]{1,2}[ \t]?\/[ \t]?|[0-9]{1,2}-[0-9]{1,2}-|[0-9]{1,2}\.[0-9]{1,2}\.)(?:19|20)[0-9]{2}[ \t,]*/iu;
/**
 * The gazette's other order: the number and date first, then the issuer ("NGHỊ QUYẾT SỐ 412
 * NQ/UBTVQH9 NGÀY 12-6-1997 ⏎ CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI ⏎ VỀ VIỆC …", "CHỈ THỊ SỐ 05/1998/CT-TTG
 * NGÀY 3-2-1998 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ …"): "của" and the issuer, up to the line's end or to the
 * subject's "về" / "v/v". Sticky, the issuer bounded: tried once, where the number and date end.
 */
const GAZETTE_ISSUER_AFTER = /\s{0,4}của[ \t]+([^\n]{1,80}?)(?:[ \t]*(?:\n|$)|(?=[ \t]+(?:về|v\/v)[ \t]))/iuy;
const GAZETTE_REACH = 240;
/** Between "CỦA" and "SỐ" only the issuer stands: a kind word there is another document's ("CỦA HĐND VỀ VIỆC SỬA ĐỔI NGHỊ QUYẾT SỐ …"). */
const KIND_WORD_IN = new RegExp(String.raw`(?<![\p{L}])(?:${KIND_WORDS_ANY_CASE}|về|VỀ|v\/v|V\/V)(?![\p{L}])`, "u");
/**
 * A header laid out as a table and flattened cell by cell puts the issuer and the number on one
 * line: "CHÍNH PHỦ Số: 12/2005/NĐ-CP |". The issuer is in capitals and the colon is written.
 */
const ISSUER_NUMBER_LINE = new RegExp(String.raw`(?:^|\n)[ \t*]*\p{Lu}[\p{Lu}\p{M} ,.&-]{1,80}?[ \t|]Số[ \t]*:${NUMBER_AFTER_LABEL}`, "u");
/**
 * The place and date line. A header's two columns flattened onto one line keep the date after a
 * run of spaces ("Số: 225-KH/TWĐTN-CTTN      Hà Nội, ngày 16 tháng 5 năm 2024"): three spaces or a
 * tab before the place start it too (the place then opens with no space). So does the end of the
 * right column's heading on the same line: "ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày …", "Độc lập - Tự
 * do - Hạnh phúc Thanh Hoá, ngày …" (the place then holds no ":", which a number's cell between
 * would: "Hạnh phúc Số : 29/SGD …"). A rule of dashes before the place is taken whole ((?<!-) … (?!-)):
 * tried at each of its dashes and with each of its lengths, a rule of thousands cost seconds.
 * The branch after a heading's last words asks first for the blank before it, one character back:
 * its look-behind alone was tried at every character of the heading.
 */
// "Hà Nội, Ngày 27 tháng 9 năm 1995" (pairs30 003): a capital N is typed on some date lines, and a
// heading set in capitals puts the date words in them too ("HÀ NỘI, NGÀY 27 THÁNG 9 NĂM 1995").
const DATE_LINE_TAIL = String.raw`,\s{0,8}(?:[nN]gày|NGÀY)\s{0,8}([0-9]{1,2})?\s{0,8}(?:tháng|THÁNG)\s{0,8}([0-9]{1,2})\s{0,8}(?:năm|NĂM)\s{0,8}([0-9]{4})`;
const DATE_LINE = new RegExp(
  String.raw`(?:^|\n|\||(?<!-)-{3,}(?!-)|(?:[ ]{3}|\t)(?=[^\s,|])|(?<=[ \t])(?<=(?:ĐẢNG CỘNG SẢN VIỆT NAM|Hạnh phúc)[ \t]{1,8})(?=[^\s,|:][^\n,|:]{1,39},))[^\n,|]{2,40}${DATE_LINE_TAIL}`,
);
/**
 * What every match of DATE_LINE ends with, from its comma on. DATE_LINE itself, one of whose branches
 * opens with look-behinds, is tried at every character of the heading (~7 ns a character): most
 * copies printed without their heading have no date line there, and the tail, found from the
 * commas, says so first (the dev texts' heads: 1.37 → 0.12 ms a pass).
 */
const DATE_LINE_END = new RegExp(DATE_LINE_TAIL);

/** DATE_LINE.exec(s), its tail looked for first. */
const dateLineIn = (s: string): RegExpExecArray | null => (DATE_LINE_END.test(s) ? DATE_LINE.exec(s) : null);
/**
 * A Party document's own number, written "Số 12-KH/TU" (its colon often left out): number, type
 * code, issuer code. A Party header's two columns flattened onto one line put the issuing body and
 * the asterisk under it before the number: "BAN CHẤP HÀNH TRUNG ƯƠNG * Số 68-NQ/TW ĐẢNG CỘNG SẢN
 * VIỆT NAM Hà Nội, ngày 04 tháng 5 năm 2025". Older documents typed a space where the dash belongs
 * ("Số: 227 NQ/UBTVQH9", group 3 then holds the type code in capitals, group 2 otherwise), read as
 * the same number (227-NQ/UBTVQH9) where the type code is one vncite knows.
 */
/**
 * Older state numbering (the Government's decrees until 1997) wrote number and issuer's code with a
 * dash and no type code: "Số: 230-CP" (Hội đồng Chính phủ), "Số: 109-NV" (Bộ Nội vụ), "Số 184-HĐBT",
 * "Số: 101-CP" (1997). Read on a "Số" line of its own (or a flattened header's cell, "| Số: 109-NV |",
 * the issuer's cell before it on the line, "CHÍNH PHỦ Số: 101-CP |") where nothing else is, the code
 * ending the number: a slash after it is another shape (a Party number's "12-KH/TU"). The Prime
 * Minister's code keeps its lower-case g in this shape too ("Số: 04-TTg", 1995; "Số: 43-TTg", 1996):
 * the codes that end in a lower-case letter (GLUED_CODE_ENDS) are read beside the all-capital ones.
 */
const OLD_NUMBER_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t*]*(?:Số[ \t]*:?|\p{Lu}[\p{Lu}\p{M} ,.&-]{1,80}?[ \t|]Số[ \t]*:)[ \t]{0,8}([0-9]{1,5})[ \t]*-[ \t]*([A-ZĐ]{2,8}|${GLUED_CODE_ENDS.join("|")})(?=[ \t]*(?:\||\r?\n|$))`,
  "u",
);
/**
 * The older number's "Số" line (OLD_NUMBER_LINE) above the kind line, or in the header's first lines
 * where no kind line is. A web page prints its own lines above the document (its title, a table of
 * the document's fields: "Số hiệu: | 15-CP | Loại văn bản: | Nghị định |"), and a copy may lose its
 * kind line: the header's "Số: 15-CP |" then stands further down, the national motto in the lines just
 * above it, as the slash-form number's line is read there.
 */
function oldNumberLine(head: string, kindLine: RegExpExecArray | null): RegExpExecArray | null {
  if (kindLine) return OLD_NUMBER_LINE.exec(head.slice(0, kindLine.index));
  const near = OLD_NUMBER_LINE.exec(head.slice(0, ISSUER_REACH));
  if (near) return near;
  const far = OLD_NUMBER_LINE.exec(head);
  return far && HEADER_MOTTO.test(head.slice(Math.max(0, far.index - ISSUER_REACH), far.index)) ? far : null;
}
const PARTY_NUMBER_LINE = new RegExp(String.raw`(?:^|\n)(?:\p{Lu}[\p{Lu}\p{M} ,.&-]{1,80}?[ \t]\*)?[ \t*]*Số\s*:?\s{0,8}${PARTY_NUMBER}`, "u");

/**
 * Whether a line opens with the body that issues a document ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN", in capitals in a header, above the preamble of a decision):
 * `^(?:<issuer phrases and titles>)(?:\s|$)` under /iu.
 *
 * The issuer phrases split by their first letter (lower case, as phraseSource reads them), each
 * group's regex `^(?:<its phrases>)(?:\s|$)` under /iu built on its first use. One regex of all of
 * them (6,500 characters under /iu) cost V8 about 100 ms to compile in every process that read a
 * heading in capitals, twice over when it met a one-byte line too; a header names a few bodies,
 * whose groups alone are compiled. The same lines match: the whole alternation is these groups'
 * union (phraseSource's trie branches at its root by first letter), and a group is tried only when
 * the line's first letter matches that letter under the same flags.
 */
const ISSUER_GROUPS: { first: RegExp; phrases: string[]; regex: RegExp | null }[] = (() => {
  const byFirst = new Map<string, string[]>();
  for (const phrase of [...allIssuerPhrases(), ...ISSUER_TITLES]) {
    const first = [...phrase.trim().toLowerCase()][0];
    if (first === undefined) continue;
    const group = byFirst.get(first);
    if (group) group.push(phrase);
    else byFirst.set(first, [phrase]);
  }
  return [...byFirst].map(([letter, phrases]) => ({ first: new RegExp(`^(?:${phraseSource([letter])})`, "iu"), phrases, regex: null }));
})();

/**
 * The body a text enacts in the line right above its preamble, when no heading names one: a copy
 * printed without its heading ("NGHỊ QUYẾT ⏎ Về … ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH X ⏎ KHÓA XI, KỲ HỌP THỨ
 * BA ⏎ Căn cứ …", "QUYẾT ĐỊNH ⏎ … ⏎ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Y ⏎ Căn cứ …"). The line in
 * capitals before the first "Căn cứ" at a line's start, a council's session line passed over;
 * looked for within ENACTING_REACH characters after `from`. The body whose phrase opens the line
 * (a title such as "CHỦ TỊCH" read past), or null.
 */
export function enactingBody(text: string, from: number): IssuerEntry | null {
  const lines = enactingLines(text, from);
  if (lines.length === 0) return null;
  const line = lines[lines.length - 1];
  // "HỘI ĐỒNG NHÂN DÂN ⏎ TỈNH ĐỒNG THÁP": the body's name wrapped, its place on a line of its own.
  return bodyOpening(line) ?? (lines.length === 2 ? bodyOpening(`${lines[0]} ${line}`) : null);
}

/**
 * The line in capitals right above the preamble that enactingBody reads ("ỦY BAN NHÂN DÂN HUYỆN
 * BÌNH CHÁNH ⏎ Căn cứ …"), with the line in capitals before it (a wrapped name's first half, or the
 * title): none, one or two lines, cleaned. Where a heading laid out as a table and flattened has lost
 * the line under the body ("ỦY BAN NHÂN DÂN | ⏎ CỘNG HÒA …"), this line still names the place.
 */
export function enactingLines(text: string, from: number): string[] {
  const window = text.slice(from, from + ENACTING_REACH);
  const preamble = BASIS_LINE.exec(window);
  if (!preamble) return [];
  const lines = window.slice(0, preamble.index).split("\n").map(clean).filter((t) => t !== "");
  let k = lines.length - 1;
  if (k >= 0 && SESSION.test(lines[k])) k--;
  const line = k >= 0 ? lines[k] : "";
  if (!line || !isCapitals(line) || !LETTER.test(line)) return [];
  // "HỘI ĐỒNG NHÂN DÂN QUẬN TÂN PHÚ KHÓA I, KỲ HỌP LẦN THỨ 7": the council's session on its line, cut off.
  const tail = SESSION_TAIL.exec(line);
  const own = tail ? line.slice(0, tail.index) : line;
  return k >= 1 && isCapitals(lines[k - 1]) && LETTER.test(lines[k - 1]) ? [lines[k - 1], own] : [own];
}
/** The body whose phrase opens a line in capitals, a title ("CHỦ TỊCH") before it read past; or null. */
function bodyOpening(line: string): IssuerEntry | null {
  const words = line.split(" ");
  const opening = (n: number) => words.slice(0, n).join(" ");
  for (let n = Math.min(words.length, BODY_WORDS_AT_MOST); n > 0; n--) {
    const entry = issuerByPhrase(opening(n));
    if (entry) return entry;
  }
  for (let n = Math.min(words.length, TITLE_WORDS_AT_MOST + BODY_WORDS_AT_MOST); n > 1; n--) {
    const entry = issuerAfterTitle(opening(n));
    if (entry) return entry;
  }
  return null;
}
/**
 * The day a council's resolution says it was passed, in its closing formula: "Nghị quyết này đã được
 * Hội đồng nhân dân tỉnh X khóa IX, kỳ họp thứ 5 thông qua ngày 14 tháng 7 năm 2017 …" (a copy
 * printed without its heading dates itself there only). The first such formula's date (ISO), or null.
 */
export function councilPassedOn(text: string): string | null {
  if (!text.includes("thông qua")) return null;
  const m = PASSED_ON.exec(text);
  return m ? isoDate(m[1], m[2], m[3]).date : null;
}
const PASSED_ON = new RegExp(
  String.raw`Nghị[ \t\n]+quyết[ \t\n]+này[ \t\n]+(?:đã[ \t\n]+)?được[ \t\n]+(?:Hội[ \t\n]+đồng[ \t\n]+nhân[ \t\n]+dân|HĐND)[^.;:]{0,160}?[ \t\n]thông[ \t\n]+qua[ \t\n]+(?:vào[ \t\n]+)?ngày[ \t\n]+(\d{1,2})[ \t\n]+tháng[ \t\n]+(\d{1,2})[ \t\n]+năm[ \t\n]+(\d{4})`,
  "iu",
);
/**
 * The body the preamble's closing formula names as the one issuing, on a line of its own: "Bộ trưởng
 * Bộ Công an ban hành Thông tư quy định …", "Tổng Kiểm toán nhà nước ban hành Quyết định …" (the form
 * the 2015 law sets). A copy printed without its heading (a print page, a blog) names its issuer there
 * only. The first such line within ENACTING_REACH * 2 characters, or null.
 */
export function promulgatingBody(text: string): IssuerEntry | null {
  const m = PROMULGATING_LINE.exec(text.slice(0, ENACTING_REACH * 2));
  if (!m) return null;
  const phrase = foldSpaces(m[1]).trim();
  return issuerByPhrase(phrase) ?? issuerAfterTitle(phrase);
}
const PROMULGATING_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t*_-]*((?:${phraseSource([...ISSUER_SUBJECTS, ...ISSUER_LINE_HEADS], { keepCase: true })})[ \t][^\n.;:,]{1,80}?)[ \t]+ban[ \t]+hành[ \t]+(?:${KIND_WORDS_AS_WRITTEN})(?![\p{L}\p{N}])`,
  "u",
);
/** The first line that opens the preamble's bases ("Căn cứ …"). */
const BASIS_LINE = /(?:^|\n)[ \t*_]*Căn[ \t]+cứ[ \t]/u;
const ENACTING_REACH = 2500;
/** A title ("CHỦ TỊCH", "BỘ TRƯỞNG", "PHÓ CHỦ TỊCH") takes this many words at most before the body. */
const TITLE_WORDS_AT_MOST = 3;
/** A body's phrase takes this many words at most ("HỘI ĐỒNG NHÂN DÂN"; the place after it is not read). */
const BODY_WORDS_AT_MOST = 8;

/** See ISSUER_GROUPS. */
export function opensWithIssuerPhrase(line: string): boolean {
  for (const g of ISSUER_GROUPS) {
    if (!g.first.test(line)) continue;
    g.regex ??= new RegExp(String.raw`^(?:${phraseSource(g.phrases)})(?:\s|$)`, "iu");
    if (g.regex.test(line)) return true;
  }
  return false;
}
/**
 * Where the title has ended: a parenthesis, a heading's number ("I.", "1.", "a)", "Điều 3."; a word
 * segmenter's "I .", "1 ."), a list item's
 * bullet before a word ("- Phối hợp …"; "- 2025" may be a wrapped "2021 ⏎- 2025"), or a cue. A
 * title wrapped over lines goes on with words, never with a list's marks.
 */
const TITLE_STOP = new RegExp(
  String.raw`^(?:\(|[IVX]+[ \t]?\.|\d{1,3}(?:\.\d{1,3})*[ \t]?[.)]\s|[a-zđ][ \t]?\)\s|Điều[ \t]+\d{1,3}[ \t]*[.:]|[${BULLET_CLASS}]\s*\p{L}|${phraseSource(DOCUMENT_CUES.flatMap((c) => c.phrases), { keepCase: true })}[\s:])`,
  "u",
);

/**
 * `citedTitle`: whether a first line that cites the document with its number (citedTitleLine) may
 * be the document's own heading; not for a listing's record, whose own number is given beside it
 * (its summary may open with the document it acts on: "Quyết định số 346/QĐ-UBND … về …").
 */
export function readHeader(text: string, citedTitle = true): Header {
  const head = text.slice(0, HEADER_WINDOW);
  const warnings: Warning[] = [];
  let kind: Kind | null = null;
  let title: string | null = null;
  let bodyStart = 0;
  let kindLineStart: number | undefined;
  let titleStart = 0;
  const issuerLines: string[] = [];

  // The heading is above the preamble: past its first line, capitals and dates are the body's.
  const preamble = PREAMBLE_LINE.exec(head);
  const headingEnd = preamble ? preamble.index : head.length;
  const kindLine = findUppercaseKindLine(head, headingEnd);
  if (kindLine) {
    const written = kindLine[1];
    kindLineStart = kindLine.index + (kindLine[0].startsWith("\n") ? 1 : 0);
    kind = KIND_BY_WORD.get(written.toLowerCase().replace(/\s+/g, " ")) ?? null;
    const before = head.slice(0, kindLine.index);
    pushIssuerLines(before, issuerLines);
    const after = pastIssuerLine(head, kindLine.index + kindLine[0].length);
    const read = readTitle(head, after, false) ?? readTitle(head, after, true);
    const lines = read?.lines ?? [];
    if (read) {
      titleStart = read.start;
      bodyStart = Math.min(read.end, text.length);
    }
    title = lines.length ? lines.join(" ") : null;
    if (!title) bodyStart = titleStart = after;
  }

  // "Quyết định về chế độ thu, nộp …": a database or a web page prints the kind and the title as one
  // line in sentence case, with no heading above it.
  const sentence = kindLine ? null : (SENTENCE_KIND_LINE.exec(head) ?? CAPITAL_KIND_SUBJECT_LINE.exec(head));
  const cited = kindLine || sentence || !citedTitle ? null : citedTitleLine(head);
  const found = sentence ?? cited;
  // The subject opens in lower case ("Quyết định về …"); a capital there opens a name or a sentence,
  // but for "Về việc" under a kind word in capitals (CAPITAL_KIND_SUBJECT_LINE).
  const subjectFirst = found ? head.charAt(found.index + found[0].length) : "";
  const opening = found && (subjectFirst !== subjectFirst.toUpperCase() || isCapitals(found[1])) ? found : null;
  // Printed from the Official Gazette's heading, the line names the issuer, the number and the date
  // before the subject ("Thông tư của bộ tài chính số 121/2004/tt-btc ngày 16 tháng 12 năm 2004
  // hướng dẫn …"): the subject is the title, the number is read below as under a kind line.
  const subjectAt = opening ? opening.index + opening[0].length : 0;
  const gazette = opening ? gazetteHeadingLength(head, subjectAt) || (cited ? undatedTitleLength(head, subjectAt) : 0) : 0;
  // The line that names the document holds its whole subject: the next line is the page's text.
  const read = cited ? firstLineTitle(head, subjectAt + gazette) : opening ? readSentenceTitle(head, subjectAt + gazette) : null;
  const gazetteLine = opening !== null && read !== null && gazette > 0;
  if (opening && read) {
    kind = KIND_BY_WORD.get(opening[1].toLowerCase().replace(/\s+/g, " ")) ?? null;
    kindLineStart = opening.index + opening[0].indexOf(opening[1]);
    titleStart = read.start;
    bodyStart = Math.min(read.end, text.length);
    title = read.lines.join(" ");
  }

  let numberLine: Header["numberLine"] = null;
  const n = ownNumberLine(head, kindLine);
  // A công văn has no kind line: its issuer stands above its number, its subject line ("V/v …") below.
  const subject = kindLine || !n ? null : readSubjectLine(head, n.index + n[0].length);
  // Without a kind line, the lines in capitals above the number name the issuer, subject line or not
  // (a letter may leave its "V/v" out); the header's first lines only, not a body's headings.
  if (!kindLine && n && n.index <= ISSUER_REACH) {
    pushIssuerLines(head.slice(0, n.index), issuerLines);
  } else if (!kindLine && n) {
    // A web page prints its own lines above the document ("Quý vị chưa đăng nhập …", a breadcrumb, the
    // document's name as a link): the heading is then the lines above the number that the national
    // motto stands among, read from the first whole line within the reach.
    const from = head.indexOf("\n", n.index - ISSUER_REACH) + 1;
    if (from > 0 && from < n.index && HEADER_MOTTO.test(head.slice(from, n.index))) pushIssuerLines(head.slice(from, n.index), issuerLines);
  }
  if (subject && n) {
    const parts = symbolPartsOf(n[3]);
    // "Số: 8836/CT-TTHT": a tax department's letter, whose "CT" is its own code, no directive's.
    kind = (isTaxLetterSymbol(parts) ? null : kindByStateCode(parts[0])?.slug) ?? "official-letter";
    kindLineStart = titleStart = subject.start;
    bodyStart = Math.min(subject.end, text.length);
    title = subject.lines.join(" ");
  }
  // "Số: 13/2020/NQ-HĐND ⏎ Sóc Trăng, ngày 22 tháng 12 năm 2020 ⏎ BÃI BỎ KHOẢN 1 ĐIỀU 1 NGHỊ QUYẾT SỐ
  // … ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG": a page that dropped the kind line ("NGHỊ QUYẾT") keeps the
  // title in capitals under the place and date, above the enacting body; the number's code tells the kind.
  const untitled = kindLine || (opening && read) || subject || !n ? null : titleUnderDateLine(head, n, headingEnd);
  if (untitled && n) {
    kind = untitled.kind;
    kindLineStart = titleStart = untitled.start;
    bodyStart = Math.min(untitled.end, text.length);
    title = untitled.lines.join(" ");
  }
  // "Số: 23/2025/NQ-HĐND ⏎ QUY ĐỊNH MỨC CHI CỤ THỂ CHO …": a page that dropped the kind line ("NGHỊ
  // QUYẾT") leaves the title, whose verb is a kind word. A kind word that opens a line going on with
  // the title, where the own number's type code names another kind, is the title's first word: the
  // code tells the kind. (A kind word alone on its line stands, whatever the number says.)
  if (kindLine && n && kind !== null && title !== null && opensTitle(head, kindLine)) {
    const coded = kindByStateCode(symbolPartsOf(n[3])[0])?.slug;
    if (coded && coded !== kind) {
      kind = coded;
      title = `${kindLine[1]} ${title}`;
      titleStart = kindLineStart ?? titleStart;
    }
  }
  // Beside a "Số:" line, a Party number counts only above it (see below): it is looked for there
  // alone, not in the whole head (most documents have none, and the search read 3,000 characters
  // for nothing). The same match is found: a Party number that starts above the "Số:" line ends
  // before that line's break, since its own blanks run only into ":", a digit or more blanks, and
  // the line after the break opens with "[ \t*]*" and "Số" or a kind word.
  let party = PARTY_NUMBER_LINE.exec(n ? head.slice(0, n.index) : head);
  // "Số: 227 NQ/UBTVQH9", a space for the dash: only before a type code vncite knows.
  if (party && party[3] !== undefined && !isTypeCode(canonicalCode(party[3]))) party = null;
  // No kind line and no "Số:" line (a kind line an OCR broke, "K ÉT LUẬN"): the lines above the
  // Party number name the issuer ("TỈNH ỦY THỪA THIÊN HUẾ ⏎ ĐẢNG CỘNG SẢN VIỆT NAM ⏎ Số 445-KL/TƯ").
  if (!kindLine && !n && party && party.index <= ISSUER_REACH) pushIssuerLines(head.slice(0, party.index), issuerLines);
  if (!n && !party) {
    // Neither a "Số:" line of its own nor a Party number: the number on the issuer's line, or in the heading.
    let flat = ISSUER_NUMBER_LINE.exec(head.slice(0, kindLine ? kindLine.index : ISSUER_REACH));
    if (flat && isCopyNumber(head, flat, flat[3])) flat = null;
    const kindWordEnd = kindLine ? kindLine.index + kindLine[0].indexOf(kindLine[1]) + kindLine[1].length : gazetteLine ? subjectAt : -1;
    let heading = flat || kindWordEnd < 0 ? null : HEADING_NUMBER.exec(head.slice(kindWordEnd, kindWordEnd + 160));
    const issuer = heading?.[1]?.trimStart();
    if (heading && issuer !== undefined && (KIND_WORD_IN.test(issuer) || !opensWithIssuerPhrase(issuer))) heading = null;
    // The heading's pattern has the issuer's words first: its number, year and ký hiệu come one group later.
    // In the Party's shape, a space for the dash only before a type code vncite knows (as for a Party number's line).
    if (heading && heading[7] !== undefined && !isTypeCode(canonicalCode(heading[7]))) heading = null;
    const read = flat
      ? { number: flat[1], year: flat[2], symbol: flat[3], start: flat.index + flat[0].lastIndexOf("Số"), end: flat.index + flat[0].length }
      : heading
        ? { number: heading[2], year: heading[3], symbol: heading[4], start: kindLineStart ?? kindWordEnd, end: kindWordEnd + heading[0].length }
        : null;
    const old = read || heading ? null : oldNumberLine(head, kindLine);
    if (old) {
      const start = old.index + old[0].indexOf("Số");
      numberLine = { number: old[1], year: null, symbolParts: [old[2]], written: "slash-first", start, end: old.index + old[0].length };
    } else if (heading && heading[5] !== undefined) {
      numberLine = { number: heading[5], year: null, symbolParts: [heading[6] ?? heading[7], heading[8]], written: "dash-first", start: kindLineStart ?? kindWordEnd, end: kindWordEnd + heading[0].length };
    } else if (read && read.number) {
      numberLine = { number: read.number, year: read.year ? Number(read.year) : null, symbolParts: symbolPartsOf(read.symbol), written: "slash-first", start: read.start, end: read.end };
    }
  }
  if (party && (!n || party.index < n.index)) {
    numberLine = { number: party[1], year: null, symbolParts: [party[2] ?? party[3], party[4]], written: "dash-first", start: party.index + party[0].indexOf("Số"), end: party.index + party[0].length };
  } else if (n) {
    const start = n.index + n[0].search(/[^\s*\-–—_=|]/);
    numberLine = {
      number: n[1] || null,
      year: n[2] ? Number(n[2]) : null,
      symbolParts: symbolPartsOf(n[3]),
      written: "slash-first",
      start,
      end: n.index + n[0].length,
    };
    if (!n[1]) warnings.push({ code: "blank-number", message: "the document's own number is blank (a draft?)", start, end: numberLine.end });
  }

  // "THÔNG TƯ" over "Số: 02/2006/TTLT-BVHTT-BYT": a joint circular headed by the wider kind's word
  // (KindEntry.formOf), as texts cite it ("Thông tư số … /TTLT-…"); the number's code tells its form.
  if (kind !== null && numberLine !== null && numberLine.written === "slash-first") {
    const coded = kindByStateCode(numberLine.symbolParts[0]?.split("/")[0] ?? "");
    if (coded?.formOf === kind) kind = coded.slug;
  }

  let date: string | null = null;
  let place: string | null = null;
  // "Căn cứ Pháp lệnh Du lịch, ngày 08 tháng 02 năm 1999;" is a basis's date.
  const headingText = headingEnd < head.length ? head.slice(0, headingEnd) : head;
  // A number's cell after the motto on a header's single line (AFTER_MOTTO): the place and date follow
  // it on that line ("… Hạnh phúc Số: 12/BC-UBND Bắc Hà, ngày …"), read from the number's end on.
  const cellEnd = n && n.index > 0 && n[0].startsWith("Số") && AFTER_MOTTO.test(head.slice(Math.max(0, n.index - 120), n.index)) ? n.index + n[0].length : 0;
  // A page's text layer may number its pages as a list ("  1. BỘ LAO ĐỘNG … Hạnh phúc Số: 23/2007/QĐ-BLĐTBXH Hà
  // Nội, ngày …"), which reads as the body's first item (PREAMBLE_LINE) before the cell: its place and date
  // are then taken only where they follow the number at once.
  const cellDate = cellEnd > 0 ? DATE_LINE.exec(cellEnd < headingText.length ? headingText.slice(cellEnd) : head.slice(cellEnd, cellEnd + 80)) : null;
  const afterCell = cellDate && (cellEnd < headingText.length || cellDate.index === 0) ? cellDate : null;
  const dateFrom = afterCell ? cellEnd : 0;
  const d = afterCell ?? dateLineIn(headingText);
  // The field's label is a literal: found by a string search (most heads hold none) before the regex reads it.
  const field = d || !head.includes(ISSUED_FIELD_LABEL) ? null : ISSUED_FIELD.exec(head);
  if (field) {
    const iso = isoDate(field[1], field[2], field[3]);
    date = iso.date;
    if (iso.warning) warnings.push(iso.warning);
  }
  if (d) {
    place = clean(d[0].slice(0, d[0].lastIndexOf(",")).split("|").pop()!) || null;
    if (!d[1]) {
      warnings.push({ code: "blank-date", message: "the day of the document's own date is blank (a draft?)", start: dateFrom + d.index, end: dateFrom + d.index + d[0].length });
    } else {
      const iso = isoDate(d[1], d[2], d[3]);
      date = iso.date;
      if (iso.warning) warnings.push(iso.warning);
    }
  }
  // No heading above the kind line: the body that enacts is named on the line above the preamble
  // (or above a council's session line), under the title, in capitals or in sentence case.
  if (issuerLines.length === 0 && title !== null && kindLineStart !== undefined && !subject) {
    const enacting = enactingLine(head, kindLineStart);
    if (enacting) {
      issuerLines.push(...enacting.issuerLines);
      // A title read on over the body's line ("… ⏎ Sở văn hóa … hà nội ⏎ Căn cứ …") ends above it.
      if (enacting.start > titleStart && enacting.start < bodyStart) {
        const lines = head.slice(titleStart, enacting.start).split("\n").map(clean).filter((t) => t !== "");
        if (lines.length > 0) {
          title = lines.join(" ");
          bodyStart = enacting.start;
        }
      }
    }
  }
  // A letter copied from its salutation on ("Kính gửi: - Các bộ, cơ quan ngang bộ …"), its heading
  // left behind on the page: a letter still, its number lost with the heading.
  if (kind === null && numberLine === null && !kindLine && LETTER_OPENING.test(head)) kind = "official-letter";
  return { kind, title, kindLineStart, titleStart, bodyStart, numberLine, date, place, issuerLines: withLocalBodySplit(issuerLines), warnings };
}
/** A text that opens with a letter's salutation. */
const LETTER_OPENING = /^[\s*_#]*Kính[ \t]+gửi(?![\p{L}\p{M}])/u;

/**
 * The enacting body's line of a text printed without its heading block: the line right above the
 * preamble's first line ("Căn cứ …", "Điều 1.", PREAMBLE_LINE) or above a council's session line
 * ("Khóa VII, kỳ họp thứ 13", any case), below the kind's line, within ENACTING_LINES lines of it:
 * "Quyết định về … ⏎ Ủy ban nhân dân tỉnh lâm đồng ⏎ Căn cứ …", "NGHỊ QUYẾT ⏎ VỀ … ⏎ HỘI ĐỒNG NHÂN
 * DÂN TỈNH X ⏎ KHÓA XV, KỲ HỌP THỨ 8 ⏎ Căn cứ …". The line's body as heading lines in capitals
 * (enactingIssuerLines) and where the line starts; null when no such line names a body.
 */
function enactingLine(head: string, kindAt: number): { issuerLines: string[]; start: number } | null {
  const firstEnd = head.indexOf("\n", kindAt);
  if (firstEnd < 0) return null;
  let previous: { text: string; start: number } | null = null;
  let before: { text: string; start: number } | null = null;
  for (let pos = firstEnd + 1, seen = 0; pos < head.length && seen <= ENACTING_LINES; ) {
    const nl = head.indexOf("\n", pos);
    const end = nl < 0 ? head.length : nl;
    const t = clean(head.slice(pos, end));
    if (t) {
      if (SESSION_ANY_CASE.test(t) || PREAMBLE_LINE.test(t)) {
        if (!previous) return null;
        const lines = enactingIssuerLines(previous.text);
        if (lines) return { issuerLines: lines, start: previous.start };
        // "HỘI ĐỒNG NHÂN DÂN ⏎ TỈNH ĐỒNG THÁP": the body's name wrapped, its place on a line of its own;
        // or wrapped anywhere else ("Ủy ban nhân dân thành phố ⏎ hồ chí minh", "Ủy ban nhân ⏎ dân thành
        // phố hồ chí minh", as a PDF wraps it). The two lines are read as one line is: opening with a
        // body's name, a place's name after its type, so a title's line above reads as none.
        const joined = before ? enactingIssuerLines(`${before.text} ${previous.text}`) : null;
        return joined ? { issuerLines: joined, start: before!.start } : null;
      }
      before = previous;
      previous = { text: t, start: pos };
      seen++;
    }
    pos = end + 1;
  }
  return null;
}
/** The enacting body's line is looked for this many lines below the kind's line at most (a title's lines, the body's). */
const ENACTING_LINES = 8;
/** A council's term and session in any case: "Khóa vii - kỳ họp thứ 13", "KHOÁ XV, KỲ HỌP THỨ 8", "(Khóa XIV, kỳ họp thứ mười)". */
const SESSION_ANY_CASE = /^\(?[ \t]*kh(?:óa|oá)[ \t]+[ivxlc0-9]{1,6}[ \t]*[-–,.]?[ \t]*kỳ[ \t]+họp(?![\p{L}\p{M}])/iu;
/** A council's session written on its body's line ("Hội đồng nhân dân tỉnh x khóa iv, kỳ họp chuyên đề"): cut there. */
const SESSION_TAIL = /[ \t,]+kh(?:óa|oá)[ \t]+[ivxlc0-9]{1,6}(?![\p{L}\p{M}\p{N}])/iu;
/**
 * A body's name on its enacting line takes this many words at most, a segmenter's "-" counted as a word
 * ("bộ lao động - thương binh và xã hội"); the whole line, title and place with it, this many.
 */
const ENACTING_BODY_WORDS = 12;
const ENACTING_WORDS_AT_MOST = 20;
/** Nor more characters than this (a paragraph's line is read no further: SESSION_TAIL and SPACED_COMMA scan it). */
const ENACTING_LINE_CHARS = 200;
/** A word segmenter's space before a comma ("Sở văn hóa , thể thao và du lịch"). */
const SPACED_COMMA = /[ \t]+,/g;
/** A place's type opening the words ("tỉnh lâm đồng", "quận 3", "thành phố hồ chí minh", "tp. Huế"). */
const PLACE_TYPE_OPENING = new RegExp(String.raw`^(?:${phraseSource([...PLACE_TYPES, ...Object.keys(PLACE_TYPE_ABBREVIATIONS)])})(?:[ \t]|$)`, "iu");
/**
 * Whether the words after a place's type on an enacting line are a place's name, not a sentence's
 * ("tỉnh đã chỉ đạo …"): a few words, none that no name holds (NOT_IN_PLACE_NAMES, as the header's
 * other readers of names allow them); a province's name after "tỉnh".
 */
function isPlaceName(type: string, name: string): boolean {
  // A segmenter's spaced dash is no word ("bà rịa - vũng tàu").
  const words = name.toLowerCase().split(" ").filter((w) => !DASH_WORD.test(w));
  if (words.length > PLACE_NAME_WORDS) return false;
  const held = words.every((w, i) => !NOT_IN_PLACE_NAMES.has(w) || (i === 0 ? PLACE_NAME_OPENERS.has(w) : INSIDE_PLACE_NAMES.has(w)));
  // "tỉnh" names only provinces; "thành phố" a centrally-run city or a provincial one ("thành phố vinh").
  return held && (type.toLowerCase() !== PROVINCE_TYPE || findProvince(name) !== null);
}
const PROVINCE_TYPE = "tỉnh";
const DASH_WORD = /^[-–]$/;
/** A place's name takes this many words at most ("thành phố hồ chí minh", "huyện đắk r'lấp"). */
const PLACE_NAME_WORDS = 4;
/** The signers' titles a body's line may open with ("Chủ tịch ủy ban nhân dân …", "Bộ trưởng bộ …", "Thống đốc ngân hàng nhà nước"), lower case, longest first. */
const SIGNER_TITLES = [...ISSUER_TITLES, ...ISSUER_LINE_HEADS].map((t) => t.toLowerCase()).sort((a, b) => b.length - a.length);

/**
 * The body an enacting line names, as a heading writes it in capitals: the body's phrase, and its
 * place on a line of its own ("Ủy ban nhân dân quận 3": "ỦY BAN NHÂN DÂN", "QUẬN 3"), as a heading
 * splits them. A signer's title before the body is read past ("Chủ tịch ủy ban nhân dân tỉnh x",
 * "Bộ trưởng bộ nội vụ"); a phrase that is a body itself ("Thủ tướng chính phủ") is that body. After
 * the body only its place may stand (a place's type and name, or a province's name), or nothing:
 * a sentence ("Chính phủ ban hành Nghị định …") is no body's line. Null when the line names none.
 */
function enactingIssuerLines(line: string): string[] | null {
  if (line.length > ENACTING_LINE_CHARS) return null;
  let t = line.replace(SPACED_COMMA, ",");
  const session = SESSION_TAIL.exec(t);
  if (session) t = t.slice(0, session.index);
  const words = t.split(" ").filter((w) => w !== "");
  if (words.length > ENACTING_WORDS_AT_MOST) return null;
  const lower = t.toLowerCase();
  const title = SIGNER_TITLES.find((s) => lower.startsWith(s) && lower.charAt(s.length) === " ");
  // The body after the title ("bộ trưởng | bộ nội vụ"), or sharing the title's last words: the State
  // Auditor General is "Tổng kiểm toán nhà nước", of "Kiểm toán nhà nước".
  const titleWords = title ? title.split(" ").length : 0;
  const starts = [titleWords];
  for (let k = 1; k < titleWords; k++) starts.push(k);
  if (titleWords > 0) starts.push(0);
  for (const from of starts) {
    for (let n = Math.min(words.length - from, ENACTING_BODY_WORDS); n > 0; n--) {
      const body = words.slice(from, from + n).join(" ");
      if (issuerByPhrase(body) === null) continue;
      const rest = words.slice(from + n).join(" ");
      if (rest === "") return [body.toUpperCase()];
      const type = PLACE_TYPE_OPENING.exec(rest);
      if (type === null) return findProvince(rest) !== null ? [body.toUpperCase()] : null;
      const name = rest.slice(type[0].length).trim();
      if (name === "") return [body.toUpperCase()];
      return isPlaceName(type[0].trim(), name) ? [body.toUpperCase(), rest.toUpperCase()] : null;
    }
  }
  return null;
}

/**
 * The title's lines after the kind line, line by line as far as the title goes (not the whole head
 * split at once), or null when there is none. `opensWithCue`: the first line opens with a cue
 * ("Triển khai thực hiện Kế hoạch số …", the subject line in sentence case that Nghị định
 * 30/2020/NĐ-CP prescribes), which may as well be the body's first sentence; it is the title only
 * when its last line ends with no sentence's stop and the next line stops a title (a cue, a
 * heading): a body sentence ends with ":" or ";" ("…, UBND huyện ban hành Kế hoạch như sau:").
 */
function readTitle(head: string, after: number, opensWithCue: boolean): { lines: string[]; start: number; end: number } | null {
  const read = readTitleLines(head, after, opensWithCue);
  return read === null || opensWithCue ? read : withoutBodyLines(head, read);
}

/**
 * The title read up to the body's first sentence where that sentence shows itself: its last line ends
 * as no title does (",", ";", ":"), or a line holds a sentence's stop ("… đạt kết quả. Tuy nhiên"):
 * a directive's first paragraph after a blank line, wrapped as the page wraps it ("CHỈ THỊ ⏎ Về tăng
 * cường công tác … ⏎⏎ Thời gian qua, thực hiện Chỉ thị số … của Ban Bí ⏎ thư về …,"). The sentence began
 * at the last line before that which opens with a capital (a title's wrapped line goes on in small
 * letters); the title's first line always stays.
 */
function withoutBodyLines(head: string, read: TitleLines): { lines: string[]; start: number; end: number } {
  const { lines } = read;
  if (lines.length < 2) return read;
  // The sentence may show itself only on the lines that go on after the title's last (in small letters).
  // A title in capitals may wrap after a comma ("… KINH TẾ - XÃ HỘI, QUỐC PHÒNG, ⏎ AN NINH"): a sentence is not in capitals.
  const shown = (l: string) => !isCapitals(l) && ((TITLE_NEVER_ENDS.test(l) && l.length >= SENTENCE_LINE_CHARS) || SENTENCE_BREAK.test(l));
  let evidence = lines.findIndex((l, j) => j > 0 && shown(l));
  if (evidence < 0 && goesOnAsSentence(head, read.end, shown)) evidence = lines.length - 1;
  if (evidence < 1) return read;
  let cut = evidence;
  while (cut > 0 && !CAPITAL_START.test(lines[cut])) cut--;
  if (cut < 1) return read;
  return { lines: lines.slice(0, cut), start: read.start, end: read.ends[cut - 1] };
}
/** Whether the next lines after `from` (blank ones passed over, at most two, in small letters) show a sentence. */
function goesOnAsSentence(head: string, from: number, shown: (line: string) => boolean): boolean {
  let n = 0;
  for (let pos = from; pos < head.length && n < 2; ) {
    const nl = head.indexOf("\n", pos);
    const t = clean(head.slice(pos, nl < 0 ? head.length : nl));
    if (t) {
      if (!SMALL_START.test(t)) return false;
      if (shown(t)) return true;
      n++;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return false;
}
const SMALL_START = /^\p{Ll}/u;
/** A title's lines and where each one's line ends (after its line break). */
interface TitleLines {
  lines: string[];
  ends: number[];
  start: number;
  end: number;
}
/** How a title never ends, a sentence's line may (a title may end with a full stop: "… Sở Kế hoạch và Đầu tư."). */
const TITLE_NEVER_ENDS = /[,;:]$/u;
/** A wrapped sentence's line is this long at least; a label ("Nơi nhận:") is no sentence of the body's. */
const SENTENCE_LINE_CHARS = 40;
/** A sentence's stop inside a line, after a word in small letters and before a capital ("… kết quả. Tuy nhiên"; not "TP. Hồ Chí Minh"). */
const SENTENCE_BREAK = /\p{Ll}[.!?][ \t]+\p{Lu}/u;
const CAPITAL_START = /^\p{Lu}/u;

function readTitleLines(head: string, after: number, opensWithCue: boolean): TitleLines | null {
  const lines: string[] = [];
  const ends: number[] = [];
  let start = after;
  let end = after;
  for (let pos = after; ; ) {
    const nl = head.indexOf("\n", pos);
    const line = head.slice(pos, nl < 0 ? head.length : nl);
    const next = pos + line.length + 1;
    const t = clean(line);
    // "-----", "*" under a title (a Party document's rule) end it, and before it are passed over: a
    // title's lines hold words or numbers ("… giai đoạn 2021 - ⏎2025" wraps a year). A rule of "_"
    // ("__________" under a print page's title) is one too, though clean() takes "_" for markup.
    if (lines.length > 0 && ((t && !WORD_OR_NUMBER.test(t)) || (!t && RULE_LINE.test(line.trim())))) {
      if (opensWithCue && SENTENCE_END.test(lines[lines.length - 1])) return null;
      break;
    }
    if (t && WORD_OR_NUMBER.test(t)) {
      const first = lines.length === 0;
      if (first && opensWithCue && !CUE_OPENING.test(t)) return null;
      // A line wrapped mid-phrase ("… CỦA") goes on with the title, whatever the next line looks like.
      const wrapped = !first && lines.length < MAX_TITLE_LINES && OPEN_ENDING.test(lines[lines.length - 1]);
      const stops = (!(first && opensWithCue) && TITLE_STOP.test(t)) || (!wrapped && (isNextHeaderPart(t, lines) || (!first && isAuthorityLine(t, () => nextLines(head, next, 2).map((l) => l.text), opensWithIssuerPhrase))));
      // Past three lines only a title in capitals, as published copies set one, runs on, in capitals.
      const longTitle = lines.length < MAX_TITLE_LINES && isCapitals(t) && LETTER.test(t) && lines.every(isCapitals);
      // A title a narrow column wraps onto four lines or more, in sentence case, runs on to the rule
      // printed under it ("________", "––––––"): each line a title's (no sentence's stop, no paragraph).
      const ruledBelow = lines.length >= 3 && !longTitle && !stops && lines.length < MAX_TITLE_LINES && !lines.some((l) => SENTENCE_END.test(l)) && closedByRule(head, pos, MAX_TITLE_LINES - lines.length);
      // An amending act's title in capitals, naming several documents and what each does, that a
      // narrow column wraps past MAX_TITLE_LINES runs on when nothing but its capitals lines stands
      // between it and the preamble's first line ("… VÀ THÔNG TƯ SỐ 08/2018/TT-BCA … ⏎ Căn cứ Luật …").
      const runsToPreamble = !longTitle && !stops && lines.length >= MAX_TITLE_LINES && lines.length < MAX_CAPITALS_TITLE_LINES && lines.every(isCapitals) && closedByPreamble(head, pos, MAX_CAPITALS_TITLE_LINES - lines.length);
      if (stops || (lines.length >= 3 && !longTitle && !ruledBelow && !runsToPreamble) || (!first && (isParagraph(t) || isParagraph(lines[lines.length - 1])))) {
        if (opensWithCue && (!stops || lines.length === 0 || SENTENCE_END.test(lines[lines.length - 1]))) return null;
        break;
      }
      if (first) start = pos;
      lines.push(t);
      ends.push(next);
      end = next;
    }
    if (nl < 0) return opensWithCue ? null : lines.length ? { lines, ends, start, end } : null;
    pos = next;
  }
  return lines.length ? { lines, ends, start, end } : null;
}

/**
 * The title a page printed without its kind line: the lines in capitals right under the place and
 * date line that follows the own number (on the number's line or within DATE_AFTER_NUMBER_LINES
 * lines of it), read as a title is, when the line after them names the enacting body, its session,
 * or opens the preamble ("… ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH X ⏎ KHÓA IX, KỲ HỌP THỨ 22 ⏎ Căn cứ …"), and the
 * number's type code names a kind. Null otherwise: a page that dropped the title too, or a line under
 * the date that names the body itself ("HỘI ĐỒNG NHÂN DÂN TỈNH KIÊN GIANG"), reads no title.
 */
function titleUnderDateLine(head: string, n: RegExpExecArray, limit: number): { kind: Kind; lines: string[]; start: number; end: number } | null {
  const kind = kindByStateCode(symbolPartsOf(n[3])[0] ?? "")?.slug;
  if (!kind || limit <= n.index) return null;
  const d = dateLineIn(head.slice(n.index, limit));
  if (!d) return null;
  const dateAt = n.index + d.index;
  const numberEnd = n.index + n[0].length;
  if (dateAt > numberEnd && head.slice(numberEnd, dateAt).split("\n").length > DATE_AFTER_NUMBER_LINES + 1) return null;
  const dateEnd = head.indexOf("\n", dateAt + d[0].length);
  if (dateEnd < 0) return null;
  // Past blank lines, bars and rules: the first line with letters.
  let at = dateEnd + 1;
  let lineEnd = at;
  for (; at < limit; at = lineEnd + 1) {
    const nl = head.indexOf("\n", at);
    lineEnd = nl < 0 || nl > limit ? limit : nl;
    if (LETTER.test(head.slice(at, lineEnd))) break;
  }
  if (at >= limit) return null;
  const first = clean(head.slice(at, lineEnd));
  if (!first || !isCapitals(first) || opensWithIssuerPhrase(first) || HEADER_MOTTO.test(first) || SESSION_ANY_CASE.test(first) || opensPreamble(head, at)) return null;
  const read = readTitleLines(head, at, false);
  if (!read || !read.lines.every(isCapitals)) return null;
  const next = nextLines(head, read.end, 1)[0];
  if (!next || !(opensWithIssuerPhrase(next.text) || SESSION_ANY_CASE.test(next.text) || PREAMBLE_LINE.test(next.text))) return null;
  return { kind, lines: read.lines, start: read.start, end: read.end };
}
/** The place and date line stands on the number's line or within this many lines under it. */
const DATE_AFTER_NUMBER_LINES = 2;

/**
 * A công văn's subject line, "V/v …" (or "Về việc …"), within a few lines after its number, and the
 * lines it wraps onto in the header's narrow column; its words without the marker. It ends at a
 * blank line, a line in capitals (the national motto of a table laid out row by row), the place and
 * date line, "Kính gửi", or a line opening with a cue.
 */
function readSubjectLine(head: string, from: number): { lines: string[]; start: number; end: number } | null {
  const window = head.slice(from, from + SUBJECT_REACH);
  const m = SUBJECT_LINE.exec(window);
  if (!m || /\n[ \t*_]*Kính[ \t]+gửi/iu.test(window.slice(0, m.index))) return null;
  const start = from + m.index + (m[0].startsWith("\n") ? 1 : 0);
  const lines: string[] = [];
  let end = start;
  for (let pos = start; lines.length < SUBJECT_LINES; ) {
    const nl = head.indexOf("\n", pos);
    const line = head.slice(pos, nl < 0 ? head.length : nl);
    const t = clean(line);
    const first = lines.length === 0;
    if (!t) break;
    if (!first && (isCapitals(t) || SUBJECT_STOP.test(t) || TITLE_STOP.test(t))) break;
    lines.push(first ? t.replace(SUBJECT_MARKER, "") : t);
    end = nl < 0 ? head.length : nl + 1;
    if (nl < 0) break;
    pos = nl + 1;
  }
  return lines[0] ? { lines, start, end } : null;
}
/** A header's number line stands within this many characters of the text's start. */
const ISSUER_REACH = 400;
const HEADER_MOTTO = /CỘNG H(?:ÒA|OÀ) XÃ HỘI|Độc lập[ \t]*[-–][ \t]*Tự do/i;
/** How far after the number line the subject line is looked for, and how many lines it may take. */
const SUBJECT_REACH = 600;
const SUBJECT_LINES = 4;
const SUBJECT_LINE = /(?:^|\n)[ \t*_]*(?:V[ \t]*\/[ \t]*v|Về[ \t]+việc)[ \t]*[:.]?[ \t]+\S/u;
const SUBJECT_MARKER = /^(?:V\s*\/\s*v|Về\s+việc)\s*[:.]?\s*/u;
/** The place and date line ("Châu Thành, ngày 15 tháng 8 năm 2022"), "Kính gửi". */
const SUBJECT_STOP = /^(?:[^,]{2,40},\s*ngày\s|Kính\s+gửi)/iu;

/** A title line ending with a word no title ends with (TITLE_OPEN_ENDINGS). */
const OPEN_ENDING = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(TITLE_OPEN_ENDINGS)})$`, "iu");
/** However it wraps, a title takes no more lines than this. */
const MAX_TITLE_LINES = 6;

/**
 * Whether the title's lines from `pos` on, `room` of them at most, end at a rule line (a line of
 * "_", "-", "–", "*" or "=", as printed under a title) or at the enacting body's line, with none
 * of them a sentence's, a paragraph's, or a stop's (TITLE_STOP). Blank lines are passed over.
 */
function closedByRule(head: string, pos: number, room: number): boolean {
  for (let n = 0; pos < head.length; ) {
    const nl = head.indexOf("\n", pos);
    const raw = head.slice(pos, nl < 0 ? head.length : nl).trim();
    pos = nl < 0 ? head.length : nl + 1;
    if (!raw) continue;
    if (RULE_LINE.test(raw)) return n > 0;
    const t = clean(raw);
    if (!t) continue;
    // Or at the enacting body's line in capitals ("BỘ TRƯỞNG BỘ KẾ HOẠCH VÀ ĐẦU TƯ"), as gazette pages set it.
    if (isCapitals(t) && LETTER.test(t) && opensWithIssuerPhrase(t)) return n > 0;
    if (++n > room || isParagraph(t) || SENTENCE_END.test(t) || TITLE_STOP.test(t) || !WORD_OR_NUMBER.test(t)) return false;
  }
  return false;
}
/**
 * Whether the lines from `pos` on, `room` of them at most, all in capitals and none a stop's
 * (TITLE_STOP), end at the preamble's first line ("Căn cứ …") or the enacting body's line.
 */
function closedByPreamble(head: string, pos: number, room: number): boolean {
  for (let n = 0; pos < head.length; ) {
    const nl = head.indexOf("\n", pos);
    const start = pos;
    const t = clean(head.slice(pos, nl < 0 ? head.length : nl));
    pos = nl < 0 ? head.length : nl + 1;
    if (!t) continue;
    if (n > 0 && (opensPreamble(head, start) || (isCapitals(t) && LETTER.test(t) && opensWithIssuerPhrase(t)))) return true;
    if (++n > room || !isCapitals(t) || !LETTER.test(t) || TITLE_STOP.test(t)) return false;
  }
  return false;
}
/** A line that opens with one of PREAMBLE_OPENERS ("Căn cứ", "Xét đề nghị"), as written. */
function opensPreamble(head: string, lineStart: number): boolean {
  PREAMBLE_OPENING.lastIndex = lineStart;
  return PREAMBLE_OPENING.test(head);
}
const PREAMBLE_OPENING = new RegExp(String.raw`[ \t#*_]*(?:${phraseSource(PREAMBLE_OPENERS, { keepCase: true })})(?![\p{L}\p{N}])`, "uy");
/** A title in capitals that runs on to the preamble takes no more lines than this. */
const MAX_CAPITALS_TITLE_LINES = 14;
/** A rule printed under a title: a run of one mark, spaces between at most. */
const RULE_LINE = /^(?:_{3,}|-{3,}|[–—]{3,}|\*{3,}|={3,})[ \t]*$/u;

/** A line that opens with a cue ("Thực hiện", "Triển khai thực hiện" …), as written. */
const CUE_OPENING = new RegExp(String.raw`^(?:${phraseSource(DOCUMENT_CUES.flatMap((c) => c.phrases), { keepCase: true })})\s`, "u");
/** How a sentence's last line ends, not a title's. */
const SENTENCE_END = /[.,;:]$/u;
/** How a body's sentence ends that no title's wrapped line does: "… như sau:", "… năm 2003;". */
const CLAUSE_END = /[;:]$/u;

/**
 * The first line holding only a kind word in capitals ("KẾ HOẠCH", "## **KẾ HOẠCH**"); else the
 * first that opens with one and goes on with the title ("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 06/NQ-CP
 * …", "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024"): the match then ends with the kind word, and the title is
 * read from there. Older documents name the issuer on it ("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH
 * BÌNH DƯƠNG"). Not an enacting line ("QUYẾT ĐỊNH:", or "QUYẾT ĐỊNH" with the first article under it).
 */
function findUppercaseKindLine(head: string, limit: number): RegExpExecArray | null {
  // Past the preamble's first line, a line in capitals is the body's ("Chương I ⏎ QUY ĐỊNH CHUNG"),
  // an annex's ("QUY ĐỊNH ⏎ về … (Ban hành kèm theo …)"), never the document's own kind.
  const re = KIND_LINES;
  re.lastIndex = 0;
  for (let m = re.exec(head); m && m.index < limit; m = re.exec(head)) {
    const first = kindOnFirstLine(m);
    if (first) return first;
    if (isCapitals(m[0]) && !ARTICLE_NEXT.test(head.slice(m.index + m[0].length, m.index + m[0].length + 40))) return m;
  }
  const opening = KIND_OPENS_LINE;
  opening.lastIndex = 0;
  for (let m = opening.exec(head); m && m.index < limit; m = opening.exec(head)) {
    // A kind word in sentence case opens many a body's line ("Quyết định này …"): its line's rest is not cleaned.
    if (!isCapitals(m[1])) continue;
    const lineEnd = head.indexOf("\n", m.index + m[0].length);
    const rest = clean(head.slice(m.index + m[0].length, lineEnd < 0 ? head.length : lineEnd));
    if (isCapitals(rest) && LETTER.test(rest) && !/[:;]$/.test(rest)) return m;
  }
  return null;
}
/**
 * "THÔNG BÁO ⏎ Kết luận của Phó Thủ tướng … tại cuộc họp …", "THÔNG BÁO ⏎ KẾT LUẬN CỦA THỦ TƯỚNG …
 * TẠI BUỔI LÀM VIỆC …": a kind word alone on its line, and under it a title that opens with the
 * words that would make a longer kind ("Thông báo kết luận") and goes on past them. That title names
 * who concluded and where, not the issuer; read as one kind line with an issuer ("… của …"), it was
 * no title (and, in sentence case, no kind line at all). The kind line is the first line alone; a
 * kind broken over lines and ending its line ("CHƯƠNG TRÌNH ⏎ HÀNH ĐỘNG") stays one kind line.
 */
function kindOnFirstLine(m: RegExpExecArray): RegExpExecArray | null {
  const broken = m[1].search(/\r?\n/);
  if (broken <= 0) return null;
  const phraseEnd = m[0].indexOf(m[1]) + m[1].length;
  const goesOn = clean(m[0].slice(phraseEnd)) !== "";
  if (!goesOn && isCapitals(m[0])) return null;
  const word = m[1].slice(0, broken).trim();
  if (!isCapitals(word) || !KIND_BY_WORD.has(word.toLowerCase().replace(/\s+/g, " "))) return null;
  const line = m[0].slice(0, m[0].indexOf(m[1]) + broken).trimEnd();
  return Object.assign([line, word], { index: m.index, input: m.input, groups: undefined }) as RegExpExecArray;
}
/**
 * Older documents name their issuer on the line under the kind word ("CHỈ THỊ ⏎ CỦA CHỦ TỊCH UBND
 * TỈNH ⏎ V/v …", "QUYẾT ĐỊNH ⏎ CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH ⏎ Về việc …"), as others do on the kind
 * line itself; a Party conference's resolution or conclusion names the conference so ("NGHỊ QUYẾT ⏎
 * HỘI NGHỊ LẦN THỨ BẢY ⏎ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI) ⏎ về …"), its subject in sentence case
 * under it. The title is read after those lines. Returns where the title is read from.
 */
function pastIssuerLine(head: string, after: number): number {
  // The Official Gazette's heading: the issuer, the number and the date, then the subject ("NGHỊ ĐỊNH ⏎
  // CỦA CHÍNH PHỦ SỐ 58/2003/NĐ-CP NGÀY 29 THÁNG 5 NĂM 2003 QUY ĐỊNH VỀ …"): the title is the subject.
  const gazette = gazetteHeadingLength(head, after);
  if (gazette > 0) return after + gazette;
  const lines = nextLines(head, after, CONFERENCE_LINES + 1);
  const first = lines[0];
  if (!first || !isCapitals(first.text)) return after;
  // A council's resolution names its session too, under the issuer or the kind line ("NGHỊ QUYẾT ⏎
  // CỦA HỘI ĐỒNG NHÂN DÂN TỈNH X ⏎ KHÓA XV - KỲ HỌP THỨ 8 ⏎ Về việc …"): no title's line.
  let k = 0;
  if (first.text.length >= 8 && first.text.startsWith("CỦA ") && opensWithIssuerPhrase(first.text.slice(4))) k++;
  if (k < lines.length && SESSION.test(lines[k].text)) k++;
  if (k > 0) return lines[k - 1].end;
  if (!CONFERENCE.test(first.text)) return after;
  // The conference's lines in capitals, then the subject in sentence case ("về …"): a title in capitals
  // that opens with the conference's name ("HỘI NGHỊ … VỀ …") is the title, whole.
  for (let k = 1; k < lines.length; k++) {
    const t = lines[k].text;
    if (SUBJECT_OPENING.test(t)) return lines[k - 1].end;
    if (!isCapitals(t) || !LETTER.test(t)) return after;
  }
  return after;
}
/** The length of the Official Gazette's "CỦA <issuer> SỐ <number> NGÀY <date>" at `at` (GAZETTE_HEADING), or 0. */
function gazetteHeadingLength(head: string, at: number): number {
  const window = head.slice(at, at + GAZETTE_REACH);
  const gazette = GAZETTE_HEADING.exec(window);
  // The issuer's words as justified text spaces them ("CỦA  BỘ  TÀI  CHÍNH"): read from the first.
  const issuer = gazette?.[1]?.trimStart();
  if (!gazette || (issuer !== undefined && !opensWithIssuerPhrase(issuer)) || (issuer && KIND_WORD_IN.test(issuer))) return 0;
  if (issuer !== undefined) return gazette[0].length;
  // No issuer before the number: it may follow the date (GAZETTE_ISSUER_AFTER), and is no title's either.
  GAZETTE_ISSUER_AFTER.lastIndex = gazette[0].length;
  const after = GAZETTE_ISSUER_AFTER.exec(window);
  const named = after?.[1]?.trimStart();
  return after && named && opensWithIssuerPhrase(named) && !KIND_WORD_IN.test(named) ? GAZETTE_ISSUER_AFTER.lastIndex : gazette[0].length;
}
/** The next `count` lines with words after `from`: each one's text and where its line ends. */
function nextLines(head: string, from: number, count: number): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  for (let pos = from; out.length < count && pos < head.length; ) {
    const nl = head.indexOf("\n", pos);
    const end = nl < 0 ? head.length : nl;
    const t = clean(head.slice(pos, end));
    if (t) out.push({ text: t, end });
    pos = end + 1;
  }
  return out;
}
const CONFERENCE = /^HỘI[ \t]+NGHỊ[ \t]/u;
/** A council's term and session, in capitals: "KHÓA XV - KỲ HỌP THỨ 8", "KHOÁ VII, KỲ HỌP THỨ 5". */
const SESSION = /^KH(?:ÓA|OÁ)[ \t]+[IVXLC0-9]{1,6}[ \t]*[-–,.]?[ \t]*KỲ[ \t]+HỌP[ \t][^\p{Ll}]*$/u;
/** A conference's name takes this many lines at most ("HỘI NGHỊ LẦN THỨ BẢY ⏎ BAN CHẤP HÀNH … ⏎ (KHÓA XVI)"). */
const CONFERENCE_LINES = 3;
/** A subject in sentence case under a conference's name. */
const SUBJECT_OPENING = /^(?:về|Về)[ \t]+\p{Ll}/u;
/** The next line with words opens the first article: the line before it enacts, it heads nothing. */
const ARTICLE_NEXT = /^[ \t*_]*(?:\r?\n[ \t*_]*)+Điều[ \t]+1(?![0-9])/iu;
/** The kind line found is a kind word opening a line that goes on with more words (KIND_OPENS_LINE), not one alone. */
function opensTitle(head: string, kindLine: RegExpExecArray): boolean {
  const from = kindLine.index + kindLine[0].length;
  const lineEnd = head.indexOf("\n", from);
  return LETTER.test(head.slice(from, lineEnd < 0 ? head.length : lineEnd));
}
/** A kind word opening a line, a space and more words after it on the line. */
const KIND_OPENS_LINE = new RegExp(String.raw`^[ \t#*_]*(${KIND_WORDS})(?=[ \t]+[^\s])`, "gim");
const NOT_A_SUBJECT = phraseSource(NOT_A_SUBJECT_WORDS);
/**
 * The text's first line, a kind word in sentence case and the subject ("Nghị quyết về …", "Quyết định
 * ban hành …"), not a sentence about a document ("Quyết định số …", "Kế hoạch do … ký") nor one
 * ending as a preamble's or a list's line does. A subject printed in quotation marks ("Quyết định
 * " về việc ban hành quy chế … "", as a heading "QUYẾT ĐỊNH ⏎ “VỀ VIỆC …”" is printed in sentence
 * case) opens after its quote.
 */
const SENTENCE_KIND_LINE = new RegExp(
  String.raw`^\s*(${KIND_WORDS_AS_WRITTEN})[ \t]+(?:["“”][ \t]*)?(?!(?:${NOT_A_SUBJECT})(?![${LATIN_LETTERS}${MARKS}]))(?=[${LATIN_LETTERS}][^\n]*[^\s;:][ \t]*(?:\n|$))`,
);
/**
 * "NGHỊ QUYẾT Về việc điều chỉnh …", "QUYẾT ĐỊNH V/v phê duyệt …": a portal's print view sets the
 * heading's kind word in capitals and its subject in sentence case on the text's first line. Only
 * before "Về", "V/v" (the subject's own opening): a kind word in capitals then other words opens a
 * line that may be anything.
 */
const CAPITAL_KIND_SUBJECT_LINE = new RegExp(String.raw`^\s*(${KIND_WORDS_ANY_CASE})[ \t]+(?=(?:Về|V\/v)[ \t]+\p{Ll}[^\n]*[^\s;:][ \t]*(?:\n|$))`, "u");
/**
 * A web page whose first line names the document it then gives, as a database lists it: the kind
 * word, its number and date (and issuer), then the subject ("Chỉ thị số 05/CT-UBND ngày 06/03/2019
 * của UBND tỉnh Lào Cai về việc triển khai …", "Quyết định số 14/QĐ-UB ngày 16/03/2001 Về phân
 * cấp …"), with no heading of its own above the text. SENTENCE_KIND_LINE takes no "số" after the kind
 * word (a sentence about a document: "Quyết định số … được ban hành"); here the rest must be the
 * gazette's number and date (gazetteHeadingLength), then "về" or "v/v" opening the subject, on a
 * line that ends as a title does (not with ":", ";" or a sentence's ".").
 */
function citedTitleLine(head: string): RegExpExecArray | null {
  const m = CITED_KIND_LINE.exec(head);
  if (!m) return null;
  const at = m.index + m[0].length;
  const gazette = gazetteHeadingLength(head, at);
  if (gazette === 0) return undatedTitleLength(head, at) > 0 ? m : null;
  const lineEnd = head.indexOf("\n", at);
  const rest = head.slice(at + gazette, lineEnd < 0 ? head.length : lineEnd);
  return SUBJECT_AFTER_CITATION.test(rest) && !/[:;.][ \t]*$/.test(rest) ? m : null;
}
/**
 * A web page's title over a copy that has no heading of its own: the kind word, the number, then
 * the subject in lower case ("Thông tư số 16/2018/TT-BGDĐT quy định về tài trợ …"), undated, and the
 * document's preamble ("Căn cứ …") on the next line with words. The preamble right under it makes the
 * line the document's heading, not a sentence about another document ("Quyết định số … quy định …").
 * The length of "số" and the number, or 0.
 */
function undatedTitleLength(head: string, at: number): number {
  const m = UNDATED_TITLE_NUMBER.exec(head.slice(at, at + GAZETTE_REACH));
  const lineEnd = head.indexOf("\n", at);
  if (!m || lineEnd < 0 || lineEnd < at + m[0].length) return 0;
  let next = lineEnd;
  while (next < head.length && /\s/u.test(head[next])) next++;
  return opensPreamble(head, next) ? m[0].length : 0;
}
/** "số 16/2018/TT-BGDĐT " and a lower-case letter opening the subject (undatedTitleLength). */
const UNDATED_TITLE_NUMBER = /^[ \t]{0,8}số[ \t]*:?[ \t]*[0-9]{1,5}\/[^\s]{1,40}[ \t]+(?=\p{Ll})/u;
/** The rest of the line from `from` as a title (citedTitleLine's subject), or null. */
function firstLineTitle(head: string, from: number): { lines: string[]; start: number; end: number } | null {
  const nl = head.indexOf("\n", from);
  const end = nl < 0 ? head.length : nl;
  const t = clean(head.slice(from, end));
  if (!t) return null;
  let start = from;
  while (start < end && /\s/u.test(head[start])) start++;
  return { lines: [t], start, end: nl < 0 ? head.length : nl + 1 };
}

/**
 * The text's first line opening with a kind word in sentence case, then "số" and a number. A page's
 * title may set each word's capital ("Thông Tư số 16/2018/TT-BGDĐT …"), the kind word still one.
 */
const CITED_KIND_LINE = new RegExp(String.raw`^\s*(${KIND_WORDS_AS_WRITTEN}|${phraseSource(KINDS.flatMap((k) => k.words.map(titleCase)), { keepCase: true })})[ \t]+(?=số[ \t]*:?[ \t]*[0-9])`);
/** A subject's opening after a cited number and date: "về …", "Về …", "V/v …". */
const SUBJECT_AFTER_CITATION = /^[ \t]*(?:về|v\/v)[ \t]+\S/iu;
/** A line that opens with the issuing body or its head ("Ủy ban nhân dân tỉnh …", "Bộ trưởng Bộ …", "Chủ tịch …"). */
const ISSUER_OPENS_LINE = new RegExp(String.raw`^[ \t]*(?:${phraseSource([...ISSUER_SUBJECTS, ...ISSUER_TITLES, ...ISSUER_LINE_HEADS], { keepCase: true })})(?![${LATIN_LETTERS}${MARKS}])`);
/** How far a title in sentence case, with no heading above it, may run before its issuer's line or the preamble. */
const SENTENCE_TITLE_CHARS = 800;

/**
 * The subject after a first line's kind word, in sentence case like the lines under it: it runs,
 * wrapped over any number of lines, to the issuer's line ("Ủy ban nhân dân tỉnh lâm đồng") or the
 * preamble ("Căn cứ …"); with neither near, a title's usual lines (readTitle).
 */
function readSentenceTitle(head: string, from: number): { lines: string[]; start: number; end: number } | null {
  const lines: string[] = [];
  let start = from;
  let titleEnd = from;
  for (let pos = from; pos < head.length && pos - from <= SENTENCE_TITLE_CHARS; ) {
    const nl = head.indexOf("\n", pos);
    const line = head.slice(pos, nl < 0 ? head.length : nl);
    const t = clean(line);
    // A subject written as a paragraph is whole on its line, and a paragraph after it is the body's
    // ("… chuyển đổi số quốc gia ⏎Ngày 22/12/2024 , Bộ Chính trị đã ban hành …"), as under a kind line
    // (readTitle); so is a line that ends as a body's sentence does, with ":" or ";" ("Để thi hành
    // Bộ luật …, Tòa án nhân dân tối cao hướng dẫn như sau :").
    if (t && lines.length > 0 && (ISSUER_OPENS_LINE.test(t) || TITLE_STOP.test(t))) return { lines, start, end: pos };
    if (t && lines.length > 0 && (isParagraph(t) || isParagraph(lines[lines.length - 1]) || CLAUSE_END.test(t))) return { lines, start, end: titleEnd };
    if (t) {
      if (lines.length === 0) start = pos;
      lines.push(t);
      titleEnd = nl < 0 ? head.length : nl + 1;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return readTitle(head, from, false);
}
/**
 * A line that opens the preamble (PREAMBLE_OPENERS: "Căn cứ …", "Xét đề nghị …") or the body: "Điều 1.", "Chương I", a
 * section's "I. " or "1. " and its heading on the line. A number and its stop alone on a line ("66.  ⏎", a scanned
 * page's number above the heading) opens nothing: taken for a section, it put the preamble before the heading,
 * whose date line was then not read.
 */
const PREAMBLE_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t#*_]*(?:[-–+•][ \t]*)?(?:${phraseSource(PREAMBLE_OPENERS, { keepCase: true })}|Điều[ \t]+\d|Chương[ \t]+[IVXLC\d]|CHƯƠNG[ \t]+[IVXLC\d]|(?:[IVXLC]{1,4}|\d{1,2})[ \t]?[.)][ \t]+(?=\S))`,
);

/**
 * A line in capitals after a title that is not in capitals, one not in capitals after a title in
 * capitals, or one naming an issuing body in capitals: the header's next part, not more of the title.
 */
function isNextHeaderPart(line: string, title: readonly string[]): boolean {
  // A title in capitals ends where a line in sentence case begins: the body's first sentence
  // (a code in mixed case, "QĐ-TTg", is no sentence's word).
  if (!isCapitals(line)) return title.length > 0 && inSentenceCase(line) && !title.some(inSentenceCase);
  if (!LETTER.test(line)) return false;
  if (title.length > 0 && title.some((l) => !isCapitals(l))) return true;
  return opensWithIssuerPhrase(line);
}

/**
 * Two or more words of letters only with a small letter among them: a line in sentence case. The
 * words (what `split(/\s+/)` gives, its empty ends aside) are read one by one up to the second such
 * word, not split all at once: a paragraph's line is read as a title candidate too.
 */
function inSentenceCase(line: string): boolean {
  let n = 0;
  for (let i = 0; i < line.length; ) {
    while (i < line.length && WHITESPACE[line.charCodeAt(i)] === 1) i++;
    const start = i;
    while (i < line.length && WHITESPACE[line.charCodeAt(i)] !== 1) i++;
    if (i > start && SMALL_WORD.test(line.slice(start, i)) && ++n >= 2) return true;
  }
  return false;
}
const SMALL_WORD = /^[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*[,.;:]?$/u;

/**
 * A line longer than a printed line holds (see PARAGRAPH in lines.ts): a paragraph written on one
 * line. A title so written is whole on its line, and a second such line is the body's: a title
 * wrapped over lines has lines as wide as the page, no wider.
 */
const isParagraph = (line: string): boolean => line.length >= TITLE_LINE_WIDTH;
const TITLE_LINE_WIDTH = 120;

/**
 * The line cleaned when it is written in capitals, else "": a line with a small ASCII letter is not
 * (cleaning keeps every letter), and is not cleaned. The lines above a kind line found far down
 * the head are mostly sentences.
 */
/**
 * The lines in capitals of a header's top, the national motto left out, each a line of its own: a
 * header laid out as a table and flattened puts its two columns on one line, between bars or after
 * a tab ("HUYỆN ỦY NÚI THÀNH | ĐẢNG CỘNG SẢN VIỆT NAM |", "HUYỆN X⇥Độc lập - Tự do - Hạnh phúc"), or
 * after a run of spaces where a page's text keeps the columns aligned ("UBND HUYỆN X␣␣␣␣␣␣CỘNG HOÀ XÃ HỘI …"),
 * and each cell is read as the line it was.
 */
function pushIssuerLines(top: string, issuerLines: string[]): void {
  for (const line of top.split("\n")) {
    for (const cell of CELL_BREAK.test(line) ? line.split(CELL_BREAK) : [line]) {
      // The columns run together with one space, row by row, as a portal's copy of a letter gives them:
      // "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ⏎ HUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc".
      for (const part of MOTTO_CELL.test(cell) ? cell.split(MOTTO_CELL) : [cell]) {
        const t = capitalsLine(part);
        if (t && LETTER.test(t) && !NATIONAL_MOTTO.test(t)) issuerLines.push(t);
      }
    }
  }
}

/**
 * A local body's heading written on one line with its place ("HĐND TỈNH NGHỆ AN", "UBND HUYỆN TÂN
 * THẠNH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ"), as a copy that flattened the heading or abbreviated it
 * prints it: read as the two lines a heading splits it into (the body's, the place's), as
 * enactingIssuerLines reads an enacting line. Only the heading's last line (the issuer's; a line
 * above it names the body it answers to: "UBND HUYỆN X ⏎ PHÒNG VĂN HÓA", whose office issues), a
 * people's committee's or council's kind of body (local, not the Party's), opening the line.
 */
function withLocalBodySplit(lines: string[]): string[] {
  const last = lines.length - 1;
  if (last < 0 || issuerByPhrase(lines[last]) !== null) return lines;
  const split = enactingIssuerLines(lines[last]);
  if (split === null || split.length !== 2 || !lines[last].startsWith(split[0])) return lines;
  const body = issuerByPhrase(split[0]);
  return body !== null && body.local && !body.party ? [...lines.slice(0, last), ...split] : lines;
}
/**
 * A local Party committee's heading on one line, its place named without a type word: "TỈNH ỦY QUẢNG
 * TRỊ" (a province's committee names the province), "HUYỆN ỦY CAM LỘ", "QUẬN ỦY HẢI CHÂU" (the place
 * type the committee's name implies: impliedPlaceType). The committee, or null: a heading without a
 * number names its issuer so (a numbered one's ký hiệu does too). The line is kept whole, as the
 * jurisdiction reads the place from it.
 */
export function partyCommitteeOf(line: string): IssuerEntry | null {
  const words = line.split(" ");
  if (words.length > PARTY_HEADING_WORDS) return null;
  for (let n = Math.min(words.length - 1, PARTY_COMMITTEE_WORDS); n >= 2; n--) {
    const body = issuerByPhrase(words.slice(0, n).join(" "));
    if (body === null) continue;
    if (!body.party || !body.local) return null;
    const rest = words.slice(n).join(" ");
    const fits = body.impliedPlaceType !== undefined ? isPlaceName(body.impliedPlaceType, rest) : body.level === "province" && findProvince(rest) !== null;
    return fits ? body : null;
  }
  return null;
}
/** "BAN THƯỜNG VỤ HUYỆN ỦY" and the place's four words at most. */
const PARTY_COMMITTEE_WORDS = 5;
const PARTY_HEADING_WORDS = 9;
const CELL_BREAK = /[|\t]| {3,}/;
/** The space before the motto's column where a header's columns run together on one line (pushIssuerLines). */
const MOTTO_CELL = /[ \t]+(?=CỘNG[ \t]+H(?:ÒA|OÀ)[ \t]+XÃ[ \t]+HỘI|Độc[ \t]+[Ll]ập[ \t]*[-–]|ĐỘC[ \t]+LẬP[ \t]*[-–])/u;

function capitalsLine(line: string): string {
  if (SMALL_ASCII.test(line)) return "";
  const t = clean(line);
  return t === t.toUpperCase() ? t : "";
}
const SMALL_ASCII = /[a-z]/;

/**
 * `s === s.toUpperCase()`, without upper-casing a line that holds a small ASCII letter (most lines
 * of a header's sentences do): that letter alone tells.
 */
function isCapitals(s: string): boolean {
  return !SMALL_ASCII.test(s) && s === s.toUpperCase();
}

function clean(line: string): string {
  return foldSpaces(line.replace(MARKUP, " ")).trim();
}

const MARKUP = /[#*_]+/g;
// Built once: a regex literal with \p{...} is compiled by the bundle into a `new RegExp` per call.
const LETTER = /\p{L}/u;
const WORD_OR_NUMBER = /[\p{L}\p{N}]/u;
// "CỘNG HOÀ": the older placement of the tone mark.
const NATIONAL_MOTTO = /^CỘNG H(?:ÒA|OÀ)|^ĐỘC LẬP|^Độc lập/i;
