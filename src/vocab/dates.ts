/**
 * "ngày" as a damaged text gives it before a full date ("ngy 09/6/2014"): one of its letters lost
 * or its tone mark put on the wrong letter, in a text where the same damage runs through every word.
 * Read only right after a ký hiệu and before a day/month/year (src/identify/date-after.ts), where
 * nothing but a date's "ngày" stands. Each as the corpus shows it:
 * - "ngy": the "à" lost (a text whose every marked vowel is lost, "Thc hin Ngh quyt s 33-NQ/TW ngy
 *   09/6/2014", fresh29d-010, five dates so);
 * - "gày": the "n" lost ("Quyết định số 90/QĐ-TTg gày 18/1/2022", fresh52b-006);
 * - "ngà": the "y" lost ("Tờ trình số 2219/TT-UBND ngà 04/10/2006", seg33e-004);
 * - "ngảy": the grave read as a hook ("5529/TCHQ-TXNK ngảy 24/11/2021", fresh43b-008);
 * - "ngàỷ": a hook added on the "y" (a text whose marks all slipped, "Kết lùận số 126-KL/TW, ngàỷ
 *   14/02/2025", fresh48b-005).
 */
export const DAMAGED_NGAY: readonly string[] = ["ngy", "gày", "ngà", "ngảy", "ngàỷ"];

/**
 * What opens a document's subject after "<kind> <number> năm <year>", the way vbpl.vn and
 * thuvienphapluat.vn name a document in their titles, lists of related documents and notes
 * ("Quyết định 3276/QĐ-BYT năm 2025 có hiệu lực …", full32-016; "Công văn 666/BYT-BH năm 2021 có hiệu
 * lực …", full32-006; "Kế hoạch 603/KH-UBND năm 2013 thực hiện Nghị quyết 21/NQ/TW", fresh54a-001;
 * "Quyết định 2970/QĐ-UBND năm 2023 phê duyệt …", fresh46d-012; "Công văn 4836/BNN-VPĐP năm 2018 về
 * …", fresh51d-001): the year so placed is the document's own. A year followed by anything else may
 * be the citing sentence's ("ban hành Kế hoạch thực hiện Kết luận 01-KL/TW năm 2022, như sau:",
 * fresh46e-007: the plan's year, the conclusion is of 2021), and is not read.
 */
export const YEAR_SUBJECT_OPENERS: readonly string[] = [
  "về",
  "thực hiện",
  "triển khai",
  "công bố",
  "phê duyệt",
  "quy định",
  "bãi bỏ",
  "hướng dẫn",
  "điều chỉnh",
  "giao",
  "có hiệu lực",
];

/**
 * What stands before "ngày" inside brackets right after a number, when the bracket gives the document's own
 * date with the body that adopted it: "Nghị quyết 60-NQ/TW (Bộ Chính trị thông qua ngày 12/4/2025)"
 * (fresh54c-012). Read by src/identify/date-after.ts; "(có hiệu lực từ 1/7/2025)" (fresh49d-002, -003), an
 * effective date, is no such verb and is not read.
 */
export const BRACKET_DATE_VERBS: readonly string[] = ["thông qua"];

/**
 * What follows a date standing alone in brackets right after a number, for that date to be the document's:
 * its subject ("Nghị quyết số 72-NQ/TW (09/9/2025) về các giải pháp đột phá …", fresh44a-019; "Nghị quyết
 * 1669/NQ-UBTVQH15 (16/6/2025) – Sáp nhập tỉnh cũ …", fresh54c-012). A date in brackets at a title's end is the
 * page's ("… NĐ số 97/2007/NĐ-CP   (29/07/2010 )", fresh59b-006: posted in 2010) and is not read.
 */
export const BRACKET_DATE_SUBJECT: readonly string[] = ["về", "–", "-"];

/**
 * "đề ngày" ("dated") before a full date right after a number: the date the document bears, as a letter answered
 * or a transfer slip is named ("Trả lời công văn số 162/LĐBTXH đề ngày 24/02/2003", pairs32-005; "Công văn số
 * 35A/THB-TV đề ngày 01/4/2021", pairs44-001; "Phiếu chuyển số 724/PC-TCT đề ngày ⏎ 19/9/2018", pairs44-002;
 * "Phiếu chuyển số 22/PC-TCT đề ngày ⏎ 08/01/2021", fresh54e-007; a petition's "Đơn khiếu nại đề ngày 28/7/2012",
 * fresh31e-005, says the same of a paper without a number). Read by src/identify/date-after.ts.
 */
export const DATED_PHRASES: readonly string[] = ["đề ngày"];

/**
 * The words of a date written out ("ngày 17 tháng 4 năm 2014") as a copy that lost its marked letters prints
 * them, right after a number: "Công văn số 1025/SGDT-CTHSSV ngay 17 thang 4 nm ⏎ 2014" (fixtures/fresh/fresh39b-007,
 * every non-ASCII letter lost), "Tờ trình số 510/TTr-BGDT ngy 25 thng 8 nm 2010" (fresh29j-024), "Nghị định số
 * 115/2003/ND-CP ngay 07 thang 7 nam 2003" (fresh29j-025). "ngay", "thang" and "nam" are words of their own
 * (at once, a ladder, the south): read only as the three words of one date, a number between each, never one
 * alone (src/identify/date-after.ts). Each list: "ngày" (DAMAGED_NGAY and "ngay"), "tháng", "năm", as damaged.
 */
export const LOST_MARKS_DATE_WORDS: { readonly day: readonly string[]; readonly month: readonly string[]; readonly year: readonly string[] } = {
  day: ["ngay", ...DAMAGED_NGAY],
  month: ["thang", "thng"],
  year: ["nam", "nm"],
};
