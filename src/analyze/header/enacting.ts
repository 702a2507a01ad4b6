/**
 * The enacting body where no heading names it: the line in capitals (or sentence case) above the
 * preamble, the closing formula's "… ban hành …", and the day a council's resolution was passed.
 */
import { ISSUER_LINE_HEADS, ISSUER_SUBJECTS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { isoDate } from "../../identify/dates.js";
import { ISSUER_TITLES, issuerAfterTitle, issuerByPhrase, type IssuerEntry } from "../../vocab/issuers.js";
import { foldSpaces } from "../sentences.js";
import { INSIDE_PLACE_NAMES, NOT_IN_PLACE_NAMES, PLACE_NAME_OPENERS, PLACE_TYPE_ABBREVIATIONS, PLACE_TYPES } from "../../vocab/places.js";
import { findProvince } from "../../vocab/provinces.js";
import { KIND_WORDS_AS_WRITTEN } from "./kind-line.js";
import { LETTER, PREAMBLE_LINE, SESSION, SESSION_ANY_CASE, clean, isCapitals } from "./line-text.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { HeadLines, execAtBreaks } from "../head-lines.js";

/**
 * The body a text enacts in the line right above its preamble, when no heading names one: a copy
 * printed without its heading ("NGHỊ QUYẾT ⏎ Về … ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH X ⏎ KHÓA XI, KỲ HỌP THỨ
 * BA ⏎ Căn cứ …", "QUYẾT ĐỊNH ⏎ … ⏎ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Y ⏎ Căn cứ …"). The line in
 * capitals before the first "Căn cứ" at a line's start, a council's session line passed over;
 * looked for within ENACTING_REACH characters after `from`. The body whose phrase opens the line
 * (a title such as "CHỦ TỊCH" read past), or null.
 */
export function enactingBody(text: string, from: number, head = new HeadLines(text)): IssuerEntry | null {
  const lines = enactingLines(text, from, head);
  if (lines.length === 0) return null;
  const line = lines[lines.length - 1];
  // "HỘI ĐỒNG NHÂN DÂN ⏎ TỈNH ĐỒNG THÁP": the body's name wrapped, its place on a line of its own.
  return bodyOpening(line) ?? (lines.length === 2 ? bodyOpening(`${lines[0]} ${line}`) : null);
}

/**
 * The line in capitals right above the preamble that enactingBody reads ("ỦY BAN NHÂN DÂN HUYỆN
 * BÌNH CHÁNH ⏎ Căn cứ …"), with the line in capitals before it (a wrapped name's first half, or the
 * title): none, one or two lines, cleaned. Where a heading laid out as a table and flattened has lost
 * the line under the body ("ỦY BAN NHÂN DÂN | ⏎ CỘNG HÒA …"), this line still names the place.
 */
export function enactingLines(text: string, from: number, head = new HeadLines(text)): string[] {
  const window = text.slice(from, from + ENACTING_REACH);
  const preamble = execAtBreaks(head, BASIS_LINE_AT, window, from);
  if (!preamble) return [];
  const lines = window.slice(0, preamble.index).split("\n").map(clean).filter((t) => t !== "");
  let k = lines.length - 1;
  if (k >= 0 && SESSION().test(lines[k])) k--;
  const line = k >= 0 ? lines[k] : "";
  if (!line || !isCapitals(line) || !LETTER().test(line)) return [];
  // "HỘI ĐỒNG NHÂN DÂN QUẬN TÂN PHÚ KHÓA I, KỲ HỌP LẦN THỨ 7": the council's session on its line, cut off.
  const tail = SESSION_TAIL().exec(line);
  const own = tail ? line.slice(0, tail.index) : line;
  return k >= 1 && isCapitals(lines[k - 1]) && LETTER().test(lines[k - 1]) ? [lines[k - 1], own] : [own];
}
/** The body whose phrase opens a line in capitals, a title ("CHỦ TỊCH") before it read past; or null. */
function bodyOpening(line: string): IssuerEntry | null {
  const words = line.split(" ");
  const opening = (n: number) => words.slice(0, n).join(" ");
  for (let n = Math.min(words.length, BODY_WORDS_AT_MOST); n > 0; n--) {
    const entry = issuerByPhrase(opening(n));
    if (entry) return entry;
  }
  for (let n = Math.min(words.length, TITLE_WORDS_AT_MOST + BODY_WORDS_AT_MOST); n > 1; n--) {
    const entry = issuerAfterTitle(opening(n));
    if (entry) return entry;
  }
  return null;
}
/**
 * The day a council's resolution says it was passed, in its closing formula: "Nghị quyết này đã được
 * Hội đồng nhân dân tỉnh X khóa IX, kỳ họp thứ 5 thông qua ngày 14 tháng 7 năm 2017 …" (a copy
 * printed without its heading dates itself there only), the day written in words or in figures:
 * "… Trà Vinh khoá IX, kỳ họp thứ 4 thông qua ngày 13/7/2017 và có hiệu lực từ ngày 24/7/2017"
 * (fresh44b-001, -002, -003, -014; "13/7/ 2017", a space after the slash, in fresh44b-013 and
 * fresh37a-009; fresh37a-003, full33b-023, seg33-026, dev-000). The first such formula's date (ISO), or null.
 */
export function councilPassedOn(text: string): string | null {
  if (!text.includes("thông qua")) return null;
  const m = PASSED_ON.exec(text);
  return m ? isoDate(m[1] ?? m[4], m[2] ?? m[5], m[3] ?? m[6]).date : null;
}
const PASSED_ON = new RegExp(
  String.raw`Nghị[ \t\n]+quyết[ \t\n]+này[ \t\n]+(?:đã[ \t\n]+)?được[ \t\n]+(?:Hội[ \t\n]+đồng[ \t\n]+nhân[ \t\n]+dân|HĐND)[^.;:]{0,160}?[ \t\n]thông[ \t\n]+qua[ \t\n]+(?:vào[ \t\n]+)?ngày[ \t\n]+` +
    String.raw`(?:(\d{1,2})[ \t\n]+tháng[ \t\n]+(\d{1,2})[ \t\n]+năm[ \t\n]+(\d{4})|(\d{1,2})[ \t]*\/[ \t]*(\d{1,2})[ \t]*\/[ \t]*(\d{4})(?!\d))`,
  "iu",
);
/**
 * The body the preamble's closing formula names as the one issuing, on a line of its own: "Bộ trưởng
 * Bộ Công an ban hành Thông tư quy định …", "Tổng Kiểm toán nhà nước ban hành Quyết định …" (the form
 * the 2015 law sets). A copy printed without its heading (a print page, a blog) names its issuer there
 * only. The first such line within ENACTING_REACH * 2 characters, or null.
 */
export function promulgatingBody(text: string, lines = new HeadLines(text)): IssuerEntry | null {
  const head = text.slice(0, ENACTING_REACH * 2);
  // Its line holds "ban hành" (BAN_HANH): a head without it (a third of real texts) is not searched line by line.
  const m = BAN_HANH.test(head) ? execAtBreaks(lines, PROMULGATING_LINE_AT(), head) : null;
  if (!m) return null;
  const phrase = foldSpaces(m[1]).trim();
  return issuerByPhrase(phrase) ?? issuerAfterTitle(phrase);
}
// Tried at the text's start and its line breaks alone (sticky: execAtBreaks), where every match opens.
const PROMULGATING_LINE_AT = lazyRegExp(() => new RegExp(
  String.raw`(?:^|\n)[ \t*_-]*((?:${phraseSource([...ISSUER_SUBJECTS, ...ISSUER_LINE_HEADS], { keepCase: true })})[ \t][^\n.;:,]{1,80}?)[ \t]+ban[ \t]+hành[ \t]+(?:${KIND_WORDS_AS_WRITTEN})(?![\p{L}\p{N}])`,
  "uy",
));
const BAN_HANH = /ban[ \t]+hành/;
/** The first line that opens the preamble's bases ("Căn cứ …"), tried at a line's break or the window's start (execAtBreaks). */
const BASIS_LINE_AT = /(?:^|\n)[ \t*_]*Căn[ \t]+cứ[ \t]/uy;
const ENACTING_REACH = 2500;
/** A title ("CHỦ TỊCH", "BỘ TRƯỞNG", "PHÓ CHỦ TỊCH") takes this many words at most before the body. */
const TITLE_WORDS_AT_MOST = 3;
/** A body's phrase takes this many words at most ("HỘI ĐỒNG NHÂN DÂN"; the place after it is not read). */
const BODY_WORDS_AT_MOST = 8;

/**
 * The enacting body's line of a text printed without its heading block: the line right above the
 * preamble's first line ("Căn cứ …", "Điều 1.", PREAMBLE_LINE) or above a council's session line
 * ("Khóa VII, kỳ họp thứ 13", any case), below the kind's line, within ENACTING_LINES lines of it:
 * "Quyết định về … ⏎ Ủy ban nhân dân tỉnh lâm đồng ⏎ Căn cứ …", "NGHỊ QUYẾT ⏎ VỀ … ⏎ HỘI ĐỒNG NHÂN
 * DÂN TỈNH X ⏎ KHÓA XV, KỲ HỌP THỨ 8 ⏎ Căn cứ …". The line's body as heading lines in capitals
 * (enactingIssuerLines) and where the line starts; null when no such line names a body.
 */
export function enactingLine(head: string, kindAt: number): { issuerLines: string[]; start: number } | null {
  const firstEnd = head.indexOf("\n", kindAt);
  if (firstEnd < 0) return null;
  let previous: { text: string; start: number } | null = null;
  let before: { text: string; start: number } | null = null;
  for (let pos = firstEnd + 1, seen = 0; pos < head.length && seen <= ENACTING_LINES; ) {
    const nl = head.indexOf("\n", pos);
    const end = nl < 0 ? head.length : nl;
    const t = clean(head.slice(pos, end));
    if (t) {
      if (SESSION_ANY_CASE().test(t) || PREAMBLE_LINE.test(t)) {
        if (!previous) return null;
        const lines = enactingIssuerLines(previous.text);
        if (lines) return { issuerLines: lines, start: previous.start };
        // "HỘI ĐỒNG NHÂN DÂN ⏎ TỈNH ĐỒNG THÁP": the body's name wrapped, its place on a line of its own;
        // or wrapped anywhere else ("Ủy ban nhân dân thành phố ⏎ hồ chí minh", "Ủy ban nhân ⏎ dân thành
        // phố hồ chí minh", as a PDF wraps it). The two lines are read as one line is: opening with a
        // body's name, a place's name after its type, so a title's line above reads as none.
        const joined = before ? enactingIssuerLines(`${before.text} ${previous.text}`) : null;
        return joined ? { issuerLines: joined, start: before!.start } : null;
      }
      before = previous;
      previous = { text: t, start: pos };
      seen++;
    }
    pos = end + 1;
  }
  return null;
}
/** The enacting body's line is looked for this many lines below the kind's line at most (a title's lines, the body's). */
const ENACTING_LINES = 8;
/** A council's session written on its body's line ("Hội đồng nhân dân tỉnh x khóa iv, kỳ họp chuyên đề"): cut there. */
const SESSION_TAIL = lazyRegExp(() => /[ \t,]+kh(?:óa|oá)[ \t]+[ivxlc0-9]{1,6}(?![\p{L}\p{M}\p{N}])/iu);
/**
 * A body's name on its enacting line takes this many words at most, a segmenter's "-" counted as a word
 * ("bộ lao động - thương binh và xã hội"); the whole line, title and place with it, this many.
 */
const ENACTING_BODY_WORDS = 12;
const ENACTING_WORDS_AT_MOST = 20;
/** Nor more characters than this (a paragraph's line is read no further: SESSION_TAIL and SPACED_COMMA scan it). */
const ENACTING_LINE_CHARS = 200;
/** A word segmenter's space before a comma ("Sở văn hóa , thể thao và du lịch"). */
const SPACED_COMMA = /[ \t]+,/g;
/** A place's type opening the words ("tỉnh lâm đồng", "quận 3", "thành phố hồ chí minh", "tp. Huế"). */
const PLACE_TYPE_OPENING = new RegExp(String.raw`^(?:${phraseSource([...PLACE_TYPES, ...Object.keys(PLACE_TYPE_ABBREVIATIONS)])})(?:[ \t]|$)`, "iu");
/**
 * Whether the words after a place's type on an enacting line are a place's name, not a sentence's
 * ("tỉnh đã chỉ đạo …"): a few words, none that no name holds (NOT_IN_PLACE_NAMES, as the header's
 * other readers of names allow them); a province's name after "tỉnh".
 */
export function isPlaceName(type: string, name: string): boolean {
  // A segmenter's spaced dash is no word ("bà rịa - vũng tàu").
  const words = name.toLowerCase().split(" ").filter((w) => !DASH_WORD.test(w));
  if (words.length > PLACE_NAME_WORDS) return false;
  const held = words.every((w, i) => !NOT_IN_PLACE_NAMES.has(w) || (i === 0 ? PLACE_NAME_OPENERS.has(w) : INSIDE_PLACE_NAMES.has(w)));
  // "tỉnh" names only provinces; "thành phố" a centrally-run city or a provincial one ("thành phố vinh").
  return held && (type.toLowerCase() !== PROVINCE_TYPE || findProvince(name) !== null);
}
const PROVINCE_TYPE = "tỉnh";
const DASH_WORD = /^[-–]$/;
/** A place's name takes this many words at most ("thành phố hồ chí minh", "huyện đắk r'lấp"). */
const PLACE_NAME_WORDS = 4;
/** The signers' titles a body's line may open with ("Chủ tịch ủy ban nhân dân …", "Bộ trưởng bộ …", "Thống đốc ngân hàng nhà nước"), lower case, longest first. */
const SIGNER_TITLES = [...ISSUER_TITLES, ...ISSUER_LINE_HEADS].map((t) => t.toLowerCase()).sort((a, b) => b.length - a.length);

/**
 * The body an enacting line names, as a heading writes it in capitals: the body's phrase, and its
 * place on a line of its own ("Ủy ban nhân dân quận 3": "ỦY BAN NHÂN DÂN", "QUẬN 3"), as a heading
 * splits them. A signer's title before the body is read past ("Chủ tịch ủy ban nhân dân tỉnh x",
 * "Bộ trưởng bộ nội vụ"); a phrase that is a body itself ("Thủ tướng chính phủ") is that body. After
 * the body only its place may stand (a place's type and name, or a province's name), or nothing:
 * a sentence ("Chính phủ ban hành Nghị định …") is no body's line. Null when the line names none.
 */
export function enactingIssuerLines(line: string): string[] | null {
  if (line.length > ENACTING_LINE_CHARS) return null;
  let t = line.replace(SPACED_COMMA, ",");
  const session = SESSION_TAIL().exec(t);
  if (session) t = t.slice(0, session.index);
  const { words, starts: at } = spacedWords(t);
  if (words.length > ENACTING_WORDS_AT_MOST) return null;
  const single = !t.includes("  ");
  const lower = t.toLowerCase();
  const title = SIGNER_TITLES.find((s) => lower.startsWith(s) && lower.charAt(s.length) === " ");
  // The body after the title ("bộ trưởng | bộ nội vụ"), or sharing the title's last words: the State
  // Auditor General is "Tổng kiểm toán nhà nước", of "Kiểm toán nhà nước".
  const titleWords = title ? title.split(" ").length : 0;
  const starts = [titleWords];
  for (let k = 1; k < titleWords; k++) starts.push(k);
  if (titleWords > 0) starts.push(0);
  for (const from of starts) {
    for (let n = Math.min(words.length - from, ENACTING_BODY_WORDS); n > 0; n--) {
      const body = wordsJoined(t, words, at, from, from + n, single);
      if (issuerByPhrase(body) === null) continue;
      const rest = words.slice(from + n).join(" ");
      if (rest === "") return [body.toUpperCase()];
      const type = PLACE_TYPE_OPENING.exec(rest);
      if (type === null) return findProvince(rest) !== null ? [body.toUpperCase()] : null;
      const name = rest.slice(type[0].length).trim();
      if (name === "") return [body.toUpperCase()];
      return isPlaceName(type[0].trim(), name) ? [body.toUpperCase(), rest.toUpperCase()] : null;
    }
  }
  return null;
}
/**
 * `t.split(" ")`'s words but the empty ones, and where each starts in `t`. enactingIssuerLines asks every run of up to
 * ENACTING_BODY_WORDS words of its line whether it names a body (440 lines and ~5,000 runs a devx5 pass); the split's
 * and the filter's arrays, and a join of each run, cost more than the look-ups (bench/README, session 59).
 */
export function spacedWords(t: string): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i <= t.length; ) {
    let j = t.indexOf(" ", i);
    if (j < 0) j = t.length;
    if (j > i) {
      words.push(t.slice(i, j));
      starts.push(i);
    }
    i = j + 1;
  }
  return { words, starts };
}
/**
 * `words.slice(from, to).join(" ")`, for spacedWords' `words` and `starts` of `t`: where no two spaces stand together
 * in `t` (`single`), one space is all that parts two words, and the run is `t`'s own slice (one copy, no array).
 */
export function wordsJoined(t: string, words: readonly string[], starts: readonly number[], from: number, to: number, single: boolean): string {
  if (!single || from >= to) return words.slice(from, to).join(" ");
  return t.slice(starts[from], starts[to - 1] + words[to - 1].length);
}
