import type { Clause } from "./clauses.js";
import { BASIS_CLAUSE_WORDS, DIRECTION_WORDS, FAR_WORDS, ISSUED_WORDS, ISSUER_NAME_BREAK_WORDS, LINK_WORDS, NEAR_LINK_WORDS, NEAR_WORDS, ORDINAL_WORDS, PINPOINT_LEADS, PINPOINT_WORDS, PROVISION_WORDS, RULE_AT_WORDS, SHORT_WORDS, THIS_WORD, TITLE_LINK_WORDS, TITLE_THEO_WORDS, type Cue } from "../vocab/cues.js";
import { KIND_LINE_QUALIFIERS, KINDS, SELF_ABBREVIATIONS, KIND_WORDS_SOURCE } from "../vocab/kinds.js";
import { phraseSource } from "../vocab/phrases.js";
import { BULLET_CLASS, TABLE_HEAD, TABLE_ROW } from "../vocab/bullets.js";
import { phraseKey } from "./cue-finder.js";
import { LETTER_OR_DIGIT } from "../shared/chars.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
import { SO_LETTER_LOST, SO_SPELLINGS_SOURCE } from "../vocab/numbers.js";

/*
 * How far a cue reaches, and what holds a list together: the words between a cue and a document,
 * the link words that let a longer stretch through, the parts acted on read past, and the marks
 * that join two documents in one list or open a list's next item.
 */

/** The kind words as a regex source, lower case (for "i" regexes): the role reader names documents by them too. */
export const KIND_WORDS = KIND_WORDS_SOURCE;
const WORD_RUN = lazyRegExp(() => /[\p{L}\p{N}]+/gu);
/** "Quyết định này có hiệu lực kể từ ngày ký và": the document names itself, then acts. */
export const THIS_DOCUMENT = lazyRegExp(() => new RegExp(
  String.raw`(?:${KIND_WORDS}|(?<![\p{L}\p{N}])(?:${phraseSource(SELF_ABBREVIATIONS)}))(?:\s+(?:${phraseSource(KIND_LINE_QUALIFIERS)}))?\s+${THIS_WORD}(?![\p{L}\p{N}])`,
  "iu",
));
/** FAR_WORDS Vietnamese words are never longer than this (syllables average under 5 characters). */
export const FAR_CHARS = 400;
/**
 * A link word may open a parenthesis that holds the document, after a long description of what is
 * carried out or proposed: "Thực hiện kết luận của Thủ tướng … tại cuộc họp … về phòng, chống dịch
 * Covid-19 (tại Thông báo số 122/TB-VPCP …)" (Kon Tum, 2020), "theo đề nghị của Ủy ban về các vấn đề
 * xã hội của Quốc hội(tại văn bản số 1863/UBVĐXH13 …)" (VPCP, 2013).
 */
const ENDS_WITH_LINK = new RegExp(String.raw`(?:^|[\s(])(?:${phraseSource(LINK_WORDS)})\s*$`, "iu");
const ENDS_WITH_NEAR_LINK = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(NEAR_LINK_WORDS)})\s*$`, "iu");
const ENDS_WITH_RULE_AT = new RegExp(String.raw`(?:^|\s)(?<!đã\s)(?:${phraseSource(RULE_AT_WORDS)})\s*$`, "iu");
const ENDS_WITH_TITLE_LINK = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(TITLE_LINK_WORDS)})\s*$`, "iu");
/**
 * "tại khoản 1 Điều 1", "tại Điều 3 của", "tại Điều 1 - Quyết định": the pinpoint is read past to the link before it.
 * A part's designator is a number ("5", "2a"), a Roman numeral ("III") or one letter ("đ"): in "một số
 * điều của" the word after "điều" is no designator, and the link "của" stays. A number may have levels
 * after dots ("Tiết 2.1 Quyết định số 51/2008/QĐ-UBND", seg33c-019; "Tiết a Điểm 1.1 Khoản 1 Điều 27 Văn
 * bản hợp nhất số 2089/VBHN-BHXH", a BHXH answer): at most three, each of a few digits, so the run stays linear.
 */
