import type pg from "pg";
import { compareEvidence, compareStrings, insertSorted, RELATION_TYPES, type DocumentAttributes } from "../graph/attributes.js";
import { createGraph, edgeKey } from "../graph/build.js";
import { CitationGraph } from "../graph/citation-graph.js";
import {
  AMENDING_RELATIONS,
  IMPLEMENTING_RELATIONS,
  readChainOptions,
  type ChainHit,
  type ChainOptions,
  type InstrumentsOptions,
  type NeighborHit,
} from "../graph/queries.js";
import {
  citationQuery,
  narrowCandidates,
  narrowNamed,
  undatedForYear,
  nearSteps,
  referenceFile,
  filePathKey,
  referenceText,
  resolveResult,
  ResolveError,
  type NearMatches,
  type ResolveCandidate,
  type ResolveResult,
} from "../graph/resolve.js";
import { issuedYear } from "../graph/merge-undated.js";
import { firstTermOutside, isCentralParty, partyTermsInAll } from "../graph/party-term.js";
import { possibleCiters, undatedCandidateOf, type PossibleHit } from "../graph/possible.js";
import type { RelationType } from "../types.js";
import { classify, connect } from "./connect.js";
import { loadGraph, type LoadOptions, type LoadSummary } from "./load.js";
import type { GraphParts } from "./parts.js";
import { attributesOf, type DocumentRow } from "./rows.js";
import { checkSchema } from "./schema.js";
import { SQL } from "./sql.js";

const names = new Map<string, string>();
function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) names.set(sql, (name = `vncite_${names.size + 1}`));
  return name;
}

/**
 * The citation graph in PostgreSQL: the queries of CitationGraph, with the same answers, asked of
 * the tables `vncite load` writes. Open with `await PostgresGraph.open(url)`, `close()` when done.
 * Queries throw ResolveError as CitationGraph's do, and StoreError when the database fails.
 */
export class PostgresGraph {
  private constructor(
    private readonly client: pg.Client,
    private readonly url: string,
  ) {}

  /** Connects and checks that the database holds a vncite graph of this version. Throws StoreError. */
  static async open(url: string): Promise<PostgresGraph> {
    const client = await connect(url);
    try {
      await checkSchema(client);
    } catch (error) {
      await client.end().catch(() => {});
      throw classify(error, url);
    }
    return new PostgresGraph(client, url);
  }

