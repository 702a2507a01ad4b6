import { MultiDirectedGraph } from "graphology";
import type { AnalyzedCitation, RelationType, Warning } from "../types.js";
import {
  compareEvidence,
  evidenceRecord,
  warningRecord,
  insertSorted,
  isRelationType,
  relationType,
  type DocumentAttributes,
  type EvidenceInput,
  type EvidenceRecord,
  type GraphAttributes,
  type RelationAttributes,
  type CitationMultiGraph,
} from "./attributes.js";
import {
  absorbDocument,
  factsFromCitation,
  factsFromId,
  factsFromSelf,
  mergeDocument,
  newDocument,
  type CitationFacts,
  type DocumentFacts,
  type SelfFacts,
} from "./facts.js";
import { ValuePool } from "./intern.js";
import { fnv1a64 } from "../shared/hash.js";
import { addDateConflict, addGraphWarning, graphAttributes } from "./warnings.js";
import { pathlessOf, pathlessPrints } from "./pathless.js";
import { useDictionaryAdjacency } from "./adjacency.js";

// The type lives beside the attribute types, so warnings.ts can name it without importing this module.
export type { CitationMultiGraph } from "./attributes.js";

export function createGraph(): CitationMultiGraph {
  const graph = new MultiDirectedGraph<DocumentAttributes, RelationAttributes, GraphAttributes>({ allowSelfLoops: false });
  // Its nodes' neighbours in dictionaries: the same graph, built for less (adjacency.ts).
  useDictionaryAdjacency(graph);
  graph.replaceAttributes(graphAttributes());
  return graph;
}

const pools = new WeakMap<CitationMultiGraph, ValuePool>();

/** The graph's pool of the values its attributes repeat. */
function poolOf(graph: CitationMultiGraph): ValuePool {
  let pool = pools.get(graph);
  if (!pool) pools.set(graph, (pool = new ValuePool()));
  return pool;
}

/**
 * The dates seen for each id whose mentions disagree, to warn of every pair that differs. Kept
 * only once a disagreement appears: most ids never have one.
 */
const datesSeen = new WeakMap<CitationMultiGraph, Map<string, string[]>>();

/**
 * Two mentions of one id with different dates may be two documents (administrative numbers
 * restart each year, and places are sometimes unknown): the graph keeps one node, so it says so.
 * Every differing pair is reported, so the warnings do not depend on the order files came in.
 */
function noteDate(graph: CitationMultiGraph, id: string, date: string, current: string | null): void {
  let byId = datesSeen.get(graph);
  if (!byId) datesSeen.set(graph, (byId = new Map()));
  let seen = byId.get(id);
  if (!seen) {
    if (current === null || current === date) return;
    byId.set(poolOf(graph).of(id), (seen = [current]));
  }
  if (seen.includes(date)) return;
  // The pool's copies: the warning keeps them until the list is read.
  id = poolOf(graph).of(id);
  date = poolOf(graph).of(date);
  for (const other of seen) {
    const [a, b] = other < date ? [other, date] : [date, other];
    addDateConflict(graph, id, a, b);
  }
  seen.push(date);
}

/**
 * The deterministic key of the edge of `type` from `from` to `to`. Joined into one flat string:
 * a key made with `+` is a tree of its pieces that holds its own copies of both ids, and sorting
 * the keys to write the graph flattened every one of them again.
 */
export function edgeKey(type: RelationType, from: string, to: string): string {
  return [type, ":", from, "->", to].join("");
}

/**
 * Refuses a node key that names a property every object has ("__proto__", "constructor",
 * "toString"): graphology keeps a node's neighbours in plain objects keyed by node, where such a
 * key is found before it is added, and every query touching that node's neighbours then fails.
 * No document id has that form (they hold a "/" or a "file:"/"text:" prefix).
 */
export function checkNodeKey(key: string): void {
  if (key in Object.prototype) throw new Error(`graph: "${key}" cannot be a document id`);
}

const fileVersions = new WeakMap<CitationMultiGraph, number>();

/** Counts the files added to a graph's nodes, so that indexes over `files` know when to refresh. */
export function filesVersion(graph: CitationMultiGraph): number {
  return fileVersions.get(graph) ?? 0;
}

