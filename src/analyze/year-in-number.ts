import type { AnalyzedCitation } from "../types.js";
import { withYearInNumber, yearAfterNumber } from "../identify/id.js";
import { OLDER_BODY_CODES } from "../vocab/codes.js";
import { ISSUED_WITH_WORDS, SUBJECT_LEAD_VERBS, SUBJECT_OPENERS, SUBJECT_WORDS } from "../vocab/subjects.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";

/**
 * One text names one document with the year in its number and without it, on the same day, by the
 * same body, with the same subject:
 * - "Căn cứ Quyết định số 53/QĐ-TTg ngày 22 tháng 11 năm 2012 của Thủ tướng Chính phủ về việc ban hành lộ
 *   trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống" beside "Quyết định số
 *   53/2012/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ" and "Quyết định 53/2012/QĐ-TTg về lộ trình áp
 *   dụng tỷ lệ phối trộn nhiên liệu sinh học …" (fresh60a-001, a province's plan on biofuel);
 * - "… mục III của bản quy định chế độ trợ cấp … và chính sách thu hút nhân tài ban hành theo quyết định số
 *   2751/QĐ-UB ngày 23/8/2002 của UBND tỉnh" in the article that amends it, and "… ban hành theo quyết
 *   định số 2751/2002/QĐ-UB ngày 23/8/2002 của UBND tỉnh" in the one that repeals part of it (seg33b-021).
 * The day alone proves nothing: a council passes its normative 14/2017/NQ-HĐND and its 14/NQ-HĐND on one
 * day, and a text may cite both. The subject the text gives both (SUBJECT_WORDS words alike after "về" or
 * before "ban hành kèm theo") makes them one: each mention without the year takes the id with it (the
 * number as the body wrote it; a citer leaves a year out, never puts one in), with a `year-missing`
 * warning. Two days among the mentions (dev-026's 30/QĐ-UB of 31/3 and 30/2005/QĐ-UB of 31/5), two bodies,
 * or no subject in common leave the two ids, and the graph's `possible-twin` warning, as they were.
 * `text` is the one the citations' offsets point into.
 */
export function oneDocumentWithAndWithoutItsYear(text: string, citations: AnalyzedCitation[]): void {
  // Most texts write no number with its year, or none without: nothing to pair.
  if (!citations.some((c) => c.year !== null) || !citations.some((c) => c.year === null && c.number !== null)) return;
  let twins: Map<string, string> | null = null;
  const ids = new Set<string>();
  for (const c of citations) ids.add(c.id);
  for (const id of ids) {
    // Only a number with no year of its own and its date's year after "@": "2751/QĐ-UB@2002~long-an".
    if (id.indexOf("@") < 0) continue;
    const m = yearAfterNumber(id);
    if (m === null || m.year === "?") continue;
    const yeared = withYearInNumber(m.yearless, m.year);
    if (ids.has(yeared)) (twins ??= new Map()).set(id, yeared);
  }
  if (twins === null) return;
  for (const [yearless, yeared] of twins) {
    const without = citations.filter((c) => c.id === yearless && c.role !== "self");
    const withYear = citations.filter((c) => c.id === yeared);
    if (without.length === 0 || !oneDayOneBody([...without, ...withYear]) || !sameSubject(text, without, withYear)) continue;
    const one = withYear[0];
    for (const c of without) {
      c.warnings.push({
        code: "year-missing",
        message: `"${c.number}/${c.symbol}" read as ${yeared}: the text writes it with its year, on the same day and subject`,
        start: c.numberStart,
        end: c.numberEnd,
      });
      c.id = one.id;
      c.jurisdiction = one.jurisdiction;
    }
  }
}

/** At least one full date, no other, and no two bodies among the mentions' words (UB read as UBND). */
function oneDayOneBody(mentions: readonly AnalyzedCitation[]): boolean {
  let day: string | null = null;
  let body: string | null = null;
  for (const c of mentions) {
    if (c.date !== null) {
      if (day !== null && day !== c.date) return false;
      day = c.date;
    }
    const code = c.issuer?.code ?? null;
    if (code !== null) {
      const newer = OLDER_BODY_CODES.get(code) ?? code;
      if (body !== null && body !== newer) return false;
      body = newer;
    }
  }
  return day !== null;
}

function sameSubject(text: string, as: readonly AnalyzedCitation[], bs: readonly AnalyzedCitation[]): boolean {
  const after = (cs: readonly AnalyzedCitation[]) => cs.map((c) => subjectAfter(text, c.end)).filter((s) => s !== null);
  const before = (cs: readonly AnalyzedCitation[]) => cs.map((c) => issuedBefore(text, c.start)).filter((s) => s !== null);
  return agree(after(as), after(bs)) || agree(before(as), before(bs));
}
const agree = (as: readonly string[], bs: readonly string[]): boolean => as.some((a) => bs.includes(a));

/** How far around a citation its subject is read, within its line. */
const SUBJECT_CHARS = 200;

/** The first SUBJECT_WORDS words of the subject right after a citation ("về việc ban hành lộ trình …" → "lộ trình áp dụng tỷ lệ"), or null. */
function subjectAfter(text: string, end: number): string | null {
  let words = wordsOf(lineOf(text.slice(end, end + SUBJECT_CHARS), false));
  const opener = SUBJECT_OPENERS.find((o) => startsWith(words, o));
  if (opener === undefined) return null;
  words = words.slice(opener.length);
  const verb = SUBJECT_LEAD_VERBS.find((v) => startsWith(words, v));
  if (verb !== undefined) words = words.slice(verb.length);
  return words.length < SUBJECT_WORDS ? null : words.slice(0, SUBJECT_WORDS).join(" ");
}

/** The last SUBJECT_WORDS words of the text a citation issued, named before "ban hành (kèm) theo" right before it, or null. */
function issuedBefore(text: string, start: number): string | null {
  const words = wordsOf(lineOf(text.slice(Math.max(0, start - SUBJECT_CHARS), start), true));
  const link = ISSUED_WITH_WORDS.find((w) => endsWith(words, w));
  if (link === undefined) return null;
  const named = words.slice(0, words.length - link.length);
  return named.length < SUBJECT_WORDS ? null : named.slice(named.length - SUBJECT_WORDS).join(" ");
}

/** The part of `s` on the citation's line and in its clause: before the first, or after the last, line break or ";". */
function lineOf(s: string, tail: boolean): string {
  let at = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "\n" || ch === "\r" || ch === ";") {
      if (!tail) return s.slice(0, i);
      at = i;
    }
  }
  return s.slice(at + 1);
}

/** Lower-cased words, marks composed; "v/v" kept whole, other punctuation (", “ ” ( ) .") dropped. */
const wordsOf = (s: string): string[] => s.normalize("NFC").toLowerCase().split(NOT_WORD()).filter((w) => w.length > 0);
const NOT_WORD = lazyRegExp(() => /[^\p{L}\p{M}\p{N}/]+/u);
const startsWith = (words: readonly string[], phrase: readonly string[]): boolean => phrase.every((w, i) => words[i] === w);
const endsWith = (words: readonly string[], phrase: readonly string[]): boolean => phrase.every((w, i) => words[words.length - phrase.length + i] === w);
