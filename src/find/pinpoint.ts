import type { Pinpoint } from "../types.js";
import { prepare } from "../prepare/prepare.js";
import { hasIgnorableIn, withoutIgnorables } from "../prepare/ignorables.js";
import { asPrepared } from "../prepare/as-read.js";
import { withoutLinkMarkup } from "../prepare/link-markup.js";
import { composedWord, WHITESPACE } from "../shared/chars.js";
import { inLowerCase } from "../shared/lower-case.js";
import { LETTER, MARKS } from "./patterns.js";
import { CLAUSE_WORD_MISREADS } from "../vocab/look-alikes.js";
import { AMENDING_NAME_CUES, NAMED_KINDS } from "../vocab/laws.js";
import { phraseSource } from "../vocab/phrases.js";

export type { Pinpoint };

/**
 * What a label may not run into: the Latin letters Vietnamese is written in, and digits. Spelled
 * out rather than \p{L}\p{N} under /u: every such class is hundreds of ranges, and with one after
 * each label V8 spent ~90 ms compiling these regexes in every process (a CLI worker's first file).
 */
const WORD_CHARS = `${LETTER}0-9`;

/**
 * The unit words, as data: the order a pinpoint nests in (Luật 80/2015/QH13, Điều 61), and the
 * labels each is numbered with. Older texts number points with digits and sections with
 * letters ("mục C điểm 1 phần III").
 */
const PINPOINT_UNITS: ReadonlyArray<{ key: keyof Omit<Pinpoint, "start" | "end" | "amendedAt">; word: string; written: string; label: string; seek?: string | readonly string[]; before?: string }> = [
  // Older circulars divide points into items ("tiết a điểm 2.1 mục II") ...
  // ("quy định chi tiết 3 Nghị định": "chi tiết", in detail, is no unit).
  // An item's label takes the point's shapes, a letter or a number and a further number after a dot:
  // "có sai sót tại Tiết a.1, Điểm 1, Mục II, Thông tư số 96/2006/TT-BTC" (Bộ Tài chính's correction
  // 13158/BTC-VP, pairs40-001), "tiết b.6, điểm b khoản 2 Điều 2 Thông tư 111/2013/TT-BTC" (Cục Thuế Hà
  // Nội's 2023 answer, fresh45c-007), "Điều 1 , Khoản V , Điểm 2 , Tiết 2.1 Quyết định số 51/2008/QĐ-UBND"
  // (a district's decision, seg33c-019).
  { key: "subpoint", word: "(?<!chi\\s+)tiết", written: "tiết", label: "(?:[a-zđ](?:\\.?\\d{1,2})?|\\d{1,3}(?:\\.\\d{1,3})?)", seek: "tiết" },
  // ... number points within sections with decimals: "điểm 2.1 mục II"; a ministry's guidance divides a
  // point into items after its letter: "điểm b.2 khoản 7 Điều 52 Thông tư 38/2015/TT-BTC" (body33-002),
  // "điểm d.1 khoản 5 Điều 7 Nghị định số 126/2020/NĐ-CP" (full32-017). A point inserted after another takes
  // its letter and a number, with no dot: "Nghị quyết này thay thế Điểm b3 Khoản 1 Điều 1 Nghị quyết số
  // 70/2006/NQ-HĐND" (Trà Vinh's council, fresh37a-005), "Bổ sung điểm d1, d2 vào sau điểm d khoản 2", "Bổ
  // sung điểm a1 vào sau điểm a khoản 4" (Nghị định 50/2021/NĐ-CP amending Nghị định 37/2015/NĐ-CP).
  { key: "point", word: "điểm", written: "điểm", label: "(?:[a-zđ](?:\\.?\\d{1,2})?|\\d{1,3}(?:\\.\\d{1,3}){0,2})" },
  // Tax and customs letters name a point inside the clause or section's own label, number first: "tại khoản
  // 12.c Điều 1 Thông tư số 26/2015/TT-BTC", "khoản 1.e Điều 2 Thông tư số 26/2015/TT-BTC" (Tổng cục Thuế's
  // reply to Cục Thuế Đà Nẵng, fresh43b-011), "căn cứ hướng dẫn của Bộ Tài chính tại mục 2.b công văn số
  // 1537/BTC-TCHQ" (Tổng cục Hải quan's 978/TCHQ-GSQL, fresh43b-005): the label is kept whole, as "b.2".
  // A scan's "khoán" or "khoân" (an acute or a circumflex for the hook above: vocab/look-alikes.ts CLAUSE_WORD_MISREADS)
  // between a point and its article is the clause: "theo quy định tại điểm b khoán 1 Điều 9 Nghị định số
  // 118/2021/NĐ-CP" (Tổng cục Thuế's letter of 2022, pairs44-007); "khoán 2 Điều" is among the scanning errors an OCR'd
  // text of Nghị định 145/2020/NĐ-CP was cleaned of. Only with its number and "Điều" right after it ("giao khoán" is a
  // word of its own).
  // A clause inserted after another takes its number and a letter, as an article does: "theo quy định tại khoản 1a
  // Điều 31 Luật Đấu thầu (được sửa đổi, bổ sung theo quy định tại điểm b khoản 19 Điều 1 Luật số 90/2025/QH15)" (a
  // procurement plan's grounds), "Căn cứ vào Khoản 2c - Điều 1 - Nghị định số 30/1998/NĐ-CP" (Bộ Tài chính's
  // 96/1999/TT-BTC, fresh29o-017); amending laws write "Bổ sung khoản 1a vào sau khoản 1 Điều 22".
  // Plans, guidance and contracts number their clauses by section, "3.1", "6.2", and texts point into them so:
  // "Sinh viên thực hiện theo Khoản 3.1 Điều 3 của Hướng dẫn số 784/ĐHVN-ĐT" (a university's guidance, fresh53b-007),
  // "mức phí môi giới đã thỏa thuận tại khoản 2.1 Điều 2 của Hợp đồng này" (brokerage contracts in public stores).
  // A clause numbered in Roman figures, as some local decisions and OCR'd letters write it, with the next unit right after
  // it: "… và Điều 1 , Khoản V , Điểm 2 , Tiết 2.1 Quyết định số 51/2008/QĐ-UBND" (a district's decision, seg33c-019),
  // "được sửa đổi, bổ sung tại khoản I Điều 5 Quyết định số 49/2024 ngày 27 tháng I1 …" (Lào Cai's OCR'd decision,
  // fresh60e-011). Only before "Điều", "Điểm", "Mục" or "Phần" (the regexes read any case: "khoản c mục 4", "khoản l" for
  // "khoản 1" are left as they were, neither "c" nor "l" being among its letters), so a clause's "I" or "V" is never a
  // word of the sentence.
  { key: "clause", word: `(?:khoản|(?:${CLAUSE_WORD_MISREADS.join("|")})(?=\\s+\\d{1,3}\\s+điều\\s))`, written: "khoản", label: `(?:\\d{1,3}(?:\\.\\d{1,3}|\\.[a-zđ]|[a-zđ])?|[IVX]{1,4}(?=[ \\t]{0,3},?\\s{1,3}(?:điều|điểm|mục|phần)\\s))`, seek: "kho" },
  // A scan may lose the grave of "ề" ("áp dụng Điêu 6 Phụ lục I ban hành kèm theo Thông tư số 20/2014/TT-BCT", Bộ Công
  // Thương's OCR'd circular, fresh36b-007; "khoản 3.2.2 Điêu 52", "theo quy định tại Điêu 33 Luật Quan lý thuế", a tax
  // store's OCR'd letters, fresh45c-009, -018; "khoản 3 ⏎Điêu 8 Nghị định sô 20/2017/NĐ-CP", fresh54e-003). "điêu" is a
  // word of its own ("điêu khắc", "điêu đứng"), so only with a number right after it; the look-up word is then "đi".
  // A scan may also lose the bar of "Đ" and read "ề" as "é": "… phối hợp thu và Điều 10, Diéu 17 Thông tư số
  // 184/2015/TT-BTC" (Tổng cục Hải quan's OCR'd letter, fresh54b-009), "(từ Điều 30 đến Diéu 41 Luật Quản lý thuê s6
  // 38/2019/QH14" (a tax store's OCR'd letter, fresh45c-018; "Khoản 3 Diéu 33" there too), "Bồ sung khoản 8 Diéu 27 như
  // sau" (fresh50b-015), "được sửa đôi, bô sung tại Diéu 1 Nghị định này" (fresh54e-003). "diéu" is no word, but it is
  // read only as "Điêu" is, with a number right after it; its look-up words are "đi" and "diéu" (UNIT_LABELS asks each).
  { key: "article", word: "(?:điều|(?:điêu|diéu)(?=\\s+\\d))", written: "Điều", label: "\\d{1,4}[a-zđ]?", seek: ["đi", "diéu"] },
  // Annexes number their sections in outline form, a letter, a Roman and an Arabic numeral joined by dots, and texts point
  // into them so: "… định mức quy định tại Mục III.8 Phụ lục II Nghị quyết số 197/2025/QH15", "tại Mục C.II.2 Phụ lục I kèm
  // theo Nghị định số 289/2025/NĐ-CP", "Mục C.II.1.8 Phụ lục I ban hành kèm theo Nghị định số 289/2025/NĐ-CP" (Bộ Tư pháp's
  // cost-norm circular of 2026, fresh58b-013); "số lượng quy định tại Mục II.4 Kế hoạch này" (a commune's election plan,
  // fresh38a-003), "tờ khai chung container tại mục IX.9.3" (Tổng cục Hải quan's guidance, body33-002), "Sửa đổi mục 2.1 khoản 2
  // Điều 3 Quy định …" (fresh41a-011), "nêu tại mục 8.1 của Hướng dẫn này" (fresh38a-004). The label is kept whole, as the
  // text writes it. Each part after a dot is digits or a Roman numeral (its own characters, so "I.I.I" is read one way), a
  // letter of a point last ("mục 2.b công văn số …"); a dot with no part after it ends the sentence.
  { key: "section", word: "mục", written: "mục", label: `(?:\\d{1,3}|[IVXLC]{1,8}|(?![IVXLC])[A-ZĐ])(?:\\.(?:\\d{1,3}|[IVXLC]{1,8})){0,4}(?:\\.(?![IVXLC])[a-zđ])?` },
  { key: "chapter", word: "chương", written: "Chương", label: "(?:[IVXLC]{1,8}|\\d{1,3})" },
  // "Phần thứ hai", "Phần thứ II": an ordinal is a word (a control character or "(a)" after "thứ" is none).
  // ... and their parts with letters: "mục II phần B Thông tư …".
  { key: "part", word: "phần", written: "Phần", label: `(?:[IVXLC]{1,8}|\\d{1,3}|[A-ZĐ]|thứ\\s+[${WORD_CHARS}${MARKS}]+)` },
  // "Phụ lục II Nghị định …", "Phụ lục số 01 ban hành kèm theo Thông tư …": an appendix, part of the document it is issued with.
  // Decrees number appendices within a group after a dot, and texts name them so: "… được quy định tại Phụ lục V.4 kèm theo
  // Thông tư số 11/2023/TT-BLĐTBXH" (fresh48a-007, three times), "(Phụ lục I.1 kèm theo Nghị định số 178/2024/NĐ-CP của
  // Chính phủ)" (a form's heading, as a public repository's report generator prints it): the label kept whole. Decrees also
  // split an appendix by a capital after its numeral, and their forms are cited so: "theo Mẫu số 01/TB-RSĐT Phụ lục IB ban
  // hành kèm theo Nghị định 70/2025/NĐ-CP" (fresh63c-002, four times; decree 123/2020/NĐ-CP names its own "Phụ lục IA",
  // "Phụ lục IB" so). Only A–D: the regex ignores case, and a longer run of letters would take a word ("xe") for a label.
  // A scan or a typist may lose "lục"'s dot below, as "Thông tu" loses a hook (vocab/kinds.ts): "… áp dụng Điều 6 Phụ luc I ban
  // hành kèm theo Thông tư số 20/2014/TT-BCT" (Bộ Công Thương's OCR'd circular, fresh36b-007, three times), "… quy định tại Phụ
  // luc | ban hành kèm theo Thông tư này" (a tax store's OCR'd circular, fresh45c-008). Only after "Phụ" with its own mark:
  // "luc" alone is no Vietnamese word, and the look-up word is then "phụ", which both spellings hold.
  { key: "appendix", word: "phụ\\s+l(?:ục|uc)", written: "Phụ lục", label: "(?:[IVXLC]{1,8}(?:\\.\\d{1,2}|[A-D])?|\\d{1,3}[a-zđ]?|[A-ZĐ])", seek: "phụ", before: "(?:số\\s+)?" },
];

