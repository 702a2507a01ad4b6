/**
 * What a worker sends the main thread for `vncite graph`: the fields of an analysis the graph
 * reads (GraphInput), not the analysis, and those packed. Whatever crosses threads is copied: on
 * 10,000 plans the rest of an analysis (raw text and offsets of every citation, parts,
 * promulgatedBy, pinpoint offsets) was a quarter of the bytes. And a message of objects is costly
 * to receive: the copy writes every key of every citation and record ("kind", "issuer", "code"…,
 * some twenty a citation) and the main thread reads each back, while the values repeat ("Chính
 * phủ", "decree", "central", the sentence several relations share). A packed analysis sends each
 * distinct value of the document once and the citations and relations as numbers pointing at them,
 * in one Int32Array (copied whole, where a plain array is written and read number by number): on
 * 2,000 plans 14.2 MB of messages in place of 25.6 MB, and posting them cost both threads 67-73 ms
 * of CPU against 171-190 ms (145-167 ms with a plain array; bench/README.md, Session 29).
 */
import { pinpointLabel } from "../find/pinpoint.js";
import type { Analysis, Issuer, Jurisdiction } from "../types.js";
import { CITATION_FIELDS, NO_RECORD, RELATION_FIELDS, type PackedGraphInput } from "./graph-packed.js";

export function packGraphInput(a: Analysis): PackedGraphInput {
  const s = a.self;
  const values: unknown[] = [];
  const seen = new Map<unknown, number>();
  const at = (v: unknown): number => {
    let i = seen.get(v);
    if (i === undefined) {
      i = values.length;
      values.push(v);
      seen.set(v, i);
    }
    return i;
  };
  const slots = new Int32Array(a.citations.length * CITATION_FIELDS + a.relations.length * RELATION_FIELDS);
  let n = 0;
  const put = (v: unknown) => (slots[n++] = at(v));
  const issuer = (i: Issuer | null) => {
    if (i) put(i.code), put(i.name), put(i.level), put(i.place);
    else (slots[n] = NO_RECORD), (n += 4);
  };
  const jurisdiction = (j: Jurisdiction | null) => {
    if (j) put(j.level), put(j.province), put(j.provinceSuccessor), put(j.district);
    else (slots[n] = NO_RECORD), (n += 4);
  };
  for (const c of a.citations) {
    put(c.id), put(c.role), put(c.kind), put(c.number), put(c.year), put(c.symbol), put(c.style), put(c.date), put(c.name);
    issuer(c.issuer), jurisdiction(c.jurisdiction);
  }
  for (const r of a.relations) {
    const e = r.evidence;
    put(r.type), put(r.from), put(r.to);
    put(e.file), put(e.start), put(e.end), put(e.page), put(e.sentence), put(e.pinpoint ? pinpointLabel(e.pinpoint) : undefined);
  }
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
    values,
    slots,
    citations: a.citations.length,
  };
}
