/**
 * The mention whose kind word starts at a place (namedMentionAt): the kind word checked, then the
 * name read up to its marker or, without one, over its bare words (readName); an amending law cited
 * by its own number then its name (numberedAmendingName).
 */
import type { Kind } from "../../types.js";
import { composedBefore, composedWord, isDigitCode } from "../../shared/chars.js";
import { DATE_OPENING_WORDS, ENACTS_BEFORE } from "../../vocab/laws.js";
import { AMENDED, lineBreakIn, nextNonSpaceAt, parenthesisFollows, Words } from "../words.js";
import { capitalUnit, smallUnit } from "../../shared/lower-case.js";
import type { Marker, NamedMention } from "./mention.js";
import { amends, ENDINGS_BY_FIRST, firstPhraseAt, NOT_A_NAME_START, startsKindWord } from "./word-phrases.js";
import { afterLostBasisCue } from "../lost-cue.js";
import { KIND_AT, kindOfWritten, mayEndNotAKind, NOT_A_KIND_AFTER, NOT_A_KIND_BEFORE, runIntoName, WORDISH } from "./kind-word.js";
import { amendedList, listsAmendedLaws, nameWithoutNumbers, semicolonInList } from "./amended-laws.js";
import { secondLawAfter } from "./second-law.js";
import { bareLength, knownLongLength } from "./bare-name.js";
import { findMarker } from "./marker.js";
import { amendingShortNameYear } from "./amending-short-name.js";
import { amendingNameStands, capitalAt, lowerNameStands, MATTER_AFTER, midSentence, pluralBefore } from "./lower-case-name.js";
const DATE_OPENING = new Set(DATE_OPENING_WORDS);
/** What no name runs across. */
// The year's "not after a digit" is a look-behind after its first two digits, not "(?:^|\D)" before
// them: every branch then opens with a literal, which the regex engine skips to.
/** A name's last word ending in a lower-case letter and then one or two digits: the digits are a footnote's mark. */
const GLUED_FOOTNOTE_MARK = /\p{Ll}([0-9]{1,2})$/u;
const DATED_SOON = /(?:năm|ngày)\s+\d|(?:19|20)(?<!\d(?:19|20))\d\d(?!\d)|số\s*\d/u;

