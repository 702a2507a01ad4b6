/**
 * The words that tell what a cited document is about, as a text writes them around a citation: the
 * subject after it ("Quyết định số 53/QĐ-TTg ngày 22 tháng 11 năm 2012 của Thủ tướng Chính phủ về việc
 * ban hành lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học …", fresh60a-001) or the text it issued
 * before it ("… mục III của bản quy định chế độ trợ cấp … và chính sách thu hút nhân tài ban hành theo
 * quyết định số 2751/QĐ-UB", seg33b-021). Read by analyze/year-in-number.ts, lower-cased, as words.
 */

/** What opens a subject right after a citation: "về việc …", "về …", "v/v …" (the longest first). */
export const SUBJECT_OPENERS: readonly (readonly string[])[] = [["về", "việc"], ["về"], ["v/v"]];

/**
 * The verb a subject may open with or leave out: "về việc ban hành lộ trình áp dụng …" (fresh60a-001's
 * Căn cứ) and "về lộ trình áp dụng …" (its list of related documents) name one decision's roadmap.
 */
export const SUBJECT_LEAD_VERBS: readonly (readonly string[])[] = [["ban", "hành"]];

/**
 * Between an attached text's name and the decision that issued it ("Quy chế … ban hành kèm theo Quyết
 * định số …", "… ban hành theo quyết định số 2751/QĐ-UB", seg33b-021): the name before these words is
 * the decision's subject. The cue table reads the same words (cues.ts "ban hành kèm theo", PLAIN_PROMULGATION).
 */
export const ISSUED_WITH_WORDS: readonly (readonly string[])[] = [
  ["ban", "hành", "kèm", "theo"],
  ["ban", "hành", "kèm"],
  ["ban", "hành", "theo"],
  ["kèm", "theo"],
];

/** How many words two subjects must share, from the subject's start (after) or end (before), to be one. */
export const SUBJECT_WORDS = 5;
