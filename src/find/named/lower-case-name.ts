/**
 * When a name written in lower case after a capitalised kind word stands ("… thi hành Luật ngân sách
 * Nhà nước;"): inside a sentence or a list of laws, up to the clause's end; or an amending law's.
 */
import { NAMED_KINDS } from "../../vocab/laws.js";
import { KIND_WORDS_SOURCE } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import { composedWord } from "../../shared/chars.js";
import { WRAPPED_GAP } from "../../shared/strings.js";
import { AMENDED, Words } from "../words.js";
import { capitalUnit } from "../../shared/lower-case.js";
import { listsAmendedLaws, namesSeveralLaws } from "./amended-laws.js";
import { UNIT_LABEL_ENDS } from "../pinpoint.js";
/**
 * The kind word written with its capital inside a sentence ("… hướng dẫn thi hành Luật ngân sách
 * Nhà nước;"): older texts name laws so, the name itself in lower case. Prose writes "luật" there;
 * a sentence's first word is capitalised whatever it is. Whether a lower-case letter ends the word
 * before `at` on its line or, wrapped, on the line before (decomposed text: a mark may end it).
 * Bounded by the text's whitespace before `at`, read once per kind word.
 */
function afterLowerWord(text: string, at: number): boolean {
  let i = at - 1;
  // A line wrapped mid-sentence ("… thực hiện có hiệu quả ⏎Luật phòng, chống bạo lực gia đình."): its
  // line breaks are read past as a space is, a PDF's blank line after each line too.
  // A non-breaking space (a look-alike of the space, repaired only in prepared text) is read as one.
  while (i >= 0 && (text[i] === "\n" || text[i] === "\r" || text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i--;
  while (i >= 0 && MARK.test(text[i])) i--;
  return i >= 0 && SMALL_LETTER.test(text[i]);
}
/**
 * A mark, a small letter: regexes with a Unicode property are module constants, never literals inside a
 * function, which the bundler writes as `new RegExp("\\p{Ll}", "u")`, built at every call (and parsed and
 * compiled again, the property's set read from ICU, whenever V8's collector had dropped it from its cache).
 */
const MARK = /\p{M}/u;
const SMALL_LETTER = /\p{Ll}/u;
/** "các" or "những" just before a kind word, composed or decomposed (as a PDF extractor gives it). */
const PLURAL_BEFORE = /(?<![\p{L}\p{M}])(?:các|những)[ \t\u00a0]+$/iu;
/** Whether "các"/"những" stands right before `at` in the caller's text: decomposed, "những" takes 7 units and its marks. */
export const pluralBefore = (origin: string, at: number): boolean => PLURAL_BEFORE.test(composedWord(origin.slice(Math.max(0, at - 16), at)));
/**
 * Whether a capitalised kind word at `at` stands inside a sentence: after a lower-case word
 * (afterLowerWord), or next in a list of laws, just after the mention before it and a ";", "," or
 * "và" ("… như: Luật Hộ tịch; Luật giao thông đường bộ; Luật bình đẳng giới; …").
 */
export function midSentence(text: string, at: number, previousEnd: number): boolean {
  if (afterLowerWord(text, at) || afterUnitLabel(text, at)) return true;
  return previousEnd >= 0 && previousEnd < at && at - previousEnd <= 8 && LIST_SEPARATOR.test(text.slice(previousEnd, at));
}
/**
 * A unit's label right before the kind word, "của" between them or not: "theo quy định tại khoản 3, Điều 58
 * Luật đất đai và các văn bản …" (fresh37a 018), "Căn cứ Điều 14 Pháp lệnh chất lượng hàng hoá được công bố
 * theo lệnh số 49 …" (seg33c 006), "tại Điều 54 và Điều 55 của Luật bầu cử đại biểu Quốc hội và đại biểu Hội
 * đồng nhân dân và các Điều …" (fresh38a 010). The units point into a document named right there, so the kind
 * word with its capital names one inside the sentence (midSentence), and its lower-case name ends where a
 * capitalised one would (bareLength's stops: "và các", "được", …), not only at a clause's end (lowerNameStands).
 */
function afterUnitLabel(origin: string, at: number): boolean {
  return UNIT_LABEL_ENDS.test(composedWord(origin.slice(Math.max(0, at - 24), at)));
}
/**
 * "và" and a law's kind word after a name: the next law of a list; a line break where a hard-wrapped copy put one ("…
 * thi hành Luật dự trữ quốc gia và ⏎Nghị định số 128/2015/NĐ-CP …"), a blank line ending the list (WRAPPED_GAP).
 */
const NEXT_LAW_OF_LIST = new RegExp(String.raw`^và${WRAPPED_GAP}(?:${phraseSource(NAMED_KINDS.flatMap((k) => k.words), { keepCase: true })})(?![\p{L}\p{N}])`, "u");
/** What separates two laws of a list on one line: "; ", ", ", " và ". */
const LIST_SEPARATOR = /^[ \t\u00a0]*(?:[;,]|và)[ \t\u00a0\r\n]+$/u;
export const capitalAt = (text: string, at: number): boolean => capitalUnit(text.charCodeAt(at));

/** A lower-case name after such a kind word stands when it runs, two words or more, to the clause's end (";", ".", ",", ")" or the line's end). */
export function lowerNameStands(text: string, start: number, origin: string, originAt: number, previousEnd: number, nameWords: readonly { text: string; end: number }[]): boolean {
  if (nameWords.length < 2 || !capitalAt(text, start) || !midSentence(origin, originAt, previousEnd)) return false;
  // After the units pointing into it ("Điều 58 Luật đất đai và các văn bản …"), the name ends as a capitalised one does.
  if (afterUnitLabel(origin, originAt)) return true;
  // "… và các Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo": after "các" or "những" the
  // kind word names several laws, not one; the law named inside is read on its own.
  if (pluralBefore(origin, originAt)) return false;
  // "Căn cứ Luật thi đua, khen thưởng;": a comma the name goes on after (commaInName) is no word of it.
  if (nameWords.some((w) => w.text !== "," && !/^[\p{L}\p{M}]+$/u.test(w.text))) return false;
  let i = nameWords[nameWords.length - 1].end;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  // A line's end is a clause's unless the sentence goes on in lower case on the next line (a wrapped
  // "… Luật thuế xuất khẩu, thuế nhập khẩu ⏎hiện hành." reads as it does unwrapped).
  if (text[i] === "\n" || text[i] === "\r") {
    let j = i;
    while (j < text.length && /\s/u.test(text[j])) j++;
    // Unless that is the next law of a list, "và" wrapped to the line's start ("… Luật di sản văn hóa ⏎và Luật sửa
    // đổi, …"): one line break, a blank where the list goes on, as one after "và" is (WRAPPED_GAP).
    if (j < text.length && SMALL_LETTER.test(text[j])) return oneLineBreak(text, i, j) && nextOfList(text, j);
  }
  // Or up to the next law of a list: "… Luật căn cước và Luật đất đai."; or the revision mark, then such an end
  // ("… Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi);").
  if (text[i] === "(") {
    const mark = AMENDED.exec(text.slice(i, i + 40));
    if (mark) for (i += mark[0].length; i < text.length && (text[i] === " " || text[i] === "\t"); ) i++;
    // Any other bracket opened on a word closes the name as a clause's end does: a note on the law,
    // its initials or whom it is applied to ("Căn cứ Luật thuế thu nhập doanh nghiệp (TNDN) và Nghị định
    // số 30/1998/NĐ-CP …", fresh29o 017; "… tại Điều 5 của Luật tổ chức chính quyền địa phương (đối với hội
    // nghị …)", fresh38a 010; "… Khoản 1, Điều 14 của Pháp lệnh ưu đãi người có công với cách mạng (được cơ
    // quan Nhà nước …)", full32b 013). Not a bracket of figures, spaced as a word-segmented copy spaces it
    // ("… theo quy định của Luật nước đầu tư ( 340 triệu đồng )", dev 023: the investor's country's law).
    else if (NOTE_OPENS.test(text.slice(i + 1, i + 2))) return true;
  }
  // Or up to "về" and the matter a document details the law on (detailedBefore).
  if (MATTER_AFTER.test(text.slice(i, i + 4)) && detailedBefore(origin, originAt)) return true;
  return i >= text.length || ";.,)…\n\r\u2028\u2029".includes(text[i]) || nextOfList(text, i);
}

/** "và" at `at` and the next law of a list, or the next document cited by its kind word and number. */
const nextOfList = (text: string, at: number): boolean => NEXT_LAW_OF_LIST.test(text.slice(at, at + NEXT_LAW_SPAN)) || NEXT_NUMBERED_OF_LIST.test(text.slice(at, at + NEXT_NUMBERED_SPAN));
/** Whether the whitespace from `from` to `to` holds one line break (a CRLF one), no blank line. */
function oneLineBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) if (text[k] === "\n" || (text[k] === "\r" && text[k + 1] !== "\n") || text[k] === "\u2028" || text[k] === "\u2029") breaks++;
  return breaks === 1;
}

