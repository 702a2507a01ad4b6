/**
 * An amending law's own title, in capitals, names the laws it amends by their names alone:
 * "LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA
 * PHƯƠNG" (Luật 47/2019/QH14), "… CỦA LUẬT CHỨNG KHOÁN, LUẬT KẾ TOÁN, LUẬT KIỂM TOÁN ĐỘC LẬP, …"
 * (Luật 56/2024/QH15). The title is the law itself (its whole name kept, as any amending name's), and
 * it says what the law amends: each law listed is a mention of its own, as an amending name's list
 * with numbers is (NamedMention.amendedNumbers). Only a title is read so: the name in capitals, its
 * kind word opening its line or right after the date on it (a crawler's page joins the date line and
 * the title: "Hà Nội, ngày 22 tháng 11 năm 2019 LUẬT SỬA ĐỔI, …"). An amending law cited by name
 * elsewhere ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
 * chính quyền địa phương ngày 22 tháng 11 năm 2019;") is one mention of one law, its list untouched.
 *
 * A listing's row is its document's title in mixed case, the subject line opening with it: "Luật sửa
 * đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công tư, …, Luật
 * Quản lý, sử dụng tài sản công của Quốc hội, số 90/2025/QH15" (the customs portal's row, listing50
 * row 54), "Luật sửa đổi , bổ sung một số điều của Luật thuế tiêu thụ đặc biệt" (1993) and "Luật Sửa
 * đổi, bổ sung một số điều của Luật dầu khí 1993" (19/2000/QH10; listing50b rows 5, 52). Such a name
 * opening the text, nothing but markup before it and its line closed after it (TITLE_CLOSES), is read
 * as the title in capitals is; a year right
 * after the list ("Luật dầu khí 1993") is the last law's, as in the official name "… của Bộ luật Hình
 * sự năm 2015" (the amending law 12/2017/QH14), and the title's mention is then undated.
 */
import type { Citation, Kind } from "../types.js";
import type { NamedMention } from "../find/named/index.js";
import { identifyNamed } from "../identify/named.js";
import { NAMED_KINDS } from "../vocab/laws.js";
import { phraseSource } from "../vocab/phrases.js";
import { composedWord, hasSmallLetter, isWhitespaceAt } from "../shared/chars.js";
import { composedText } from "../prepare/composed-text.js";
import { blankRuns } from "../shared/strings.js";

/** The title's list and the laws on it: `title` is the amending law's citation, its span cut before the first law listed. */
export interface TitleList {
  title: Citation;
  listed: Citation[];
}

/** The kind words of laws in a title's capitals ("BỘ LUẬT", "LUẬT", "PHÁP LỆNH", vocab NAMED_KINDS), each with its kind. */
const KIND_OF: ReadonlyMap<string, Kind> = new Map(NAMED_KINDS.flatMap((k) => k.words.map((w) => [w.toUpperCase(), k.kind] as const)));
const KIND_WORDS = phraseSource([...KIND_OF.keys()], { keepCase: true });
/**
 * "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA " after the kind word: where the laws amended begin. A word segmenter's
 * "SỬA ĐỔI , BỔ SUNG" (a space before every comma, as the development corpus prints "sửa đổi , bổ sung") too, as
 * the mixed-case head and the joins between the laws read it.
 */
