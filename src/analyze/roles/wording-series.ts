/**
 * An article's heading that lists several acts on one document over its wording and its provisions
 * ("Điều 2. Bổ sung, thay thế, bãi bỏ một số từ, cụm từ, điểm, khoản, điều của Thông tư số X"), each
 * verb read as its own act (head-cue.ts). Its "thay thế" replaces only what the article's items replace:
 * where they replace wording alone ("1. Thay thế cụm từ “A” bằng cụm từ “B” tại …"), X is amended, not
 * replaced, as a wording series' is (vocab WORDING_VERBS); where an item replaces a provision, a form or
 * an appendix ("8. Các biểu mẫu … thay thế các biểu mẫu tại Phụ lục II kèm theo Quyết định số X", Hà Nội
 * 40/2025/QĐ-UBND, fixtures/fresh/fresh41a-015) it stays replaces.
 */
import { WORDING_PROVISION_WORDS, WORDING_VERBS, WORDING_WORDS } from "../../vocab/cues.js";
import { ARTICLE_WORD } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { NEXT_ARTICLE_HEADING } from "./patterns.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * Whether the replacing cue ending at `cueEnd` stands in an article's heading whose series names wording
 * among provisions, and the article's items replace wording and nothing else. "Điều 2. Bổ sung, thay
 * thế, bãi bỏ một số từ, cụm từ, điểm, khoản, điều của Thông tư số 44/2022/TT-BTC … ⏎ 1. Thay thế cụm từ
 * “Lao động - Thương binh và Xã hội” bằng cụm từ “Nội vụ” …; thay thế cụm từ “cơ quan …” … 3. Bãi bỏ Điều
 * 10, …" (Bộ Tài chính 95/2025/TT-BTC, fixtures/fresh/fresh49b-002), "Điều 1. Thay thế, sửa đổi, bổ sung,
 * bãi bỏ một số điều, khoản, điểm, cụm từ của Nghị quyết số 35/2024/NQ-HĐND … 2. Thay thế cụm từ “Chủ tịch
 * Ủy ban nhân dân quận, huyện, thị xã” thành …" (HĐND Hà Nội, 2025, fresh41d-007): both golds read amends
 * and repeals, no replaces. An article whose items are not read (none replaces anything) keeps replaces.
 */
export function replacesWordingOnly(text: string, cueStart: number, cueEnd: number): boolean {
  // The line's start is looked for within HEADING_LEAD_CHARS only: a text without line breaks would
  // otherwise be walked back to its start for every "thay thế" in it.
  const from = Math.max(0, cueStart - HEADING_LEAD_CHARS);
  const lead = text.slice(from, cueStart);
  const lineBreak = lead.lastIndexOf("\n");
  if (lineBreak < 0 && from > 0) return false;
  if (!HEADING_LEAD.test(lead.slice(lineBreak + 1))) return false;
  const series = SERIES_OBJECT().exec(text.slice(cueEnd, cueEnd + SERIES_CHARS));
  if (series === null || !WORDING_IN().test(series[0])) return false;
  // The article's body: to the next article's heading at a line's start (a quoted new article opens
  // with its quote mark), within BODY_CHARS.
  const stretch = text.slice(cueEnd, cueEnd + BODY_CHARS);
  const next = NEXT_ARTICLE.exec(stretch);
  const body = next === null ? stretch : stretch.slice(0, next.index);
  let wording = false;
  REPLACING().lastIndex = 0;
  for (let m = REPLACING().exec(body); m !== null; m = REPLACING().exec(body)) {
    if (!WORDING_NEXT().test(body.slice(m.index + m[0].length, m.index + m[0].length + WORDING_NEXT_CHARS))) return false;
    wording = true;
  }
  return wording;
}

// Module constants: a \p{…} literal inside a function is rebuilt by the bundler on every call.
/** The heading's article number and the verbs before the cue: "Điều 2. Bổ sung, " (no stop or colon). */
const HEADING_LEAD = new RegExp(String.raw`^[ \t*#_]*${ARTICLE_WORD}[ \t]+\d{1,3}[ \t]*[.:][^.;:\n]{0,40}$`, "iu");
const HEADING_LEAD_CHARS = 64;
/** Wording as a series or an item names it (WORDING_WORDS: "cụm từ", "từ ngữ", "từ, cụm từ" …). */
const WORDING = phraseSource(WORDING_WORDS);
/** What a series may name: wording, "từ" alone, and provisions (WORDING_PROVISION_WORDS). */
const UNIT = String.raw`(?:${WORDING}|từ|${phraseSource(WORDING_PROVISION_WORDS)})(?![\p{L}\p{N}])`;
/**
 * After the cue, the rest of the series and its objects: ", bãi bỏ một số từ, cụm từ, điểm, khoản, điều",
 * ", sửa đổi, bổ sung, bãi bỏ một số điều, khoản, điểm,⏎cụm từ". Each step takes a separator and a word
 * from a closed list, at most eight: linear.
 */
const SERIES_OBJECT = lazyRegExp(() => new RegExp(
  String.raw`^(?:\s*(?:,|và(?![\p{L}\p{N}]))\s*(?:${phraseSource(WORDING_VERBS)})(?![\p{L}\p{N}])){0,4}\s*(?:(?:một\s+số|các)\s+)?${UNIT}(?:\s*(?:,|và(?![\p{L}\p{N}]))\s*${UNIT}){0,8}`,
  "iu",
));
const SERIES_CHARS = 120;
/** The series names wording (WORDING_WORDS). */
const WORDING_IN = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${WORDING})(?![\p{L}\p{N}])`, "iu"));
/** A body's length at most: an amending article with its quoted new provisions. */
const BODY_CHARS = 20_000;
const NEXT_ARTICLE = new RegExp(NEXT_ARTICLE_HEADING, "u");
/** A replacing verb in the body. */
const REPLACING = lazyRegExp(() => /(?<![\p{L}\p{N}])thay\s+thế(?![\p{L}\p{N}])/giu);
/** What an item's "thay thế" replaces is wording: "cụm từ “…”", "các cụm từ", "từ “tỉnh”". */
const WORDING_NEXT = lazyRegExp(() => new RegExp(String.raw`^\s*(?:(?:một\s+số|các|toàn\s+bộ)\s+)?(?:(?:${WORDING})(?![\p{L}\p{N}])|từ\s*["“])`, "iu"));
const WORDING_NEXT_CHARS = 40;
