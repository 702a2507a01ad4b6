import type { DocumentAttributes, EvidenceRecord } from "../graph/attributes.js";
import { createGraph, edgeKey, type CitationMultiGraph } from "../graph/build.js";
import type { RelationType } from "../types.js";
import { facetsOf, type Facets } from "./browser/facets.js";
import type { Layout } from "./layout.js";
import { noteTable, type NoteTable } from "./notes.js";

/**
 * The graph as the page carries it: documents by position instead of by repeated id, relations
 * as three numbers, relation types and evidence files by index. The evidence (most of a large
 * graph's bytes) is kept apart, one JSON text per relation, so that the page reads it only for
 * the documents a user looks at.
 */
export interface CompactGraph {
  /** The graph's own attributes (its warnings), as they are. */
  attributes: ReturnType<CitationMultiGraph["getAttributes"]>;
  /** Document ids, in layout order. */
  ids: string[];
  /** Attributes of each document, in the order of `ids`: see NodeTable. */
  nodes: NodeTable;
  types: RelationType[];
  /** Files named by evidence (null: an analysis without a path). */
  files: (string | null)[];
  /** What the filters test each document on, worked out at write time: see FacetTable. */
  facets: FacetTable;
  /** source, target, type for each relation, one after the other: indexes into `ids` and `types`. */
  edges: number[];
  /**
   * For each relation, in the order of `edges`: JSON of [file, start, end, page, sentence, pinpoint, file, ...],
   * file an index into `files`. Never holds a line break (JSON escapes them), so the page keeps
   * them as lines of one text.
   */
  evidence: string[];
  /** What identity cannot prove (possible citers, mentions without their year) and the warnings about each document: see NoteTable. */
  notes: NoteTable;
}

/**
 * Documents' attributes as one row each, the values in NODE_KEYS order, issuer and jurisdiction
 * by index into lists of the distinct ones (a few hundred among thousands of documents): the
 * page parses a third of what the same objects written out take.
 */
export interface NodeTable {
  rows: unknown[][];
  issuers: DocumentAttributes["issuer"][];
  jurisdictions: DocumentAttributes["jurisdiction"][];
}

/**
 * Each document's kind, province and year (facets.ts), as three values per document in the
 * order of `ids`: indexes into `kinds` and `provinces`, and the year or null. Reading a province
 * out of an id or a place name costs the page more than a number to parse.
 */
export interface FacetTable {
  kinds: string[];
  provinces: string[];
  rows: (number | null)[];
}

function facetTable(ids: string[], nodes: DocumentAttributes[]): FacetTable {
  const kinds: string[] = [];
  const provinces: string[] = [];
  const rows: (number | null)[] = [];
  const at = (list: string[], value: string) => {
    const i = list.indexOf(value);
    return i >= 0 ? i : list.push(value) - 1;
  };
  ids.forEach((id, i) => {
    const f = facetsOf(id, nodes[i]);
    rows.push(at(kinds, f.kind), at(provinces, f.province), f.year);
  });
  return { kinds, provinces, rows };
}

/** The facets back from their table, by document id. */
export function facetsFrom(ids: readonly string[], table: FacetTable): Map<string, Facets> {
  const { kinds, provinces, rows } = table;
  const facets = new Map<string, Facets>();
  for (let i = 0; i < ids.length; i++) facets.set(ids[i], { kind: kinds[rows[3 * i] as number], province: provinces[rows[3 * i + 1] as number], year: rows[3 * i + 2] });
  return facets;
}

/** Every attribute of a document, in the order of a NodeTable's rows. */
const NODE_KEYS = ["kind", "number", "year", "symbol", "style", "date", "title", "issuer", "jurisdiction", "level", "label", "files", "citedBy"] as const;
// A document attribute missing from NODE_KEYS would be lost on the way to the page: a type error.
type Missing = Exclude<keyof DocumentAttributes, (typeof NODE_KEYS)[number]>;
const everyKey: Missing extends never ? true : never = true;
void everyKey;

function nodeTable(nodes: DocumentAttributes[]): NodeTable {
  const issuers: NodeTable["issuers"] = [];
  const jurisdictions: NodeTable["jurisdictions"] = [];
  const issuerIndex = new Map<string, number>();
  const jurisdictionIndex = new Map<string, number>();
  const intern = <T>(map: Map<string, number>, list: T[], value: T) => {
    const key = JSON.stringify(value);
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = list.push(value) - 1));
    return i;
  };
  const rows = nodes.map((a) =>
    NODE_KEYS.map((k) => (k === "issuer" ? intern(issuerIndex, issuers, a.issuer) : k === "jurisdiction" ? intern(jurisdictionIndex, jurisdictions, a.jurisdiction) : a[k])),
  );
  return { rows, issuers, jurisdictions };
}

