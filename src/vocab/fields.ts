/**
 * The labels a legal database's or an agency portal's page gives the fields it prints above (or
 * instead of) a document's text, where the document's own heading may be missing. Regex sources
 * read at a field's start (a line, a cell, or a "- " bullet's start).
 */
import { blankRuns } from "../shared/strings.js";

/**
 * The document's own number and ký hiệu. "Số hiệu" and "Số hiệu văn bản" are written with their
 * colon ("Số hiệu: | 01/2026/TT-BDTTG |", caselaw.vn's "- Số hiệu văn bản: 12/2012/TT-BTNMT");
 * an agency portal's "Số/ Ký hiệu" often without it, the value after spaces or on the next line
 * ("Số/ Ký hiệu 27/2016/TT-BXD", "Số/Ký hiệu      100/2014/NĐ-CP", "Số / Ký hiệu ⏎ 02/2013/TT-BTNMT").
 * Longest first: "Số hiệu văn bản" before "Số hiệu".
 */
export const NUMBER_FIELD_LABELS: readonly string[] = [
  String.raw`Số hiệu văn bản[ \t]*:`,
  String.raw`Số hiệu[ \t]*:`,
  String.raw`Số[ \t]*\/[ \t]*[Kk]ý hiệu[ \t]*:?`,
].map(blankRuns);

/**
 * The "Số:" label as a copy that lost every letter beyond ASCII prints it: "S: 514/HD-STC" (Sở Tài
 * chính Bắc Ninh, 2015, fixtures/fresh/fresh38b-005), "S: 5819/HQHP-TXNK" (Cục Hải quan Hải Phòng, 2021,
 * fresh30b-026), "S: 02 /HD-SVHTTDL" (Sở VHTTDL Phú Thọ, 2017, fresh29d-010), each page also writing
 * "Căn c", "Thông s", "Hưng dn". Read only where a line opens with it, its colon written, and a number
 * and ký hiệu follow. A PDF's text layer whose font lost its marked letters leaves the "ố"'s place blank
 * ("S :"), the marks put at the line's end: "S : 1266/QĐUBNDố C n Th , ngày 30 tháng 5 năm 2019 ầ ơ" (UBND Cần
 * Thơ's decision, fresh63f-006), the label MOTTO_END_LETTERS_LOST's cell has after the motto (fresh55h-013,
 * fresh59d-010). Each is a regex source and a string looked for.
 */
export const NUMBER_LABELS_LETTERS_LOST = ["S:", "S :"] as const;

/**
 * The national motto's end as a PDF whose font lost its marked letters gives it, in a header flattened onto one
 * line with the number's cell after it: "… C NG HÒA XÃ H I CH NGHĨA VI T NAM ------- c l p - T do - H nh phúc
 * --------- S : 5736/Q -UB-NCVX TP. H Chí Minh, ngày 09 tháng 12 năm 1996" (HCM City's decision of 1996 as tailieu.vn
 * extracts it, fixtures/fresh/fresh55h-013), "… c l p - T do - H nh phúc ------------- S : 2087/QĐ-UBTDTT Hà N i,
 * ngày 26 tháng 12 năm 2002" (the Sports Committee's decision, fresh59d-010). The "Số" label after it lost its "ố",
 * its colon spaced ("S :"); read only right after this motto (a regex source: analyze/header/number-line.ts).
 */
export const MOTTO_END_LETTERS_LOST = "H nh phúc";

/**
 * The "Số:" label as an OCR pass misreads it, its "ố" read as another vowel and its colon as a colon or a
 * semicolon: "So: 4660 /BTC-CST" (Bộ Tài chính, 2023, fixtures/fresh/fresh50b-013), "sé; 5452 /TCHQ-GSQL"
 * (Tổng cục Hải quan, 2018, fresh43b-010), each the scan's only number line. Read only where a line opens
 * with it and a number's digits follow it, then the ký hiệu (a regex source; the number line's own grammar).
 */
export const NUMBER_LABEL_MISREAD = String.raw`[Ss][oòóỏõọôồổỗộeéèẻẽẹêếềểễệ][ \t]*[:;](?=[ \t]*[0-9])`;

/**
 * The document's date of issue: "Ngày ban hành: 13/01/2026", "- Ngày ban hành: 30-10-2012",
 * a portal's "Ngày ban hành 15/12/2016" without the colon.
 */
export const ISSUED_FIELD_LABEL = "Ngày ban hành";

/**
 * The labels of a document's record as a database or an agency portal prints it, each at a line's or
 * a cell's start, closed by a colon, a bar, spaces and the value, or the line's end (the value on the
 * next line): caselaw.vn's "- Số hiệu văn bản: 150/2014/NQ-HĐND", the Government portal's "Số ký hiệu |
 * ⏎ 03/2021/TT-BNNPTNT |" and "Trích yếu |", a one-stop portal's "Số ký hiệu 03/2012/NĐ-CP Ngày ban hành
 * …", mic.gov.vn's "Số hiệu ⏎ 28/2002/QÐ-BVHTT ⏎ Trích yếu nội dung ⏎ …", luatvietnam's "Cơ quan ban
 * hành: …" (fixtures/fresh fresh53c-005, fresh41b-017, fresh59b-009, fresh58b-008, pairs59-006). Three
 * of them on a page that prints nothing of the document make it the document's record (CONVENTIONS §20).
 * Longest first where one opens another.
 */
export const RECORD_FIELD_LABELS: readonly string[] = [
  "Số hiệu văn bản",
  "Số hiệu",
  "Số ký hiệu",
  String.raw`Số[ \t]*\/[ \t]*[Kk]ý hiệu`,
  "Trích yếu nội dung",
  "Trích yếu",
  "Loại văn bản",
  "Hình thức văn bản",
  "Cơ quan ban hành",
  "Nơi ban hành",
  "Người ký duyệt",
  "Người ký",
  "Ngày ban hành",
  "Ngày có hiệu lực",
  "Ngày hiệu lực",
  "Ngày hết hiệu lực",
  "Tình trạng hiệu lực",
  "Tình trạng",
];

/**
 * The labels of the fields a legal database prints one to a line in its attribute block, each closed by
 * its colon: luatvietnam.vn's "thuộc tính" ("… tại Điều 299 và Điều 300 của Bộ luật Hình sự ⏎ Cơ quan ban
 * hành: Hội đồng Thẩm phán …", fixtures/fresh/pairs59-006), vietjack.me's under its title line ("… của
 * Pháp lệnh Dân số ⏎ Số hiệu: | 18/2011/NĐ-CP |", pairs58-002). A line that opens with one is a field of its
 * own, never the end of a name on the line before (a regex source, read at a word's start). The record's
 * labels (RECORD_FIELD_LABELS) and those an attribute block adds: the gazette's fields and the domain.
 */
const PAGE_ONLY_FIELD_LABELS = ["Ngày (?:đăng )?công báo", "Số công báo", "Lĩnh vực"];
/** Between a label's words, the blanks a copy may print there (a tab, two spaces), a few at most. */
const LABEL_BLANKS = String.raw`[ \t]{1,4}`;
/** A label's spaces between words as LABEL_BLANKS; a character class's own blanks ("[ \t]") left as written. */
const blanksBetweenWords = (label: string): string => label.replace(/ (?![^[]*\])/g, LABEL_BLANKS);
export const PAGE_FIELD_LABEL = `(?:${[...RECORD_FIELD_LABELS, ...PAGE_ONLY_FIELD_LABELS].map(blanksBetweenWords).join("|")})[ \t]*:`;
