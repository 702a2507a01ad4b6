/**
 * Lines a PDF's pages put into the text between two lines of a sentence: the page's number, centred
 * ("- 2 -") or named ("Trang 2", "Trang 2/5"), and the running head of the Official Gazette
 * ("CÔNG BÁO/Số 1023 + 1024/Ngày 25-12-2021", its page number before or after it). Regex sources of
 * a whole line's content (read between a line's start and end), each opening with a character of
 * its own, so a line is tried once.
 */
export const PAGE_LINES: readonly string[] = [
  String.raw`[-–—][ \t]*\d{1,4}[ \t]*[-–—]`,
  String.raw`(?:Trang|TRANG)[ \t]+\d{1,4}(?:[ \t]*(?:\/|trên)[ \t]*\d{1,4})?`,
  String.raw`(?:\d{1,4}[ \t]+)?CÔNG[ \t]+BÁO[ \t]*\/[ \t]*Số[ \t]*\d{1,5}(?:[ \t]*\+[ \t]*\d{1,5})*[ \t]*\/[ \t]*Ngày[ \t]*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:[ \t]+\d{1,4})?`,
];

/**
 * What stands around a page line's first number (the page's in "- 2 -" and "Trang 2/5", the
 * gazette's issue in "CÔNG BÁO/Số 1023"), as regex sources: from the line's start to the number
 * (read back from its first digit), and from its last digit on ("" where nothing is asked). The
 * find stage's scan asks them at each number (SCAN_PAGE_CUE), so that a text with no page line is
 * not walked line by line. Asks less than PAGE_LINES (not how many digits, not what follows the
 * gazette's number), never more: every line they match holds a number these match around. Kept
 * beside PAGE_LINES: a new page line needs its number here (test/find/anchors.test.ts holds
 * readLandmarks to blankPageLines).
 */
export const PAGE_LINE_NUMBER: readonly (readonly [before: string, after: string])[] = [
  [String.raw`(?:^|\n)[ \t]*[-–—][ \t]*`, String.raw`[ \t]*[-–—][ \t]*(?:\n|$)`],
  [String.raw`(?:^|\n)[ \t]*(?:Trang|TRANG)[ \t]+`, String.raw`(?:[ \t]*(?:\/|trên)[ \t]*[0-9]{1,4})?[ \t]*(?:\n|$)`],
  [String.raw`(?:^|\n)[ \t]*(?:[0-9]{1,4}[ \t]+)?CÔNG[ \t]+BÁO[ \t]*\/[ \t]*Số[ \t]*`, ""],
];

/**
 * The labels of a digital signature's stamp that a PDF of the Official Gazette prints on its pages,
 * each at a line's start: "Người ký: Cổng Thông tin điện tử Chính phủ ⏎ Email: … ⏎ Cơ quan: Văn phòng
 * Chính phủ ⏎ Thời gian ký: 14.02.2022 16:05:06 +07:00" (fixtures/fresh/fresh46b, 13 of its texts).
 * The stamp opens with the first label and ends with the line of the last, a few lines after it.
 */
export const SIGNATURE_STAMP_OPENING = "Người ký";
export const SIGNATURE_STAMP_CLOSING = "Thời gian ký";
/** Lines between the stamp's first label and its last ("Email: …", "Cơ quan: …"). */
export const SIGNATURE_STAMP_LINES = 3;

/**
 * The days of the week a site prints in its date line above a page's title ("Thứ Tư, 24/4/2024", "Chủ Nhật,
 * 14/4/2024": danvan.vn, fixtures/fresh/fresh62c-011, pairs62-001, -002). Matched in any case.
 */
export const WEEKDAY_WORDS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"];