/** The documents' attributes back from their table, in the order of its rows. */
export function nodesOf(table: NodeTable): DocumentAttributes[] {
  const { rows, issuers, jurisdictions } = table;
  const nodes: DocumentAttributes[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    // Written out rather than looped over NODE_KEYS: every document gets the same shape at once.
    nodes[i] = {
      kind: r[0],
      number: r[1],
      year: r[2],
      symbol: r[3],
      style: r[4],
      date: r[5],
      title: r[6],
      issuer: issuers[r[7] as number],
      jurisdiction: jurisdictions[r[8] as number],
      level: r[9],
      label: r[10],
      files: r[11],
      citedBy: r[12],
    } as DocumentAttributes;
  }
  return nodes;
}

/** What the view's page carries (in two compressed pieces: see page.ts). */
export interface ViewPayload {
  /** Shape version, for pages written by other vncite releases. */
  v: 2;
  title: string;
  /** Set when the page draws only a neighbourhood (`--around`). */
  around: { id: string; depth: number; of: { documents: number; relations: number } } | null;
  graph: CompactGraph;
  /** x0, y0, x1, y1, ... in the order of graph.ids. */
  xy: number[];
}

export function viewPayload(graph: CitationMultiGraph, layout: Layout, title: string, around: ViewPayload["around"] = null): ViewPayload {
  return { v: 2, title, around, graph: compactGraph(graph, layout.ids), xy: layout.xy };
}

/** The graph in `ids` order (every document of the graph, once); relations in edge key order. */
export function compactGraph(graph: CitationMultiGraph, ids: string[]): CompactGraph {
  const index = new Map(ids.map((id, i) => [id, i]));
  const types: RelationType[] = [];
  const typeIndex = new Map<RelationType, number>();
  const files: (string | null)[] = [];
  const fileIndex = new Map<string | null, number>();
  const intern = <T>(map: Map<T, number>, list: T[], value: T) => {
    let i = map.get(value);
    if (i === undefined) map.set(value, (i = list.push(value) - 1));
    return i;
  };
  const edges: number[] = [];
  const evidence: string[] = [];
  for (const key of graph.edges().sort()) {
    const a = graph.getEdgeAttributes(key);
    edges.push(index.get(graph.source(key))!, index.get(graph.target(key))!, intern(typeIndex, types, a.type));
    const row: (number | string | null)[] = [];
    for (const e of a.evidence) row.push(intern(fileIndex, files, e.file), e.start, e.end, e.page, e.sentence, e.pinpoint);
    evidence.push(JSON.stringify(row));
  }
  const nodes = ids.map((id) => graph.getNodeAttributes(id));
  return { attributes: graph.getAttributes(), ids, nodes: nodeTable(nodes), facets: facetTable(ids, nodes), types, files, edges, evidence, notes: noteTable(graph, ids) };
}

// The evidence tuples hold these six fields: a field added to EvidenceRecord must be added to
// them too, or it would be lost on the way to the page (a type error until then).
const EVIDENCE_KEYS = ["file", "start", "end", "page", "sentence", "pinpoint"] as const;
const FIELDS = EVIDENCE_KEYS.length;
const everyEvidenceKey: Exclude<keyof EvidenceRecord, (typeof EVIDENCE_KEYS)[number]> extends never ? true : never = true;
void everyEvidenceKey;

/** One relation's evidence back from its JSON text. */
export function decodeEvidence(files: readonly (string | null)[], text: string): EvidenceRecord[] {
  const row = JSON.parse(text) as (number | string | null)[];
  const evidence: EvidenceRecord[] = [];
  for (let k = 0; k + FIELDS - 1 < row.length; k += FIELDS) {
    evidence.push({
      file: files[row[k] as number],
      start: row[k + 1] as number,
      end: row[k + 2] as number,
      page: row[k + 3] as number | null,
      sentence: row[k + 4] as string,
      pinpoint: row[k + 5] as string | null,
    });
  }
  return evidence;
}

/** The graph back from its compact form (the page builds its own a part at a time: page-graph.ts). */
export function expandGraph(c: CompactGraph): CitationMultiGraph {
  const graph = createGraph();
  if (c.attributes) graph.replaceAttributes(c.attributes);
  const { ids, edges, types } = c;
  const nodes = nodesOf(c.nodes);
  for (let i = 0; i < ids.length; i++) graph.addNode(ids[i], nodes[i]);
  for (let i = 0, k = 0; k + 2 < edges.length; i++, k += 3) {
    const source = ids[edges[k]];
    const target = ids[edges[k + 1]];
    const type = types[edges[k + 2]];
    const evidence = decodeEvidence(c.files, c.evidence[i]);
    graph.addDirectedEdgeWithKey(edgeKey(type, source, target), source, target, { type, evidence, weight: evidence.length });
  }
  return graph;
}
