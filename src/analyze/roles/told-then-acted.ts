/**
 * A document's opening that tells of a document just issued or passed, then says, by a pointer and not by its number,
 * that it carries that document out (or guides it): "Ngày 12-1-1998, Bộ Chính trị … đã ra Chỉ thị số 27/CT-TW về …. ⏎
 * Ngày 28-3-1998 Thủ tướng Chính phủ đã ra Chỉ thị số 14/1998/CT-TTg về …. ⏎ Để thực hiện tốt Chỉ thị của Bộ Chính trị,
 * Chỉ thị của Thủ tướng Chính phủ, Bộ Văn hoá Thông tin ra Thông tư hướng dẫn như sau:" (Bộ Văn hoá – Thông tin's circular
 * 04/1998/TT-BVHTT, fixtures/fresh/fresh59d-005); or that guides it in the writer's own clause, "…, Bộ Y tế hướng dẫn
 * cụ thể như sau:" (fresh41b-001).
 */
import { TOLD_CORRECTING, TOLD_PURPOSE_GUIDING, TOLD_PURPOSE_OPENERS, TOLD_THEN_ACTED_VERBS } from "../../vocab/cues.js";
import { KIND_WORDS_SOURCE } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lastAtOrBefore } from "../../shared/search.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { phraseAt } from "../../shared/strings.js";
import type { RoleReading } from "./reading.js";

/**
 * Under a heading of its own (a letter, a circular, a plan), a sentence that opens with a purpose, "Để (triển khai / tổ
 * chức) thực hiện | thi hành …", names no numbered document, and closes on "(như) sau:" (the content follows), points
 * back to what the opening just told was issued or passed: each numbered document a body "ban hành / thông qua / đã ra"
 * in the TOLD_CHARS before it, read so far as a reference, is what the document carries out; it guides it where the
 * writer's own verb after the purpose is "hướng dẫn" (DOMAIN.md §4). Written so in four sets' texts: a letter of Bộ Tài
 * chính on the customs law 107/2016/QH13 ("… thông qua Luật Thuế xuất khẩu, Thuế nhập khẩu số 107/2016/QH13 …. Để thực
 * hiện thống nhất những quy định mới, quan trọng của Luật …, Bộ Tài chính đề nghị …", fresh30b-027), a letter of Bộ Nông
 * nghiệp và Môi trường ("Chính phủ ban hành Nghị định số 119/2025/NĐ-CP …. … đã ban hành Thông tư số 08/2025/TT-BNNMT ….
 * Để triển khai thực hiện các quy định mới được ban hành, Bộ … kính đề nghị …", fresh57b-003), Hà Nội's plan for the law on
 * the capital ("… đã thông qua Luật Thủ đô (Luật số 39/2024/QH15). … Để triển khai thi hành Luật Thủ đô …, Ủy ban nhân dân
 * thành phố Hà Nội ban hành Kế hoạch … với các nội dung sau:", fresh50f-003), Bộ Công an's circular on decree 99/2002/NĐ-CP
 * ("Chính phủ đã ban hành Nghị định số 99/2002/NĐ-CP …. Để thực hiện thống nhất việc bảo vệ … quy định tại Nghị định này,
 * Bộ Công an hướng dẫn …, như sau:", fresh60b-003: guides), and fresh59d-005 above ("ra Thông tư hướng dẫn": the
 * circular named, not the writer's verb). A page of no heading (news) only retells it (CONVENTIONS.md §3).
 */
export function toldThenActedOn(r: RoleReading): void {
  if (r.ownKind === null) return;
  toldThenPurpose(r);
  toldThenGuided(r);
  toldThenCorrected(r);
}

