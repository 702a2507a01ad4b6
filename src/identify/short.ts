import type { Citation } from "../types.js";
import type { ShortMention } from "../find/short.js";
import { officialNumber, undatedKeyOf } from "./id.js";

/**
 * A short mention as a Citation: the document is the one full citation of the same kind and
 * number in the same text ("Nghị định 64" after "Nghị định số 64/2018/NĐ-CP"), whose fields and
 * id it takes. With none or several, it stays unresolved (`short:<kind>/<number>@?`, a warning):
 * never a guess.
 */
export function identifyShort(m: ShortMention, text: string, full: readonly Citation[]): Citation {
  const number = officialNumber(m.number);
  const ids = new Map<string, Citation>();
  for (const c of full) if (c.form === "full" && c.kind === m.kind.slug && c.number === number && (m.year === null || ofYear(c, m.year))) ids.set(c.id, c);
  withoutUndatedTwins(ids);
  const raw = text.slice(m.start, m.end);
  // A number listed after a short mention ("Chỉ thị 15, 16"): its kind word is the first's, as in a list of full citations.
  const kindText = m.kindEnd > m.start ? text.slice(m.start, m.kindEnd) : null;
  if (ids.size === 1) {
    const [c] = ids.values();
    return { ...c, start: m.start, end: m.end, raw, kindText, form: "short", numberStart: m.numberStart, numberEnd: m.end, warnings: [] };
  }
  // Written out, not spread from a shared base: a spread that adds properties costs microseconds on Node 20.
  return {
    start: m.start,
    end: m.end,
    raw,
    kind: m.kind.slug,
    kindText,
    form: "short",
    number,
    year: m.year,
    symbol: null,
    typeCode: m.kind.code,
    style: "state",
    date: null,
    issuer: null,
    id: `short:${m.kind.slug}/${number}@?`,
    numberStart: m.numberStart,
    numberEnd: m.end,
    warnings: [
      {
        code: ids.size === 0 ? "short-form-unresolved" : "short-form-ambiguous",
        message: ids.size === 0 ? `"${raw}" names no document cited in full in this text` : `"${raw}" may be any of ${[...ids.keys()].sort().join(", ")}`,
        start: m.start,
        end: m.end,
      },
    ],
  };
}

/**
 * "Nghị định 100/2019" is a decree numbered 100 of 2019: the year in its number, or, where its
 * number has none ("2210/QĐ-TTg"), the year of its date.
 */
function ofYear(c: Citation, year: number): boolean {
  if (c.year !== null) return c.year === year;
  return c.date !== null && c.date.startsWith(String(year));
}

/**
 * "Nghị định 244/HĐBT ngày 30/6/1990" and, later, "Nghị định 244/HĐBT": one document, as the
 * graph merges them. The undated mention leaves the candidates when its dated twin is the only
 * one of its key.
 */
function withoutUndatedTwins(ids: Map<string, Citation>): void {
  if (ids.size < 2) return;
  const datedByKey = new Map<string, number>();
  for (const id of ids.keys()) {
    const key = undatedKeyOf(id);
    if (key !== null) datedByKey.set(key, (datedByKey.get(key) ?? 0) + 1);
  }
  for (const id of [...ids.keys()]) if (datedByKey.get(id) === 1) ids.delete(id);
}
