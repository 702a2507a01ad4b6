/**
 * Where a name ends: a verb, a reference or another document's kind word after it (endsName), and a
 * comma the name goes on after ("Luật Phòng, chống tham nhũng": commaInName).
 */
import { kindByAbbreviation } from "../../vocab/kinds.js";
import { COMMA_NAMES_CAPITALISED, WORDS_ENDING_IN_SO } from "../../vocab/laws.js";
import { lineBreakIn, Words } from "../words.js";
import { capitalUnit } from "../../shared/lower-case.js";
import { isDigitCode } from "../../shared/chars.js";
import { amends, BARE_STOPS, ENDINGS_BY_FIRST, firstPhraseAt, GOES_ON_BY_FIRST, NAMED_KIND_BY_FIRST, NAMED_KIND_FIRST, nextMembersNumberAt, NOT_A_KIND_NEXT, NOT_A_NAME_START, NOT_IN_NAME_AFTER_COMMA_BY_FIRST, OTHER_KINDS_BY_FIRST, otherNumberedKindAt, phraseOfAt, PINPOINT_FIRST, pinpointAt, startsKindWord } from "./word-phrases.js";
import { NOT_A_KIND_BEFORE_WORDS } from "./kind-word.js";
import { listsAmendedLaws, opensAmendedList } from "./amended-laws.js";
import { writtenOutEndsAt, writtenOutLength } from "./written-out.js";
/** WORDS_ENDING_IN_SO, split: the words before their "số". */
const SO_ENDED = WORDS_ENDING_IN_SO.map((p) => p.split(" ").slice(0, -1));
/**
 * "số" at word `i` with no number after it (WORDS_ENDING_IN_SO): the law's number left blank before its date, or
 * unreadable on the next line. The name ends before it.
 */
export function blankNumberAt(words: Words, i: number): boolean {
  if (i < 1 || words.get(i)?.lower !== "số") return false;
  const next = words.get(i + 1);
  if (next !== undefined && next.lower !== "ngày" && !lineBreakIn(next.gap)) return false;
  if (next !== undefined && isDigitCode(next.text.charCodeAt(0))) return false;
  return !SO_ENDED.some((p) => p.length <= i && p.every((w, k) => words.get(i - p.length + k)?.lower === w));
}
/** A verb, a reference or another document's kind word ends a name that has no date. Asked once a word (Words.endsName). */
export function endsName(words: Words, i: number): boolean {
  const known = words.endsName[i];
  if (known !== undefined) return known;
  const ends = wordEndsName(words, i);
  words.endsName[i] = ends;
  return ends;
}

function wordEndsName(words: Words, i: number): boolean {
  const w = words.get(i)!.text;
  const lower = words.get(i)!.lower;
  const endings = ENDINGS_BY_FIRST.get(lower);
  if (endings !== undefined) return firstPhraseAt(words, i, endings) !== undefined && firstPhraseAt(words, i, GOES_ON_BY_FIRST.get(lower)) === undefined && !goesOnAcross(words, i);
  // "Luật Đất đai và Nghị định số 187/2004/NĐ-CP": another document begins.
  // ("Luật ban hành Văn bản Quy phạm pháp luật": a kind word inside the name is not after "và" or ",".)
  const before = words.get(i - 1)?.lower;
  if ((before === "và" || before === ",") && NAMED_KIND_FIRST.has(lower) && listsAmendedLaws(words, i)) return false;
  // "… thi hành Luật Đầu tư công và số 161/2016/NĐ-CP …": the next member of a list of numbers begins.
  if (nextMembersNumberAt(words, i)) return true;
  // "Căn cứ quy định tại Điều 49 của Luật Quản lý thuế, Điều 24 của Nghị định số 85/…": a provision
  // of another document begins; the number after it is that document's, not the law's. (An amending
  // law's name may hold one: "Luật sửa đổi, bổ sung Điều 6 và …".)
  if ((before === "," || before === "và" || before === ";") && PINPOINT_FIRST.has(lower) && pinpointAt(words, i) && !amends(words)) return true;
  const capital = capitalUnit(w.charCodeAt(0)) || words.lowerCased;
  if (capital && (before === "và" || before === "," || before === "hoặc") && phraseOfAt(words, i, OTHER_KINDS_BY_FIRST)) return true;
  // "… thực hiện Luật đất đai và nghị định số 187/2004/NĐ-CP": written in lower case, another kind
  // word after "và" with "số" and its number begins another document too; the number is not the
  // law's (the law took the decree's number: a wrong identity).
  if ((before === "và" || before === "," || before === "hoặc") && otherNumberedKindAt(words, i, true)) return true;
  // "… Luật Hộ tịch và QĐ số 101/QĐ-TTg": a kind's initials before "số" begin another document too.
  // (`?? ""`: compared with undefined at a name's last word, the optimized code was thrown away.)
  if ((before === "và" || before === "," || before === "hoặc") && (words.get(i + 1)?.lower ?? "") === "số" && kindByAbbreviation(w) !== null) return true;
  // "Luật Doanh nghiệp nhằm thay thế cho Luật Kinh doanh năm 1994": another law begins, and the
  // year is its own. Only an amending law's name holds one, after "của" ("… một số điều của Luật Đất đai").
  // "… QUY PHẠM PHÁP LUẬT CỦA HĐND" in capitals: "luật" after "pháp", "dự" … is no kind word (NOT_A_KIND_BEFORE).
  // "… một số điều của các Luật liên quan đến đầu tư xây dựng cơ bản", "… của 37 Luật liên quan đến quy
  // hoạch": the laws amended, listed or counted after "của".
  const amendedAfter = opensAmendedList(words, i - 1) || ((before === "các" || before === "những" || (before !== undefined && isDigitCode(before.charCodeAt(0)))) && words.get(i - 2)?.lower === "của");
  return (
    capital &&
    !amendedAfter &&
    !NOT_A_KIND_BEFORE_WORDS.has(before ?? "") &&
    NAMED_KIND_FIRST.has(lower) &&
    startsKindWord(words, i, NAMED_KIND_BY_FIRST) &&
    !NOT_A_KIND_NEXT.has(words.get(i + 1)?.lower ?? "") &&
    // "… VĂN BẢN QPPL LUẬT CỦA HĐND VÀ UBND" in capitals: a kind word before no name's first word starts none.
    !NOT_A_NAME_START.has(words.get(i + 1)?.lower ?? "")
  );
}

