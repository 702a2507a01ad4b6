/**
 * An amending law named by the laws it amends ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai,
 * Luật Nhà ở và …"): where its list begins, each law listed (with or without its number), the
 * provisions it names, several laws named by their subject ("… của các luật về thuế").
 */
import { MAX_NAME_WORDS, SEVERAL_LAWS_SUBJECT_LINKS } from "../../vocab/laws.js";
import { isDigitCode } from "../../shared/chars.js";
import { SO_OTHER_SPELLINGS } from "../../vocab/numbers.js";
import { lineBreakIn, nextNonSpace, Words } from "../words.js";
import type { Marker } from "./mention.js";
import { amends, byFirstWord, firstPhraseAt, NAMED_KIND_BY_FIRST, NAMED_KIND_FIRST, otherNumberedKindAt, PINPOINT_FIRST, pinpointAt, startsKindWord } from "./word-phrases.js";
import { WORDISH } from "./kind-word.js";
import { dateWithin } from "./date.js";
import { opensParagraph } from "./paragraph.js";
/** The whole name of an amending law whose list writes each law's number: the text from the name's start to the last number, the numbers ("số 31/2024/QH15") left out. */
export function nameWithoutNumbers(text: string, nameStart: number, numbers: readonly { start: number; end: number }[]): string {
  let name = text.slice(nameStart, numbers[0].start);
  for (let k = 1; k < numbers.length; k++) name += text.slice(numbers[k - 1].end, numbers[k].start);
  return name;
}

/**
 * "… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số
 * 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": the official
 * name of an amending law of 2024 writes each law it amends with that law's number, and the amending
 * law's date after the list. From the first law's "số" (word `i`, a number after it, the next law
 * listed by its name after it): each law's "số" and number, while a law listed by its name follows
 * ("," or "và", namedLawListedAt) and its "số" and number come within MAX_NAME_WORDS words; then the
 * date or year right after the last number (none: the name has no year), the list's end told by a
 * word that goes on with no list or by punctuation. The name's end (the name's last word before the first
 * "số") is the marker's. Null where the list does not end so within the words read (a law listed
 * without its number before a date, a list longer than the words a name is read over): the name is then
 * read up to its first law, as before.
 */
export function amendedList(words: Words, i: number): Marker | null {
  const numbers: { start: number; end: number; number: number }[] = [];
  let k = i;
  for (;;) {
    const number = words.get(k + 1)!;
    numbers.push({ start: words.get(k)!.start, end: number.end, number: number.start });
    const after = words.get(k + 2);
    if (after === undefined) {
      // Past the last number only punctuation (";", "."), not the end of the words read, unless the caller's text
      // ends there: a listing's row is the amending law's title alone ("Luật sửa đổi, bổ sung một số điều của Luật Đất
      // đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, … và Luật Các tổ chức tín dụng số 32/2024/QH15", the row of
      // 43/2024/QH15 in dut.udn.vn's listing, fixtures/fresh/listing65 README), as a Căn cứ item closes with ";".
      const c = nextNonSpace(words.text, number.end);
      if ((c === "" && !words.endsText) || WORDISH.test(c) || c === ",") return null;
      return { index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: null, numbers, firstName: firstListedName(words, i) };
    }
    if ((after.text === "," || after.lower === "và") && namedLawListedAt(words, k + 3)) {
      let next = -1;
      for (let j = k + 4; j < k + 3 + MAX_NAME_WORDS; j++) {
        const w = words.get(j);
        if (w === undefined || (lineBreakIn(w.gap) && opensParagraph(words, j))) return null;
        // "số", or as a font that lost its "ố" prints it ("Bộ luật Hàng hải Việt Nam s 95/2015/QH13": LOST_SO).
        if ((w.lower === "số" && isDigitCode((words.get(j + 1)?.text ?? "").charCodeAt(0))) || (LOST_SO.has(w.text) && lostSoBeforeNumber(words, j))) {
          next = j;
          break;
        }
        // A law listed with a date or year of its own: not the list this reads.
        if ((w.lower === "ngày" || w.lower === "năm") && isDigitCode((words.get(j + 1)?.text ?? "").charCodeAt(0))) return null;
      }
      if (next < 0) return null;
      k = next;
      continue;
    }
    // Only a date right after the list is the amending law's: "… số 32/2024/QH15 được Quốc hội thông
    // qua ngày …" may be the last law's own, and is left to it.
    const date = after.lower === "ngày" || after.lower === "năm" ? dateWithin(words, k + 2, k + 3) : null;
    return { index: i, end: words.get(i - 1)!.end, year: date?.year ?? null, date: date?.date ?? null, numberAt: null, numbers, firstName: firstListedName(words, i) };
  }
}

