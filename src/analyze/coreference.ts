import type { AnalyzedCitation } from "../types.js";

/**
 * An administrative document cited once with its date and again without one ("Kế hoạch số
 * 215/KH-UBND ngày 22/12/2021 ..." then "Kế hoạch số 215/KH-UBND") is one document: the undated
 * mention takes the dated one's id ("@?" becomes "@2021") when the document names exactly one
 * year for that number, ký hiệu and place. With two candidate years it stays unknown.
 */
export function dateUndatedMentions(citations: AnalyzedCitation[]): void {
  // Most documents date every mention: nothing to look up, and no key to build for each citation.
  if (!citations.some((c) => c.id.includes("@?"))) return;
  const years = new Map<string, Set<string>>();
  for (const c of citations) {
    const m = /^(.*)@(\d{4})(~.*)?$/.exec(c.id);
    if (!m) continue;
    const key = `${m[1]}@?${m[3] ?? ""}`;
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
