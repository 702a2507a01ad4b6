/**
 * `vncite query graph.json <query> "<citation text or id>"`: questions to a graph written by
 * `vncite graph`, or (`--db postgres://…`) to the graph `vncite load` wrote into PostgreSQL, with
 * the same answers. A reference that names several documents lists them and exits 3 (`resolve`
 * prints them as its result); one that names none exits 4, saying on stderr what it was read as and
 * the documents nearest it; a file that is not a graph exits 5. A year no document of the number has,
 * a mention of it without its year in the graph: cited-by, implementers and amendments list that
 * mention's citers as possible (empty results, exit 0), as for a document with possible answers only.
 */
import { Command, Option } from "commander";
import type { CitationGraph, ChainHit, DocumentAttributes, NearMatches, NeighborHit, PossibleHit } from "../../graph/index.js";
import { UsageError } from "../errors.js";
import { EXIT } from "./options.js";
import { loadGraphFile, notFoundMessage } from "../graph-file.js";

const QUERIES = ["implementers", "cited-by", "cites", "amendments", "instruments", "resolve"] as const;
type Query = (typeof QUERIES)[number];

interface QueryOptions {
  db?: string;
  transitive?: boolean;
  format?: "json" | "table";
}

/** A document in an answer: its id and what a reader needs to recognise it. */
interface Found {
  id: string;
  label: string;
  date: string | null;
  title: string | null;
  /** The analysed files that are this document: the files to open. */
  files: string[];
  relation?: string;
  relations?: string[];
  path?: string[];
  /** A possible answer only (cited-by, implementers, amendments): it cites an undated mention of the document, `via`, kept apart from it. */
  possible?: true;
  via?: string;
}

/** The questions both graphs answer: CitationGraph in memory, PostgresGraph in a database. */
interface Answerer {
  resolve(ref: string): Promise<{ matches: string[]; ambiguous: boolean }> | { matches: string[]; ambiguous: boolean };
  resolveOne(ref: string): Promise<string> | string;
  implementersOf(ref: string, o: { transitive?: boolean }): Promise<ChainHit[]> | ChainHit[];
  amendmentsOf(ref: string, o: { transitive?: boolean }): Promise<ChainHit[]> | ChainHit[];
  instrumentsOf(ref: string, o: { transitive?: boolean }): Promise<ChainHit[]> | ChainHit[];
  citedBy(ref: string): Promise<NeighborHit[]> | NeighborHit[];
  possiblyCitedBy(ref: string): Promise<PossibleHit[]> | PossibleHit[];
  cites(ref: string): Promise<NeighborHit[]> | NeighborHit[];
  documents(ids: string[]): Promise<Map<string, DocumentAttributes>> | Map<string, DocumentAttributes>;
  /** The documents nearest to a reference that names none (nearMatches). */
  nearMatches(ref: string): Promise<NearMatches> | NearMatches;
}

export function queryCommand(): Command {
  return new Command("query")
    .description("ask a graph written by `vncite graph` (JSON or GEXF), or loaded into PostgreSQL by `vncite load`, about one document")
    .usage(
      `[options] <graph> <query> <ref...>\n       vncite query [options] --db <url> <query> <ref...>\n\n<query> is one of: ${QUERIES.join(", ")}\n\n` +
        // What the queries answer is proven; a mention without its year is never taken for a dated document (README, the graph).
        `cited-by, implementers and amendments also list apart, as "possible" (JSON) or under a "possibly …\n` +
        `(not proven)" heading, the documents that cite a mention of the document without its year\n` +
        `("Chỉ thị 15/CT-TTg", kept apart from 15/CT-TTg@2020): they may be answers, not proven ones.\n` +
        `A reference with a year names a document of that year only: "15/CT-TTg@2021" beside\n` +
        `15/CT-TTg@2020 and 15/CT-TTg@? names none (exit 4, the two on stderr), but those three queries\n` +
        `list 15/CT-TTg@?'s citers as possible, with empty results and exit 0.`,
    )
    .argument("<words...>", 'the graph file (unless --db), the query, and the document: citation text ("Chỉ thị 43/CT-TTg"), an id, or an analysed file\'s path')
    .option("--db <url>", "ask the graph in this PostgreSQL database (postgres://user:password@host:port/database)")
    .option("--transitive", "follow chains (implementers of implementers...); default for amendments and instruments")
    .option("--no-transitive", "direct relations only")
    .addOption(new Option("-f, --format <format>", "output format (default: table on a terminal, else json)").choices(["json", "table"]))
    .action(async (words: string[], options: QueryOptions) => {
      const [file, query, ...ref] = options.db !== undefined ? [null, ...words] : words;
      if (!QUERIES.includes(query as Query)) {
        throw new UsageError(query === undefined ? "missing <query>" : `unknown query "${query}"; expected one of: ${QUERIES.join(", ")}`);
      }
      if (ref.length === 0) throw new UsageError("missing <ref>: the document to ask about");
      process.exitCode = await run(file, options.db ?? null, query as Query, ref.join(" "), options);
    });
}