/**
 * "Căn cứ Bộ luật Hình sự ngày 27/11/2015 và Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số
 * 100/2015/QH13 ngày 20/6/2017" (fresh31f 015): the amending law of 2017 (12/2017/QH14) is named, as it
 * was enacted, by the code it amends with the code's number ("Luật sửa đổi, bổ sung một số điều của Bộ
 * luật Hình sự số 100/2015/QH13", the title its consolidated text 01/VBHN-VPQH cites it by). A number
 * after the one law an amending name lists is most often the amending law's own ("… của Luật Bảo hiểm y
 * tế số 46/2014/QH13 ngày 13 tháng 6 năm 2014", full32 009); it is the amended law's where the date
 * right after it is of a later year than the number's: a law's number carries the year it was passed,
 * and no law is passed before its own date. Whether the "số" at word `i` (an amending name's, its laws
 * listed after "của") is followed so; the name is then read as amendedList reads a list.
 */
export function amendedLawsNumberAt(words: Words, i: number): boolean {
  const year = NUMBER_YEAR.exec(words.get(i + 1)?.text ?? "");
  const after = words.get(i + 2)?.lower;
  if (year === null || (after !== "ngày" && after !== "năm") || !listsAmendedLaws(words, i)) return false;
  const date = dateWithin(words, i + 2, i + 3);
  return date !== null && date.year !== null && date.year > Number(year[1]);
}
/** The year inside a law's number: "100/2015/QH13". */
const NUMBER_YEAR = /^\d{1,4}\/((?:19|20)\d\d)\//;

/**
 * The first law's name in an amending name read by amendedList, up to its "số" (word `i`): the words
 * after the kind word that opens the laws amended ("… của Luật Đất đai số …": "Đất đai"), or undefined.
 */
function firstListedName(words: Words, i: number): { start: number; end: number } | undefined {
  for (let k = i - 1; k >= 3; k--) {
    if (!opensAmendedList(words, k - 1)) continue;
    const kind = firstPhraseAt(words, k, NAMED_KIND_BY_FIRST.get(words.get(k)!.lower));
    if (kind === undefined || k + kind.length > i - 1) return undefined;
    return { start: words.get(k + kind.length)!.start, end: words.get(i - 1)!.end };
  }
  return undefined;
}

/**
 * "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
 * phương", "… của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế":
 * an amending law is named by the laws it amends, listed after "của" with "," and "và". Whether
 * the name being read is one (it opens "sửa đổi" and has "của Luật" before word `i`): a law's kind
 * word after "," or "và" then goes on with the name instead of opening another mention.
 */
export function listsAmendedLaws(words: Words, i: number): boolean {
  if (!amends(words)) return false;
  for (let k = 2; k + 1 < i; k++) if (opensAmendedList(words, k) && NAMED_KIND_FIRST.has(words.get(k + 1)!.lower)) return true;
  return false;
}

/**
 * Where the laws an amending law amends begin: after "của" ("… một số điều của Luật Tổ chức Chính
 * phủ"), or right after "một số điều" where the drafter left "của" out ("Luật sửa đổi, bổ sung một
 * số điều Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"), or right after the name's
 * opening "sửa đổi, bổ sung" where the drafter left out "một số điều của" too ("Căn cứ Luật sửa đổi,
 * bổ sung Luật Ban hành văn bản quy phạm pháp luật năm 2020", fixtures/fresh/fresh30n-023; "… Luật Thi
 * đua, Khen thưởng ngày 26 tháng 11 năm 2003, Luật sửa đổi, bổ sung Luật Thi đua, Khen thưởng ngày 14
 * tháng 6 năm 2005 …", fresh56c-006: the law of 2005 was read as the law it amends), in an amending
 * name only.
 */
