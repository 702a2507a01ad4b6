/**
 * The first date, year or number after a name (findMarker), which ends it and dates it.
 */
import { ENACTED_WORDS, MAX_AMENDED_LIST_WORDS, MAX_AMENDING_NAME_WORDS, MAX_NAME_WORDS } from "../../vocab/laws.js";
import { isDigitCode } from "../../shared/chars.js";
import { lineBreakIn, Words } from "../words.js";
import type { Marker } from "./mention.js";
import { amends, ENACTED_BY_FIRST, firstPhraseAt, GOES_ON_BY_FIRST, nextMembersNumberAt, otherNumberedKindAt } from "./word-phrases.js";
import { dateWithin, DIGITS, FOUR_DIGITS, GLUED_YEAR_WORD, gluedYearAt, rangeAfter, readDate, SLASH_DATE, spacedDateAfter, undated, YEAR } from "./date.js";
import { opensField, opensListItem, opensPlaceDateLine, opensWithCue } from "./paragraph.js";
import { amendedList, amendedLawsNumberAt, listedLawAt, LOST_SO, lostSoBeforeNumber, namedLawListedAt } from "./amended-laws.js";
import { blankNumberAt, endsName, goesOnAcross } from "./name-end.js";
/** The first date, year or "số" after the name, before anything that ends a name. */
export function findMarker(words: Words): Marker | null {
  const amending = amends(words);
  let most = amending ? MAX_AMENDING_NAME_WORDS : MAX_NAME_WORDS;
  // "… Luật Quy hoạch đô thị số ngày 17/6/2009": where "số" stands with its number left blank (blankNumberAt), the name ends before it.
  let blank = -1;
  for (let i = 1; i <= most; i++) {
    const word = words.get(i);
    if (word === undefined) break;
    // A comma inside a name is no word of it, as bareLength counts them: "Pháp lệnh về nhiệm vụ, quyền hạn cụ
    // thể của Hội đồng nhân dân và Ủy ban nhân dân ở mỗi cấp ngày 25 tháng 6 năm 1996" (fresh29o-002) has twenty
    // words to its date. (An amending law's list is counted by its laws, above.)
    if (!amending && word.text === ",") most++;
    // "… của Luật A, Luật B, …, Luật J và Luật K ngày …": each law listed takes its own name's words.
    if (amending && i + MAX_NAME_WORDS > most && listedLawAt(words, i)) most = Math.min(MAX_AMENDED_LIST_WORDS, i + MAX_NAME_WORDS);
    // "Căn cứ Luật Kiểm toán nhà nước ⏎Căn cứ Quyết định số 596/…" (its ";" left out): the next item's number is not the name's.
    // "… Luật ban hành văn bản quy phạm pháp luật ⏎- 4Luật … 2020": a list's next item, and its year, are not the name's.
    // "… Pháp lệnh Dân số ⏎Số hiệu: | 18/2011/NĐ-CP |", "⏎Ngày ban hành: 17/03/2011": a database's field, not the name's number or date.
    if (lineBreakIn(word.gap) && (opensWithCue(words, i) || opensPlaceDateLine(words, i) || opensListItem(words, i) || opensField(words, i))) return null;
    // "… THI HÀNH PHÁP LỆNH ƯU ĐÃI NGƯỜI CÓ CÔNG ⏎⏎Nghị định số 131/2021/NĐ-CP …" (a consolidated text's
    // title, then the text it consolidates), "Căn cứ Luật Đất đai ⏎Nghị định số 43/…" (a list's ";"
    // left out): another document's kind word and its number begin another citation, not the name's.
    if (otherNumberedKindAt(words, i) && !amends(words)) return null;
    const w = word.lower;
    // "Căn cứ các Nghị định của Chính phủ: số 136/… hướng dẫn thi hành Luật Đầu tư công và số 161/2016/NĐ-CP …":
    // in a list of one kind's numbers, "số" and a number after "và" or "," is the next member; a law's own
    // number follows its name ("Luật Đầu tư công số 49/2014/QH13"). The law took the decree's number (kind law, a wrong identity).
    if (nextMembersNumberAt(words, i)) return null;
    // Each test below asks first for the one word it can start with: most words start none.
    // Not inside a phrase of the name's own opened a word or two before ("Luật Hoạt động giám sát của Quốc hội
    // ngày 17 tháng 6 năm 2003": "của Quốc hội" is the name's there, as endsName reads it without a date).
    if (firstPhraseAt(words, i, ENACTED_BY_FIRST.get(w)) !== undefined && firstPhraseAt(words, i, GOES_ON_BY_FIRST.get(w)) === undefined && !goesOnAcross(words, i)) {
      // The name ends here; its date may follow the enactment ("được Quốc hội thông qua ngày ...").
      const date = dateWithin(words, i + 1, i + 1 + ENACTED_WORDS);
      return date ? { index: i, end: date.end, year: date.year, date: date.date, numberAt: date.numberAt } : null;
    }
    if (w === "ngày") {
      const m = dateMarker(words, i);
      if (m && blank === i - 1) m.index = blank;
      if (m) return m;
    } else if (w === "năm") {
      const next = words.get(i + 1)?.text ?? "";
      if (YEAR.test(next) && !rangeAfter(words, i + 1)) return { index: i, end: words.get(i + 1)!.end, year: Number(next), date: null, numberAt: null };
      if (FOUR_DIGITS.test(next)) return undated(words, i);
    } else if (w === "số") {
      if (blankNumberAt(words, i)) {
        // Its date may follow ("số ngày …"); a line's end after it leaves the name undated (bareLength ends it there).
        if (words.get(i + 1)?.lower !== "ngày") return null;
        blank = i;
        continue;
      }
      // The mention ends with the name (the number's citation, when there is one, takes it over): not on the blank before "số".
      const next = words.get(i + 1)?.text ?? "";
      // "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và …":
      // a number followed by the next law amended is that law's, not the amending law's (whose own
      // number ends its list: "… và Luật Đấu thầu số 57/2024/QH15"). The name is left without it: read
      // whole over the laws' numbers, dated by the date after them, where the list ends so (amendedList).
      if (isDigitCode(next.charCodeAt(0)) && amending && (namedLawListedAt(words, i + 3) || amendedLawsNumberAt(words, i))) return amendedList(words, i) ?? { index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: null };
      if (isDigitCode(next.charCodeAt(0))) return { index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: word.start };
    } else if (LOST_SO.has(word.text) && lostSoBeforeNumber(words, i)) {
      // "Bộ luật Hàng hải Việt Nam s 95/2015/QH13, Luật Đường sắt s ⏎06/2017/QH14" (Luật 35/2018/QH14's enacting
      // formula as a PDF's text layer gave it, fixtures/fresh/fresh61c-001), "Căn cứ Luật các tổ chức tín dụng s 47/2010/QH12"
      // (fresh29h-007), "Luật Quản lý thuế sé 38/2019/QH14" (fresh45c-010, -018): "số" as a font that lost its "ố", or a
      // scan that misread it, prints it (SO_LETTER_LOST, SO_MISREAD), right before the number: the name ends there, as
      // before "số", and the number's citation (the grammar reads these spellings as "số" there) takes the name over;
      // an amending name's list of laws with their numbers is read as after "số".
      if (amending && (namedLawListedAt(words, i + 3) || amendedLawsNumberAt(words, i))) return amendedList(words, i) ?? { index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: null };
      return { index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: word.start };
    } else if (w.length === 4 && YEAR.test(w)) {
      return rangeAfter(words, i) ? undated(words, i) : { index: i, end: word.end, year: Number(w), date: null, numberAt: null };
    } else if (w.length > GLUED_YEAR_WORD.length && w.endsWith(GLUED_YEAR_WORD)) {
      const glued = gluedYearAt(words, i);
      if (glued) return glued;
    }
    if (endsName(words, i)) return null;
  }
  return null;
}

