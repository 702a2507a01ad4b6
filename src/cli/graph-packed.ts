/**
 * A GraphInput as a worker sends it for `vncite graph` (graph-input.ts packs it), and how the
 * main thread reads it back. Its own module, without the library: the main thread loads this.
 */
import type { GraphInput } from "../graph/build.js";
import type { Issuer, Jurisdiction, Relation } from "../types.js";

/** A GraphInput as it crosses threads: each distinct value once, the rest numbers pointing at them. */
export interface PackedGraphInput {
  path?: string;
  self: GraphInput["self"];
  warnings: GraphInput["warnings"];
  /** The distinct values of the citations and relations, in the order first met. */
  values: unknown[];
  /** CITATION_FIELDS slots per citation, then RELATION_FIELDS per relation: indexes into `values`. */
  slots: Int32Array;
  citations: number;
}

/** id, role, kind, number, year, symbol, style, date, name; issuer's code, name, level, place; the jurisdiction's four. */
export const CITATION_FIELDS = 17;
/** type, from, to; the evidence's file, start, end, page, sentence, pinpoint label. */
export const RELATION_FIELDS = 9;
/** A record's first slot when the record is null (its other three are unused). */
export const NO_RECORD = -1;

type GraphCitation = GraphInput["citations"][number];
type GraphRelation = GraphInput["relations"][number];

/** The GraphInput a packed analysis holds: the fields the analysis had, with the same values. */
export function unpackGraphInput(p: PackedGraphInput): GraphInput {
  const { values: v, slots } = p;
  const citations: GraphCitation[] = new Array(p.citations);
  let n = 0;
  const issuer = (): Issuer | null => {
    const at = n;
    n += 4;
    if (slots[at] === NO_RECORD) return null;
    return { code: v[slots[at]], name: v[slots[at + 1]], level: v[slots[at + 2]], place: v[slots[at + 3]] } as Issuer;
  };
  const jurisdiction = (): Jurisdiction | null => {
    const at = n;
    n += 4;
    if (slots[at] === NO_RECORD) return null;
    return { level: v[slots[at]], province: v[slots[at + 1]], provinceSuccessor: v[slots[at + 2]], district: v[slots[at + 3]] } as Jurisdiction;
  };
  for (let i = 0; i < p.citations; i++) {
    citations[i] = {
      id: v[slots[n++]],
      role: v[slots[n++]],
      kind: v[slots[n++]],
      number: v[slots[n++]],
      year: v[slots[n++]],
      symbol: v[slots[n++]],
      style: v[slots[n++]],
      date: v[slots[n++]],
      name: v[slots[n++]],
      issuer: issuer(),
      jurisdiction: jurisdiction(),
    } as GraphCitation;
  }
  const relations: GraphRelation[] = new Array((slots.length - n) / RELATION_FIELDS);
  for (let i = 0; i < relations.length; i++) {
    const type = v[slots[n++]] as Relation["type"];
    const from = v[slots[n++]] as string;
    const to = v[slots[n++]] as string;
    const file = v[slots[n++]] as string | undefined;
    const start = v[slots[n++]] as number;
    const end = v[slots[n++]] as number;
    const page = v[slots[n++]] as number | undefined;
    const sentence = v[slots[n++]] as string;
    const pinpoint = v[slots[n++]] as string | undefined;
    // An evidence without a file, page or pinpoint has them undefined here (the objects sent before
    // session 29 left the keys out): addAnalysis reads both alike.
    relations[i] = { type, from, to, evidence: { file, start, end, page, sentence, pinpoint } };
  }
  return { ...(p.path !== undefined ? { path: p.path } : {}), self: p.self, warnings: p.warnings, citations, relations };
}