async function open(file: string | null, db: string | null): Promise<{ graph: Answerer; name: string; close(): Promise<void> }> {
  if (db !== null) {
    const { PostgresGraph, redactUrl } = await import("../../store/index.js");
    const graph = await PostgresGraph.open(db);
    return { graph, name: redactUrl(db), close: () => graph.close() };
  }
  // Loaded here, not at the top: the other commands should not pay for the parser and graph libraries.
  const { CitationGraph, nearMatches } = await import("../../graph/index.js");
  const graph = await loadGraphFile(CitationGraph, file!);
  const answerer: Answerer = {
    resolve: (ref) => graph.resolve(ref),
    resolveOne: (ref) => graph.resolveOne(ref),
    implementersOf: (ref, o) => graph.implementersOf(ref, o),
    amendmentsOf: (ref, o) => graph.amendmentsOf(ref, o),
    instrumentsOf: (ref, o) => graph.instrumentsOf(ref, o),
    citedBy: (ref) => graph.citedBy(ref),
    possiblyCitedBy: (ref) => graph.possiblyCitedBy(ref),
    cites: (ref) => graph.cites(ref),
    documents: (ids) => new Map(ids.flatMap((id) => (graph.hasDocument(id) ? [[id, graph.document(id)!] as const] : []))),
    nearMatches: (ref) => nearMatches(graph.graph, ref),
  };
  return { graph: answerer, name: file!, close: async () => {} };
}

async function run(file: string | null, db: string | null, query: Query, ref: string, options: QueryOptions): Promise<number> {
  const { ResolveError, IMPLEMENTING_RELATIONS, AMENDING_RELATIONS } = await import("../../graph/index.js");
  // The queries that list possible answers, and the relations such an answer must have (null: any), as their proven ones.
  const follows = query === "cited-by" ? null : query === "implementers" ? IMPLEMENTING_RELATIONS : query === "amendments" ? AMENDING_RELATIONS : undefined;
  let opened: Awaited<ReturnType<typeof open>>;
  try {
    opened = await open(file, db);
  } catch (error) {
    // A database that fails is the store's error (its own exit codes, in main.ts); a file that is no graph is ours.
    if (db !== null) throw error;
    process.stderr.write(`vncite: ${(error as Error).message}\n`);
    return EXIT.notGraph;
  }
  const { graph, name, close } = opened;
  try {
    const format = options.format ?? (process.stdout.isTTY ? "table" : "json");
    let found: Found[];
    let possible: Found[] | null = null;
    let id: string | null = null;
    try {
      if (query === "resolve") {
        const { matches, ambiguous } = await graph.resolve(ref);
        if (ambiguous) throw new ResolveError(ref, matches);
        if (matches.length === 0) throw new ResolveError(ref, []);
        // What the reference resolves to is resolve's answer: one document's id, as the other queries give the id they asked about.
        if (matches.length === 1) id = matches[0];
        found = await describe(graph, matches.map((m) => ({ id: m })));
      } else {
        id = await graph.resolveOne(ref);
        found = await describe(graph, await answer(graph, query, ref, options.transitive));
        // What identity cannot prove is offered apart, marked: citers of an undated mention of the
        // document (for implementers and amendments, those whose relation the query follows; one step).
        if (follows !== undefined) possible = await describe(graph, followed(await graph.possiblyCitedBy(ref), follows));
      }
    } catch (error) {
      if (!(error instanceof ResolveError)) throw error;
      if (error.code === "not-found") {
        // Stderr says what the reference was read as and what is near it.
        const near = await graph.nearMatches(ref);
        const labels = await graph.documents(near.ids);
        process.stderr.write(notFoundMessage(name, ref, near, (id) => labels.get(id)?.label ?? id));
        // A year no document of the number has, a mention of it without its year there ("15/CT-TTg@2021"
        // beside 15/CT-TTg@?): no proven answer, but that mention's citers may cite it. Listed as for a
        // document with possible answers only: empty results, the possible ones apart, exit 0.
        let unresolved: PossibleHit[] = [];
        if (follows !== undefined) {
          try {
            unresolved = await graph.possiblyCitedBy(ref);
          } catch (again) {
            // Not-found again (no mention without its year there): no possible answer. A database failure is the store's.
            if (!(again instanceof ResolveError)) throw again;
          }
        }
        const hits = followed(unresolved, follows ?? null);
        if (hits.length === 0) return EXIT.notFound;
        possible = await describe(graph, hits);
        process.stderr.write(`vncite: ${possible.length === 1 ? "one document cites" : `${possible.length} documents cite`} ${possible[0].via}, a mention without its year: listed as possible ${query} of "${ref}" (not proven)\n`);
        process.stdout.write(
          format === "json"
            ? JSON.stringify({ query, ref, id: null, results: [], possible }, null, 2) + "\n"
            : `${query} of "${ref}": no document of the graph\n  (none)\n` + possibleTable(query, `"${ref}"`, possible),
        );
        return EXIT.ok;
      }
      if (query === "resolve") {
        // The candidates are what resolve was asked for: its result, on stdout, with the exit code saying it is not one.
        const candidates = await describe(graph, error.candidates.map((c) => ({ id: c })));
        process.stdout.write(format === "json" ? JSON.stringify({ query, ref, id: null, ambiguous: true, results: candidates }, null, 2) + "\n" : table(query, null, candidates));
        process.stderr.write(`vncite: "${ref}" matches ${error.candidates.length} documents; say which one (use its id)\n`);
        return EXIT.ambiguous;
      }
      process.stderr.write(`vncite: "${ref}" matches ${error.candidates.length} documents; say which one (use its id):\n`);
      const width = error.candidates.reduce((w, c) => Math.max(w, c.length), 0);
      const described = await describe(graph, error.candidates.map((c) => ({ id: c })));
      for (const c of described) process.stderr.write(`  ${c.id.padEnd(width)}  ${c.label}\n`);
      return EXIT.ambiguous;
    }
    // resolve's table is its one row: no "resolve of …" heading repeating it.
    const text =
      format === "json"
        ? JSON.stringify({ query, ref, id, results: found, ...(possible !== null ? { possible } : {}) }, null, 2) + "\n"
        : table(query, query === "resolve" ? null : id, found) + (possible !== null && possible.length > 0 ? possibleTable(query, id!, possible) : "");
    process.stdout.write(text);
    return EXIT.ok;
  } finally {
    await close();
  }
}