export function opensAmendedList(words: Words, k: number): boolean {
  const w = words.get(k)?.lower;
  if (w === "của") return true;
  if (!amends(words)) return false;
  // "… Luật Thanh tra năm 2004 và các Luật sửa đổi, bổ sung Luật Thanh tra năm 2004": "các" leaves the
  // amending laws unnamed (Words.several); the law named inside is read on its own.
  if (w === "sung") return !words.several && words.get(k - 1)?.lower === "bổ" && (k === 3 || (k === 4 && words.get(2)?.text === ","));
  return w === "điều" && words.get(k - 1)?.lower === "số" && words.get(k - 2)?.lower === "một";
}

/**
 * An amending law named by the provisions it amends: "sửa đổi, bổ sung Điều 6 và Phụ lục 4 về
 * Danh mục ngành, nghề đầu tư kinh doanh có điều kiện của Luật Đầu tư", "sửa đổi, bổ sung khoản 2
 * Điều 3 của Luật …". Its words from the first pinpoint to "của" and the law's kind word are the
 * name's whatever they are (a bare name stops at "về", "có", a comma); the laws after "của" are read
 * as ever. Where that "của" stands (its index), or -1: the name must go on to it on its own line,
 * within `most` words (a wrapped line goes on, a new paragraph does not), with no other document's kind word
 * and number between.
 */
export function amendedProvisionsEnd(words: Words, most: number): number {
  if (!amends(words)) return -1;
  let k = 2;
  if (words.get(k)?.text === ",") k++;
  if (words.get(k)?.lower === "bổ" && words.get(k + 1)?.lower === "sung") k += 2;
  const first = words.get(k);
  if (first === undefined || !PINPOINT_FIRST.has(first.lower) || !pinpointAt(words, k)) return -1;
  for (let i = k + 1; i < most + 4; i++) {
    const word = words.get(i);
    if (word === undefined || (lineBreakIn(word.gap) && opensParagraph(words, i)) || otherNumberedKindAt(words, i, true)) return -1;
    if (word.lower !== "của") continue;
    const next = words.get(i + 1)?.lower === "các" || words.get(i + 1)?.lower === "những" ? i + 2 : i + 1;
    if (startsKindWord(words, next, NAMED_KIND_BY_FIRST)) return i;
  }
  return -1;
}

/**
 * Whether word `i` opens a law listed after a comma or "và" among the laws an amending name amends
 * ("… của Luật Chứng khoán, Luật Kế toán và Luật Kiểm toán độc lập"): the name goes on with that
 * law's name (MAX_AMENDED_LIST_WORDS).
 */
export function listedLawAt(words: Words, i: number): boolean {
  const before = words.get(i - 1)?.lower;
  if (before !== "," && before !== "và") return false;
  // The text may end at the comma ("… của Luật Đất đai số 31/2024/QH15,"): no word there.
  const word = words.get(i);
  return word !== undefined && NAMED_KIND_FIRST.has(word.lower) && startsKindWord(words, i, NAMED_KIND_BY_FIRST) && listsAmendedLaws(words, i);
}

/**
 * listedLawAt, the law named there by its name ("…, Luật Nhà ở số …"): not "và Luật số 71/2014/QH13",
 * another law cited by its number alone after the amending one.
 */
export function namedLawListedAt(words: Words, i: number): boolean {
  if (!listedLawAt(words, i)) return false;
  const kind = firstPhraseAt(words, i, NAMED_KIND_BY_FIRST.get(words.get(i)!.lower));
  const after = words.get(i + (kind?.length ?? 1));
  return after !== undefined && after.lower !== "số" && !LOST_SO.has(after.text) && !isDigitCode(after.text.charCodeAt(0));
}

/**
 * "sửa đổi, bổ sung một số điều của các luật về thuế": an amending law named by the subject of the
 * several laws it amends; so too "… của các Luật liên quan đến đầu tư xây dựng cơ bản" (Luật số
 * 38/2009/QH12) and "… của 37 luật có liên quan đến quy hoạch" (Luật số 35/2018/QH14), the laws
 * counted or "các", the subject after "(có) liên quan đến". Where word `i` opens such words ("các" or
 * "những" or a count, any law's kind word, vocab SEVERAL_LAWS_SUBJECT_LINKS) after "của", how many words that is, or 0: a
 * bare name goes on over them to the subject, where elsewhere "các" and "về" end one ("Luật Đất đai về
 * …" is prose about the law). Undated, the name read whole keeps the Căn cứ list it stands in whole.
 */
