/**
 * The Official Gazette's heading (2002-2008), which numbers and dates the document after its kind
 * word: "NGHỊ ĐỊNH ⏎ CỦA CHÍNH PHỦ SỐ 58/2003/NĐ-CP NGÀY 29 THÁNG 5 NĂM 2003 ⏎ QUY ĐỊNH …".
 */
import { opensHeadingIssuer, opensWithIssuerPhrase } from "./issuer-lines.js";
import { KIND_WORDS_ANY_CASE } from "./kind-line.js";
import { NUMBER_AFTER_LABEL, PARTY_NUMBER } from "./number-line.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * Older texts (the Official Gazette's layout, 2002-2008) number the document in its heading, under
 * or after the kind word: "NGHỊ ĐỊNH ⏎ CỦA CHÍNH PHỦ SỐ 58/2003/NĐ-CP NGÀY 29 THÁNG 5 NĂM 2003 ⏎
 * QUY ĐỊNH …", "NGHỊ ĐỊNH ⏎ SỐ 136/2007/NĐ-CP NGÀY 17 THÁNG 8 NĂM 2007"; copies often drop the
 * "Số:" line above. Read right after the kind word, where no "Số:" line is. The number may be in
 * the Party's shape, as older numbering and the Party's own documents write it ("NGHỊ QUYẾT SỐ 412
 * NQ/UBTVQH9 NGÀY 12-6-1997", "CHỈ THỊ CỦA BAN BÍ THƯ SỐ 15-CT/TW NGÀY …"; PARTY_NUMBER, groups 5 to 8).
 */
export const HEADING_NUMBER = new RegExp(String.raw`^\s{0,8}(?:(?:của|CỦA|Của)[ \t]([^\n]{0,80}?)\s)?(?:số|SỐ|Số)[ \t]*:?(?:${NUMBER_AFTER_LABEL}|\s{0,8}${PARTY_NUMBER})`);
/**
 * "CỦA <issuer> SỐ <number> NGÀY <date>" opening a heading's title, its lines wrapped anywhere; the
 * issuer's words are group 1. A ký hiệu typed with spaced dashes ("121/2004/TT - BTC") and a day typed
 * against "NGÀY" ("NGÀY16") are read too, and the number and date a word segmenter prints with its
 * slashes spaced ("SỐ 67 / 2005 / TT-BTC NGÀY 24 / 8 / 2005", as the dev corpus's source does).
 */
// A copy that indents every line indents the blank lines between the kind line and this one too: up to 24 blanks.
const GAZETTE_HEADING = /^\s{0,24}(?:của[ \t]([^\n]{1,80}?)\s)?số[ \t]*:?[ \t]*[0-9]{1,5}[^\s]{0,30}(?:[ \t]{1,3}[^\s]{1,20}){0,4}\s{1,4}ngày\s{0,4}(?:[0-9]{1,2}\s{1,4}tháng\s{1,4}[0-9]{1,2}\s{1,4}năm\s{1,4}|[0-9]{1,2}[ \t]?\/[ \t]?[0-9]{1,2}[ \t]?\/[ \t]?|[0-9]{1,2}-[0-9]{1,2}-|[0-9]{1,2}\.[0-9]{1,2}\.)(?:19|20)[0-9]{2}[ \t,]*/iu;
/**
 * The gazette's other order: the number and date first, then the issuer ("NGHỊ QUYẾT SỐ 412
 * NQ/UBTVQH9 NGÀY 12-6-1997 ⏎ CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI ⏎ VỀ VIỆC …", "CHỈ THỊ SỐ 05/1998/CT-TTG
 * NGÀY 3-2-1998 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ …"): "của" and the issuer, up to the line's end or to the
 * subject's "về" / "v/v". Sticky, the issuer bounded: tried once, where the number and date end.
 */
const GAZETTE_ISSUER_AFTER = /\s{0,4}của[ \t]+([^\n]{1,80}?)(?:[ \t]*(?:\n|$)|(?=[ \t]+(?:về|v\/v)[ \t]))/iuy;
export const GAZETTE_REACH = 240;
/** Between "CỦA" and "SỐ" only the issuer stands: a kind word there is another document's ("CỦA HĐND VỀ VIỆC SỬA ĐỔI NGHỊ QUYẾT SỐ …"). */
export const KIND_WORD_IN = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}])(?:${KIND_WORDS_ANY_CASE}|về|VỀ|v\/v|V\/V)(?![\p{L}])`, "u"));
/** The length of the Official Gazette's "CỦA <issuer> SỐ <number> NGÀY <date>" at `at` (GAZETTE_HEADING), or 0. */
export function gazetteHeadingLength(head: string, at: number): number {
  const window = head.slice(at, at + GAZETTE_REACH);
  const gazette = GAZETTE_HEADING.exec(window);
  // The issuer's words as justified text spaces them ("CỦA  BỘ  TÀI  CHÍNH"): read from the first.
  const issuer = gazette?.[1]?.trimStart();
  if (!gazette || (issuer !== undefined && !opensHeadingIssuer(issuer)) || (issuer && KIND_WORD_IN().test(issuer))) return 0;
  if (issuer !== undefined) return gazette[0].length;
  // No issuer before the number: it may follow the date (GAZETTE_ISSUER_AFTER), and is no title's either.
  GAZETTE_ISSUER_AFTER.lastIndex = gazette[0].length;
  const after = GAZETTE_ISSUER_AFTER.exec(window);
  const named = after?.[1]?.trimStart();
  return after && named && opensWithIssuerPhrase(named) && !KIND_WORD_IN().test(named) ? GAZETTE_ISSUER_AFTER.lastIndex : gazette[0].length;
}