/** Adds or merges a node: facts merged field by field, file added to `files`, `citations` added to citedBy. */
function upsertDocument(
  graph: CitationMultiGraph,
  id: string,
  facts: DocumentFacts,
  file: string | null = null,
  citations = 0,
): void {
  const pool = poolOf(graph);
  if (file !== null) {
    file = pool.of(file);
    fileVersions.set(graph, filesVersion(graph) + 1);
  }
  if (graph.hasNode(id)) {
    const current = graph.getNodeAttributes(id);
    if (facts.date !== null) noteDate(graph, id, facts.date, current.date);
    const next = mergeDocument(id, current, facts, file, citations);
    if (next !== current) graph.replaceNodeAttributes(id, intern(pool, next));
  } else {
    checkNodeKey(id);
    graph.addNode(id, intern(pool, newDocument(id, facts, file, citations)));
  }
}

/**
 * New node attributes with their values replaced by the pool's copies. Only attributes the graph
 * is about to keep: most observations of a known document change nothing, and are not looked up.
 */
function intern(pool: ValuePool, a: DocumentAttributes): DocumentAttributes {
  a.number = pool.maybe(a.number);
  a.symbol = pool.maybe(a.symbol);
  a.date = pool.maybe(a.date);
  a.title = pool.maybe(a.title);
  if (a.issuer) a.issuer = pool.issuer(a.issuer);
  if (a.jurisdiction) a.jurisdiction = pool.jurisdiction(a.jurisdiction);
  return a;
}

/** Merges another node of the same id (its facts, files and citation count) into the graph's node `id`. */
export function absorbNode(graph: CitationMultiGraph, id: string, other: DocumentAttributes): void {
  if (other.files.length > 0) fileVersions.set(graph, filesVersion(graph) + 1);
  const current = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
  const next = absorbDocument(id, current, other);
  if (current === undefined) graph.addNode(id, intern(poolOf(graph), next));
  else if (next !== current) graph.replaceNodeAttributes(id, intern(poolOf(graph), next));
}

/** Adds one piece of evidence for a relation, creating the edge when it is new. Self-loops are dropped. */
export function upsertRelation(
  graph: CitationMultiGraph,
  type: RelationType,
  from: string,
  to: string,
  evidence: EvidenceRecord,
): void {
  if (from === to) return;
  const pool = poolOf(graph);
  evidence.file = pool.maybe(evidence.file);
  evidence.pinpoint = pool.maybe(evidence.pinpoint);
  if (!graph.hasNode(from)) upsertDocument(graph, from, factsFromId(from));
  if (!graph.hasNode(to)) upsertDocument(graph, to, factsFromId(to));

  const key = edgeKey(type, from, to);
  if (graph.hasEdge(key)) {
    const attrs = graph.getEdgeAttributes(key);
    if (insertSorted(attrs.evidence, evidence, compareEvidence)) attrs.weight = attrs.evidence.length;
  } else {
    graph.addDirectedEdgeWithKey(key, from, to, { type: relationType(type), evidence: [evidence], weight: 1 });
  }
}

/**
 * What addAnalysis reads of an analysis. An Analysis is one; so is the slimmer copy the CLI's
 * worker threads send (these fields only, each pinpoint as its label): what crosses threads is
 * copied, and the rest of an analysis was a quarter of it.
 */
export interface GraphInput {
  path?: string;
  self: SelfFacts;
  warnings: readonly Warning[];
  citations: readonly (CitationFacts & Pick<AnalyzedCitation, "id" | "role">)[];
  relations: readonly { type: RelationType; from: string; to: string; evidence: EvidenceInput }[];
}

/**
 * Adds one analysed file: a node for the file's own document (its id, or "file:<path>"), a node
 * per cited document, an edge per relation with its evidence. Throws when a file with the same
 * path has already been added as the same document (citation counts would be counted twice), or,
 * without a path, when the same analysis was (fingerprint).
 */