/** A pinpoint as a legal text writes it, smallest unit first: "điểm a khoản 2 Điều 5", "khoản 1, 2 Điều 4". */
export function pinpointLabel(p: Omit<Pinpoint, "start" | "end">): string {
  const out: string[] = [];
  for (const u of PINPOINT_UNITS) if (typeof p[u.key] === "string" && p[u.key] !== "") out.push(`${u.written} ${p[u.key]}`);
  return out.join(" ");
}

const LIST = String.raw`(?:\s*,\s*|\s+và\s+)`;
/** Between two labels of one unit: a list's separator, or "đến" for a range ("khoản 8 đến 13"). */
const LIST_OR_RANGE = String.raw`(?:\s*,\s*|\s+và\s+|\s+đến\s+)`;
/**
 * A page that lost the space between a clause's number and "Điều": "(Theo khoản 4Điều 12 Luật Thủ đô)" (Hà Nội's
 * council, 2013, fresh30l-019), as pages glue words ("Hội đồngnhân", pairs40; "khoản 2Điều này" is the pasted
 * legal text a public repository's parser names): a digit, then "Điều" and a space. Where a label may end and the
 * next unit begin.
 */
const GLUED_ARTICLE = "(?<=\\d)(?=điều\\s)";
/**
 * Between a unit word and its label: whitespace, or nothing where a page glued the word to its number: "… quy định tại
 * các điều từ Điều 17 đến Điều21 của Nghị định số 83/1998/NĐ-CP" (Bộ Tư pháp's 12/1999/TT-BTP as a database prints
 * it, fresh60h-003), "được Ban Chấp hành Trung ương uỷ nhiệm tại Điều 3, điểm11 Quy chế làm việc …" (a Party regulation as a
 * database stores it, fresh29a-023, "(điểm1)" there too), as pages glue a word to the next (GLUED_ARTICLE). Only a
 * digit right after the word: a letter glued to it is another word ("mục" is no "mụca"), and a Roman label needs its space.
 */
