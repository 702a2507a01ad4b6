import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import copyStreams from "pg-copy-streams";
import { compareStrings, type DocumentAttributes } from "../graph/attributes.js";
import { absorbDocument } from "../graph/facts.js";
import { issuedYear, termPlace } from "../graph/merge-undated.js";
import { termRangeOf } from "../identify/id.js";
import { classify, connect, StoreError } from "./connect.js";
import { GraphFileError, type EdgePart, type GraphParts, type NodePart } from "./parts.js";
import { attributesOf, csvLine, DOCUMENT_COLUMNS, documentLine, EVIDENCE_COLUMNS, evidenceLine, type DocumentRow } from "./rows.js";
import { LOCK_KEY, migrate } from "./schema.js";
import { SQL } from "./sql.js";

export interface LoadOptions {
  /** Documents per batch (one transaction each; default 1000); edges go 4 times as many per batch. */
  batchSize?: number;
  /**
   * Whether to apply as a bulk load: drop the edge and lookup indexes, write, build them again
   * (see bulk-drop.sql). Default: when this load stages more edges than the database holds.
   */
  bulk?: boolean;
  /** Called after each staged batch and before the final transaction. */
  onProgress?: (p: { documents: number; edges: number; phase: "stage" | "apply" }) => void;
}

export interface LoadSummary {
  /** The load's id in vncite_loads; a reload of the same files keeps its id. */
  load: number;
  /** Whether these files had been loaded before (their citation counts were replaced). */
  reload: boolean;
  documents: number;
  edges: number;
  files: number;
  /** Laws named without their number or year merged into the one law they are by this load, sorted. */
  merged: string[];
  /** Whether the load was applied as a bulk load (LoadOptions.bulk). */
  bulk: boolean;
}

const DOCUMENT_COPY = `COPY stage_documents (${DOCUMENT_COLUMNS.join(", ")}) FROM STDIN (FORMAT csv)`;
const EVIDENCE_COPY = `COPY stage_evidence (${EVIDENCE_COLUMNS.join(", ")}) FROM STDIN (FORMAT csv)`;

async function copy(client: pg.Client, sql: string, lines: string[]): Promise<void> {
  if (lines.length === 0) return;
  await pipeline(Readable.from([lines.join("")]), client.query(copyStreams.from(sql)));
}

async function inTransaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** The stored attributes of these documents (those the database has), by id. */
async function storedDocuments(client: pg.Client, ids: string[]): Promise<Map<string, DocumentAttributes>> {
  const { rows } = await client.query<DocumentRow>(SQL.documents, [ids]);
  return new Map(rows.map((r) => [r.id, attributesOf(r)]));
}

/**
 * Stages one batch of documents: each merged with the row the database has, by the in-memory
 * graph's rules (absorbDocument), so the apply step only writes rows.
 */
async function stageDocuments(client: pg.Client, batch: NodePart[]): Promise<void> {
  await inTransaction(client, async () => {
    const stored = await storedDocuments(client, batch.map((n) => n.id));
    const rows: string[] = [];
    const counts: string[] = [];
    const fileLines: string[] = [];
    for (const { id, attributes } of batch) {
      const merged = absorbDocument(id, stored.get(id), attributes);
      rows.push(documentLine(id, merged));
      if (attributes.citedBy > 0) counts.push(csvLine([id, attributes.citedBy]));
      for (const f of attributes.files) fileLines.push(csvLine([f]));
    }
    await copy(client, DOCUMENT_COPY, rows);
    await copy(client, "COPY stage_cited_by (document_id, count) FROM STDIN (FORMAT csv)", counts);
    await copy(client, "COPY stage_files (file) FROM STDIN (FORMAT csv)", fileLines);
  });
}

async function stageEdges(client: pg.Client, batch: EdgePart[]): Promise<void> {
  await inTransaction(client, async () => {
    const relations: string[] = [];
    const evidence: string[] = [];
    for (const e of batch) {
      relations.push(csvLine([e.from, e.type, e.to]));
      for (const ev of e.evidence) evidence.push(evidenceLine(e.from, e.type, e.to, ev));
    }
    await copy(client, "COPY stage_relations (from_id, type, to_id) FROM STDIN (FORMAT csv)", relations);
    await copy(client, EVIDENCE_COPY, evidence);
  });
}

/**
 * Checks what only the whole staged graph shows, as CitationGraph.fromJSON would: a document
 * given twice, an edge whose end is not among the documents. Done in the database so that the
 * loading process never holds a list of every id.
 */