function toldThenPurpose(r: RoleReading): void {
  const { text, spans } = r;
  // Most texts have no such sentence: its first word is looked for before any pattern runs.
  if (!text.includes(PURPOSE_WORD)) return;
  const purpose = PURPOSE();
  purpose.lastIndex = 0;
  for (let m = purpose.exec(text); m !== null; m = purpose.exec(text)) {
    const start = m.index + m[1].length;
    const end = contentSentenceEnd(text, m.index + m[0].length);
    if (end < 0) continue;
    const before = lastAtOrBefore(spans, start - 1, (s) => s.start);
    if (namesNumbered(r, before + 1, end)) continue;
    const type = writerGuides(text.slice(start, end)) ? "guides" : "implements";
    for (let i = before; i >= 0 && spans[i].start >= start - TOLD_CHARS; i--) {
      if (r.roles[i] !== "references" || r.cited[i].form === "named" || !toldIssued(text, spans[i].start)) continue;
      r.roles[i] = type;
    }
  }
}

/**
 * The same opening, then the writer's own clause "<body> hướng dẫn (cụ thể) … (như) sau:" naming no numbered document,
 * with no purpose sentence: "Ngày 26/4/2022, Bộ Y tế đã ký, ban hành Thông tư số 03/2022/TT-BYT …. … Sau khi rà soát,
 * xem xét, Bộ Y tế hướng dẫn cụ thể như sau:" (Bộ Y tế's letter 5032/BYT-TCCB, fixtures/fresh/fresh41b-001), "Ngày 23
 * tháng 9 năm 2008, Bộ Lao động - Thương binh và Xã hội đã ban hành Thông tư số 19/2008/TT-BLĐTBXH, sửa đổi, bổ sung …,
 * Bảo hiểm xã hội Việt Nam hướng dẫn cụ thể một số điểm để thực hiện như sau:" (fresh56f-002): the letter guides what
 * was told issued. Not a letter told (an office's own earlier letter, "… đã ban hành Công văn số 8777/CTTPHCM-TTHT …. …,
 * Cục Thuế TP. Hồ Chí Minh hướng dẫn một số trường hợp vướng mắc thường gặp như sau:", fresh30b-010): no gold of the
 * sets has a letter guided (CONVENTIONS.md §25: a guiding letter is carried out). After a kind word ("ra Thông tư
 * hướng dẫn") the words name a document, not the writer's verb.
 */
function toldThenGuided(r: RoleReading): void {
  if (holdsVerbThenSau(r.text)) toldThenWriterActs(r, WRITER_GUIDES(), "guides");
}

/**
 * The same opening, then the writer's own "<body> (xin) đính chính (lại) như sau:" naming no numbered document: "Ngày
 * 16/10/2006, Bộ Tài chính ban hành Thông tư số 96/2006/TT-BTC …. Do sơ xuất … có sai sót tại Tiết a.1, …, Thông tư số
 * 96/2006/TT-BTC, Bộ Tài chính xin đính chính lại như sau:" (13158/BTC-VP, fixtures/fresh/pairs40-001), "Ngày 9 tháng 12
 * năm 2002 Bộ Tài chính đã ký Quyết định 149/2002/QĐ-BTC …. Do sơ suất … . Bộ Tài chính xin đính chính lại như sau:"
 * (4184/TC-VP, pairs40-002), "Ngày 05/12/2011 Bộ Y tế đã ban hành Thông tư số 43/2011/TT-BYT …. Do sơ suất …, nay Bộ Y
 * tế xin đính chính lại như sau:" (764/BYT-DP, fresh62h-002, whose subject line names it too): a correction letter
 * corrects what it told issued (DOMAIN.md §4 "đính chính …" → corrects). A letter told may be corrected (fresh30b-025).
 */
function toldThenCorrected(r: RoleReading): void {
  if (holdsPhrase(r.text, TOLD_CORRECTING[0])) toldThenWriterActs(r, WRITER_CORRECTS(), "corrects");
}
/** Whether `text` holds `phrase`, its words parted by any short run of blanks (phraseAt: a justified copy doubles them). */
function holdsPhrase(text: string, phrase: string): boolean {
  const space = phrase.indexOf(" ");
  const head = space < 0 ? phrase : phrase.slice(0, space);
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) if (phraseAt(text, phrase, at) >= 0) return true;
  return false;
}