const WORD_TO_LABEL = "(?:\\s+|(?=\\d))";
/** A label ends its word: "mục I , Điều 1" is section I, not "I" and the "Đ" of "Điều" (but "4Điều": GLUED_ARTICLE). */
const label = (u: (typeof PINPOINT_UNITS)[number]) => `(?:${u.label})(?:(?![${WORD_CHARS}])|${GLUED_ARTICLE})`;
/** A unit word and its labels: "Điều 5", "khoản 1, 2 và 5", "các khoản 3, 4 và 9". */
const labelled = (u: (typeof PINPOINT_UNITS)[number]) => `${u.word}${WORD_TO_LABEL}${u.before ?? ""}${label(u)}(?:${LIST_OR_RANGE}${label(u)}){0,12}`;
const UNIT = PINPOINT_UNITS.map(labelled).join("|");
/**
 * One unit and its label ending the text, a comma and "của" after it or not: "khoản 3, Điều 58 ", "Điều 55 của ".
 * What precedes a document's name that the unit points into (find/named/lower-case-name.ts).
 */
export const UNIT_LABEL_ENDS = new RegExp(
  `(?:^|[^${WORD_CHARS}])(?:${PINPOINT_UNITS.map((u) => `${u.word}${WORD_TO_LABEL}${u.before ?? ""}${label(u)}`).join("|")})\\s*,?\\s+(?:của\\s+)?$`,
  "i",
);
/** The unit words alone ("Điều|khoản|…"), for what looks ahead to a unit or for one anywhere. */
const UNIT_WORD = PINPOINT_UNITS.map((u) => u.word).join("|");
/**
 * A unit's labels may be qualified in brackets, each unit of an alternative for its case: "khoản 1 ( đối
 * với phương tiện đo có giá trị nhỏ hơn 500.000 đồng ) hoặc khoản 2 ( đối với … ) Điều 8 Nghị định 54"
 * (seg34-019, twice), "điểm a (đối với bệnh viện tuyến trung ương) hoặc điểm b khoản 3 và khoản 6 Điều 22
 * Luật BHYT" (full32-006). One bracket, no bracket inside it, on one line: blanked before the units are
 * read (the offsets kept), so that its words are no labels and the units around it one chain. Done to the
 * words before a citation only where they hold a bracket: the regexes every citation runs stay as they were.
 */
const QUALIFIER = /\([^()\n]{1,80}\)/g;
/**
 * "hoặc" between two units or labels, either of which applies ("khoản 3 hoặc khoản 6 Điều 22 Luật BHYT",
 * "khoản 2 hoặc 3 Điều 7"): read as "và" is, only before a unit word or a label (never "Điều 6 hoặc Nghị
 * định …"), and only where the words hold it.
 */
const OR_BETWEEN_UNITS = new RegExp(`(\\s)hoặc(?=\\s+(?:${UNIT_WORD}|\\d|[a-zđ](?![${WORD_CHARS}])))`, "gi");
/**
 * Whether the units found follow a bracket or "hoặc" ("khoản 2 hoặc 3 Điều 7": "hoặc 3" just before): a chain
 * may go on before them. Asked of each pinpoint found, not of every window.
 */
function afterAlternative(before: string, start: number): boolean {
  let e = start;
  while (e > 0 && isSpace(before.charCodeAt(e - 1))) e--;
  if (e > 0 && before.charCodeAt(e - 1) === 0x29) return true;
  return before.slice(Math.max(0, e - 12), e).toLowerCase().includes("hoặc");
}

/** The words before a citation with its brackets blanked and its "hoặc" between units read as "và", the same length. */
function alternativesRead(before: string): string {
  let out = before.includes("(") ? before.replace(QUALIFIER, (b) => " ".repeat(b.length)) : before;
  if (out.includes("hoặc")) out = out.replace(OR_BETWEEN_UNITS, "$1và  ");
  return out;
}
/**
 * Groups of units joined by ";", each with its own article, all of the document named after the last:
 * "điểm đ khoản 2 Điều 7; điểm đ khoản 2 Điều 11 và điểm b, c khoản 2, khoản 3 Điều 12 Nghị định số
 * 155/2025/NĐ-CP" (full33-005), "khoản 2, khoản 3, khoản 5, khoản 6 Điều 20; khoản 1 Điều 25; điểm a
 * khoản 1 Điều 26 Luật Cư trú" (a residence form's notes), "điểm a, c khoản 2 Điều 106; khoản 2 Điều 136,
 * Điều 331, Điều 333 của Bộ luật Tố tụng hình sự" (a judgment's Căn cứ). Only between units, a unit word
 * right after it on the same line: "Căn cứ Điều 5; Nghị định …" is no pinpoint, and a list's item that
 * ends with ";" at its line's end is not read into the next line's. A chain the line breaks after ";" goes on
 * where the next line's unit is a list's member (its label, then ",", ";" or "và"), never a heading's full stop
 * nor a new item's units ("a) theo Điều 5; ⏎ khoản 2 Điều 7 Nghị định …"): "theo quy định tại Mục 2; ⏎Điều 9, Điều 10, Điều 13 Mục 3 và Mục 4 Thông tư
 * số 26/2016/TT-BLĐTBXH" (462/VBHN-BLĐTBXH, fresh47a-009), "Mục 8, … Mục 12 Chương I; ⏎Chương II; Điều 52, Điều 53
 * Chương III Thông tư số 05/2013/TT-BLĐTBXH" (Thông tư 18/2022/TT-BLĐTBXH's annex, fresh47a-005).
 */
const GROUP_SEPARATOR = `\\s*;[ \\t]*(?:(?=(?:${UNIT_WORD})\\s)|\\r?\\n[ \\t]*(?=(?:${UNIT_WORD})\\s+[0-9A-Za-zđĐ.]{1,8}(?:\\s*[,;]|\\s+và\\s)))`;
/**
 * "tại" between units, the smaller in the larger: "khai căn cứ miễn trừ tại mục I, mục II tại Phụ lục I ban hành
 * kèm theo Nghị định 132/2020/NĐ-CP" (Cục Thuế Long An's guidance, 2023, fresh45c-017), "Mục a, b, c, d, đ, e, g, h, k tại khoản 4;
 * Mục a, c, tại khoản 5 và khoản 6, 7, 8, 9, 10 tại Điều 5 Nghị định 102/2024/NĐ-CP" (Hà Nội's land-price
 * decision 71/2024/QĐ-UBND, fresh41a-011): one chain, as "khoản 4 Điều 5" is. Only before a unit word; "tại" between the last
 * unit and the document is TRAILING's (AT_BEFORE_DOCUMENT).
 */
const AT_SEPARATOR = `\\s*,?\\s+tại\\s+(?=(?:${UNIT_WORD})\\s)`;
/**
 * "của" between units, the smaller of the larger, as "tại" is: "… phù hợp với Điêu 14, Điêu ⏎15 và Điêu 16 của Phụ lục V ban
 * hành kèm theo Thông tư số 20/2014/TT-BCT" (Bộ Công Thương's OCR'd circular, fresh36b-007); texts point into themselves so
 * ("Khoản 1 , Khoản 2 và Khoản 3 của Điều 1 , Quyết định này", dev-038; "các điểm b , c ,d khoản 1 và điểm b,c khoản 2 của
 * Điều 21", seg33-023; "Sửa đổi, bổ sung khoản 4 của Điều 5", fresh46b-017). Only before a unit word, and the chain goes on
 * only where a unit and its label follow: "khoản 5 điều 9 của Điều lệ …" names a charter after the units, and "của" before
 * the document stays TRAILING's own ("Điều 3 của Quyết định …").
 */
/**
 * "tại" between the last unit and the document, as "của" is: "Theo điểm c, Điều 1 tại Thông tư 22 công bố ngày 30-8, NHNN nêu
 * rõ …" (a bank news page on Thông tư 22/2011/TT-NHNN, fixtures/fresh/fresh62h-003), "* Thông tư 200/2014/TT-BTC: Theo Điều 1
 * tại Thông tư này, các doanh nghiệp …" (an accounting firm's answers, fresh64c-001), as news and answers write "quy định tại
 * Điều 5 tại Nghị định …". Only after the label and a blank, on the label's line: after a comma or a line's end ("… tại Điều 5,
 * tại Nghị định số …") it may open a clause of its own, naming a document the units are not of.
 */