/** The mention whose kind word starts at `start` of an NFC text, or null. */
/** `origin` and `originAt`: the caller's text and where the kind word stands in it (the word before is read there). */
/** `previousEnd`: where the mention before it ends in `origin` (-1 for none). `endsText`: `text` runs to the end of `origin` (Words.endsText). */
export function namedMentionAt(text: string, start: number, lowerCased: boolean, origin: string, originAt: number, previousEnd: number, endsText = false): NamedMention | null {
  KIND_AT.lastIndex = start;
  const m = KIND_AT.exec(text);
  if (!m) return null;
  const kindEnd = start + m[0].length;
  if ((start > 0 && WORDISH.test(text[start - 1]) && !afterLostBasisCue(text, start)) || (kindEnd < text.length && WORDISH.test(text[kindEnd]) && !runIntoName(text, kindEnd))) return null;
  if (mayEndNotAKind(text, Math.max(0, start - 12), start) && NOT_A_KIND_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  if (NOT_A_KIND_AFTER.test(text.slice(kindEnd, kindEnd + 16))) return null;
  const kind = kindOfWritten(m[0]);
  if (!kind) return null;
  // A name in lower case ("luật đất đai năm 2013") must be dated; prose "luật" rarely is: rejected before reading words.
  const first = nextNonSpaceAt(text, kindEnd);
  // A summary lower-cased whole ("v/v thực hiện luật bhyt và chỉ thị số 06/ct-byt") writes every name so: there it may be undated.
  if (first < text.length && smallUnit(text.charCodeAt(first)) && !DATED_SOON.test(text.slice(kindEnd, kindEnd + 200)) && !lowerCased && !(capitalAt(text, start) && midSentence(origin, originAt, previousEnd)) && !(capitalAt(text, start) && AMENDING_NEXT.test(text.slice(kindEnd, kindEnd + 12)))) {
    return afterExecution(origin, originAt) ? executedLaw(readName(text, start, kindEnd, kind, true, origin, originAt, previousEnd, endsText), text) : null;
  }
  return readName(text, start, kindEnd, kind, lowerCased, origin, originAt, previousEnd, endsText);
}

/**
 * "… quy định chi tiết thi hành luật thương mại về …", "… thi hành pháp lệnh phí và lệ phí": after "thi hành"
 * (carrying out, or detailing, a law) the kind word and its name in lower case name one law, as a summary
 * lower-cased whole writes it, also in a subject line whose own number or issuer keeps its capitals
 * (listing50b rows 30, 33, 62, 98: "Nghị định 57/1998/NĐ-CP quy định chi tiết thi hành luật thương mại …",
 * "Nghị Định của chính phủ số 57/2002/NĐ-CP … quy định chi tiết thi hành pháp lệnh phí và lệ phí"; the same
 * in others' descriptions: fresh29c-030, fresh30i-003, fresh41d-007, fresh49a-015). Prose "luật" is not
 * executed so ("thi hành pháp luật" is one word). The name is then read as in a lower-cased text.
 */
function afterExecution(origin: string, at: number): boolean {
  return EXECUTION_BEFORE.test(composedWord(origin.slice(Math.max(0, at - 12), at)));
}
const EXECUTION_BEFORE = /(?<![\p{L}\p{M}])thi[ \t]+hành[ \t]+$/u;
/**
 * Such a name stands only where it ends its clause (";", ".", a line's or the text's end): "… thi hành luật
 * phòng cháy và chữa cháy và luật sửa đổi, … và nghị định số 136/2020/NĐ-CP …" (fresh30i-003) or "… thi hành
 * pháp lệnh phí, lệ phí và Nghị định số 24/2006/NĐ-CP …" (fresh29c-030) go on past the law, whose name
 * cannot be told from the list it opens; they are left as they were read.
 * Or where "về" follows it: a decree details a law on one of its matters, and "về" opens that matter, no
 * word of the name's ("Nghị định 57/1998/NĐ-CP quy định chi tiết thi hành luật thương mại về hoạt động xuất
 * khẩu, nhập khẩu, …", listing50b row 30; "Nghị định số 24/2024/NĐ-CP … quy định chi tiết một số điều và
 * biện pháp thi hành luật đấu thầu về lựa chọn nhà thầu;", fresh41d-007).
 */
function executedLaw(m: NamedMention | null, text: string): NamedMention | null {
  if (m === null) return null;
  let i = m.end;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i >= text.length || ";.\n\r".includes(text[i]) || MATTER_AFTER.test(text.slice(i, i + 4)) ? m : null;
}

/**
 * "Căn cứ Luật Thi đua, Khen thưởng (2003) và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng
 * (2013);" (Điện Biên's commendation rules, fixtures/fresh/fresh30f-010), "… trước khi có Luật Kinh doanh ( 1994 )"
 * (a research article's heading, fixtures/dev/texts/dev-047, whose later lines say "Luật Kinh doanh năm 1994"): a
 * year alone in brackets right after a name without a date is its year, as "năm 2003" is. Not a range ("(2021 -
 * 2025)", a period) nor anything else in the brackets. Bounded; any blank, a line break too, as parenthesisFollows reads
 * them ("Luật Kinh doanh\n(1994)" hard-wrapped, test/reliability/session57-rules.test.ts).
 */
const YEAR_IN_BRACKETS = /^\s{0,4}\(\s{0,2}(?:năm\s{1,2})?((?:19|20)\d\d)\s{0,2}\)/u;

/** "sửa đổi" right after a kind word: maybe an amending law's name, which readName weighs (amendingNameStands). */
const AMENDING_NEXT = /^[ \t]+sửa[ \t]+đổi/i;
function readName(text: string, start: number, kindEnd: number, kind: Kind, lowerCased: boolean, origin: string, originAt: number, previousEnd: number, endsText: boolean): NamedMention | null {
  const words = new Words(text, kindEnd, lowerCased, AMENDING_NEXT.test(text.slice(kindEnd, kindEnd + 12)) && pluralBefore(origin, originAt), semicolonInList, endsText);
  const numbered = numberedAmendingName(text, start, kindEnd, kind, words);
  if (numbered) return numbered;
  const marker = amendingShortNameYear(origin, originAt, words, enactedHere(origin, originAt, words, findMarker(words)));
  const nameWords = words.slice(marker ? marker.index : bareLength(words));
  // A name does not end on the first syllable of a kind word ("… Pháp | lệnh Phí và lệ phí"): that
  // word begins the next mention, which must not overlap this one.
  while (nameWords.length && (/^(?:,|và)$/i.test(nameWords[nameWords.length - 1].text) || startsKindWord(words, nameWords.length - 1))) nameWords.pop();
  if (nameWords.length === 0) return null;
  // "Chương trình xây dựng luật, pháp lệnh năm 2021": kinds listed as kinds (the year's program of laws
  // and ordinances), no law named. A name opens with a word, not a comma ("luật" and ", pháp lệnh" were
  // read as a law so named); and a kind word with only its date after it ("pháp lệnh năm 2021") names nothing.
  if (nameWords[0].text === "," || (marker && nameWords.length === 1 && DATE_OPENING.has(nameWords[0].lower))) return null;
  // "… của Luật từ ngày 01/9/2016": the law referred back to, then where its force begins (NAME_ENDINGS),
  // no name; the date after it is none of the law's.
  if (marker && firstPhraseAt(words, 0, ENDINGS_BY_FIRST.get(nameWords[0].lower)) !== undefined) return null;
  // A name without a date or number must look like one: capitalised ("Luật Đất đai"), and opening
  // with its subject, not with a word that goes on a sentence ("các Luật, Pháp lệnh về thuế", in capitals too).
  // A real long name read whole (LONG_BARE_NAMES) is no prose in lower case either: "… hướng dẫn Pháp lệnh quản lý,
  // sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ sửa đổi" (listing52 row 90) names the ordinance, though the
  // sentence goes on after it.
  const known = !marker && knownLongLength(words) === nameWords.length;
  if (!marker && !known && !capitalUnit(nameWords[0].text.charCodeAt(0)) && !words.lowerCased && !lowerNameStands(text, start, origin, originAt, previousEnd, nameWords) && !amendingNameStands(words, nameWords.length, text, start, origin, originAt)) return null;
  if (!marker && NOT_A_NAME_START.has(nameWords[0].lower)) return null;
  const nameStart = nameWords[0].start;
  let nameEnd = marker?.nameEnd ?? nameWords[nameWords.length - 1].end;
  // A footnote's number glued to the name's last word, as a Công báo print anchors a consolidated text's
  // notes ("… ban hành Nghị định quy định chi tiết … của Luật Thuế giá trị gia tăng2.", fixtures/fresh/fresh61c-009;
  // "… Điều 76 của Luật Nhà ở11 thì …", fresh47a-002): no word of the name, which it made another law.
  if (!marker) nameEnd -= GLUED_FOOTNOTE_MARK.exec(text.slice(nameStart, nameEnd))?.[1].length ?? 0;
  // "(sửa đổi)" is part of the amended law's name.
  const amended = parenthesisFollows(text, nameEnd) ? AMENDED.exec(text.slice(nameEnd, nameEnd + 40)) : null;
  if (amended) nameEnd += amended[0].length;
  // A year in brackets after a name without a date: the year the law was passed, as "năm 2003" would give it.
  const bracketYear = !marker && parenthesisFollows(text, nameEnd) ? YEAR_IN_BRACKETS.exec(text.slice(nameEnd, nameEnd + 24)) : null;
  const mention: NamedMention = {
    start,
    end: Math.max(marker?.end ?? nameEnd, nameEnd + (bracketYear?.[0].length ?? 0)),
    kind,
    kindEnd,
    nameStart,
    nameEnd,
    year: marker?.year ?? (bracketYear ? Number(bracketYear[1]) : null),
    date: marker?.date ?? null,
    numberAt: marker?.numberAt ?? null,
  };
  if (marker?.numbers) {
    mention.name = nameWithoutNumbers(text, nameStart, marker.numbers);
    mention.amendedNumbers = marker.numbers.map((n) => n.number);
    if (marker.firstName) mention.firstAmendedName = text.slice(marker.firstName.start, marker.firstName.end);
  } else if (marker?.year != null && amends(words)) {
    const second = secondLawAfter(text, mention.end);
    if (second) mention.second = second;
  }
  return mention;
}

/**
 * "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội số 57/2014/QH13 đã được
 * sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14." (62/2025/QH15, fresh31b 021; 83/2025/QH15,
 * fresh31b 017; 62/2020/QH14 "… của Luật Xây dựng số 50/2014/QH13."): the enacting formula of an amending
 * law names the law being enacted, the text itself, which carries no number of its own there; the number
 * after the one law its name lists is that law's, undated as it may be (amendedLawsNumberAt asks a later
 * date of it elsewhere). The name is then read as amendedList reads a list, so "Luật Tổ chức Quốc hội" in
 * "Điều 1. Sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội" is the numbered law's. Any other marker
 * is returned as found. `origin` and `originAt`: the caller's text and where the kind word stands in it
 * (the formula is read there).
 */
function enactedHere(origin: string, originAt: number, words: Words, marker: Marker | null): Marker | null {
  if (marker === null || marker.numberAt === null || !amends(words) || !listsAmendedLaws(words, marker.index)) return marker;
  if (!ENACTS_BEFORE.test(composedBefore(origin, originAt, 40))) return marker;
  return amendedList(words, marker.index) ?? marker;
}

/**
 * "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số
 * 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số
 * 32/2024/QH15 ngày 29 tháng 6 năm 2024": the amending law cited by its own number, then by the name
 * that lists the laws it amends with theirs. The name after the number is read as the unnumbered
 * form's is (findMarker from "sửa đổi", amendedList), so the date after the list is the amending
 * law's, as there. Null unless the kind word is followed by "số", a number, and such a name whose
 * list amendedList reads whole: the words are then read as before.
 */
function numberedAmendingName(text: string, start: number, kindEnd: number, kind: Kind, words: Words): NamedMention | null {
  const so = words.get(0);
  const number = words.get(1);
  if (so?.lower !== "số" || number === undefined || !isDigitCode(number.text.charCodeAt(0)) || lineBreakIn(number.gap)) return null;
  const after = new Words(text, number.end, words.lowerCased, false, undefined, words.endsText);
  if (!amends(after) || lineBreakIn(after.get(0)!.gap)) return null;
  const marker = findMarker(after);
  if (!marker?.numbers) return null;
  const nameWords = after.slice(marker.index);
  const nameStart = nameWords[0].start;
  const nameEnd = nameWords[nameWords.length - 1].end;
  const mention: NamedMention = {
    start,
    end: nameEnd,
    kind,
    kindEnd,
    nameStart,
    nameEnd,
    year: marker.year,
    date: marker.date,
    numberAt: null,
    name: nameWithoutNumbers(text, nameStart, marker.numbers),
    amendedNumbers: marker.numbers.map((n) => n.number),
    ownNumberAt: number.start,
  };
  if (marker.firstName) mention.firstAmendedName = text.slice(marker.firstName.start, marker.firstName.end);
  return mention;
}