async function checkStaged(client: pg.Client): Promise<void> {
  const twice = await client.query<{ id: string }>(SQL.checkTwice);
  if (twice.rows.length > 0) throw new Error(`graph import: node "${twice.rows[0].id}" appears twice`);
  const dangling = await client.query<{ from_id: string; type: string; to_id: string; missing: string }>(SQL.checkEnds);
  if (dangling.rows.length > 0) {
    const r = dangling.rows[0];
    throw new Error(`graph import: edge "${r.type}:${r.from_id}->${r.to_id}" points at a missing node "${r.missing}"`);
  }
}

/**
 * mergeUndatedMentions in the database: the laws named without their number, then the laws named
 * without a year this load made mergeable (a numbered law is a candidate of its name's undated
 * mention, undatedKeyOfNode, so "law:x@2003" must have joined its numbered law first). A numbered
 * mention without its year is never merged; one cited with its term is, into the one dated document
 * of its number in the term (termPairs). Returns the ids merged away, sorted.
 */
async function mergeUndated(client: pg.Client): Promise<string[]> {
  const named = await mergePairs(client, SQL.namedCandidates);
  const undated = await mergePairs(client, SQL.undatedCandidates, true);
  const terms = await mergePairs(client, termPairs, true);
  return [...named, ...undated, ...terms].sort();
}

/**
 * The central Party mentions cited with their term and the one dated document of their number
 * issued within it (term-candidates.sql lists every dated one; here those of the term are kept,
 * none of a congress's month beside it: termPlace):
 * mergeUndatedMentions' mergeTermMention. Two in the term, or none, leave the mention apart.
 */
async function termPairs(client: pg.Client): Promise<{ undated: string; dated: string }[]> {
  const { rows } = await client.query<{ undated: string; dated: string }>(SQL.termCandidates);
  if (rows.length === 0) return [];
  const stored = await storedDocuments(client, [...new Set(rows.map((r) => r.dated))]);
  const inTerm = new Map<string, { id: string; place: "in" | "maybe" }[]>();
  for (const { undated, dated } of rows) {
    const place = termPlace(stored.get(dated)!, termRangeOf(undated)!);
    if (place !== "out") inTerm.set(undated, [...(inTerm.get(undated) ?? []), { id: dated, place }]);
  }
  return [...inTerm].filter(([, dated]) => dated.length === 1 && dated[0].place === "in").map(([undated, [dated]]) => ({ undated, dated: dated.id }));
}

/**
 * Merges each pair the query (or the function) finds, the first into the second, by absorbDocument's rules; with
 * `checkCiters`, not a pair whose undated mention is cited by a document issued in a year before the
 * dated one (mergeUndatedMentions' citedBeforeIssued, read from the stored rows).
 */
async function mergePairs(
  client: pg.Client,
  candidates: string | ((client: pg.Client) => Promise<{ undated: string; dated: string }[]>),
  checkCiters = false,
): Promise<string[]> {
  let pairs = typeof candidates === "string" ? (await client.query<{ undated: string; dated: string }>(candidates)).rows : await candidates(client);
  if (pairs.length === 0) return [];
  const stored = await storedDocuments(client, pairs.flatMap((p) => [p.undated, p.dated]));
  if (checkCiters) pairs = await notCitedEarlier(client, pairs, stored);
  if (pairs.length === 0) return [];
  await client.query("TRUNCATE stage_merge, stage_merged");
  const merged: string[] = [];
  for (const { undated, dated } of pairs) merged.push(documentLine(dated, absorbDocument(dated, stored.get(dated), stored.get(undated)!)));
  await copy(client, "COPY stage_merge (undated, dated) FROM STDIN (FORMAT csv)", pairs.map((p) => csvLine([p.undated, p.dated])));
  await copy(client, `COPY stage_merged (${DOCUMENT_COLUMNS.join(", ")}) FROM STDIN (FORMAT csv)`, merged);
  await client.query(SQL.undatedMerge);
  return pairs.map((p) => p.undated).sort(compareStrings);
}

/** The pairs whose undated mention no document issued in a year before the dated one cites. */
async function notCitedEarlier(
  client: pg.Client,
  pairs: { undated: string; dated: string }[],
  stored: Map<string, DocumentAttributes>,
): Promise<{ undated: string; dated: string }[]> {
  const { rows } = await client.query<{ undated: string; citer: string }>(
    "SELECT DISTINCT to_id AS undated, from_id AS citer FROM vncite_relations WHERE to_id = ANY ($1::text[])",
    [pairs.map((p) => p.undated)],
  );
  const citers = await storedDocuments(client, [...new Set(rows.map((r) => r.citer))]);
  const earliest = new Map<string, number>();
  for (const r of rows) {
    const year = issuedYear(citers.get(r.citer)!);
    if (year !== null && year < (earliest.get(r.undated) ?? Infinity)) earliest.set(r.undated, year);
  }
  return pairs.filter(({ undated, dated }) => {
    const issued = issuedYear(stored.get(dated)!);
    return issued === null || !(earliest.get(undated)! < issued);
  });
}