const DESIGNATOR = String.raw`(?:\p{N}[\p{L}\p{N}]{0,5}(?:\.\p{N}{1,3}){0,3}|[IVXLCivxlc]{1,6}|\p{L}|thứ\s+(?:\p{N}{1,2}|${phraseSource(ORDINAL_WORDS)}))(?![\p{L}\p{N}])`;
/**
 * One or more pinpoints ("khoản 1 Điều 3 và "). Each is captured, in a group no caller reads, only
 * to keep V8 from compiling the pinpoint twice (a "+" it unrolls once when nothing inside is
 * captured): its letter and number classes under "iu" are large. TRAILING_PINPOINT took a median
 * ~11.5 ms of CPU to compile in every process with the copy, ~7 without. A capture changes no match.
 */
/**
 * A pinpoint's designators may be a bare list or a range, the part word said once: "khoản 1, 2 Điều 35",
 * "Điều 13 đến Điều 19" ("2. Nghị định này thay thế và bãi bỏ các quy định … tại khoản 1 Điều 1, khoản 2 Điều 2,
 * Điều 13 đến Điều 19, …, khoản 1, 2 Điều 35 Nghị định số 47/2021/NĐ-CP", Nghị định 16/2025/NĐ-CP,
 * fixtures/fresh/fresh56e-006; "Căn cứ Khoản 1, 2 Điều 6 Thông tư số 28/2011/TT-BTC", Cục Thuế TP Hà Nội's
 * reply, fresh50b-011), as find/pinpoint.ts reads them. Each further designator follows a "," or "và", or
 * "đến"/"tới" with the part word again or not: a designator is never a part word, so the run stays linear.
 */
const DESIGNATORS = String.raw`${DESIGNATOR}(?:(?:\s*,\s*|\s+và\s+)${DESIGNATOR})*(?:\s+(?:đến|tới)\s+(?:(?:${phraseSource(PINPOINT_WORDS)})\s+)?${DESIGNATOR})?`;
const PINPOINTS = String.raw`((?:${phraseSource(PINPOINT_WORDS)})\s+${DESIGNATORS}(?:\s*[,;]|\s+và|\s+của|\s+[-–])?\s*)+`;
const TRAILING_PINPOINT = lazyRegExp(() => new RegExp(
  String.raw`${PINPOINTS}$`,
  "iu",
));
/** The words with the pinpoints that end them read past ("… quy định tại Mục IV " → "… quy định tại "). */
export const dropTrailingPinpoint = (words: string): string => words.replace(TRAILING_PINPOINT(), " ");
/**
 * A clause's lead that names provisions and the parts holding them, up to their document: "các quy
 * định tại Điều 3 và Điều 4 ", "Các quy định về xử phạt tại Chương II ".
 */