/** Each writer's clause `writer` finds (groups: the boundary, the verb, what follows it) gives `type` to the documents told issued before it. */
function toldThenWriterActs(r: RoleReading, writer: RegExp, type: "guides" | "corrects"): void {
  const { text, spans } = r;
  writer.lastIndex = 0;
  for (let m = writer.exec(text); m !== null; m = writer.exec(text)) {
    const start = m.index + m[1].length;
    const end = m.index + m[0].length;
    const verb = end - m[3].length - m[2].length;
    if (KIND_BEFORE().test(text.slice(Math.max(start, verb - KIND_CHARS), verb))) continue;
    const before = lastAtOrBefore(spans, start - 1, (s) => s.start);
    if (namesNumbered(r, before + 1, end)) continue;
    for (let i = before; i >= 0 && spans[i].start >= start - TOLD_CHARS; i--) {
      if (r.roles[i] !== "references" || r.cited[i].form === "named" || (type === "guides" && r.kinds[i] === LETTER) || !toldIssued(text, spans[i].start)) continue;
      r.roles[i] = type;
    }
  }
}
const LETTER = "official-letter";
/** The guiding verb's first word: the pattern reads its words parted by any blanks or a line break ("hướng⏎dẫn"), so the quick check cannot ask for one space. */
const GUIDING_WORD = TOLD_PURPOSE_GUIDING[0].split(" ")[0];
/**
 * A clause from a comma, a full stop or a line's start: a capital, the writer's name (no digit, no stop), the guiding
 * verb, at most WRITER_OBJECT_CHARS of its object, and "sau:". Groups: the boundary, the verb, what follows the verb.
 */
const writerActs = (verbs: readonly string[]): RegExp =>
  new RegExp(String.raw`(^|[,.:;][ 	]*|
[ 	]*)\p{Lu}[^,.;:\d
]{0,60}?[ 	](${phraseSource(verbs)})((?![\p{L}\p{M}])[^,.;:\d]{0,80}?(?<![\p{L}\p{M}])sau[ 	]*:)`, "gu");
const WRITER_GUIDES = lazyRegExp(() => writerActs(TOLD_PURPOSE_GUIDING));
/** The same clause with the correcting verb: "…, Bộ Tài chính xin đính chính lại như sau:". */
const WRITER_CORRECTS = lazyRegExp(() => writerActs(TOLD_CORRECTING));
/**
 * WRITER_GUIDES' verb and "sau:" with nothing between them it forbids: a text without one holds no match of it. Most
 * texts hold the verb ("hướng dẫn" is in most) and few this; one search says so before the clause-by-clause one, which
 * tries some sixty characters after every comma and stop (session 64: most of this module's cost in analyze()).
 */
const VERB_THEN_SAU = lazyRegExp(
  () => new RegExp(String.raw`(?:${phraseSource(TOLD_PURPOSE_GUIDING)})(?![\p{L}\p{M}])[^,.;:\d]{0,80}?(?<![\p{L}\p{M}])sau[ \t]*:`, "uy"),
);
/**
 * Whether the text holds VERB_THEN_SAU: tried only where the verb's first word stands, every match opening with it (the
 * phrases are written in lower case and open with GUIDING_WORD). The word is found by its tail from the "ớ" on
 * (GUIDING_TAIL), its head checked before it: indexOf finds a string by its first character, and "h" stands at every
 * few characters of Vietnamese, "ớ" at far fewer (devx5's 300 texts, counting each place: "hướng" 7.4 M instructions a
 * pass, "ớng" 1.7 M). One search of the whole text for VERB_THEN_SAU cost as much as the one for "hướng" (~8 M a pass,
 * 205 of the 300 texts holding the word and the search then reading on to their end).
 */
export function holdsVerbThenSau(text: string): boolean {
  const re = VERB_THEN_SAU();
  for (let at = text.indexOf(GUIDING_TAIL); at >= 0; at = text.indexOf(GUIDING_TAIL, at + 1)) {
    const start = at - GUIDING_HEAD.length;
    if (start < 0 || !text.startsWith(GUIDING_HEAD, start)) continue;
    re.lastIndex = start;
    if (re.test(text)) return true;
  }
  return false;
}
/** Where GUIDING_WORD's tail starts: "ớng" of "hướng", past "hư" ("ư" too stands in many words). */
const GUIDING_TAIL_AT = 2;
const GUIDING_HEAD = GUIDING_WORD.slice(0, GUIDING_TAIL_AT);
const GUIDING_TAIL = GUIDING_WORD.slice(GUIDING_TAIL_AT);