/** The possible answers whose relations the query follows (`follows`; null: any), as answers to describe. */
function followed(hits: readonly PossibleHit[], follows: readonly string[] | null): Hit[] {
  return hits.filter((h) => follows === null || h.relations.some((r) => follows.includes(r))).map((h) => ({ ...h }));
}

type Hit = { id: string; relation?: string; path?: string[]; relations?: string[]; possible?: true; via?: string };

async function answer(graph: Answerer, query: Exclude<Query, "resolve">, ref: string, transitive: boolean | undefined): Promise<Hit[]> {
  const chain = (hits: ChainHit[]) => hits.map((h) => ({ id: h.id, relation: h.relation, path: h.path }));
  const near = (hits: NeighborHit[]) => hits.map((h) => ({ id: h.id, relations: h.relations }));
  const options = transitive === undefined ? {} : { transitive };
  switch (query) {
    case "implementers":
      return chain(await graph.implementersOf(ref, options));
    case "amendments":
      return chain(await graph.amendmentsOf(ref, options));
    case "instruments":
      return chain(await graph.instrumentsOf(ref, options));
    case "cited-by":
      return near(await graph.citedBy(ref));
    case "cites":
      return near(await graph.cites(ref));
  }
}

/** Each hit with what a reader needs to recognise its document, in the answer's key order. */
async function describe(graph: Answerer, hits: Hit[]): Promise<Found[]> {
  const docs = await graph.documents(hits.map((h) => h.id));
  return hits.map(({ id, ...rest }) => {
    const a = docs.get(id);
    return { id, label: a?.label ?? id, date: a?.date ?? null, title: a?.title ?? null, files: a?.files.slice() ?? [], ...rest };
  });
}

/** The possible citers, under a heading that says what they cite and that it is not proven. */
function possibleTable(query: Query, id: string, found: Found[]): string {
  const via = [...new Set(found.map((f) => f.via!))].join(", ");
  return `possibly ${query} of ${id}: they cite ${via}, a mention without its year kept apart from it (not proven)\n` + table(query, null, found);
}

function table(query: Query, id: string | null, found: Found[]): string {
  const head = id ? `${query} of ${id}\n` : "";
  if (found.length === 0) return head + "  (none)\n";
  const columns: [string, (f: Found) => string][] = [
    ["RELATION", (f) => f.relation ?? f.relations?.join(",") ?? ""],
    ["DEPTH", (f) => (f.path ? String(f.path.length - 1) : "")],
    ["ID", (f) => f.id],
    ["DATE", (f) => f.date ?? ""],
    ["LABEL", (f) => f.label],
    // A file's label is its kind and title already; a numbered document's is not.
    ["TITLE", (f) => (f.title && !f.label.includes(f.title) ? f.title : "")],
    ["FILES", (f) => f.files.join(", ")],
  ];
  // Only the columns this query fills (resolve has neither relation nor depth).
  const used = columns.filter(([, cell]) => found.some((f) => cell(f) !== ""));
  const rows = [used.map(([name]) => name), ...found.map((f) => used.map(([, cell]) => cell(f)))];
  const widths = used.map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
  const line = (r: string[]) => "  " + r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]) : c)).join("  ") + "\n";
  return head + rows.map(line).join("");
}
