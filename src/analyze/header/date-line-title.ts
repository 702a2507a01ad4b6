/**
 * A title a crawler's page prints on the place and date line, after the date: the page joins the
 * heading's right column and the kind line, the title and the enacting body into one line ("Hà Nội,
 * ngày 29 tháng 10 năm 2024 QUYẾT ĐỊNH SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 4750/QĐ-BYT … BỘ TRƯỞNG BỘ Y TẾ ⏎
 * Căn cứ …", full32-007; "… năm 2015 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH THẺ BẢO HIỂM Y TẾ … TỔNG GIÁM ĐỐC BẢO
 * HIỂM XÃ HỘI VIỆT NAM", full32-009; full32-005, full32c-002/-003, body33-001, repeal34-006; a law
 * with no body after its title, "… năm 2019 LUẬT SỬA ĐỔI, BỔ SUNG … ⏎ Căn cứ Hiến pháp …",
 * fresh45b-014). No line opens with the kind word, so the kind line's readers find none there.
 */
import type { Kind } from "../../types.js";
import { KIND_WORDS_SOURCE } from "../../vocab/kinds.js";
import { PREAMBLE_OPENERS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { enactingIssuerLines } from "./enacting.js";
import { opensWithIssuerPhrase } from "./issuer-lines.js";
import { KIND_BY_WORD } from "./kind-line.js";
import { LETTER, PREAMBLE_LINE, SESSION_ANY_CASE, clean, isCapitals, nextLines } from "./line-text.js";
import { readTitleLines } from "./title.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

export interface DateLineTitle {
  kind: Kind;
  /** The kind word as written ("QUYẾT ĐỊNH") and where it starts. */
  word: string;
  kindStart: number;
  title: string;
  /** Where the title starts (after the kind word) and ends (before the enacting body, or after its last line). */
  start: number;
  end: number;
}

/**
 * The kind word in capitals right after the date line's date (which ends at `dateEnd`) and the title
 * in capitals after it. The title ends at the line's end; before it, at the enacting body
 * that closes the line (a signer's title before the body, its place and a council's session after it:
 * "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH", "HỘI ĐỒNG NHÂN DÂN TỈNH HOÀ BÌNH KHOÁ XVI KỲ HỌP THỨ TƯ"), or at the
 * preamble's first words where a page runs the whole text on one line ("… ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ
 * NỘI Căn cứ Luật …", fresh30i-011). Where the line ends with neither, the title is the rest of the line
 * and the lines in capitals under it (a title wrapped after ";": fresh45b-005) when the line after
 * them names the body or opens the preamble; null when nothing shows the title's end.
 */
export function titleOnDateLine(head: string, dateEnd: number): DateLineTitle | null {
  const nl = head.indexOf("\n", dateEnd);
  const lineEnd = nl < 0 ? head.length : nl;
  const m = KIND_AFTER_DATE.exec(head.slice(dateEnd, lineEnd));
  if (!m || !isCapitals(m[1])) return null;
  const kind = KIND_BY_WORD.get(m[1].toLowerCase().replace(SPACES, " "));
  if (kind === undefined) return null;
  const start = dateEnd + m[0].length;
  let rest = head.slice(start, lineEnd);
  const preamble = INLINE_PREAMBLE().exec(rest);
  if (preamble) rest = rest.slice(0, preamble.index);
  const body = enactingBodyAtEnd(rest);
  const words = body ?? rest.trimEnd();
  const title = clean(words);
  if (!title || !LETTER().test(title) || !isCapitals(title)) return null;
  const found = { kind, word: m[1], kindStart: dateEnd + m.index + m[0].indexOf(m[1]), start };
  if (preamble || body !== null) return { ...found, title, end: start + words.length };
  // The title runs to the line's end: the next line shows where it ended, or holds more of it.
  if (nl < 0) return null;
  if (closesTitle(head, nl + 1)) return { ...found, title, end: lineEnd };
  const more = readTitleLines(head, nl + 1, false);
  if (!more || !more.lines.every(isCapitals) || !closesTitle(head, more.end)) return null;
  return { ...found, title: [title, ...more.lines].join(" "), end: Math.min(more.end, head.length) };
}

/** The kind word after the date, a space, then more words. */
const KIND_AFTER_DATE = new RegExp(String.raw`^[ \t]+(${KIND_WORDS_SOURCE})[ \t]+(?=\S)`, "iu");
const SPACES = /\s+/g;
/** The preamble's first words inside a line ("… HÀ NỘI Căn cứ Luật …"), as written. */
const INLINE_PREAMBLE = lazyRegExp(() => new RegExp(String.raw`[ \t](?:${phraseSource(PREAMBLE_OPENERS, { keepCase: true })})(?![\p{L}\p{N}])`, "u"));
/** The enacting body's name takes this many words at most, its title, place and session with it. */
const BODY_WORDS_AT_MOST = 20;
/** Words after which a body's name belongs to the title ("… CỦA ỦY BAN NHÂN DÂN TỈNH"): no enacting body begins there. */
const LINKING_WORDS: ReadonlySet<string> = new Set(["CỦA", "VÀ", "VỚI", "CHO", "TẠI", "THUỘC", "GIỮA", "TRỰC"]);

/** `line` without the enacting body that closes it (the leftmost word from which the rest names one), or null when none does. */
function enactingBodyAtEnd(line: string): string | null {
  const words = line.trim().split(SPACES);
  for (let k = Math.max(1, words.length - BODY_WORDS_AT_MOST); k < words.length; k++) {
    if (LINKING_WORDS.has(words[k - 1])) continue;
    if (enactingIssuerLines(words.slice(k).join(" ")) === null) continue;
    // The title's words as written, up to the body's first word.
    const at = wordOffset(line, k);
    return line.slice(0, at).trimEnd();
  }
  return null;
}
/** Where the `k`th word of `line` (split as enactingBodyAtEnd splits it) starts. */
function wordOffset(line: string, k: number): number {
  const re = WORD;
  re.lastIndex = 0;
  let n = 0;
  for (let w = re.exec(line); w; w = re.exec(line)) if (n++ === k) return w.index;
  return line.length;
}
const WORD = /\S+/g;
/** The line at `from` (the next one with words) opens the preamble, names a body, or a council's session. */
function closesTitle(head: string, from: number): boolean {
  const next = nextLines(head, from, 1)[0];
  return next !== undefined && (PREAMBLE_LINE.test(next.text) || SESSION_ANY_CASE().test(next.text) || (isCapitals(next.text) && opensWithIssuerPhrase(next.text)));
}