/**
 * Whether a phrase of a name's own (NAME_GOES_ON) opened a word or two before word `i` and runs past
 * it: "Luật Đầu tư nước ngoài tại Việt Nam", whose "tại" would end it (NAME_ENDINGS).
 */
export function goesOnAcross(words: Words, i: number): boolean {
  for (let k = 1; k <= 2 && i - k >= 0; k++) {
    const phrase = firstPhraseAt(words, i - k, GOES_ON_BY_FIRST.get(words.get(i - k)!.lower));
    if (phrase !== undefined && phrase.length > k) return true;
  }
  return false;
}

/** "Phổ biến, giáo dục pháp luật": a lower-case word after the comma goes on with the name. */
export function commaInName(words: Words, i: number): boolean {
  const next = words.get(i + 1)?.text;
  if (next !== undefined && NAMED_KIND_FIRST.has(words.get(i + 1)!.lower) && listsAmendedLaws(words, i + 1)) return true;
  // "… của Hội đồng nhân dân, Ủy ban nhân dân": bodies written out, listed.
  if (next !== undefined && writtenOutLength(words, i + 1) > 0 && writtenOutEndsAt(words, i - 1)) return true;
  if (!next || i === 0 || /^\d/.test(next)) return false;
  // A name in a title set in capitals ("KẾ HOẠCH THỰC HIỆN LUẬT PHÒNG, CHỐNG THAM NHŨNG") has no
  // lower case to go on in: a word in capitals after a word in capitals is read as lower case is.
  // A capital after the comma ends the name, unless the name's half after its comma is capitalised too
  // ("Luật Thi đua, Khen thưởng": COMMA_NAMES_CAPITALISED).
  if (capitalUnit(next.charCodeAt(0)) && !(inCapitals(next) && inCapitals(words.get(i - 1)!.text))) return capitalisedHalves(words, i);
  if (BARE_STOPS.has(words.get(i + 1)!.lower)) return false;
  return !phraseOfAt(words, i + 1, NOT_IN_NAME_AFTER_COMMA_BY_FIRST);
}

/** Whether the comma at word `i` is inside one of COMMA_NAMES_CAPITALISED. */
function capitalisedHalves(words: Words, i: number): boolean {
  for (const [before, after] of COMMA_NAMES_CAPITALISED) if (wordsAre(words, i - before.length, before) && wordsAre(words, i + 1, after)) return true;
  return false;
}

/** Whether the words from `from` are `lower`, lower-cased, word by word. */
const wordsAre = (words: Words, from: number, lower: readonly string[]): boolean =>
  from >= 0 && lower.every((w, k) => words.get(from + k)?.lower === w);

/** A word of two letters or more, all in capitals ("CHỐNG"; not "Chống", not "I"). */
const inCapitals = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