/**
 * Loads a graph into the database at `url`, merging it by id with what is there as CitationGraph
 * merges graphs (addGraph, then mergeUndatedMentions). Documents and edges are staged in batches,
 * one transaction each, in temporary tables; one last transaction applies them, so a load that
 * fails or is killed leaves the database as it was. Loads are serialised by an advisory lock.
 * Throws StoreError, or GraphFileError when partsOfJSONFile's file cannot be read or is no graph.
 */
export async function loadGraph(url: string, graph: GraphParts, options: LoadOptions = {}): Promise<LoadSummary> {
  const client = await connect(url);
  try {
    return await loadWith(client, graph, options);
  } catch (error) {
    throw error instanceof StoreError || error instanceof GraphFileError || !isDatabaseError(error) ? error : classify(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Errors the server or driver raised (they carry a SQLSTATE or a socket code), not the input's. */
function isDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string";
}

/** Whether the database holds fewer than n edges (counting at most n of them). */
async function fewerStoredThan(client: pg.Client, n: number): Promise<boolean> {
  const { rows } = await client.query<{ n: number }>("SELECT count(*)::integer AS n FROM (SELECT 1 FROM vncite_relations LIMIT $1) r", [n]);
  return rows[0].n < n;
}

async function loadWith(client: pg.Client, graph: GraphParts, options: LoadOptions): Promise<LoadSummary> {
  // Small batches keep little alive across each round trip, which keeps the heap (and RSS) low.
  const batchSize = options.batchSize ?? 1000;
  await migrate(client);
  await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  await client.query(SQL.stage);
  let nodes: NodePart[] = [];
  let edges: EdgePart[] = [];
  let documents = 0;
  let edgeCount = 0;
  const progress = (phase: "stage" | "apply") => options.onProgress?.({ documents, edges: edgeCount, phase });
  for (const part of graph.parts()) {
    if ("node" in part) {
      nodes.push(part.node);
      if (nodes.length >= batchSize) {
        await stageDocuments(client, nodes);
        documents += nodes.length;
        nodes = [];
        progress("stage");
      }
    } else {
      edges.push(part.edge);
      if (edges.length >= batchSize * 4) {
        await stageEdges(client, edges);
        edgeCount += edges.length;
        edges = [];
        progress("stage");
      }
    }
  }
  await stageDocuments(client, nodes);
  documents += nodes.length;
  await stageEdges(client, edges);
  edgeCount += edges.length;
  progress("apply");

  // Temporary tables get no statistics from autovacuum; without them the checks and the apply
  // below are planned as nested loops over millions of rows.
  await client.query("ANALYZE stage_documents, stage_cited_by, stage_files, stage_relations, stage_evidence");
  return inTransaction(client, async () => {
    await checkStaged(client);
    // The load's identity, so that loading the same files again is a reload.
    const { rows: keys } = await client.query<{ key: string | null; files: number }>(SQL.filesKey);
    const { key, files } = keys[0];
    const { rows: clash } = await client.query<{ file: string; load_id: number }>(
      `SELECT f.file, l.id AS load_id FROM stage_files f JOIN vncite_load_files lf USING (file)
       JOIN vncite_loads l ON l.id = lf.load_id WHERE l.files_key IS DISTINCT FROM $1 LIMIT 1`,
      [key],
    );
    if (clash.length > 0) {
      throw new StoreError(
        "conflict",
        `${clash[0].file} was loaded before with other files (load ${clash[0].load_id}); a file's citations are counted once: load the same set of files again, or files not loaded yet`,
      );
    }
    const { rows } = await client.query<{ id: number; reload: boolean }>(
      `INSERT INTO vncite_loads (files_key, files) VALUES ($1, $2)
       ON CONFLICT (files_key) DO UPDATE SET loaded_at = now()
       RETURNING id, (xmax <> 0) AS reload`,
      [key, files],
    );
    await client.query("INSERT INTO stage_load (id) VALUES ($1)", [rows[0].id]);
    const bulk = options.bulk ?? (await fewerStoredThan(client, edgeCount));
    if (bulk) await client.query(SQL.bulkDrop);
    await client.query(SQL.apply);
    await client.query(bulk ? SQL.bulkEdges : SQL.applyEdges);
    if (bulk) await client.query(SQL.bulkIndex);
    const merged = await mergeUndated(client);
    return { load: rows[0].id, reload: rows[0].reload, documents, edges: edgeCount, files, merged, bulk };
  });
}
