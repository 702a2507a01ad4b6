/**
 * A news page that tells of a document just issued and then retells its closing article: the acts of that
 * paragraph are the told document's, not the page's.
 */
import type { RelationType } from "../../types.js";
import { ISSUED_IN_WORDS, JUST_ISSUED_WORDS, TOLD_EFFECT_WORDS } from "../../vocab/cues.js";
import { KIND_WORDS_SOURCE, kindByWord } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import { type RoleReading, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { itself, lastAtOrBefore } from "../../shared/search.js";

/**
 * In a page with no heading of its own (neither its kind nor its issuers: a news item), a document the page
 * was read to replace, repeal, amend or correct, whose cue stands in a paragraph that opens with a kind word
 * alone and the words of a document's coming into force (TOLD_EFFECT_WORDS: "Quyết định được đăng Công báo
 * ngày …, có hiệu lực …; thay thế Quyết định số Y"), is acted on by the document of that kind the page said
 * was just issued before the paragraph ("Bộ … vừa ban hành Quyết định số X …", JUST_ISSUED_WORDS): the
 * paragraph retells X's closing article. X acts on it (nested); the page acts on nothing, so it is a
 * reference. Two business.gov.vn items so written (fixtures/fresh/fresh58b-006: "… thay thế Quyết định số
 * 29/2007/QĐ-BGTVT"; fresh58b-009: "… . Bãi bỏ Quy chế … ban hành kèm theo Quyết định số 2455/QĐ-ĐA …");
 * the same site's fresh54f-007 and fresh56c-010 retell the effect alone. A page with no such told document
 * before the paragraph, or whose kind word names another kind, keeps its reading, and a document's own
 * closing article ("Quyết định này có hiệu lực …", under its heading) is its own.
 */
export function toldClosingActs(r: RoleReading): void {
  if (r.ownKind !== null || r.ownIssuers !== null) return;
  const { text, spans } = r;
  // Asked once a text, and only of one with a paragraph so opened: which citations stand right after "vừa ban hành".
  let justIssued: Map<string, number[]> | null = null;
  for (let i = 0; i < r.roles.length; i++) {
    const b = r.bindingOf[i];
    if (b === null || b.actor !== SELF || b.passive || !CLOSING_ACTS.has(r.roles[i])) continue;
    const role = r.roles[i] as RelationType;
    const start = paragraphStart(text, b.end);
    if (start < 0) continue;
    const m = EFFECT_OPENS().exec(text.slice(start, start + OPENING_CHARS));
    if (m === null) continue;
    const kind = kindByWord(m[1])?.slug ?? null;
    if (kind === null) continue;
    // The told document: the last of that kind before the paragraph right after "đã/vừa ban hành" (others of
    // the kind may stand between: fresh58b-006's "(theo Quy định … ban hành kèm theo Quyết định số 32/2005/QĐ-BGTVT …)").
    justIssued ??= justIssuedByKind(r);
    const told = lastBefore(justIssued.get(kind), i, start, spans);
    if (told < 0) continue;
    r.roles[i] = "references";
    r.nested.push({ type: role, from: told, to: i });
  }
}

/** What a closing article does to other documents. */
const CLOSING_ACTS: ReadonlySet<string> = new Set<RelationType>(["replaces", "repeals", "amends", "corrects"]);
/** A kind word alone, then the words of its coming into force, opening the paragraph. */
const EFFECT_OPENS = lazyRegExp(() => new RegExp(String.raw`^\s*(${KIND_WORDS_SOURCE})[ \t]+(?:${phraseSource(TOLD_EFFECT_WORDS)})(?![\p{L}\p{M}])`, "iu"));
/** The blanks and the kind word and words the paragraph opens with. */
const OPENING_CHARS = 80;
const JUST_ISSUED = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(JUST_ISSUED_WORDS)})[ \t]+$`, "iu"));
/** The verbs' longest form and the spaces around it. */
const JUST_ISSUED_CHARS = 32;
/**
 * The same verbs, then what was issued and "tại" right before the document that carries it ("đã ban hành Danh mục
 * thuốc … tại Quyết định số 05/2008/QĐ-BYT", ISSUED_IN_WORDS): the thing issued named in at most ISSUED_OBJECT_CHARS
 * characters of one sentence and with no number in it (a document named there, "đã ban hành Quyết định số 1791/QĐ-UBND
 * về … do Thủ tướng … cấp … tại Quyết định số 1349/QĐ-TTg", is the one issued, not the one after "tại").
 */
const ISSUED_OBJECT_CHARS = 200;
const ISSUED_IN = lazyRegExp(
  () => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(JUST_ISSUED_WORDS)})[ \t]+[^.;\n\d]{1,${ISSUED_OBJECT_CHARS}}[ \t](?:${phraseSource(ISSUED_IN_WORDS)})[ \t]+$`, "iu"),
);
/** The verbs, the thing issued and the word before the document, with the spaces between. */
const ISSUED_IN_CHARS = JUST_ISSUED_CHARS + ISSUED_OBJECT_CHARS + 16;
/** How far back the paragraph's start is looked for: a retold closing article runs to a few hundred characters. */
const PARAGRAPH_LOOKBACK = 1200;
/** The citations of each kind that stand right after "đã/vừa ban hành" (or after "đã/vừa ban hành <what> tại"), in the order of the text. */
function justIssuedByKind(r: RoleReading): Map<string, number[]> {
  const byKind = new Map<string, number[]>();
  for (let x = 0; x < r.spans.length; x++) {
    const kind = r.kinds[x];
    if (kind === null) continue;
    const at = r.spans[x].start;
    if (!JUST_ISSUED().test(r.text.slice(Math.max(0, at - JUST_ISSUED_CHARS), at)) && !ISSUED_IN().test(r.text.slice(Math.max(0, at - ISSUED_IN_CHARS), at))) continue;
    const list = byKind.get(kind);
    if (list === undefined) byKind.set(kind, [x]);
    else list.push(x);
  }
  return byKind;
}

/** The last of `list` (ascending indices) before citation `i` whose span starts before `start`, or -1. */
function lastBefore(list: readonly number[] | undefined, i: number, start: number, spans: readonly { start: number }[]): number {
  if (list === undefined) return -1;
  // Those after the paragraph's start lie inside it (PARAGRAPH_LOOKBACK characters at most): a short walk.
  for (let k = lastAtOrBefore(list, i - 1, itself); k >= 0; k--) if (spans[list[k]].start < start) return list[k];
  return -1;
}

/**
 * The start of the paragraph `at` lies in: after the last blank line before it within PARAGRAPH_LOOKBACK, the
 * text's start when that reaches it, or -1 (a paragraph longer than a closing article). Looked for in that
 * window alone, character by character: a search with no bound (a regex on from it, lastIndexOf back from it)
 * runs to the text's end or start on a text of one line, once per act.
 */
function paragraphStart(text: string, at: number): number {
  const from = Math.max(0, at - PARAGRAPH_LOOKBACK);
  // Scanning back, `lineBreak` is the last line break seen while only spaces or tabs followed it.
  let lineBreak = -1;
  for (let k = at - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (lineBreak >= 0) return lineBreak + 1;
      lineBreak = k;
    } else if (c !== 32 && c !== 9) lineBreak = -1;
  }
  return from === 0 ? 0 : -1;
}