/**
 * "và" and a document cited by its kind word and number after a name: the next document of the list the law
 * opens ("Thông tư 19/2005/TT-BVHTT hướng dẫn Pháp lệnh quảng cáo và Nghị quyết 12/2000/NQ-CP về cấm quảng
 * cáo thuốc lá", listing52 row 9; "… hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với
 * cách mạng và Nghị định số 89/2008/NĐ-CP …", full32b-002; "… và Thông tư số 07/2006/TT-BLĐTBXH …", fresh49a-006).
 * No law's name holds "và", a kind word and a number, so the name ends before "và" as at a clause's end.
 */
const NEXT_NUMBERED_OF_LIST = new RegExp(String.raw`^và${WRAPPED_GAP}(?:${KIND_WORDS_SOURCE})${WRAPPED_GAP}(?:số[ \t]*)?\d`, "iu");
/** Enough of the text after "và" for the longest kind word ("Pháp lệnh") and the blanks of a wrapped line. */
const NEXT_LAW_SPAN = 28;
/** … and for a kind word, "số" and the number's first digit. */
const NEXT_NUMBERED_SPAN = 52;

/**
 * "Thông tư liên tịch hướng dẫn thi hành quy định của Bộ luật tố tụng hình sự về tiếp nhận, giải quyết tố giác, …"
 * (06/2013/TTLT-BCA-…, listing51 row 117), "Nghị định số 58/2009/NĐ-CP … quy định chi tiết và hướng dẫn thi hành một
 * số điều của Luật thi hành án dân sự về thủ tục thi hành án dân sự" (fresh30t-008), "Nghị định số 197-CP … quy định
 * chi tiết và hướng dẫn thi hành một số điều của Bộ luật lao động về tiền lương" (pairs32-003): a document carrying
 * out or detailing a law on one of its matters, "về" opening the matter, no word of the name's (as after a lower-case
 * kind word, read-name.ts executedLaw). Only after "thi hành" and the law's provisions or articles "của" it: "về"
 * after a lower-case name elsewhere goes on a sentence. A decree detailing some of a law's articles writes "chi tiết"
 * without "thi hành" as often: "Nghị định quy định chi tiết một số điều của Luật quản lý ngoại thương về các biện pháp
 * phòng vệ thương mại" (10/2018/NĐ-CP's title, listing52b row 21), "Nghị định số 06/CP … quy định chi tiết một số
 * điều của Bộ Luật lao động về an toàn lao động, vệ sinh lao động" (a Căn cứ item of 130/2000/QĐ-BLĐTBXH, repeal34-001);
 * there the articles "của" it are asked for ("chi tiết Luật … về" alone is not read). Courts and joint circulars write
 * "áp dụng" for "thi hành" over a code's provisions: "Thông tư liên tịch 09/2011/TTLT-BCA-BQP-BTP-NHNNVN-VKSNDTC-TANDTC
 * hướng dẫn áp dụng quy định của Bộ luật hình sự về tội chứa chấp …" (a site's line, fresh60h-009), as "Nghị quyết
 * 02/2022/NQ-HĐTP ⏎ HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH CỦA BỘ LUẬT DÂN SỰ VỀ TRÁCH NHIỆM BỒI THƯỜNG …" and its body's
 * "Nghị quyết số 03/2006/NQ-HĐTP … hướng dẫn áp dụng một số quy định của Bộ luật Dân sự năm 2005 về bồi thường …"
 * (fresh58g-003) write it with capitals; there the provisions "của" it are asked for ("áp dụng Luật … về" alone is
 * not read: applying a law is prose too).
 */