/** The date after "ngày" at word `i` ("ngày 17/6/2009", "ngày 26 tháng 11 năm 2003"), as a marker ending the name there; or null. */
function dateMarker(words: Words, i: number): Marker | null {
  const word = words.get(i)!;
  const next = words.get(i + 1)?.text ?? "";
  const slashed = SLASH_DATE.exec(next);
  if (slashed) {
    const date = { day: slashed[1], month: slashed[2], year: slashed[3], start: word.start, end: words.get(i + 1)!.end };
    return { index: i, end: date.end, year: Number(date.year), date, numberAt: null };
  }
  if (DIGITS.test(next)) {
    const d = readDate(words, i + 1);
    if (d) return { index: i, end: d.end, year: Number(d.year), date: { day: d.day, month: d.month, year: d.year, start: word.start, end: d.end }, numberAt: null };
  }
  const spaced = spacedDateAfter(words, i);
  if (spaced) return { index: i, end: spaced.end, year: Number(spaced.year), date: spaced, numberAt: null };
  // "… ngày 4 tháng 7 năm 1881" (a typo for 1981): a date no law has is not read, but the name ends
  // there all the same; its words are no part of the name (the law was lost, or named "… ngày 4 7 1881").
  if (isDigitCode(next.charCodeAt(0))) return undated(words, i);
  // "Căn cứ Luật Thi đua, Khen thưởng ngày ngày 26tháng 11 năm 2003;" (fresh60k-002): "ngày" typed twice before the
  // date, as copies write it after numbered documents too ("… số 01/2023/QĐ-UBND ngày ngày 06 tháng 01 năm 2023",
  // fresh43a-001; "… số 78/2014/TT-BTC ngày ngày 18/6/2014", fresh43b-015; "… số 30/2021/NĐ-CP ngày ngày 26 tháng 3 năm
  // 2021", fresh50e-009). The date after the second ends the name before the first, which is no word of it (the law
  // was law:thi-dua-khen-thuong-ngay@2003). Asked only where the first "ngày" has no date after it.
  if ((words.get(i + 1)?.lower ?? "") === "ngày") {
    const doubled = dateMarker(words, i + 1);
    if (doubled) doubled.index = i;
    return doubled;
  }
  return null;
}