export function severalLawsLength(words: Words, i: number): number {
  const several = words.get(i)!;
  if ((several.lower !== "các" && several.lower !== "những" && !isDigitCode(several.text.charCodeAt(0))) || words.get(i - 1)?.lower !== "của") return 0;
  const kind = firstPhraseAt(words, i + 1, NAMED_KIND_BY_FIRST.get(words.get(i + 1)?.lower ?? ""));
  if (kind === undefined) return 0;
  const link = firstPhraseAt(words, i + 1 + kind.length, SUBJECT_LINKS_BY_FIRST.get(words.get(i + 1 + kind.length)?.lower ?? ""));
  return link === undefined ? 0 : kind.length + 1 + link.length;
}
const SUBJECT_LINKS_BY_FIRST = byFirstWord(SEVERAL_LAWS_SUBJECT_LINKS);

/** Whether an amending name of `nameLength` words names the laws it amends by their subject ("… của các luật về thuế"). */
export function namesSeveralLaws(words: Words, nameLength: number): boolean {
  if (!amends(words)) return false;
  for (let k = 3; k + 2 < nameLength; k++) if (severalLawsLength(words, k) > 0) return true;
  return false;
}

/**
 * A ";" written for the "," of an amending law's list of laws (session 59, pairs59b): "Căn cứ Luật sửa đổi, bổ sung
 * một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, Luật Đầu tư, Luật Nhà ở; Luật Đấu
 * thầu, Luật Điện lực, …, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành án dân sự ngày 11 tháng 01 năm 2022;"
 * (152/2024/NĐ-CP, fixtures/fresh/fresh59b-003: the law 03/2022/QH15, read as five laws), and the title of
 * 90/2025/QH15 as thuviennhadat.vn prints it, "LUẬT ⏎⏎ SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤU THẦU, …, LUẬT ĐẦU TƯ
 * CÔNG, LUẬT QUẢN LÝ; SỬ DỤNG TÀI SẢN CÔNG" (pairs59b-001: its last law, Luật Quản lý, sử dụng tài sản công, read
 * as "Luật Quản lý"). Whether the ";" at `at` goes on with the amending name being read (Words' semicolonGoesOn):
 * its list is not finished there — after "của" and its first law, laws listed with "," and no "và" yet, no
 * number and no date among them (a list that has its "và", or a law with its number or date, is ended by a ";"
 * as a Căn cứ item is) — and a word follows the ";" on its line. Only the words read before the ";" are asked.
 */
export function semicolonInList(words: Words, at: number): boolean {
  const count = words.count;
  if (count < 6 || !letterOnLineAfter(words.text, at + 1) || !amends(words)) return false;
  let k = 2;
  while (k + 1 < count && !(opensAmendedList(words, k) && NAMED_KIND_FIRST.has(words.get(k + 1)!.lower))) k++;
  if (k + 1 >= count) return false;
  let laws = 0;
  for (let j = k + 1; j < count; j++) {
    const w = words.get(j)!;
    if (w.lower === "và" || isDigitCode(w.text.charCodeAt(0))) return false;
    if (w.text === "," && j + 1 < count && NAMED_KIND_FIRST.has(words.get(j + 1)!.lower)) laws++;
  }
  return laws > 0;
}

/** Whether a letter or digit follows `at` on its line (spaces and tabs between). */
function letterOnLineAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i < text.length && WORDISH.test(text[i]);
}

/** "số" as the grammar's So token reads it right before a number, other than "số" itself ("s", "sô", "só", "sé"), as written. */
export const LOST_SO: ReadonlySet<string> = new Set(SO_OTHER_SPELLINGS);
/**
 * A document's number after such a spelling at word `i` (digits, then its slash: "s 95/2015/QH13"), set off by a space or
 * a line's end: "Luật Quản lý thuê s6 38/2019/QH14" (an OCR's "số", fixtures/fresh/fresh45c-018) is no "s" before a number.
 */
export function lostSoBeforeNumber(words: Words, i: number): boolean {
  const next = words.get(i + 1);
  return next !== undefined && next.gap !== "" && NUMBER_WITH_SLASH.test(next.text);
}
const NUMBER_WITH_SLASH = /^[0-9]{1,6}[a-zđ]?\//u;
