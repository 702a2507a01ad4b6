/**
 * What a worker sends the main thread for `vncite graph`: the fields of an analysis the graph
 * reads (GraphInput), not the analysis. Whatever crosses threads is copied, and on 10,000 plans
 * the rest (raw text and offsets of every citation, parts, promulgatedBy, pinpoint offsets) was
 * a quarter of the bytes, made, copied and collected for nothing.
 */
import { pinpointLabel } from "../find/pinpoint.js";
import type { GraphInput } from "../graph/build.js";
import type { Analysis } from "../types.js";

export function graphInput(a: Analysis): GraphInput {
  const s = a.self;
  return {
    ...(a.path !== undefined ? { path: a.path } : {}),
    self: {
      id: s.id,
      kind: s.kind,
      title: s.title,
      number: s.number,
      year: s.year,
      symbol: s.symbol,
      style: s.style,
      date: s.date,
      issuer: s.issuer,
      jurisdiction: s.jurisdiction,
      ...(s.path !== undefined ? { path: s.path } : {}),
    },
    warnings: a.warnings,
    citations: a.citations.map((c) => ({
      id: c.id,
      role: c.role,
      kind: c.kind,
      number: c.number,
      year: c.year,
      symbol: c.symbol,
      style: c.style,
      date: c.date,
      name: c.name,
      issuer: c.issuer,
      jurisdiction: c.jurisdiction,
    })),
    relations: a.relations.map((r) => {
      const e = r.evidence;
      return {
        type: r.type,
        from: r.from,
        to: r.to,
        evidence: {
          ...(e.file !== undefined ? { file: e.file } : {}),
          start: e.start,
          end: e.end,
          ...(e.page !== undefined ? { page: e.page } : {}),
          sentence: e.sentence,
          ...(e.pinpoint ? { pinpoint: pinpointLabel(e.pinpoint) } : {}),
        },
      };
    }),
  };
}