function detailedBefore(origin: string, at: number): boolean {
  return DETAILED_BEFORE.test(composedWord(origin.slice(Math.max(0, at - 48), at)));
}
const DETAILED_BEFORE = /(?<![\p{L}\p{M}])(?:thi\s+hành\s+(?:(?:một\s+số\s+điều(?:\s+và\s+biện\s+pháp)?|(?:các\s+|một\s+số\s+)?quy\s+định)\s+của\s+)?|áp\s+dụng\s+(?:các\s+|một\s+số\s+)?quy\s+định\s+của\s+|chi\s+tiết\s+(?:một\s+số\s+|các\s+)điều\s+của\s+)$/u;
/** "về" and a space after a name: the matter a document details the law on (here, and read-name.ts executedLaw). */
export const MATTER_AFTER = /^về[ \t]/u;
/** A letter right after a bracket: a note opens there (a module constant: lower-case-name.ts MARK). */
const NOTE_OPENS = /^\p{L}/u;

/**
 * "- Luật sửa đổi, bổ sung một số điều của Luật Đất đai;" opening a line of a list of bases, or a
 * text: an amending law is named by the laws it amends, so its lower-case name stands where no
 * lower-case word comes before it, as a capitalised name does. Not after "các"/"những" (several laws).
 */
export function amendingNameStands(words: Words, nameLength: number, text: string, start: number, origin: string, originAt: number): boolean {
  if (!capitalAt(text, start) || pluralBefore(origin, originAt)) return false;
  return listsAmendedLaws(words, nameLength) || namesSeveralLaws(words, nameLength);
}
