/**
 * `vncite query graph.json <query> "<citation text or id>"`: questions to a graph written by
 * `vncite graph`. A reference that names several documents lists them on stderr and exits 3.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { fileChunks } from "../../shared/file-chunks.js";
import { readFile } from "node:fs/promises";
import { Argument, Command, Option } from "commander";
import type { CitationGraph, ChainHit, NeighborHit } from "../../graph/index.js";
import { EXIT } from "./options.js";

const QUERIES = ["implementers", "cited-by", "cites", "amendments", "instruments", "resolve"] as const;
type Query = (typeof QUERIES)[number];

interface QueryOptions {
  transitive?: boolean;
  format?: "json" | "table";
}

/** A document in an answer: its id and what a reader needs to recognise it. */
interface Found {
  id: string;
  label: string;
  date: string | null;
  title: string | null;
  relation?: string;
  relations?: string[];
  path?: string[];
}

export function queryCommand(): Command {
  return new Command("query")
    .description("ask a graph written by `vncite graph` (JSON or GEXF) about one document")
    .argument("<graph>", "graph file")
    .addArgument(new Argument("<query>", "what to ask").choices(QUERIES))
    .argument("<ref...>", 'the document: citation text ("Chỉ thị 43/CT-TTg"), an id, or an analysed file\'s path')
    .option("--transitive", "follow chains (implementers of implementers...); default for amendments and instruments")
    .option("--no-transitive", "direct relations only")
    .addOption(new Option("-f, --format <format>", "output format (default: table on a terminal, else json)").choices(["json", "table"]))
    .action(async (file: string, query: Query, words: string[], options: QueryOptions) => {
      process.exitCode = await run(file, query, words.join(" "), options);
    });
}

async function run(file: string, query: Query, ref: string, options: QueryOptions): Promise<number> {
  // Loaded here, not at the top: the other commands should not pay for the parser and graph libraries.
  const { CitationGraph, ResolveError } = await import("../../graph/index.js");
  const graph = await load(CitationGraph, file);
  const format = options.format ?? (process.stdout.isTTY ? "table" : "json");
  let found: Found[];
  let id: string | null = null;
  try {
    if (query === "resolve") {
      const { matches, ambiguous } = graph.resolve(ref);
      if (ambiguous) throw new ResolveError(ref, matches);
      if (matches.length === 0) throw new ResolveError(ref, []);
      found = matches.map((m) => describe(graph, m));
    } else {
      id = graph.resolveOne(ref);
      found = answer(graph, query, ref, options.transitive);
    }
  } catch (error) {
    if (!(error instanceof ResolveError)) throw error;
    if (error.code === "not-found") {
      process.stderr.write(`vncite: no document in ${file} matches "${ref}"\n`);
      return EXIT.failed;
    }
    process.stderr.write(`vncite: "${ref}" matches ${error.candidates.length} documents; say which one (use its id):\n`);
    const width = error.candidates.reduce((w, c) => Math.max(w, c.length), 0);
    for (const candidate of error.candidates) process.stderr.write(`  ${candidate.padEnd(width)}  ${describe(graph, candidate).label}\n`);
    return EXIT.ambiguous;
  }
  const text = format === "json" ? JSON.stringify({ query, ref, id, results: found }, null, 2) + "\n" : table(query, id, found);
  process.stdout.write(text);
  return EXIT.ok;
}

function answer(graph: CitationGraph, query: Exclude<Query, "resolve">, ref: string, transitive: boolean | undefined): Found[] {
  const chain = (hits: ChainHit[]) => hits.map((h) => ({ ...describe(graph, h.id), relation: h.relation, path: h.path }));
  const near = (hits: NeighborHit[]) => hits.map((h) => ({ ...describe(graph, h.id), relations: h.relations }));
  const options = transitive === undefined ? {} : { transitive };
  switch (query) {
    case "implementers":
      return chain(graph.implementersOf(ref, options));
    case "amendments":
      return chain(graph.amendmentsOf(ref, options));
    case "instruments":
      return chain(graph.instrumentsOf(ref, options));
    case "cited-by":
      return near(graph.citedBy(ref));
    case "cites":
      return near(graph.cites(ref));
  }
}

function describe(graph: CitationGraph, id: string): Found {
  const a = graph.document(id);
  return { id, label: a?.label ?? id, date: a?.date ?? null, title: a?.title ?? null };
}

function table(query: Query, id: string | null, found: Found[]): string {
  const head = id ? `${query} of ${id}\n` : "";
  if (found.length === 0) return head + "  (none)\n";
  const columns: [string, (f: Found) => string][] = [
    ["RELATION", (f) => f.relation ?? f.relations?.join(",") ?? ""],
    ["DEPTH", (f) => (f.path ? String(f.path.length - 1) : "")],
    ["ID", (f) => f.id],
    ["LABEL", (f) => f.label],
  ];
  // Only the columns this query fills (resolve has neither relation nor depth).
  const used = columns.filter(([, cell]) => found.some((f) => cell(f) !== ""));
  const rows = [used.map(([name]) => name), ...found.map((f) => used.map(([, cell]) => cell(f)))];
  const widths = used.map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
  const line = (r: string[]) => "  " + r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]) : c)).join("  ") + "\n";
  return head + rows.map(line).join("");
}

/**
 * A graph file: JSON as `vncite graph` writes it, read chunk by chunk so that a large graph's
 * text is never held whole, or GEXF.
 */
async function load(Graph: typeof CitationGraph, file: string): Promise<CitationGraph> {
  let head: string;
  try {
    head = readHead(file);
  } catch (error) {
    throw new Error(`${file}: cannot read the graph (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  // GraphML is for other tools: vncite writes it but has no reader for it at run time.
  if (head.includes("<graphml")) throw new Error(`${file}: vncite query reads the JSON or GEXF graph, not GraphML; write one with vncite graph -o graph.json`);
  try {
    return head.trimStart().startsWith("<") ? Graph.fromGEXF(await readFile(file, "utf8")) : Graph.fromJSONChunks(fileChunks(file));
  } catch (error) {
    throw new Error(`${file}: not a graph written by vncite graph (${(error as Error).message})`);
  }
}

function readHead(file: string): string {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(4096);
    return buf.toString("utf8", 0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
}
