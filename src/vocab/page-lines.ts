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