/** How far back from the purpose the told documents may stand: the opening's two or three sentences. */
const TOLD_CHARS = 1000;
/** How far the purpose sentence may run before its "sau:". */
const SENTENCE_CHARS = 800;
/** Characters read before a document for the verb that tells its issue. */
const TOLD_LOOKBACK = 90;

const PURPOSE_WORD = TOLD_PURPOSE_OPENERS[0].split(" ")[0];
/** The opening words at the text's start, a line's start or after a sentence's end. */
const PURPOSE = lazyRegExp(() => new RegExp(String.raw`(^|[.:][ \t]+|\n[ \t]*)(?:${phraseSource(TOLD_PURPOSE_OPENERS, { keepCase: true })})(?![\p{L}\p{M}])`, "gu"));

/**
 * Where the sentence from `from` ends, if it closes on "sau:" (the content follows it); -1 where it ends otherwise (a
 * full stop before whitespace, a blank line) or runs past SENTENCE_CHARS. Read character by character: no pattern.
 */
function contentSentenceEnd(text: string, from: number): number {
  const to = Math.min(text.length, from + SENTENCE_CHARS);
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === COLON) return CLOSING_WORD().test(text.slice(Math.max(from, k - CLOSING_CHARS), k)) ? k : -1;
    if (c === FULL_STOP && (k + 1 === text.length || WHITESPACE.test(text[k + 1]))) return -1;
    if (c === NEWLINE && BLANK_LINE().test(text.slice(k + 1, k + 1 + CLOSING_CHARS))) return -1;
  }
  return -1;
}
const COLON = 58;
const FULL_STOP = 46;
const NEWLINE = 10;
const WHITESPACE = /\s/u;
const CLOSING_CHARS = 12;
/** "sau" right before the colon: "như sau:", "các nội dung sau:", "như sau :". */
const CLOSING_WORD = lazyRegExp(() => /(?<![\p{L}\p{M}])sau[ \t]*$/u);
const BLANK_LINE = lazyRegExp(() => /^[ \t\r]*\n/u);

/** Whether citations from..to-1 (those before `end`) name a numbered document: then the purpose says what it carries out. */
function namesNumbered(r: RoleReading, from: number, end: number): boolean {
  for (let i = from; i < r.spans.length && r.spans[i].start < end; i++) if (r.cited[i].form !== "named") return true;
  return false;
}

/** The verb that tells a document issued or passed, right before it (its sentence's words only), a law's name and "(" between at most. */
const TOLD = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(TOLD_THEN_ACTED_VERBS)})\s+(?:[^.;:\d()]{1,60}\(\s*)?$`, "iu"));
function toldIssued(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - TOLD_LOOKBACK), at);
  let cut = -1;
  for (const stop of SENTENCE_STOPS) cut = Math.max(cut, before.lastIndexOf(stop));
  return TOLD().test(before.slice(cut + 1));
}
const SENTENCE_STOPS = [".", ";", ":"];

/** The writer's own "hướng dẫn" after the purpose's first comma; after a kind word ("ra Thông tư hướng dẫn") it names a document. */
const GUIDING = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(TOLD_PURPOSE_GUIDING)})(?![\p{L}\p{M}])`, "iu"));
const KIND_BEFORE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${KIND_WORDS_SOURCE})\s+$`, "iu"));
/** Characters before "hướng dẫn" read for a kind word. */
const KIND_CHARS = 24;
function writerGuides(sentence: string): boolean {
  const comma = sentence.indexOf(",");
  if (comma < 0) return false;
  const after = sentence.slice(comma + 1);
  const m = GUIDING().exec(after);
  return m !== null && !KIND_BEFORE().test(after.slice(Math.max(0, m.index - KIND_CHARS), m.index));
}