const AT_BEFORE_DOCUMENT = `(?<=[^\\s,][ \\t\\u00a0]{1,4})tại\\s+`;
const OF_SEPARATOR = `\\s+của\\s+(?=(?:${UNIT_WORD})\\s)`;
/**
 * A dash between units, as between the units and the document ("Điều 1 - Quyết định số …"): "Căn cứ vào Khoản 2c - Điều
 * 1 - Nghị định số 30/1998/NĐ-CP" (fresh29o-017), "C.3.5. Kết quả xử lý vi phạm quy định về chuyển đổi vị trí công tác
 * (Khoản 2 - Điều 94 Luật PCTN)" (an anti-corruption report form's row), "Đối tượng 1: (Khoản 2 - Điều 15)" (a school's
 * notice on fees). Spaced, on one line, and only before a unit word.
 */
const DASH_SEPARATOR = `[ \\t]+[-–][ \\t]+(?=(?:${UNIT_WORD})\\s)`;
/**
 * A group that opens with "các", the plural a list of labels takes, after a comma or "và": "các khoản 9, 10, 11,
 * 12 và 13 Điều 3 Chương I, các điều 21, 22, 23 và 24 Chương V Nghị định số 27/2022/NĐ-CP" (Thông tư
 * 02/2023/TT-BLĐTBXH, fresh46b-013), as decrees write their own cross-references ("khoản 1 và khoản 2 Điều 9, các
 * khoản 1, 2 và 3 Điều 10 Nghị định này", Nghị định 21/2021/NĐ-CP; "khoản 3 Điều này, các điều 25, 25a, 26, 32 và 33
 * của Luật này", Luật Sở hữu trí tuệ). Only with a unit word right after "các": "Điều 5, các khoản thu …" is no chain.
 */
const PLURAL_GROUP = `(?:\\s*,\\s*|\\s+và\\s+)các\\s+(?=(?:${UNIT_WORD})\\s)`;
/**
 * The most units a chain holds: a decree's replacement list names fourteen, "… thành “01 tỷ đồng” tại Điều 3, Điều 4,
 * khoản 1 Điều 8, Điều 9, Điều 10, khoản 3 Điều 11, khoản 1 và khoản 2 Điều 12, khoản 4 Điều 17, khoản 3 Điều 18 Nghị
 * định số 68/2026/NĐ-CP" (Nghị định sửa đổi Nghị định 68/2026/NĐ-CP, fresh46g-010), a circular's transition clause
 * twenty, "… quy định tại khoản 1 Điều 1, khoản 1 và khoản 3 Điều 2, khoản 1 và khoản 2 Điều 4, khoản 1 Điều 5, …,
 * khoản 1 và khoản 2 Điều 9 Thông tư này" (Thông tư 05/2025/TT-BNV, fresh46g-014). Twelve cut both.
 */
const MAX_CHAIN_UNITS = 24;
/**
 * One or more units ("khoản 1, khoản 2 Điều 4", "Điều 3 của", "Điều 1 - Quyết định", a range
 * "khoản 8 đến khoản 13", groups joined by ";") right before the citation, up to MAX_CHAIN_UNITS units: an
 * amending article's list, or "Điều 38, Điều 39, Điều 43, Điều 44, Điều 48, Điều 49, Điều 50, Điều 53,
 * Điều 56 của Luật Bầu cử năm 2015" (fresh38a-005), nine; "Điều 3, Điều 9, Điều 10, Điều 12, Điều 14, Điều 15,
 * Điều 16, ⏎Điều 17, Điều 18, Điều 19 và khoản 1, khoản 2 Điều 11 Thông tư số 27/2016/TT-BLĐTBXH" (462/VBHN-BLĐTBXH,
 * fresh47a-009), thirteen; "Điều 3, Điều ⏎4, khoản 1 Điều 8, Điều 9, Điều 10, khoản 3 Điều 11, khoản 1 và khoản 2
 * ⏎Điều 12, khoản 4 Điều 17, khoản 3 Điều 18 Nghị định số 68/2026/NĐ-CP" (Nghị định 141/2026/NĐ-CP, fresh46g-010),
 * fifteen; "Mục 1, Mục 2, … Mục 6 Chương I; Điều 24, khoản 1 ⏎Điều 26 Mục 7 Chương I; Mục 8, … Mục 12 Chương I; ⏎Chương
 * II; Điều 52, Điều 53 Chương III Thông tư số 05/2013/TT-BLĐTBXH" (Thông tư 18/2022/TT-BLĐTBXH, fresh47a-005),
 * twenty-two; the look-back is bounded.
 */
export const TRAILING = new RegExp(`(?:^|[^${WORD_CHARS}])((?:(?:${UNIT})(?:\\s*,\\s*|\\s+và\\s+|\\s+đến\\s+|${GROUP_SEPARATOR}|${AT_SEPARATOR}|${DASH_SEPARATOR}|${OF_SEPARATOR}|${PLURAL_GROUP}|\\s+|${GLUED_ARTICLE})){1,${MAX_CHAIN_UNITS}}?)(?:của\\s+|[-–]\\s+|${AT_BEFORE_DOCUMENT})?$`, "i");
/**
 * "Phụ lục I ban hành kèm theo Nghị định số …", "Mục 2 Phụ lục số 01 kèm theo Thông tư …": the units
 * end with an appendix, issued with the document that follows (a unit of rules issued with it, "khoản
 * 2 Điều 5 của Quy định ban hành kèm theo …", is no pinpoint of the document: no appendix, none). "ban
 * hành kèm" without "theo" too, as a form's heading writes it: "theo mẫu số 03/KBS/GSQL Phụ lục V ban hành
 * kèm Thông tư 38/2015/TT- BTC" (body33-002), "Phụ lục 5 ban hành kèm Thông tư số 153/2010/TT-BTC ngày
 * 28/9/2010 của Bộ Tài chính" (an invoice's heading); "kèm" alone is not read ("… Phụ lục I kèm Thông tư"
 * may be a document sent with another). The units before the appendix run as long as TRAILING's (MAX_CHAIN_UNITS), a
 * document's own units and its appendix's in one chain: "… tại khoản 1 Điều 5, khoản 3 Điều 7, khoản 2 Điều 21, ⏎mục II
 * của Phụ lục I.2 ban hành kèm theo Thông tư số 01/2022/TT-BTNMT" (Thông tư 08/2025/TT-BNNMT amending it, fresh57b-006:
 * seven units), "… theo quy định tại khoản 5 Điều 37 Chương XIV và điểm ii, Mục 3, Phần VII, ⏎Phụ lục XI ban hành kèm
 * theo Nghị định số 146/2025/NĐ-CP" (Lào Cai's decision, fresh63d-002: six). Four cut both, the chain read from its
 * fourth unit before the appendix.
 */
