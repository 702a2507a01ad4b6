/**
 * A page that sums up, in its first lines, what a document or an event it told of says ("… ban hành Hướng dẫn
 * 152-HD/BTGTW … ⏎ Theo đó, …"): a news item, which carries out, rests on and guides nothing itself.
 */
import { TOLD_POINTS_HEED, TOLD_POINTS_LINKS, TOLD_POINTS_MODALS, TOLD_POINTS_NOUNS, TOLD_SUMMARY_BEFORE_KIND, TOLD_SUMMARY_WORDS } from "../../vocab/cues.js";
import { KIND_WORDS_SOURCE } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import { type RoleReading, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * On a page with no number of its own (no "Số:" line, no issuer codes: a web page, not a document's copy), a
 * paragraph opening with "Theo đó" (TOLD_SUMMARY_WORDS) or "Theo <kind word>," (TOLD_SUMMARY_BEFORE_KIND) among
 * its first LEAD_LINES lines, or a line heading the points it sums up of a named document (POINTS_OPENS), makes the
 * page a retelling: its headline's "Hướng dẫn (áp dụng) X …", a caption's "Thực
 * hiện Nghị định 41 …", a lead's "…; thực hiện Chỉ thị 05-CT/TW" or "…; đồng thời triển khai Nghị quyết số 02/NQ-CP"
 * are what the told document does or what others did, so the page's own implements, based_on and guides are
 * references. Of the 2,736 probe and dev texts, the 49 so opening have no relation of their own in their golds
 * (fixtures/fresh/fresh62i-009, pairs59-005, fresh60c-009 and fresh44c-001 were read to have some). The summary's
 * opening word is written with its capital: a line a PDF wrapped mid-sentence ("… ⏎ theo đó …") opens no paragraph.
 * The acts a page retells of a told document's closing article are told-closing.ts's. So are its amends, repeals,
 * replaces and corrects here: "Theo đó, Thông tư sửa đổi, bổ sung một số điều của Thông tư số 16/2013/TTBGTVT … gồm:
 * …; Bãi bỏ Điều 6 của Thông tư số 16/2013/TT-BGTVT …; Thay thế Phụ lục I, Phụ lục II của Thông tư số 16/2013/TT-BGTVT
 * …" (Bộ Giao thông vận tải's news, fixtures/fresh/fresh64b-010) retells the amending circular's articles, the page
 * acts on nothing (ketoan.biz's pairs65-002 tells its decree's amending in the lead: the same reading). Of the probe
 * and dev texts so opening, no other was read to have an act of its own.
 */
export function summaryActsOnNothing(r: RoleReading): void {
  if (r.ownCodes !== null || r.ownIssuers !== null) return;
  const own: number[] = [];
  for (let i = 0; i < r.roles.length; i++) if (TOLD_ROLES.has(r.roles[i]) && r.bindingOf[i]?.actor === SELF) own.push(i);
  // The page's lines are read only when it has such a relation: most texts never get that far.
  if (own.length === 0 || !summarizesTold(r.text)) return;
  for (const i of own) r.roles[i] = "references";
}

/** The relations a retelling page does not have itself: its told document's or others' acts. */
const TOLD_ROLES: ReadonlySet<string> = new Set(["implements", "based_on", "guides", "amends", "repeals", "replaces", "corrects"]);
/** A headline, a byline or a posting time, an image's caption, the lead: the summary opens within these lines. */
const LEAD_LINES = 8;
/**
 * "Theo đó" opening a line (after markup or a bullet), then a comma or a blank; or "Theo" and a kind word alone, then
 * a comma ("Theo Chương trình hành động, …": no number, so the document told before, not one named anew).
 */
const SUMMARY_OPENS = lazyRegExp(() => new RegExp(
  String.raw`^[ \t*_>-]*(?:(?:${phraseSource(TOLD_SUMMARY_WORDS)})(?=[ \t]*,|[ \t])|(?:${phraseSource(TOLD_SUMMARY_BEFORE_KIND)})[ \t]+(?:${KIND_WORDS_SOURCE})[ \t]*,)`,
  "iu",
));

/**
 * A line heading the points of a named or told document (vocab/cues.ts TOLD_POINTS_*): "### 1. Những điểm đáng lưu ý
 * trong Nghị định …", "Một số nội dung có thể lưu ý:". Past markup, a bullet or an item's number, "một số", "những" or
 * "các"; then the noun, "mới", the modal, the heeding words, and a colon or a link word, any run of blanks between (a
 * justified copy's "Một  số  nội  dung"). Bounded words, one anchor: linear.
 */
const POINTS_OPENS = lazyRegExp(() => new RegExp(
  String.raw`^[ \t*_>#•\-\d.)]*(?:(?:một[ \t]{1,8}số|những|các)[ \t]+)?(?:${phraseSource(TOLD_POINTS_NOUNS)})(?:[ \t]+mới)?[ \t]+(?:${phraseSource(TOLD_POINTS_MODALS)})[ \t]+(?:${phraseSource(TOLD_POINTS_HEED)})[ \t]*(?::|[ \t](?:${phraseSource(TOLD_POINTS_LINKS)})[ \t])`,
  "iu",
));

/** The summary's first letter, past markup or a bullet, a capital (SUMMARY_OPENS reads kind words in any case). */
const CAPITAL_T = /^[ \t*_>-]*T/u;

function summarizesTold(text: string): boolean {
  let lines = 0;
  for (let at = 0; at < text.length && lines < LEAD_LINES; ) {
    const next = text.indexOf("\n", at);
    const end = next < 0 ? text.length : next;
    const line = text.slice(at, end);
    at = end + 1;
    if (line.trim().length === 0) continue;
    lines++;
    if (SUMMARY_OPENS().test(line) && CAPITAL_T.test(line)) return true;
    if (POINTS_OPENS().test(line)) return true;
  }
  return false;
}