export function addAnalysis(graph: CitationMultiGraph, analysis: GraphInput): void {
  const self = analysis.self;
  const path = analysis.path ?? self.path ?? null;
  if (path !== null && graph.hasNode(self.id) && graph.getNodeAttribute(self.id, "files").includes(path)) {
    throw new Error(`already added: ${path} (${self.id})`);
  }
  // Without a path no file says which text it was: the same analysis again (the same document, the
  // same citations at the same places, the same relations) is known by what it holds, and refused as
  // the same file is. Its citations were counted twice while its evidence, the same sentences, was kept once.
  if (path === null) {
    const seen = pathlessOf(graph);
    const print = fnv1a64(fingerprint(analysis));
    if (seen.has(print)) throw new Error(`already added: the same analysis of ${self.id}, without a path`);
    seen.add(print);
  }
  upsertDocument(graph, self.id, factsFromSelf(self), path);
  for (const w of analysis.warnings) {
    const record = warningRecord(w, path);
    record.file = poolOf(graph).maybe(record.file);
    record.code = poolOf(graph).of(record.code);
    addGraphWarning(graph, record);
  }
  for (const c of analysis.citations) {
    // "Quyết định 15" that names no full citation of the text is no document the graph can know.
    if (isUnresolved(c.id)) continue;
    const counts = c.role !== "self" && c.id !== self.id ? 1 : 0;
    upsertDocument(graph, c.id, factsFromCitation(c), null, counts);
  }
  // One sentence is often the evidence of several relations ("Căn cứ Luật A, Nghị định B…"); an
  // analysis that crossed threads brings a copy for each, and the graph keeps one.
  const sentences = new Map<string, string>();
  for (const r of analysis.relations) {
    if (!isRelationType(r.type) || isUnresolved(r.from) || isUnresolved(r.to)) continue;
    const evidence = evidenceRecord(r.evidence, path);
    const sentence = sentences.get(evidence.sentence);
    if (sentence === undefined) sentences.set(evidence.sentence, evidence.sentence);
    else evidence.sentence = sentence;
    upsertRelation(graph, r.type, r.from, r.to, evidence);
  }
}

const isUnresolved = (id: string) => id.startsWith("short:");

/** What an analysis holds that the graph reads: its document, each citation's id, role and place, each relation and its evidence's place. */
function fingerprint(analysis: GraphInput): string {
  const at = (c: object, k: string): unknown => (c as Record<string, unknown>)[k] ?? null;
  return JSON.stringify([
    analysis.self.id,
    analysis.citations.map((c) => [c.id, c.role, at(c, "start"), at(c, "end")]),
    analysis.relations.map((r) => [r.type, r.from, r.to, r.evidence?.start ?? null, r.evidence?.end ?? null, r.evidence?.sentence ?? null]),
  ]);
}

/**
 * Merges the graph `other` into `graph`: its nodes as absorbNode merges them, its edges' evidence
 * added. Throws, changing nothing, when a file of `other` was already added to `graph` (its
 * citations would be counted twice), as addAnalysis does. Undated mentions are left to
 * mergeUndatedMentions, to be run once every graph is in.
 */
export function addGraph(graph: CitationMultiGraph, other: CitationMultiGraph): void {
  const files = new Set<string>();
  graph.forEachNode((_id, a) => {
    for (const f of a.files) files.add(f);
  });
  other.forEachNode((id, a) => {
    for (const f of a.files) if (files.has(f)) throw new Error(`already added: ${f} (${id})`);
  });
  // The same analysis added without a path to both: refused as a file is.
  const seen = pathlessOf(graph);
  const theirs = pathlessPrints(other);
  for (const p of theirs) if (seen.has(p)) throw new Error(`already added: the same analysis without a path (${p})`);
  for (const p of theirs) seen.add(p);
  other.forEachNode((id, a) => absorbNode(graph, id, a));
  other.forEachEdge((_key, e, source, target) => {
    for (const ev of e.evidence) upsertRelation(graph, e.type, source, target, ev);
  });
}

/**
 * A graph of the given analyses; the same analyses in any order give the same export (toJSON sorts).
 * It does not settle the mentions without a year (no law named without its year merged, no
 * `undated-candidate` warning): `CitationGraph.from` does, or `new CitationGraph(graph).mergeUndatedMentions()`.
 */
export function buildGraph(analyses: Iterable<GraphInput>): CitationMultiGraph {
  const graph = createGraph();
  for (const a of analyses) addAnalysis(graph, a);
  return graph;
}