const APPENDIX = PINPOINT_UNITS.find((u) => u.key === "appendix")!;
/** "(được) (ban hành) kèm theo", "ban hành kèm" right before the document the appendices are issued with. */
const ISSUED_WITH_LINK = String.raw`\s+(?:được\s+)?(?:(?:ban\s+hành\s+)?kèm\s+theo|ban\s+hành\s+kèm)\s+$`;
export const ISSUED_WITH = new RegExp(
  `(?:^|[^${WORD_CHARS}])((?:(?:${UNIT})(?:\\s*,\\s*|\\s+và\\s+|\\s+đến\\s+|${AT_SEPARATOR}|${OF_SEPARATOR}|\\s+)){0,${MAX_CHAIN_UNITS}}?${labelled(APPENDIX)})${ISSUED_WITH_LINK}`,
  "i",
);
/**
 * The appendices in brackets after the word that names them, a range from one to the other: "Bảng giá đất tại các Phụ
 * lục (từ Phụ lục số 01 đến Phụ lục số 32) ban hành kèm theo Quyết định số 71/2024/QĐ-UBND" (Hà Nội's amending
 * land-price decision, fresh41a-015), "… bằng các Phụ lục (từ Phụ lục số 01 đến Phụ lục số 32) kèm theo Quyết định
 * này" (Hà Nội's land-price decision, fresh41a-011: its own). The bracket holds the units alone ("từ" before them or
 * not) and closes right before "(ban hành) kèm theo"; a bracket with a title in it ("Phụ lục I (Danh mục …) ban hành
 * kèm theo") is none. Read only where ISSUED_WITH finds nothing.
 */
const ISSUED_WITH_BRACKETED = new RegExp(
  `\\([ \\t]*(?:từ\\s+)?((?:(?:${UNIT})(?:\\s*,\\s*|\\s+và\\s+|\\s+đến\\s+|\\s+)){0,4}?${labelled(APPENDIX)})[ \\t]*\\)${ISSUED_WITH_LINK}`,
  "i",
);
/**
 * An appendix's title between its number and "ban hành kèm theo": "Bãi bỏ Phụ lục 5 danh mục mã xăng, dầu
 * ban hành kèm theo Quyết định số 824/QĐ-BYT" (repeal34-006, twice), "Sửa đổi, bổ sung Phụ lục I - Danh
 * mục hồ sơ khai thuế kèm theo Nghị định số 126/2020/NĐ-CP" (Nghị định 373/2025/NĐ-CP, Điều 10). A title
 * is words of letters, commas between them, a dash before it: no digit (another document's number, a
 * unit's label), no sentence end or bracket, no word that links or places ("và", "tại", "của", …: TITLE_STOPS),
 * at most sixteen words; its words after the first are in small letters (issuedWithTitle). Read only where
 * ISSUED_WITH finds nothing: "Điều 6 Phụ lục I ban hành kèm theo …" is read as it was.
 */
const TITLE_STOPS = ["và", "hoặc", "của", "tại", "theo", "kèm", "này", "số", "được"];
const TITLE_WORD = `(?!(?:${TITLE_STOPS.join("|")})(?![${WORD_CHARS}${MARKS}]))[${LETTER}${MARKS}]+`;
const ISSUED_WITH_TITLED = new RegExp(
  `(?:^|[^${WORD_CHARS}])((?:(?:${UNIT})(?:\\s*,\\s*|\\s+và\\s+|${AT_SEPARATOR}|\\s+)){0,4}?${labelled(APPENDIX)})((?:[ \\t]+[-–])?\\s+${TITLE_WORD}(?:(?:\\s*,\\s*|\\s+)${TITLE_WORD}){0,15})\\s+(?:được\\s+)?(?:ban\\s+hành\\s+)?kèm\\s+theo\\s+$`,
  "i",
);
/** A capital letter after a title's first word: another name ("Phụ lục II Quy chế …", "… Phụ lục III"), no title. */
const CAPITAL_AFTER_FIRST = /^[\s,–-]*[^\s,–-]+[\s\S]*\p{Lu}/u;
/**
 * An appendix's heading: the appendix alone on its line, its title on up to three lines (or none), then the
 * document it is issued with in brackets, "(Ban hành) kèm theo …" opening its line: "PHỤ LỤC 1 ⏎ GIÁ DỊCH VỤ
 * KHÁM BỆNH ⏎ (Kèm theo Nghị quyết số 18/2017/NQ-HĐND ngày 13 tháng 7 năm 2017 của HĐND tỉnh Bắc Giang)"
 * (Bắc Giang's council, full33b-018, three headings), "Phụ lục I ⏎ (Kèm theo Nghị quyết số 22/2026/NQ-CP
 * ngày 29 tháng 4 năm 2026 của Chính phủ)" (the Government's resolution as vbpl.vn prints it). The title's
 * lines are read as lines, whatever they hold but a bracket; the look-back (LOOK_BACK) bounds them.
 */
const ISSUED_WITH_HEADING = new RegExp(
  `(?:^|\\n)[ \\t]*(${labelled(APPENDIX)})[ \\t]*[:.]?[ \\t]*\\r?\\n(?:[^\\n()]{1,200}\\r?\\n){0,3}?[ \\t]*\\([ \\t]*(?:ban\\s+hành\\s+)?kèm\\s+theo\\s+$`,
  "i",
);
/**
 * ISSUED_WITH, or else ISSUED_WITH_TITLED (its title in small letters after the first word), on words
 * that end with "kèm theo"; or ISSUED_WITH_HEADING, an appendix's heading.
 */
function issuedWith(before: string): RegExpExecArray | null {
  const m = ISSUED_WITH.exec(before);
  if (m !== null) return m;
  const b = before.includes(")") ? ISSUED_WITH_BRACKETED.exec(before) : null;
  if (b !== null) return b;
  const t = ISSUED_WITH_TITLED.exec(before);
  if (t !== null && !CAPITAL_AFTER_FIRST.test(t[2])) return t;
  const h = before.includes("(") ? ISSUED_WITH_HEADING.exec(before) : null;
  return h ?? (UNLABELLED_APPENDIX_NEAR.test(before.slice(-UNLABELLED_APPENDIX_REACH)) ? ISSUED_WITH_UNLABELLED.exec(before) : null);
}
/**
 * A document's one appendix, named "Phụ lục" with no label, the units before it its own: "Khi xác định năng suất lao
 * động bình quân theo quy định tại khoản 2 Phụ ⏎lục kèm theo Thông tư số 26/2016/TT-BLĐTBXH" (Thông tư
 * 05/2025/TT-BNV's guidance on state companies' wages, fresh46g-014), "… thành phố trực thuộc tỉnh còn lại tại khoản 3
 * Phụ lục ban hành kèm theo Nghị định này" (the minimum-wage decree of 2025, fresh46g-017: its own, no citation); as
 * forms name such an appendix ("Đơn theo Mẫu số 10 tại Phụ lục ban hành kèm theo Nghị định số 102/2024/NĐ-CP"). The
 * units are the document's (an appendix is part of it) and no appendix label is read. Only at least one unit before
 * "Phụ lục" and "kèm theo" after it: "… Phụ lục kèm theo Thông tư" alone points at nothing labelled.
 */
const ISSUED_WITH_UNLABELLED = new RegExp(
  `(?:^|[^${WORD_CHARS}])((?:${UNIT})(?:(?:\\s*,\\s*|\\s+và\\s+|${AT_SEPARATOR}|\\s+)(?:${UNIT})){0,3})(?:\\s*,\\s*|\\s+)(?:của\\s+)?${APPENDIX.word}\\s+(?:được\\s+)?(?:ban\\s+hành\\s+)?kèm\\s+theo\\s+$`,
  "i",
);
/** Where ISSUED_WITH_UNLABELLED may match: "lục" then "kèm theo" within the last words (asked before the regex, which tries each place). */
const UNLABELLED_APPENDIX_NEAR = /lục\s+(?:được\s+)?(?:ban\s+hành\s+)?kèm\s+theo\s+$/i;
const UNLABELLED_APPENDIX_REACH = 40;
/**
 * TRAILING's first match in `before`, as TRAILING.exec gives it: tried (sticky) only where a unit word
 * may begin at or right after the place tried, its first letter in either case (UNIT_FIRST). Each
 * match opens with "^" or one character before a unit word, and the first place that matches is
 * TRAILING's match; the unanchored regex tried every place of the 120 characters before each citation.
 */
