/**
 * A name without a date, year or number after it: how many of its words are the name (bareLength).
 */
import { MAX_AMENDED_LIST_WORDS, MAX_AMENDING_NAME_WORDS, MAX_BARE_NAME_WORDS, MAX_NAME_WORDS } from "../../vocab/laws.js";
import { lineBreakIn, Words } from "../words.js";
import { amends, BARE_STOP_PHRASES_BY_FIRST, BARE_STOPS, firstPhraseAt, GOES_ON_BY_FIRST, LONG_BARE_NAMES_BY_FIRST } from "./word-phrases.js";
import { opensParagraph } from "./paragraph.js";
import { amendedProvisionsEnd, listedLawAt, severalLawsLength } from "./amended-laws.js";
import { writtenOutLength } from "./written-out.js";
import { blankNumberAt, commaInName, endsName } from "./name-end.js";
/** How many words a real name longer than a bare name may run (LONG_BARE_NAMES) takes at the name's start; 0 for none. */
export function knownLongLength(words: Words): number {
  const first = words.get(0);
  return (first && firstPhraseAt(words, 0, LONG_BARE_NAMES_BY_FIRST.get(first.lower))?.length) || 0;
}
/**
 * Without a date: up to the first comma or ending, at most MAX_BARE_NAME_WORDS words (a comma the
 * name goes on after is none). "và" stays
 * ("Pháp lệnh Phí và lệ phí"); "Luật Đất đai và Luật Xây dựng" ends at the second kind word.
 */
export function bareLength(words: Words): number {
  // A real name longer than a bare name may run (LONG_BARE_NAMES): its words are the name, wherever it ends.
  const known = knownLongLength(words);
  if (known > 0) return known;
  let n = 0;
  const amending = amends(words);
  let most = amending ? MAX_AMENDING_NAME_WORDS : MAX_BARE_NAME_WORDS;
  let counted = 0;
  // Past "của các luật về": the laws' subject.
  let subject = false;
  // "Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 về Danh mục … có điều kiện của Luật Đầu tư": the
  // provisions an amending law names are its name's words up to the law they belong to.
  const provisionsEnd = amendedProvisionsEnd(words, most);
  for (; words.get(n) && (counted < most || (amending && counted < MAX_AMENDED_LIST_WORDS && listedLawAt(words, n))); n++, counted++) {
    const w = words.get(n)!.text;
    // "… của Luật A, Luật B, …, Luật J và Luật K;": each law listed takes its own name's words.
    if (amending && counted + MAX_NAME_WORDS > most && listedLawAt(words, n)) most = Math.min(MAX_AMENDED_LIST_WORDS, counted + MAX_NAME_WORDS);
    if (n > 0 && lineBreakIn(words.get(n)!.gap) && opensParagraph(words, n)) break;
    // "Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi);": a bracket after the name opens a
    // note on it (the revision mark readName adds, the name's initials), no more of the name.
    if (n > 0 && n >= provisionsEnd && w.startsWith("(")) break;
    if (n < provisionsEnd) {
      if (w === ",") counted--;
      continue;
    }
    if (w === ",") {
      if (!commaInName(words, n)) break;
      // A comma inside a name is no word of it: "Luật Quản lý, sử dụng tài sản Nhà nước" has eight.
      counted--;
      continue;
    }
    const goesOn = firstPhraseAt(words, n, GOES_ON_BY_FIRST.get(words.get(n)!.lower));
    // A phrase of the name's own that opens with a stop word counts as one word, as a written-out body does.
    if (goesOn) {
      n += goesOn.length - 1;
      continue;
    }
    // "… của các luật về thuế": the several laws amended, named by their subject, are the name's. The
    // subject ends at a comma (commaInName: no law's name listed after it), or where "và" opens another amendment ("… về thuế và sửa đổi, bổ sung
    // một số điều của các Nghị định về thuế": a decree's title naming the law, then the decrees).
    const several = amending ? severalLawsLength(words, n) : 0;
    if (several > 0) {
      n += several - 1;
      subject = true;
      continue;
    }
    if (subject && words.get(n)!.lower === "và" && words.get(n + 1)?.lower === "sửa") break;
    // Lower-cased: a title set in capitals stops where the same words in lower case do ("… LUẬT ĐẤT ĐAI CHO …").
    // "… Luật Thuế xuất khẩu, thuế nhập khẩu số ⏎oe bude’ quy định": the number's word, its number unreadable.
    if (blankNumberAt(words, n)) break;
    if (n > 0 && (endsName(words, n) || BARE_STOPS.has(words.get(n)!.lower) || firstPhraseAt(words, n, BARE_STOP_PHRASES_BY_FIRST.get(words.get(n)!.lower)) !== undefined)) break;
    n += writtenOutLength(words, n);
  }
  // Words still going on past the most a name takes (on the same line, or on the next as a wrapped sentence goes on): prose, not a name whose end
  // can be told ("Luật Kinh doanh buộc người muốn thành lập doanh nghiệp phải …"). No law is made of it.
  const next = counted >= most ? words.get(n) : undefined;
  if (next !== undefined && next.text !== "," && !(lineBreakIn(next.gap) && opensParagraph(words, n)) && !BARE_STOPS.has(next.lower) && !endsName(words, n)) return 0;
  return n;
}
