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
  const slots = new Int32Array(a.citations.length * CITATION_FIELDS + a.relations.length * RELATION_FIELDS);
  // Each citation's and relation's fields go through one row and one loop: written as a call per
  // field (26 of them, each with the Map's look-up inlined), this function was one of the costliest
  // for TurboFan to compile in a `vncite graph` run (bench/README.md, Session 36).
  const row: unknown[] = new Array(CITATION_FIELDS);
  let n = 0;
  const put = (count: number) => {
    for (let k = 0; k < count; k++) {
      const v = row[k];
      if (v === NONE) slots[n++] = NO_RECORD;
      else if (v === UNUSED) n++;
      else {
        let i = seen.get(v);
        if (i === undefined) {
          i = values.length;
          values.push(v);
          seen.set(v, i);
        }
        slots[n++] = i;
      }
    }
  };
  for (const c of a.citations) {
    citationRow(c, row);
    put(CITATION_FIELDS);
  }
  for (const r of a.relations) {
    relationRow(r, row);
    put(RELATION_FIELDS);
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

/** A null record's first slot (NO_RECORD), and its other three (left 0). */
const NONE = Symbol("no record");
const UNUSED = Symbol("unused");

/** A citation's CITATION_FIELDS values, in graph-packed.ts's order. */
function citationRow(c: Analysis["citations"][number], row: unknown[]): void {
  row[0] = c.id;
  row[1] = c.role;
  row[2] = c.kind;
  row[3] = c.number;
  row[4] = c.year;
  row[5] = c.symbol;
  row[6] = c.style;
  row[7] = c.date;
  row[8] = c.name;
  issuerRow(c.issuer, row);
  jurisdictionRow(c.jurisdiction, row);
}

function issuerRow(i: Issuer | null, row: unknown[]): void {
  if (i) (row[9] = i.code), (row[10] = i.name), (row[11] = i.level), (row[12] = i.place);
  else (row[9] = NONE), (row[10] = row[11] = row[12] = UNUSED);
}

function jurisdictionRow(j: Jurisdiction | null, row: unknown[]): void {
  if (j) (row[13] = j.level), (row[14] = j.province), (row[15] = j.provinceSuccessor), (row[16] = j.district);
  else (row[13] = NONE), (row[14] = row[15] = row[16] = UNUSED);
}

/** A relation's RELATION_FIELDS values: its type and ends, its evidence's place, sentence and pinpoint. */
function relationRow(r: Analysis["relations"][number], row: unknown[]): void {
  const e = r.evidence;
  row[0] = r.type;
  row[1] = r.from;
  row[2] = r.to;
  row[3] = e.file;
  row[4] = e.start;
  row[5] = e.end;
  row[6] = e.page;
  row[7] = e.sentence;
  row[8] = e.pinpoint ? pinpointLabel(e.pinpoint) : undefined;
}