export function trailingIn(before: string): RegExpExecArray | null {
  for (let p = 0; p < before.length; p++) {
    // No character after the last: not UNIT_FIRST[NaN], a look-up by the name "NaN" that made this load megamorphic.
    const next = p + 1 < before.length ? UNIT_FIRST[before.charCodeAt(p + 1)] : 0;
    if (next !== 1 && (p !== 0 || UNIT_FIRST[before.charCodeAt(0)] !== 1)) continue;
    TRAILING_AT.lastIndex = p;
    const m = TRAILING_AT.exec(before);
    if (m !== null) return m;
  }
  return null;
}
const TRAILING_AT = new RegExp(TRAILING.source, "iy");
/** 1 for the first letter of a unit word, either case ("(?<!chi\\s+)tiết" opens with its look-behind: "t"). */
const UNIT_FIRST = new Uint8Array(0x10000);
for (const u of PINPOINT_UNITS) for (const c of [u.written[0].toLowerCase(), u.written[0].toUpperCase()]) UNIT_FIRST[c.charCodeAt(0)] = 1;
// The article's "Diéu", its "Đ" read without the bar (PINPOINT_UNITS): a chain may open with it.
for (const c of "dD") UNIT_FIRST[c.charCodeAt(0)] = 1;

/** Whether `before` ends as ISSUED_WITH must: "theo" or "kèm" (any case) and whitespace after it, whitespace or nothing before it. */
export function endsWithKemTheo(before: string): boolean {
  let e = before.length;
  while (e > 0 && SPACE.test(before[e - 1])) e--;
  if (e === before.length) return false;
  return (e >= 4 && before.slice(e - 4, e).toLowerCase() === "theo") || (e >= 3 && before.slice(e - 3, e).toLowerCase() === "kèm");
}
const SPACE = /\s/;

const UNIT_LABELS = PINPOINT_UNITS.map((u) => ({
  key: u.key,
  words: typeof u.seek === "string" ? [u.seek] : (u.seek ?? [u.word]),
  re: new RegExp(`(?:^|[^${WORD_CHARS}]|${GLUED_ARTICLE})${u.word}${WORD_TO_LABEL}${u.before ?? ""}(${label(u)}(?:${LIST_OR_RANGE}${label(u)}){0,12})`, "gi"),
  // "khoản 8 đến khoản 13": the range's second unit word, dropped so that its labels read "8 đến 13"; with the
  // "số" an appendix's label may follow ("Phụ lục số 01 đến Phụ lục số 32": "01 đến 32").
  rangeWord: new RegExp(`(\\s)đến\\s+${u.word}${WORD_TO_LABEL}${u.before ?? ""}`, "gi"),
}));
/** "8 đến 13", one label of a list: the range "8-13". */
const RANGE = /\s+đến\s+/;
const LIST_SEPARATOR = new RegExp(LIST);
const LOOK_BACK = 120;
/**
 * How far back a pinpoint is read where a bracket closes in LOOK_BACK: a chain whose units are qualified in
 * brackets (QUALIFIER) runs to ~150 characters (seg34-019). Only there: reading 200 characters before every
 * citation cost +1.7 % of an extract() pass (bench/README, session 40).
 */
const BRACKETED_LOOK_BACK = 200;
const NEAR = 40;
/**
 * Units found from this near the look-back's start may be a chain that began before it: fresh46g-010's fourteen
 * units run 128 characters (MAX_CHAIN_UNITS), and the window cut them at "…ều \n4, khoản 1 Điều 8". Read again over
 * BRACKETED_LOOK_BACK, as a bracketed chain is; only there, so every other citation reads 120 characters as before.
 */
const CHAIN_AT_WINDOW_START = 16;
const ANY_UNIT = new RegExp(UNIT_WORD, "i");
const APPENDIX_WORD = new RegExp(APPENDIX.word, "i");

/**
 * A unit's label as one word: "5", "12a", "a", "đ", "II", "C", "2.b" (a section's point, "mục 2.b công văn số …"), and a
 * section's in outline form, "II.4", "C.II.1" ("tại Mục II.4 Kế hoạch này", fresh38a-003: PINPOINT_UNITS).
 */
const LABEL_WORD = /^(?:\d{1,4}[a-zđ]?|\d{1,3}\.[a-zđ]|[a-zđ](?:\.\d{1,2})?|[ivxlc]{1,8}|(?:\d{1,3}|[ivxlc]{1,8}|[a-zđ])(?:\.(?:\d{1,3}|[ivxlc]{1,8})){1,4})$/i;
/** What may stand between a pinpoint's last label and the citation: "Điều 3 của", "Điều 1 -", "Điều 5 và", "Điều 1 tại". */
const LINK_WORDS = new Set(["của", "-", "–", "và", "tại"]);

/** Whitespace as \s reads it, by UTF-16 code: a look-up, where a chain of comparisons ran for every letter of every word read back. */
const isSpace = (c: number): boolean => WHITESPACE[c] === 1;

/**
 * Most words before a citation are composed already: normalising them all cost more than the rest
 * of this check. Most are in lower case too: toLowerCase of a Vietnamese word ("và", "của") is a
 * runtime call and a new string, inLowerCase returns it as it is.
 */
const composed = (w: string): string => inLowerCase(composedWord(w));

/**
 * Most citations have no pinpoint, and the word before one that has is a label (or "thứ hai"):
 * settled from the words before the citation alone (a link word read past), before anything is
 * sliced or composed. The words are read as bounds, and cut out only where their
 * first letter and length let them be a link word, a label or "thứ": no slice and no object for most.
 */
function mayHavePinpoint(text: string, at: number): boolean {
  kemTheoLast = false;
  wordBounds(text, at);
  let s = boundStart;
  let e = boundEnd;
  if (e > s && e - s <= 4 && isLinkWordAt(text, s, e)) {
    wordBounds(text, s);
    s = boundStart;
    e = boundEnd;
  }
  // "Điều 11 ( đối với buôn bán ) của Nghị định 54": the last unit's bracket (QUALIFIER) closes before the
  // citation; the word before its "(" is the one that must be a label.
  bracketLast = false;
  if (e > s && text.charCodeAt(e - 1) === 0x29) {
    const open = openingBracket(text, e - 1);
    if (open < 0) return false;
    bracketLast = true;
    wordBounds(text, open);
    s = boundStart;
    e = boundEnd;
  }
  if (e > s && e - s <= 8 && mayBeLabel(text, s, e) && LABEL_WORD.test(text.slice(s, e))) return true;
  // "… đến Điều21 của Nghị định …": a unit word glued to its number (WORD_TO_LABEL) is the last label's word.
  if (e > s && isDigit(text.charCodeAt(e - 1)) && GLUED_UNIT_LABEL.test(composed(text.slice(s, e)))) return true;
  if (isTheoAt(text, s, e)) {
    // "… Phụ lục I (ban hành) kèm theo Nghị định …": the word before "theo" is "kèm"; in an appendix's
    // heading, "(Kèm theo Nghị quyết số …)", the bracket opens it (ISSUED_WITH_HEADING).
    wordBounds(text, s);
    const open = boundEnd - boundStart > 1 && text.charCodeAt(boundStart) === 0x28 ? 1 : 0;
    kemTheoLast = isKemAt(text, boundStart + open, boundEnd);
    return kemTheoLast;
  }
  // "… Phụ lục V ban hành kèm Thông tư …": "kèm" after "hành", no "theo" (ISSUED_WITH).
  if (isKemAt(text, s, e)) {
    wordBounds(text, s);
    return boundEnd - boundStart >= 4 && boundEnd - boundStart <= 6 && (text.charCodeAt(boundStart) | 0x20) === 0x68 && composed(text.slice(boundStart, boundEnd)) === "hành";
  }
  wordBounds(text, s);
  // "thứ" is three letters, five decomposed ("u", horn, acute).
  return boundEnd > boundStart && boundEnd - boundStart <= 5 && (text.charCodeAt(boundStart) | 0x20) === 0x74 && composed(text.slice(boundStart, boundEnd)) === "thứ";
}

