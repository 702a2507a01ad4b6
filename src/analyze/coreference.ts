import type { AnalyzedCitation } from "../types.js";

/**
 * An administrative document cited once with its date and again without one ("Kế hoạch số
 * 215/KH-UBND ngày 22/12/2021 ..." then "Kế hoạch số 215/KH-UBND") is one document: the undated
 * mention takes the dated one's id ("@?" becomes "@2021") when the document names exactly one
 * year for that number, ký hiệu and place. With two candidate years it stays unknown.
 */
export function dateUndatedMentions(citations: AnalyzedCitation[]): void {
  const undated = new Set<string>();
  for (const c of citations) if (c.id.includes("@?")) undated.add(c.id);
  // Most documents date every mention: nothing to look up, and no key to build for each citation.
  if (undated.size === 0) return;
  // A key is its id three characters shorter ("2021" → "?"): only ids of such a length can date one.
  const lengths = new Set<number>();
  for (const id of undated) lengths.add(id.length + 3);
  const years = new Map<string, Set<string>>();
  for (const c of citations) {
    if (!lengths.has(c.id.length)) continue;
    const key = undatedKey(c.id);
    if (key === null || !undated.has(key)) continue;
    let set = years.get(key);
    if (!set) years.set(key, (set = new Set()));
    set.add(c.id);
  }
  for (const c of citations) {
    if (!c.id.includes("@?")) continue;
    const candidates = years.get(c.id);
    if (candidates?.size === 1) c.id = [...candidates][0];
  }
}

/**
 * The id with its year replaced by "?" ("12/KH-UBND@2021~hau-giang" → "12/KH-UBND@?~hau-giang"),
 * or null when it has no "@" and four digits before its end or its "~": what
 * `/^(.*)@(\d{4})(~.*)?$/` reads (the last such "@"; no line break anywhere), without the regex.
 */
function undatedKey(id: string): string | null {
  if (LINE_BREAK.test(id)) return null;
  for (let at = id.lastIndexOf("@"); at >= 0; at = at > 0 ? id.lastIndexOf("@", at - 1) : -1) {
    const after = at + 5;
    if (after > id.length || (after < id.length && id.charCodeAt(after) !== TILDE)) continue;
    if (!isDigit(id, at + 1) || !isDigit(id, at + 2) || !isDigit(id, at + 3) || !isDigit(id, at + 4)) continue;
    return `${id.slice(0, at)}@?${id.slice(after)}`;
  }
  return null;
}

/** What `.` does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const TILDE = 0x7e;

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}