  /** Loads a graph into the database at `url` (see loadGraph). */
  static load(url: string, graph: GraphParts, options?: LoadOptions): Promise<LoadSummary> {
    return loadGraph(url, graph, options);
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<R[]> {
    try {
      // Named, so each statement is parsed once per connection.
      return (await this.client.query<R>({ name: statementName(sql), text: sql, values })).rows;
    } catch (error) {
      throw classify(error, this.url);
    }
  }

  /** Attributes of a document by exact id, or undefined. */
  async document(id: string): Promise<DocumentAttributes | undefined> {
    return (await this.documents([id])).get(id);
  }

  /** Attributes of documents by exact id (those the graph has). */
  async documents(ids: readonly string[]): Promise<Map<string, DocumentAttributes>> {
    const rows = await this.query<DocumentRow>(SQL.documents, [ids]);
    return new Map(rows.map((r) => [r.id, attributesOf(r)]));
  }

  /** Every document a reference names (never throws ResolveError): CitationGraph.resolve's steps. */
  async resolve(ref: string): Promise<ResolveResult> {
    const q = referenceText(ref);
    if (q === "") return resolveResult([]);
    if ((await this.documents([q])).size > 0) return resolveResult([q]);
    const file = referenceFile(q);
    let byFile = (await this.query<{ id: string }>(SQL.resolveFile, [file.path])).map((r) => r.id);
    if (byFile.length === 0) byFile = (await this.query<{ id: string }>(SQL.resolveFileKey, [filePathKey(file.path)])).map((r) => r.id);
    if (byFile.length > 0 || file.only) return resolveResult(byFile);
    const query = citationQuery(q);
    if (!query) return resolveResult([]);
    if (query.named) {
      const laws = query.named.key ? await this.query<{ id: string; year: number | null }>(SQL.resolveName, [query.named.key]) : [];
      return resolveResult(narrowNamed(query, laws));
    }
    const candidates = await this.query<ResolveCandidate>(SQL.resolveCitation, [query.number, query.symbol]);
    return resolveResult(narrowCandidates(query, candidates));
  }

  /**
   * For a reference that names no document, the documents nearest to it (at most `limit`):
   * CitationGraph's nearMatches, the same steps against the tables.
   */
  async nearMatches(ref: string, limit = 10): Promise<NearMatches> {
    const ids = (rows: Promise<{ id: string }[]>) => rows.then((r) => r.map((x) => x.id));
    return nearSteps<Promise<string[]>, Promise<NearMatches>>(ref, limit, {
      bySymbol: (number, symbol) => ids(this.query<{ id: string }>(SQL.resolveCitation, [number, symbol])),
      byNumber: (number) => ids(this.query<{ id: string }>(SQL.resolveNumber, [number])),
      byName: (key) => ids(this.query<{ id: string }>(SQL.resolveName, [key])),
    }, (found, next) => found.then(next));
  }

  /** The one document a reference names; throws ResolveError. */
  async resolveOne(ref: string): Promise<string> {
    const r = await this.resolve(ref);
    if (r.matches.length !== 1) throw new ResolveError(ref, r.matches);
    return r.matches[0];
  }

  private async walk(
    ref: string,
    direction: "in" | "out",
    relations: readonly RelationType[],
    transitive: boolean,
    stopAtCentral: boolean,
  ): Promise<ChainHit[]> {
    const id = await this.resolveOne(ref);
    const rows = await this.query<ChainHit>(SQL.walk, [id, [...relations], direction, transitive, stopAtCentral]);
    // The database orders ids by code point; the in-memory graph by UTF-16 code unit.
    return rows.sort((a, b) => a.path.length - b.path.length || compareStrings(a.id, b.id));
  }

  // async: options of the wrong shape reject, as every other failure of these queries does.
  async implementersOf(ref: string, options?: ChainOptions | null): Promise<ChainHit[]> {
    const { relations, transitive } = readChainOptions(options, { relations: IMPLEMENTING_RELATIONS, transitive: false });
    return this.walk(ref, "in", relations, transitive, false);
  }

  async amendmentsOf(ref: string, options?: ChainOptions | null): Promise<ChainHit[]> {
    const { relations, transitive } = readChainOptions(options, { relations: AMENDING_RELATIONS, transitive: true });
    return this.walk(ref, "in", relations, transitive, false);
  }

  async instrumentsOf(ref: string, options?: InstrumentsOptions | null): Promise<ChainHit[]> {
    const { relations, transitive, stopAtCentral } = readChainOptions(options, { relations: IMPLEMENTING_RELATIONS, transitive: true });
    return this.walk(ref, "out", relations, transitive, stopAtCentral);
  }

  private async neighbors(ref: string, direction: "in" | "out"): Promise<NeighborHit[]> {
    const id = await this.resolveOne(ref);
    const rows = await this.query<{ id: string; relations: RelationType[] }>(SQL.neighbors, [id, direction]);
    return rows
      .map((r) => ({ id: r.id, relations: RELATION_TYPES.filter((t) => r.relations.includes(t)) }))
      .sort((a, b) => compareStrings(a.id, b.id));
  }

  citedBy(ref: string): Promise<NeighborHit[]> {
    return this.neighbors(ref, "in");
  }

  /**
   * CitationGraph's possiblyCitedBy: the citers of an undated mention of `ref` kept apart from it,
   * marked possible; for a reference naming a year no document of its number has, that undated
   * mention's citers (rejects with ResolveError otherwise).
   */
  async possiblyCitedBy(ref: string): Promise<PossibleHit[]> {
    let id: string;
    try {
      id = await this.resolveOne(ref);
    } catch (error) {
      // A year no document of the number has, its mention without a year there (CitationGraph's undatedMentionFor).
      const mention = error instanceof ResolveError && error.code === "not-found" ? await this.undatedMentionFor(ref) : null;
      if (mention === null) throw error;
      return this.possibleVia(mention.via, mention.via, mention.year, new Set());
    }
    const a = (await this.document(id))!;
    const via = undatedCandidateOf(id, a);
    if (via === null) return [];
    return this.possibleVia(id, via, issuedYear(a), new Set((await this.neighbors(id, "in")).map((h) => h.id)));
  }

  /** The mention without its year a reference naming a year no document has may be (undatedForYear), with that year. */
  private async undatedMentionFor(ref: string): Promise<{ via: string; year: number } | null> {
    const q = referenceText(ref);
    const query = q === "" ? null : citationQuery(q);
    if (!query || query.named || query.hints.year === null) return null;
    const via = undatedForYear(query, await this.query<ResolveCandidate>(SQL.resolveCitation, [query.number, query.symbol]));
    return via === null ? null : { via, year: query.hints.year };
  }

  /** possibleCiters of `id` (issued in `issued`) through the undated node `via`, read from the tables. */
  private async possibleVia(id: string, via: string, issued: number | null, proven: ReadonlySet<string>): Promise<PossibleHit[]> {
    const u = await this.document(via);
    if (u === undefined) return [];
    const hits = await this.neighbors(via, "in");
    const docs = await this.documents(hits.map((h) => h.id));
    const citers = hits.map((h) => ({ ...h, year: issuedYear(docs.get(h.id)!) }));
    let termRulesOut = false;
    if (issued !== null && isCentralParty(u)) {
      const rows = await this.query<{ id: string; sentence: string }>(SQL.partyEvidence, [[via]]);
      termRulesOut = firstTermOutside(partyTermsInAll(rows.map((r) => r.sentence), u.number!, u.symbol!), issued) !== null;
    }
    return possibleCiters(id, issued, via, citers, proven, termRulesOut);
  }

  cites(ref: string): Promise<NeighborHit[]> {
    return this.neighbors(ref, "out");
  }

  /**
   * The whole graph read back into memory, e.g. to export it or compare it with one built in
   * memory (`toJSON()` of both is byte-identical). Only for graphs that fit in memory.
   */
  async toCitationGraph(): Promise<CitationGraph> {
    const graph = createGraph();
    for (const row of await this.query<DocumentRow>(SQL.exportDocuments, [])) graph.addNode(row.id, attributesOf(row));
    const rows = await this.query<{
      from_id: string; type: RelationType; to_id: string; file: string | null;
      start_offset: number | null; end_offset: number | null; page: number | null; sentence: string | null; pinpoint: string | null;
    }>(SQL.exportEvidence, []);
    for (const r of rows) {
      const key = edgeKey(r.type, r.from_id, r.to_id);
      if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, r.from_id, r.to_id, { type: r.type, evidence: [], weight: 0 });
      if (r.start_offset === null) continue;
      const a = graph.getEdgeAttributes(key);
      insertSorted(a.evidence, { file: r.file, start: r.start_offset, end: r.end_offset!, page: r.page, sentence: r.sentence!, pinpoint: r.pinpoint }, compareEvidence);
      a.weight = a.evidence.length;
    }
    return new CitationGraph(graph);
  }
}