/** The "(" of the bracket whose ")" is at `close` (QUALIFIER's: at most 80 characters, none inside, one line), or -1. */
function openingBracket(text: string, close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= 81; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x28) return i;
    if (c === 0x29 || c === 0x0a) return -1;
  }
  return -1;
}

/** Whether text[s, e) is "kèm" (three letters, four or five decomposed), in any case. */
function isKemAt(text: string, s: number, e: number): boolean {
  return e > s && e - s <= 5 && (text.charCodeAt(s) | 0x20) === 0x6b && composed(text.slice(s, e)) === "kèm";
}

/** Whether text[s, e) is "theo" (ASCII only, in any case). */
function isTheoAt(text: string, s: number, e: number): boolean {
  return e - s === 4 && (text.charCodeAt(s) | 0x20) === 0x74 && inLowerCase(text.slice(s, e)) === "theo";
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/**
 * A unit word and its number as one word, the space lost ("Điều21", "điểm11": WORD_TO_LABEL); wordBounds reads nine
 * characters at most. Not the appendix's two words ("Phụ lục"), never one word.
 */
const GLUED_UNIT_LABEL = new RegExp(`^(?:${PINPOINT_UNITS.filter((u) => u.key !== "appendix").map((u) => u.word).join("|")})\\d{1,4}$`, "i");

/** Whether mayHavePinpoint's last answer was "kèm theo" before the citation: an appendix's title may stand between its unit word and it. */
let kemTheoLast = false;

/** Whether mayHavePinpoint's last answer was a bracket closing before the citation: its unit word may be further back than NEAR. */
let bracketLast = false;

/** What wordBounds found: the word's start and end (equal when there is none). Module state, so a call allocates nothing. */
let boundStart = 0;
let boundEnd = 0;

/** The word that ends before `end` (whitespace and a comma skipped), as bounds; bounded: labels are short. */
function wordBounds(text: string, end: number): void {
  let e = end;
  while (e > 0 && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x2c)) e--;
  let s = e;
  while (s > 0 && e - s <= 8 && !isSpace(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 0x2c) s--;
  boundStart = s;
  boundEnd = e;
}

/** The characters a LABEL_WORD can start with (a digit, a Latin letter, "đ"): 1, and 2 for those its roman numerals can. */
const LABEL_FIRST = new Uint8Array(0x10000);
for (const c of "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZđĐ") LABEL_FIRST[c.charCodeAt(0)] = 1;
for (const c of "ivxlcIVXLC") LABEL_FIRST[c.charCodeAt(0)] = 2;

/**
 * Whether text[s, e) may be a LABEL_WORD, from its first letter and length: a word of two or more
 * letters is one only in roman numerals ("theo", "tại", "cứ" are not). Most words before a
 * citation are ruled out so, without the slice and the regex they cost for every citation.
 */
function mayBeLabel(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  const first = LABEL_FIRST[c];
  // "b.2": a point's item, a letter, a dot and digits; "A.1.1", a section's label in outline form.
  if (first === 1) return e - s === 1 || (c >= 0x30 && c <= 0x39) || text.charCodeAt(s + 1) === 0x2e;
  if (first !== 2) return false;
  // A word of two or more letters opening with one of a roman numeral's is a label only in roman numerals
  // ("cứ", "các", "về" are not): read to its end here, where the slice and the regex cost the "cứ" of every "Căn cứ".
  // A dot after them goes on in outline form ("II.4", "C.II.1"): LABEL_WORD decides.
  for (let i = s + 1; i < e; i++) {
    const k = text.charCodeAt(i);
    if (k === 0x2e) return true;
    if (LABEL_FIRST[k] !== 2) return false;
  }
  return true;
}

/**
 * Whether text[s, e) is a link word. "của" and "tại" are three letters, four decomposed; the others one or
 * two. Composing keeps a first "c" or "v" (and anything else is no link word): the rest are ruled
 * out by their first letter, uncomposed, before the word is cut out.
 */
function isLinkWordAt(text: string, s: number, e: number): boolean {
  if (e === s || e - s > 4) return false;
  const first = text.charCodeAt(s);
  const c = first | 0x20;
  const dash = e - s === 1 && (first === 0x2d || first === 0x2013);
  // "tại" (composed "ạ" or "Ạ", or "a" and its mark): "theo", "tư", "tháng" before a citation are ruled out by their second letter.
  const tai = c === 0x74 && e - s >= 3 && (text.charCodeAt(s + 1) === 0x1ea1 || text.charCodeAt(s + 1) === 0x1ea0 || (text.charCodeAt(s + 1) | 0x20) === 0x61);
  return (c === 0x63 || c === 0x76 || tai || dash) && LINK_WORDS.has(composed(text.slice(s, e)));
}

/**
 * Where the labels end in TRAILING's words: they end with the separator before the citation, and
 * "khoản 2, Điều 8, Nghị định …" (a comma after the last label, as many texts write) ends at "8".
 */
function labelsEnd(words: string): number {
  let e = trimSeparators(words, words.length);
  // "Điều 5 và Nghị định …": the link word is no label either.
  if (e > 3 && words.endsWith("và", e) && isSpace(words.charCodeAt(e - 3))) e = trimSeparators(words, e - 2);
  return e;
}

function trimSeparators(words: string, end: number): number {
  let e = end;
  while (e > 0 && (isSpace(words.charCodeAt(e - 1)) || words.charCodeAt(e - 1) === 0x2c)) e--;
  return e;
}

/**
 * The pinpoint written right before offset `at` (a citation's start), or null. `ignorables` is false
 * only where `text` holds nothing of IGNORABLES at all (HAS_IGNORABLE, asked once by the caller): the
 * words before each citation are then not searched for it.
 */
export function pinpointBefore(text: string, at: number, ignorables: boolean, links = false): Pinpoint | null {
  const found = pinpointAt(text, at);
  const from = Math.max(0, at - LOOK_BACK);
  if (found === null && links) {
    const linked = pinpointThroughLinks(text, at);
    if (linked !== null) return linked;
  }
  if (found !== null || !ignorables || !hasIgnorableIn(text, from, at)) return found;
  // What prints nothing in a unit word, a label or a link word ("Đi\u00adều 1\u200b9 c\u00adủa", a page's
  // soft hyphens and zero-width spaces): the words before the citation are read without it, the
  // pinpoint's span mapped back. Asked only where none was found, so the text without pays nothing.
  const { text: bare, map } = withoutIgnorables(text.slice(from, at));
  const p = pinpointAt(bare, bare.length);
  if (p === null) return null;
  p.start = from + map.toOriginal(p.start, "start");
  p.end = from + map.toOriginal(p.end, "end");
  return p;
}

/** The named kinds' words ("Luật", "Bộ luật", "Pháp lệnh" …), any run of blanks between words, as the vocabulary's patterns read them. */
const NAMED_KIND_WORDS = phraseSource(NAMED_KINDS.flatMap((k) => k.words));
/** An amending law's or ordinance's kind word and its cue, all the name holds before the units it amends. */
const AMENDING_NAME_LEAD = new RegExp(String.raw`^(?:${NAMED_KIND_WORDS})\s{1,3}(?:${phraseSource(AMENDING_NAME_CUES)})\s{1,3}$`, "iu");
/** "của" and the amended law's kind word after it (the match ends before the kind word). */
const OF_NAMED_KIND = new RegExp(String.raw`\scủa\s{1,3}(?=(?:${NAMED_KIND_WORDS})\s)`, "iu");

/**
 * "Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số" (the ordinance of 2008, cited by its name by decree 20/2010/NĐ-CP
 * that details it, fixtures/fresh/pairs58-003, by that decree's amending decree 18/2011/NĐ-CP's title, pairs58-002, and
 * in decree 176/2013/NĐ-CP's Căn cứ, fresh30e-017), "Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 của Luật Phí và lệ phí":
 * an amending law's or ordinance's own name holding the units it amends. The name is the one named citation of
 * [start, end) (its whole name is the law it is, README: amended names keep their whole name); the units in it point
 * into the amended law named after "của" (fixtures/dev/gold-forms.md). They are read as pinpointBefore reads units
 * before that kind word, `amendedAt` its offset, where the name's kind word and cue ("sửa đổi", "sửa đổi, bổ sung")
 * lead them right away; null otherwise ("Luật sửa đổi, bổ sung một số điều của …" has no labels; "… Điều 6 và Phụ lục
 * 4 về Danh mục … của Luật Đầu tư", a title between the units and the law, is read as not pointing there, fresh51a-009).
 */
export function pinpointInAmendingName(text: string, start: number, end: number, ignorables: boolean): Pinpoint | null {
  const name = text.slice(start, end);
  const m = OF_NAMED_KIND.exec(name);
  if (m === null) return null;
  const at = start + m.index + m[0].length;
  const p = pinpointBefore(text, at, ignorables);
  if (p === null || p.start <= start || !AMENDING_NAME_LEAD.test(text.slice(start, p.start))) return null;
  p.amendedAt = at;
  return p;
}

/**
 * How far back units are read through links' markup: an address runs to ~150 characters, and an amending
 * circular names up to four annexes, each a link, before "ban hành kèm theo Thông tư số …" (fresh55e-002).
 */
const LINK_LOOK_BACK = 1200;
/** A joiner of a list's members, "tại" after it or not: what stands before a chain that is the tail of a longer list. */
const LIST_JOINER = /(?:[,;)]|(?:^|\s)và)\s*(?:tại\s*)?$/i;