const AMENDING_TITLE_HEAD = new RegExp(String.raw`^\s*${blankRuns("SỬA ĐỔI")}(?:[ \t]?,)?\s+${blankRuns("BỔ SUNG")}\s+${blankRuns("MỘT SỐ ĐIỀU")}(?:\s+CỦA)?\s+(?=(?:${KIND_WORDS})\s)`, "u");
/** A law's kind word in a title in capitals, at a listed law's start. */
const LISTED_KIND = new RegExp(String.raw`^(${KIND_WORDS})\s+`, "u");
/** Between two laws listed: "," or "VÀ", then the next law's kind word; a title wraps at any of them. */
const LISTED_JOIN = new RegExp(String.raw`(?:\s*,|\s+VÀ)\s+(?=(?:${KIND_WORDS})\s)`, "gu");
/** What stands before a title's kind word on its line: nothing but markup, or the date line's date ("… ngày 22 tháng 11 năm 2019 "). */
const TITLE_PLACE = /^[ \t*_#|]*(?:.*ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+(?:19|20)\d\d[ \t.,]*)?$/u;
/** The same in mixed case: "sửa đổi, bổ sung", "Sửa đổi , bổ sung", then "một số điều của" and a law's kind word. */
const KIND_WORDS_ANY_CASE = phraseSource([...KIND_OF.keys()], { anyCase: true });
const AMENDING_HEAD_ANY_CASE = new RegExp(String.raw`^\s*(?:${phraseSource(["sửa đổi"], { anyCase: true })})(?:\s*,)?\s+bổ\s+sung\s+một\s+số\s+điều(?:\s+của)?\s+(?=(?:${KIND_WORDS_ANY_CASE})\s)`, "u");
const LISTED_KIND_ANY_CASE = new RegExp(String.raw`^(${KIND_WORDS_ANY_CASE})\s+`, "u");
/** Between two laws listed in mixed case: "," or "và", then the next law's kind word ("Luật Thuế xuất khẩu, thuế nhập khẩu" is one law). */
const LISTED_JOIN_ANY_CASE = new RegExp(String.raw`(?:\s*,|\s+và)\s+(?=(?:${KIND_WORDS_ANY_CASE})\s)`, "gu");
/** What may stand before a title that opens the text: white space and markup. */
const TEXT_OPENS = /^[\s*_#|]*$/u;
/**
 * What closes a title opening the text: the end of its line, or the issuer of laws or the title's own
 * number ("… của Quốc hội, số 90/2025/QH15"). A sentence that opens with the name goes on with other
 * words ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai đã quy định rõ."): no title, one mention.
 */
const TITLE_CLOSES = /^[ \t]*(?:[.;]?[ \t]*(?:\r?\n|$)|của[ \t]+(?:Quốc[ \t]+hội|Ủy[ \t]+ban[ \t]+thường[ \t]+vụ[ \t]+Quốc[ \t]+hội)(?![\p{L}\p{N}])|,?[ \t]*số[ \t]+\d)/iu;
/** How far past a title's end its close is looked at. */
const CLOSE_REACH = 40;
/** How far into the text a title opening it may start. */
const OPENING_REACH = 20;
const SPACES = /\s+/gu;
const DIGIT = /\d/u;
/** How far back on its line the title's kind word is looked at. */
const LINE_REACH = 200;

/** Whether a kind word at `start` stands where a title's does: first on its line, or right after the date on it. */
export function inTitlePlace(text: string, start: number): boolean {
  const from = Math.max(0, start - LINE_REACH);
  const before = text.slice(from, start);
  const line = before.lastIndexOf("\n");
  // A line longer than the reach is no title's date line.
  if (line < 0 && from > 0) return false;
  return TITLE_PLACE.test(before.slice(line + 1));
}

/** Whether `start`…`end` is a title opening the text: nothing before it but white space and markup (a listing's subject line, a page's title), its line closed after it (TITLE_CLOSES). */
function opensText(text: string, start: number, end: number): boolean {
  return start <= OPENING_REACH && TEXT_OPENS.test(text.slice(0, start)) && TITLE_CLOSES.test(text.slice(end, end + CLOSE_REACH));
}

/** The amending title `m` and the laws it lists by name, or null where `m` is no such title. */
export function titleListedLaws(text: string, m: NamedMention): TitleList | null {
  if ((m.kind !== "law" && m.kind !== "ordinance") || m.numberAt !== null || m.amendedNumbers !== undefined || m.ownNumberAt !== undefined || m.second !== undefined) return null;
  if (m.date !== null) return null;
  // Read only as the caller wrote it: a window that needed preparing (m.name differs) is left whole. A decomposed copy
  // (NFD, m.name its composed letters: pairs59b-001's title) is read composed, its offsets mapped back.
  const written = m.name === undefined ? null : text.slice(m.nameStart, m.nameEnd);
  if (written !== null && m.name !== written && m.name !== composedWord(written)) return null;
  const capitals = !hasSmallLetter(text.slice(m.start, m.end));
  if (capitals ? m.year !== null || DIGIT.test(text.slice(m.start, m.end)) || !inTitlePlace(text, m.start) : DIGIT.test(text.slice(m.start, m.nameEnd)) || !opensText(text, m.start, m.end)) return null;
  // A year after the list in mixed case ("… của Luật dầu khí 1993") closes the last law's name; in capitals there is none.
  const listEnd = capitals ? m.end : m.nameEnd;
  const region = text.slice(m.kindEnd, listEnd);
  const composed = written !== null && m.name !== written ? composedText(region) : null;
  const read = composed === null ? region : composed.text;
  const at = (p: number, side: "start" | "end"): number => m.kindEnd + (composed === null ? p : composed.map.toOriginal(p, side));
  const head = (capitals ? AMENDING_TITLE_HEAD : AMENDING_HEAD_ANY_CASE).exec(read);
  if (head === null) return null;
  const ends: number[] = [];
  const starts: number[] = [head[0].length];
  const join = capitals ? LISTED_JOIN : LISTED_JOIN_ANY_CASE;
  join.lastIndex = head[0].length;
  for (let j = join.exec(read); j !== null; j = join.exec(read)) {
    ends.push(j.index);
    starts.push(j.index + j[0].length);
  }
  ends.push(read.length);
  const listed: Citation[] = [];
  for (let k = 0; k < starts.length; k++) {
    const kind = (capitals ? LISTED_KIND : LISTED_KIND_ANY_CASE).exec(read.slice(starts[k], ends[k]));
    const kindOf = kind === null ? undefined : KIND_OF.get(kind[1].replace(SPACES, " ").toUpperCase());
    if (kind === null || kindOf === undefined || starts[k] + kind[0].length >= ends[k]) return null;
    const mention: NamedMention = {
      start: at(starts[k], "start"),
      end: at(ends[k], "end"),
      kind: kindOf,
      kindEnd: at(starts[k] + kind[1].length, "end"),
      nameStart: at(starts[k] + kind[0].length, "start"),
      nameEnd: at(ends[k], "end"),
      year: null,
      date: null,
      numberAt: null,
    };
    // The last law takes the year after the list, its span through it.
    if (k === starts.length - 1 && m.year !== null) Object.assign(mention, { end: m.end, year: m.year });
    listed.push(identifyNamed(mention, text));
  }
  const listStart = at(head[0].length, "start");
  // The law's own mention keeps its whole name, its span ending where the first law listed begins; the year is not its own.
  const title = identifyNamed(m.year === null ? m : Object.assign({}, m, { year: null }), text);
  let end = listStart;
  while (end > m.kindEnd && isWhitespaceAt(text, end - 1)) end--;
  title.end = end;
  title.raw = text.slice(title.start, end);
  title.numberEnd = end;
  return { title, listed };
}