export function namesProvisions(lead: string): boolean {
  return lead.length <= PROVISIONS_CHARS && PROVISIONS_LEAD().test(lead);
}
const PROVISIONS_CHARS = 160;
const PROVISIONS_LEAD = lazyRegExp(() => new RegExp(
  String.raw`^\s*(?:(?:các|những)\s+)?(?:${phraseSource(PROVISION_WORDS)})(?:\s[^,;.:\d]{1,60}?)?\s(?:tại|của|trong)\s+${PINPOINTS}$`,
  "iu",
));
/** "(các) quy định về …", "nội dung đối với …": an act's object named as provisions on a subject (withinReach). */
const PROVISIONS_ABOUT = lazyRegExp(() => new RegExp(String.raw`^\s*(?:(?:các|những)\s+)?(?:${phraseSource(PROVISION_WORDS)})\s+(?:về|đối\s+với)\s`, "iu"));
/** The acts whose object may be provisions so named. */
const PROVISION_ACTS: ReadonlySet<string> = new Set(["repeals", "amends", "replaces"]);
const OPENS_PARENTHESIS = /\(\s*$/;
/**
 * An extension's new end date, the whole stretch between its cue and the document (Cue.untilDate):
 * "đến ngày 31/08/2006 của", "đến hết ngày 30 tháng 6 năm 2026 của".
 */
const UNTIL_DATE = /^\s*đến\s+(?:hết\s+)?ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*(?:của\s*)?$/iu;
/**
 * An item's marker at the start of a clause ("- ", "+ ", "1. ", "a) "), and at the start of the next
 * line ("1 . ", "a ) " as a word segmenter writes them, "1  . " as a justified copy widens them). Not "II. " or "a. ": those open the plan's
 * next section, where a heading's cue ends.
 */
export const LIST_ITEM = new RegExp(String.raw`^\s*[*#]*(?:(?:[${BULLET_CLASS}]|\d+(?:\.\d+)*[ \t]{0,8}[.)]|[a-zđ][ \t]{0,8}\))\s|${TABLE_ROW})`, "u");
/** A table's row at a clause's start ("1⇥…", "| 1 | …", "1⏎|"), not a numbered item. */
export const TABLE_ROW_ITEM = new RegExp(String.raw`^\s*[*#]*${TABLE_ROW}`, "u");
/** A table's header row at a clause's start ("STT⇥Tên loại văn bản⇥Số, ký hiệu …"): the rows under it are the list. */
export const TABLE_HEAD_ITEM = new RegExp(String.raw`^\s*[*#]*${TABLE_HEAD}`, "u");
/** The first row of a table whose header row opens at a line's start, this far at most after it. */
const FIRST_ROW = new RegExp(String.raw`^[ \t]*\n?\s*[*#]*${TABLE_HEAD}[^]{0,600}?\n[ \t]*${TABLE_ROW}`, "u");
/** Whether the line after a clause ending at `end` opens a list item, or a table's rows (the clause ends its line). */
export const listFollows = (text: string, end: number): boolean => {
  const next = text.slice(end, end + 24);
  const lineEnds = text.slice(Math.max(0, end - 3), end).includes("\n") || /^[ \t]*\n/.test(next);
  // A table's header row may stand between the introduction and its rows.
  return lineEnds && (LIST_ITEM.test(next) || FIRST_ROW.test(text.slice(end, end + 800)));
};
/**
 * What joins two members of one list: "Thông tư số 61/2017/TT-BTC và Thông tư số 90/2018/TT-BTC",
 * "…về quản lý kiến trúc đô thị, Nghị định số …" (a comma written tight, or spaced as word-segmented sources write it).
 */
const COORDINATED = /(?:(?:^|[\s,;])(?:và|hoặc)|[,;])\s*(?:các\s+)?$/iu;

/** The words between a cue and the document it would govern are few enough, or end with a link word. */
export function withinReach(text: string, from: number, to: number, cue: Cue, part: Clause["part"]): boolean {
  // No reach is longer than FAR_WORDS words: a longer stretch is not even counted.
  if (to - from > FAR_CHARS) return false;
  // "Sửa đổi điểm a khoản 2 Điều 5 Quyết định ...": the parts acted on are not filler.
  const stretch = withoutKindAndIssuer(text, from, to).replace(TRAILING_PINPOINT(), " ");
  const filler = cue.untilDate === true ? stretch.replace(UNTIL_DATE, " ") : stretch;
  const n = words(filler);
  if (cue.reach === "next") return n <= 1;
  if (ISSUED_BY_ANOTHER.test(filler)) return false;
  // "Xét báo cáo của Bộ Công Thương tại văn bản số …", "Xét Báo cáo tổng hợp “…” của Cổng … tại văn bản
  // số …": the paper "Xét" weighs, named by its kind and not yet by its number, is the paper of a
  // proposing kind that "tại" leads to, however long its name.
  if (cue.reach === "short" && cue.type === "proposed_by" && n <= FAR_WORDS && OPENS_WITH_KIND().test(filler) && ENDS_WITH_AT.test(filler) && !/[0-9.;:]/u.test(filler) && PROPOSING_KIND_AT().test(text.slice(to, to + PROPOSING_KIND_CHARS))) return true;
  if (cue.reach === "short") return n <= SHORT_WORDS;
  if (n <= (cue.reach === "near" ? NEAR_WORDS : 2 * NEAR_WORDS)) return true;
  // "Bãi bỏ quy định về phụ cấp đặc thù đối với nhà giáo dạy tích hợp, nhà giáo là nghệ nhân, … và phụ cấp ưu đãi đối
  // với nhà giáo dạy người khuyết tật quy định tại Điều 4, Điều 5, …, Điều 9 Nghị định số 113/2015/NĐ-CP" (a decree's
  // article of repeals, fixtures/fresh/fresh47a-014), "bãi bỏ các quy định về doanh nghiệp quốc phòng an ninh tại khoản 1
  // Điều 1, … Nghị định số 47/2021/NĐ-CP" (fresh56e-006): what the act removes or changes is the provisions, named by
  // what they are about and the parts that hold them (the closing clause's "Các quy định về xử phạt tại Chương II …
  // hết hiệu lực", namesProvisions). What they are about may take more words than FAR_WORDS; the stretch stays within
  // FAR_CHARS and one sentence, and ends with "tại" before the parts.
  if (cue.reach === "far" && PROVISION_ACTS.has(cue.type) && PROVISIONS_ABOUT().test(filler) && ENDS_WITH_AT.test(filler) && !CLAUSE_STOP.test(filler)) return true;
  if (n > FAR_WORDS) return false;
  // "Căn cứ Thông tư liên tịch Bộ Kế hoạch và Đầu tư và Bộ Tài chính số 01/2003/TTLT-BKH-BTC": older
  // drafting names the issuer between the kind word and its number; the kind and the number are one document.
  if (cue.reach === "far" && OPENS_WITH_KIND().test(filler) && numberMayOpen(text, to) && NUMBER_FIRST().test(text.slice(to, to + 4)) && !CLAUSE_STOP.test(filler)) return true;
  // "thực hiện Nghị quyết Đại hội XIII của Đảng và Kết luận số 01-KL/TW": a document named without a
  // number opens the list the cue governs; the numbered one joined after it is the list's next member.
  // Its name is short: a longer stretch says more of it than its name ("… đã được HĐND tỉnh thông qua tại kỳ họp …").
  if (n <= UNNUMBERED_WORDS && OPENS_WITH_KIND().test(filler) && COORDINATED.test(filler) && !CLAUSE_STOP.test(filler) && !THIS_DOCUMENT().test(filler)) return true;
  // "Sau khi xem xét Báo cáo của UBND tỉnh về đánh giá kết quả thực hiện Kế hoạch phát triển kinh tế - xã
  // hội 5 năm 2010 - 2015 và Tờ trình số X": a council's proposal clause lists the papers it considered,
  // a report described at length before the submission; a paper of a proposing kind in that list is a proposal.
  if (cue.type === "proposed_by" && cue.reach === "far" && OPENS_WITH_KIND().test(filler) && COORDINATED.test(filler) && !CLAUSE_STOP.test(filler) && PROPOSING_KIND_AT().test(text.slice(to, to + PROPOSING_KIND_CHARS))) return true;
  // "Theo đề nghị của Sở Tài chính tại Báo cáo kết quả thẩm tra quyết toán công trình hoàn thành số: 90/BC-STC":
  // the paper "tại" leads to, named by its kind word and what it records, is the one whose number follows.
  if (cue.type === "proposed_by" && cue.reach === "far" && !CLAUSE_STOP.test(filler) && atDescribedPaper(filler) && numberMayOpen(text, to) && NUMBER_FIRST().test(text.slice(to, to + 4))) return true;
  const linked = filler;
  if (cue.reach === "near" ? ENDS_WITH_NEAR_LINK.test(linked) && !ENDS_WITH_RULE_AT.test(linked) : ENDS_WITH_LINK.test(linked)) return true;
  // "Căn cứ Đề án thành lập … ( Tờ trình số 565/TTr-EVN … )": the number in parentheses is the document just named.
  if (cue.reach === "far" && OPENS_PARENTHESIS.test(linked)) return true;
  if (cue.links && endsWithAny(linked, cue.links)) return true;
  // "thực hiện nghiêm các quy định …, chấn chỉnh …, Chỉ thị số X": a demand's list, one sentence, its
  // member after a comma or "và" (Cue.governsList).
  if (cue.governsList === true && !CLAUSE_STOP.test(linked) && LIST_JOIN_AT_END.test(linked)) return true;
  return part === "title" && n <= TITLE_THEO_WORDS && ENDS_WITH_TITLE_LINK.test(linked);
}

/**
 * The document right after a cue is its object: a few words at most between them, the parts acted on
 * aside ("bãi bỏ điểm a khoản 2 Điều 1 Nghị quyết số …"). A longer stretch ending with a link word may
 * have passed on to another member of the list ("về điều chỉnh dự toán … và ý kiến của Sở Tài chính tại Công văn số …").
 */
export function actsOnNext(text: string, from: number, to: number): boolean {
  if (to - from > FAR_CHARS) return false;
  return words(text.slice(from, to).replace(TRAILING_PINPOINT(), " ")) <= NEAR_WORDS;
}

/** A document named without a number ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI") takes no more words than this. */
const UNNUMBERED_WORDS = 16;
/** A filler that opens with a kind word names the document the cue governs ("Căn cứ Nghị định của Chính phủ số …"). */
const OPENS_WITH_KIND = lazyRegExp(() => new RegExp(String.raw`^[\s"“]*(?:${KIND_WORDS})(?![\p{L}\p{N}])`, "iu"));
/** A citation that opens with its number ("số 01/2003/…", "số01/2003/…" typed against it, "01/2003/…"), no kind word of its own. */
const NUMBER_FIRST = lazyRegExp(() => /^(?:số(?!\p{L})|\p{N})/iu);
/**
 * Whether NUMBER_FIRST may match at `at`: its first character is an "s" or "S" (and "ſ", which /iu folds to "s"), an ASCII
 * digit, or any character past ASCII (where \p{N}'s other digits are). withoutKindAndIssuer asks it at every stretch
 * (2,080 a devx5 pass), most of them before a kind's word: no slice and no call of the regex there.
 */
export function numberMayOpen(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x73 || c === 0x53 || (c >= 0x30 && c <= 0x39) || c > 0x7f;
}
const CLAUSE_STOP = /[.;:]/;
/** A list's next member follows: a comma, or "và" (a demand's list, Cue.governsList). */
const LIST_JOIN_AT_END = /(?:,|\svà)\s*$/u;
/** A kind that may carry a proposal opening a citation ("Tờ trình số …", "Công văn số …", KindEntry.proposes). */
const PROPOSING_KIND_AT = lazyRegExp(() => new RegExp(String.raw`^[\s"“]*(?:${phraseSource(KINDS.filter((k) => k.proposes).flatMap((k) => k.words))})(?![\p{L}\p{N}])`, "iu"));
const PROPOSING_KIND_CHARS = 32;
/**
 * "Theo đề nghị của Sở Tài chính tại Báo cáo kết quả thẩm tra quyết toán công trình hoàn thành số: 90/BC-STC"
 * (fresh60d-003, Bắc Kạn 2013), "Theo đề nghị … tại Tờ trình số A …; Báo cáo kết quả thẩm định văn bản số
 * 1238/BC-STP" (fresh54g-005, Ninh Thuận 2010): a proposal's paper named by its kind word and what it records,
 * its number after. The words between describe the paper (no digit, no stop or comma, no "về" opening the
 * paper's subject, whose own document would follow: "tại Tờ trình về việc sửa đổi Quyết định số …"), a few
 * at most (DESCRIBED_PAPER_WORDS). Group 1: the description.
 */
const DESCRIBED_PAPER_WORDS = 10;
const describedPaperSource = (): string => String.raw`(?:${phraseSource(KINDS.filter((k) => k.proposes).flatMap((k) => k.words))})((?:\s+[^\s\p{N}.;:,()“”"]+){1,${DESCRIBED_PAPER_WORDS}})\s*$`;
const AT_DESCRIBED_PAPER = lazyRegExp(() => new RegExp(String.raw`(?:^|\s)tại\s+` + describedPaperSource(), "iu"));
const LEADS_DESCRIBED_PAPER = lazyRegExp(() => new RegExp(String.raw`^\s*` + describedPaperSource(), "iu"));
const PAPER_SUBJECT = lazyRegExp(() => /(?:^|\s)về(?=\s|$)/iu);
/** Whether `stretch` ends with "tại" and a proposing paper named by its kind word and what it records (AT_DESCRIBED_PAPER). */
function atDescribedPaper(stretch: string): boolean {
  const m = AT_DESCRIBED_PAPER().exec(stretch);
  return m !== null && !PAPER_SUBJECT().test(m[1]!);
}
/**
 * Whether the lead of a proposal list's next member names its paper by kind word and what it records, the
 * number (with a kind word of its own, "văn bản số …", or none) right after: "; Báo cáo kết quả thẩm định văn bản số …".
 */
export function leadsDescribedPaper(text: string, from: number, to: number): boolean {
  if (to - from > FAR_CHARS) return false;
  const m = LEADS_DESCRIBED_PAPER().exec(text.slice(from, to));
  return m !== null && !PAPER_SUBJECT().test(m[1]!);
}
/** A lead ending with "tại", the paper it names standing right after. */
const ENDS_WITH_AT = /(?:^|\s)tại\s*$/iu;
/** The lead ends at a cell's edge (a tab, a bar, a bar line), and the document opens the next cell. */
const CELL_END = /(?:\t|\|)[ \t]*(?:\n[ \t]*)?(?:số[ \t]+)?$/iu;

/**
 * Whether the stretch between two documents joins them in one list: "A và B", "A, B", and with the
 * parts of the next one named first ("bãi bỏ Điều 3 Quyết định số A và khoản 2 Điều 1 Quyết định số B").
 */
export function coordinated(text: string, from: number, to: number): boolean {
  if (COORDINATED.test(withoutKindAndIssuer(text, from, to))) return true;
  // "V/v thực hiện hướng dẫn tại công văn số 4582/BCT-XNK công văn số 3415/BCT-XNK và công văn số 3933/BCT-XNK"
  // (the customs portal's subject line, fixtures/fresh/listing61 row 70), "… đã được sửa đổi, bổ sung một số điều theo
  // Luật số 48/2014/QH13 Luật s 97/2015/QH13, …" (Luật 35/2018/QH14's enacting formula, fresh61c-001): the list's
  // separator left out, the next member's kind word and number right after the last one's ký hiệu, on its line.
  if (to - from <= UNSEPARATED_CHARS && UNSEPARATED().test(text.slice(from, to)) && NEXT_KIND_NUMBER().test(text.slice(to, to + NEXT_KIND_NUMBER_CHARS))) return true;
  // "… và chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số …": the member named by whose direction it carries.
  if (to - from <= FAR_CHARS && DIRECTED.test(text.slice(from, to))) return true;
  // Only the end of the stretch is read: the pinpoint and the coordinator before it.
  return COORDINATED.test(withoutKindAndIssuer(text, Math.max(from, to - PINPOINT_CHARS), to).replace(TRAILING_PINPOINT(), " "));
}

/**
 * The stretch before a citation read from its "số", without the kind word and issuer that older drafting
 * writes before the number: "Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW …" (a Party
 * guidance), "… ban hành kèm theo Quyết định của Bộ trưởng Bộ Thương mại số 1420/2004/QĐ-BTM" (a
 * ministry's record). The kind and its issuer name the document the number is of, as "Quyết định số N
 * … của Bộ Chính trị" would; they are no words between the cue and its object. Only a short issuer,
 * with no digit, stop or link word of its own ("Quyết định của UBND tỉnh về việc … theo số …" is not it).
 */
function withoutKindAndIssuer(text: string, from: number, to: number): string {
  const stretch = text.slice(from, to);
  if (!numberMayOpen(text, to) || !NUMBER_FIRST().test(text.slice(to, to + 4))) return stretch;
  const m = KIND_ISSUER_TAIL().exec(stretch);
  if (m === null || ISSUER_BREAK.test(m[1]!) || words(m[1]!) > ISSUER_WORDS) return stretch;
  return stretch.slice(0, m.index) + " ";
}
/** A kind word, "của", an issuer, at the end of the stretch before "số N". */
const KIND_ISSUER_TAIL = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${KIND_WORDS})\s+của\s+([^\p{N}.;:,()"“”]{1,80})$`, "iu"));
/** A word an issuer's name does not hold (vocab ISSUER_NAME_BREAK_WORDS). */
const ISSUER_BREAK = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(ISSUER_NAME_BREAK_WORDS)})(?=\s|$)`, "iu");
/** An issuer named before "số" ("Bộ trưởng Bộ Thương mại", "Ban Chấp hành Trung ương") takes no more words than this. */
const ISSUER_WORDS = 8;
/**
 * ", ngay từ đầu năm UBND tỉnh đã ban hành (Chương trình hành động)": the next document is that verb's object.
 * So after a second verb joined to the first ("Kế hoạch số A về triển khai Đề án …, trong đó có nhiệm
 * vụ triển khai các dịch vụ … và ban hành Quyết định số B": B is what was issued, not what A carries out).
 */
const ISSUED_BY_ANOTHER = new RegExp(
  String.raw`(?:,[^,;.:]{1,80}?\s|(?:^|\s)(?:và|đồng\s+thời)\s+)(?:${phraseSource(ISSUED_WORDS)})(?:\s+(?:${KIND_WORDS})(?:\s+(?:${phraseSource(KIND_LINE_QUALIFIERS)}))?)?\s*$`,
  "iu",
);
/**
 * "và chỉ đạo của Chủ tịch UBND tỉnh tại", "và Kết luận của Bộ Chính trị (", "… (tại", at the end of the
 * stretch before a list's next member: the paper that records the direction or conclusion. No other
 * parenthesis between the body and the "(": one already opened or closed is some other aside.
 */
const DIRECTED = new RegExp(String.raw`(?:^|[\s,;])và\s+(?:${phraseSource(DIRECTION_WORDS)})\s+của\s(?:[^.;:]{1,80}?\stại|[^.;:()]{1,80}?\((?:\s*tại)?)\s*$`, "iu");
/** Nothing but a space or two between two members whose separator was left out (coordinated). */
const UNSEPARATED_CHARS = 2;
const UNSEPARATED = lazyRegExp(() => /^[ \t]+$/u);
/** The next member opens with its kind word and its number ("công văn số 3415/…", "Luật s 97/…": "số" as a font that lost "ố" prints it). */
const NEXT_KIND_NUMBER = lazyRegExp(() => new RegExp(String.raw`^(?:${KIND_WORDS})[ \t]+(?:(?:${SO_SPELLINGS_SOURCE}|${SO_LETTER_LOST})[ \t]*:?[ \t]*)?\p{N}`, "iu"));
const NEXT_KIND_NUMBER_CHARS = 40;
/** A coordinator and a pinpoint ("và điểm b khoản 1 Điều 12 của") fit in this much text. */
const PINPOINT_CHARS = 80;

/** The first document of a clause continues the list before it: a short lead, or one ending in a link word. */
export function continuesList(text: string, from: number, to: number): boolean {
  if (to - from > FAR_CHARS) return false;
  const lead = text.slice(from, to);
  if (OPENS_BASIS_CLAUSE().test(lead)) return false;
  if (leadsList(lead) || (words(lead) <= FAR_WORDS && ENDS_WITH_LINK.test(lead))) return true;
  // "Thực hiện Văn bản số A … về việc hướng dẫn công tác phổ biến pháp luật; hòa giải ở cơ sở; xây dựng
  // cấp xã … năm 2020 và Văn bản số B …": the ";" were A's subject's own (the words after it go on in
  // lower case: no item of a list of its own, "Căn cứ …", opens so); "và" joins B to the list.
  if (words(lead) <= FAR_WORDS && ENDS_WITH_AND.test(lead) && LOWER_START().test(lead) && !CLAUSE_STOP.test(lead)) return true;
  // "…; các Quyết định của Thủ tướng Chính phủ số: 1521/QĐ-TTg …; 21/2021/QĐ-TTg …": the member names
  // its kind and issuer first, then the numbers of one or more documents of that kind.
  if (words(lead) <= KIND_ISSUER_WORDS && KIND_THEN_NUMBER().test(lead) && numberMayOpen(text, to) && NUMBER_FIRST().test(text.slice(to, to + 4)) && !CLAUSE_STOP.test(lead) && !THIS_DOCUMENT().test(lead)) return true;
  // A table's row names its document in a cell of its own, after the cells before it (the kind, the
  // summary, the date): the row's first document is the item, however many words those cells hold.
  if (TABLE_ROW_ITEM.test(lead) && CELL_END.test(lead) && !CLAUSE_STOP.test(lead) && words(lead) <= FAR_WORDS) return true;
  // "b) Điểm a khoản 1 Điều 3 Nghị quyết số …": an item may name the parts of its document first.
  return lead.length <= PINPOINT_CHARS && leadsList(lead.replace(ITEM_MARKER(), "").replace(LEADING_PINPOINT(), ""));
}
const ENDS_WITH_AND = /(?:^|\s)(?:và|hoặc)\s*$/iu;
/** A clause opening with the words of a basis ("; trên cơ sở … tại Thông báo số …": BASIS_CLAUSE_WORDS) names no member of the list carried. */
const OPENS_BASIS_CLAUSE = lazyRegExp(() => new RegExp(String.raw`^\s*(?:${phraseSource(BASIS_CLAUSE_WORDS)})(?![\p{L}\p{N}])`, "iu"));
const LOWER_START = lazyRegExp(() => /^\s*\p{Ll}/u);
/** A list member's kind and issuer before its number: "các Quyết định của Thủ tướng Chính phủ". */
const KIND_ISSUER_WORDS = 12;
const KIND_THEN_NUMBER = lazyRegExp(() => new RegExp(String.raw`^[\s"“]*(?:(?:các|những)\s+)?(?:${KIND_WORDS})(?![\p{L}\p{N}])`, "iu"));
/** Parts named at an item's start, before their document: "Điểm a khoản 1 Điều 3", "Chương I và Chương III", "Tại khoản 2 Điều 3" (PINPOINT_LEADS). */
const LEADING_PINPOINT = lazyRegExp(() => new RegExp(String.raw`^\s*(?:(?:${phraseSource(PINPOINT_LEADS)})\s+)?${PINPOINTS}`, "iu"));

/**
 * "… và ý kiến của các Bộ: Nông nghiệp và Phát triển nông thôn (công văn số A …), Tài nguyên và Môi
 * trường (công văn số B …)": a list of the bodies consulted names each body, then its paper in
 * parentheses (831/TTg-KTN 2011; 8041/VPCP-ĐP 2008: "ý kiến của các Bộ: Kế hoạch và Đầu tư(Công văn
 * số …), Tài chính (Công văn số …)"). The stretch before the paper is the previous member's tail, if
 * any, closed by ")" and ",", then the body's name: a few words, the first capitalised, then "(".
 * The caller checks that the paper is named by its kind word.
 */
export function bodyLedMember(text: string, from: number, to: number): boolean {
  if (to - from > BODY_LED_CHARS) return false;
  const m = BODY_LED().exec(text.slice(from, to));
  return m !== null && UPPER_FIRST().test(m[1]!);
}
const BODY_LED_CHARS = 160;
const BODY_LED = lazyRegExp(() => /^(?:[^;:()\n]{0,80}\)[ \t]*,)?[ \t]*([\p{L}&-]+(?:[ \t]+[\p{L}&-]+){0,9})[ \t]*\([ \t]*$/u);
const UPPER_FIRST = lazyRegExp(() => /^\p{Lu}/u);

/** A list item opens with its document: at most a marker, "số", a kind word or two before it. */
export function leadsList(lead: string): boolean {
  // The item's own marker ("1. ", "a. ", "II. ") is no full stop.
  const rest = lead.replace(ITEM_MARKER(), "");
  return words(lead) <= 4 && !/[.]\s*$/.test(rest);
}

/**
 * Any item's number or letter with its stop, sections' included ("1. ", "a. ", "II. "), also glued to
 * the item's first word ("2.Thông tư số …", as some published texts print it): read past, never a full stop.
 * Or the bullet a list typed with dashes opens its items with ("- Điều 2 và Điều 6 Quyết định số …"),
 * followed by a space: read past as the number is. An item's number alone on its line ("1 . ⏎Tiếp tục quán triệt …",
 * a word-segmented copy's; "I.⏎Nội dung …") is one too, whatever blanks a Word or PDF export left before the line's
 * end; a year and its stop ending a line ("… trước ngày 01 tháng 07 năm ⏎2022. ⏎Thực hiện chỉ đạo …",
 * fresh30b-010 with a space after "2022.") is none, with blanks or without: blanks lead to the item's words on its line.
 */
export const ITEM_MARKER = lazyRegExp(() => new RegExp(
  String.raw`^\s*[*#]*(?:(?:\d+(?:\.\d+)*|[a-zđ]|[IVXLC]+)[ \t]*[.)](?:[ \t]+(?![ \t\r\n])|(?=\p{Lu})|$)|(?:\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[IVXLC]{1,6})[ \t]*[.)][ \t]*(?=[\r\n])|[${BULLET_CLASS}][ \t]+(?![ \t\r\n]))`,
  "u",
));

/**
 * How many runs of letters and digits (WORD_RUN's matches) `s` holds. Counted by table
 * (LETTER_OR_DIGIT: the same class, unit by unit), not by a test() a word: WORD_RUN's "u" class of
 * hundreds of ranges is looked up by a call out of the regex's code at every character, ~230
 * instructions a character (bench/README.md, Session 49). A string holding a surrogate (a letter
 * outside the BMP is one character to WORD_RUN, two units to the table) is counted by WORD_RUN.
 */
export function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return wordRuns(s);
    if (LETTER_OR_DIGIT[c] === 1) {
      if (!inWord) n++;
      inWord = true;
    } else inWord = false;
  }
  return n;
}

/** words() as WORD_RUN counts them (exported for the test that holds the table's count to it). */
export function wordRuns(s: string): number {
  let n = 0;
  WORD_RUN().lastIndex = 0;
  while (WORD_RUN().test(s)) n++;
  return n;
}

/** Does the text end with one of these words (whole words, any case)? */
export function endsWithAny(s: string, phrases: readonly string[]): boolean {
  const tail = phraseKey(s.slice(-40));
  return phrases.some((p) => tail === p || tail.endsWith(` ${p.toLowerCase()}`));
}