/**
 * The pinpoint before a citation whose units are written as links ("tại [Phụ lục số 02a](https://…),
 * [Phụ lục số 03](https://…) ban hành kèm theo Thông tư số 46/2014/TT-BTC", "tại điểm 5 [Phụ lục số IV](https://…)
 * Thông tư số 197/2015/TT-BTC": Thông tư 43/2023/TT-BTC as a public crawl stores it, fresh55e-002; "[Mẫu số
 * 04-1/CC tại Phụ lục III](https://…) ban hành kèm theo Nghị định số 126/2020/NĐ-CP", full32-017): read as the
 * words a reader sees, each link its label (prepare/link-markup.ts), the span mapped back. Asked only in a text
 * that holds a link and where no pinpoint was read as the text stands. A chain read there whose units follow a
 * list's joiner ("…, ", "; tại ", "[Phụ lục I](…) và tại điểm 1, mục II [Phụ lục V](…)") is the tail of a
 * longer list the look-back could not read whole, and would point at the wrong units: none is given.
 */
function pinpointThroughLinks(text: string, at: number): Pinpoint | null {
  const from = Math.max(0, at - LINK_LOOK_BACK);
  const window = text.slice(from, at);
  const { text: bare, map } = withoutLinkMarkup(window);
  if (bare.length === window.length) return null;
  const p = pinpointAt(bare, bare.length);
  if (p === null) return null;
  const lead = bare.slice(Math.max(0, p.start - 24), p.start);
  if (LIST_JOINER.test(lead)) return null;
  p.start = from + map.toOriginal(p.start, "start");
  p.end = from + map.toOriginal(p.end, "end");
  return p;
}

/** The text from `from` to `at` as the unit words are looked for in it: composed, look-alikes repaired, what prints nothing dropped. */
const asRead = (text: string, from: number, at: number): string => asPrepared(text.slice(Math.max(0, from), at));

function pinpointAt(text: string, at: number): Pinpoint | null {
  if (!mayHavePinpoint(text, at)) return null;
  // A unit word near the citation is looked for next, cheaply (composed and its look-alikes
  // repaired, so that decomposed text and "Ðiều" with an eth find the same; what prints nothing
  // dropped, so that "Đi\u00adều" with a page's soft hyphen finds it too).
  if (!ANY_UNIT.test(asRead(text, at - (bracketLast ? LOOK_BACK : NEAR), at))) {
    // "Phụ lục 5 danh mục mã xăng, dầu ban hành kèm theo …": a title (ISSUED_WITH_TITLED) may put the appendix further back.
    if (!kemTheoLast || bracketLast || at <= NEAR) return null;
    // Only an appendix has a title: the word looked for there is "Phụ lục" (every "Điều 1. Ban hành kèm theo Quyết định này" has a unit word).
    if (!APPENDIX_WORD.test(asRead(text, at - LOOK_BACK, at))) return null;
  }
  let from = Math.max(0, at - LOOK_BACK);
  let { text: before, map } = prepare(text.slice(from, at));
  let m = trailingIn(before) ?? (endsWithKemTheo(before) ? issuedWith(before) : null);
  // Brackets and "hoặc" are read again only where the units found (or the citation) follow one: "… ) Điều 8
  // Nghị định 54", "… hoặc khoản 6 Điều 22 Luật BHYT"; asked of every window, they cost +2 % of a pass.
  if (bracketLast || (m !== null && (afterAlternative(before, m.index + m[0].indexOf(m[1])) || (from > 0 && m.index + m[0].indexOf(m[1]) <= CHAIN_AT_WINDOW_START)))) {
    if (from > 0) {
      from = Math.max(0, at - BRACKETED_LOOK_BACK);
      ({ text: before, map } = prepare(text.slice(from, at)));
    }
    before = alternativesRead(before);
    m = trailingIn(before) ?? (endsWithKemTheo(before) ? issuedWith(before) : null);
  }
  if (!m) return null;
  const words = m[1];
  const inBefore = m.index + m[0].indexOf(words);
  const start = from + map.toOriginal(inBefore, "start");
  const out: Pinpoint = { start, end: from + map.toOriginal(inBefore + labelsEnd(words), "end") };
  // Each unit's regex runs only where its word is written: a pinpoint names one or two units of six.
  const lower = words.toLowerCase();
  for (const u of UNIT_LABELS) {
    if (!u.words.some((w) => lower.includes(w))) continue;
    const read = lower.includes("đến") ? words.replace(u.rangeWord, "$1đến ") : words;
    // An exec loop, not matchAll: matchAll builds a new regex of the unit's every call (its species
    // constructor), and the labels are read for every pinpoint found. The regex matches no empty string.
    const all: string[] = [];
    u.re.lastIndex = 0;
    for (let x = u.re.exec(read); x !== null; x = u.re.exec(read)) for (const l of x[1].split(LIST_SEPARATOR)) all.push(l.replace(RANGE, "-"));
    if (all.length) out[u.key] = all.join(", ");
  }
  return out;
}
