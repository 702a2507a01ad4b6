import type { Citation } from "../types.js";
import type { ShortMention } from "../find/short.js";
import { officialNumber } from "./id.js";

/**
 * A short mention as a Citation: the document is the one full citation of the same kind and
 * number in the same text ("Nghị định 64" after "Nghị định số 64/2018/NĐ-CP"), whose fields and
 * id it takes. With none or several, it stays unresolved (`short:<kind>/<number>@?`, a warning):
 * never a guess.
 */
export function identifyShort(m: ShortMention, text: string, full: readonly Citation[]): Citation {
  const number = officialNumber(m.number);
  const ids = new Map<string, Citation>();
  for (const c of full) if (c.form === "full" && c.kind === m.kind.slug && c.number === number) ids.set(c.id, c);
  const base = {
    start: m.start,
    end: m.end,
    raw: text.slice(m.start, m.end),
    kindText: text.slice(m.start, m.kindEnd),
    form: "short" as const,
    numberStart: m.numberStart,
    numberEnd: m.end,
  };
  if (ids.size === 1) {
    const [c] = ids.values();
    return { ...c, ...base, warnings: [] };
  }
  return {
    ...base,
    kind: m.kind.slug,
    number,
    year: null,
    symbol: null,
    typeCode: m.kind.code,
    style: "state",
    date: null,
    issuer: null,
    id: `short:${m.kind.slug}/${number}@?`,
    warnings: [
      {
        code: ids.size === 0 ? "short-form-unresolved" : "short-form-ambiguous",
        message:
          ids.size === 0
            ? `"${base.raw}" names no document cited in full in this text`
            : `"${base.raw}" may be any of ${[...ids.keys()].sort().join(", ")}`,
        start: m.start,
        end: m.end,
      },
    ],
  };
}
