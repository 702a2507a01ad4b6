/**
 * `vncite load <graph.json | paths...> --db postgres://…`: writes a graph into PostgreSQL, merged
 * by id with what the database holds (see src/store/load.ts). Files and folders are analysed as
 * `vncite graph` analyses them; a graph JSON file is read a node or edge at a time.
 */
import { statSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { walk } from "../walk.js";
import { analyseInto, count } from "./graph.js";
import { EXIT, addInputOptions, walkOptions, type InputOptions } from "./options.js";

interface LoadCommandOptions extends InputOptions {
  db: string;
  batchSize?: number;
  verbose?: boolean;
}

export function loadCommand(): Command {
  const command = new Command("load")
    .description("load a graph (a JSON file written by vncite graph, or files and folders to analyse) into PostgreSQL")
    .argument("<paths...>", "one graph .json file, or files, directories or globs to analyse")
    .requiredOption("--db <url>", "the database (postgres://user:password@host:port/database)")
    .option("--batch-size <n>", "documents per staged batch (default 1000; edges 4 times as many)", positive)
    .option("-v, --verbose", "a line on stderr per staged batch");
  addInputOptions(command);
  return command.action(async (paths: string[], options: LoadCommandOptions) => {
    process.exitCode = await load(paths, options);
  });
}

function positive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return Number(value);
}

function isGraphFile(path: string): boolean {
  try {
    return /\.json$/i.test(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

async function load(paths: string[], options: LoadCommandOptions): Promise<number> {
  const store = await import("../../store/index.js");
  // A bad URL is reported before an hour of analysis, not after.
  store.checkUrl(options.db);
  let parts: import("../../store/index.js").GraphParts;
  let failed = 0;
  let files: number | null = null;
  if (paths.length === 1 && isGraphFile(paths[0])) {
    parts = store.partsOfJSONFile(paths[0]);
  } else {
    const inputs = (await walk(paths, walkOptions(options))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (inputs.length === 0) {
      process.stderr.write(`vncite: no files to read in ${paths.join(" ")}\n`);
      return EXIT.failed;
    }
    const built = await analyseInto(inputs, options);
    const { CitationGraph } = await import("../../graph/index.js");
    const graph = new CitationGraph(built.graph);
    graph.mergeUndatedMentions();
    parts = store.partsOfGraph(graph);
    failed = built.failed;
    files = built.files;
  }
  const verbose = options.verbose
    ? (p: { documents: number; edges: number; phase: string }) =>
        process.stderr.write(`vncite: ${p.phase === "stage" ? "staged" : "applying"} ${count(p.documents, "document")}, ${count(p.edges, "edge")}\n`)
    : undefined;
  let summary: import("../../store/index.js").LoadSummary;
  try {
    summary = await store.loadGraph(options.db, parts, { batchSize: options.batchSize, onProgress: verbose });
  } catch (error) {
    // The graph file's fault, as query and view say it (exit 5), not a database failure; nothing was loaded.
    if (!(error instanceof store.GraphFileError)) throw error;
    process.stderr.write(`vncite: ${error.message}\n`);
    return EXIT.notGraph;
  }
  process.stderr.write(
    `vncite: ${files !== null ? `${count(files, "file")}${failed ? ` (${failed} failed)` : ""}, ` : ""}` +
      `${count(summary.documents, "document")}, ${count(summary.edges, "edge")} -> ${store.redactUrl(options.db)}` +
      ` (load ${summary.load}${summary.reload ? (summary.files > 0 ? ", a reload of the same files" : ", a reload of the same graph") : ""}${summary.bulk ? ", bulk" : ""}` +
      `${summary.merged.length ? `, ${count(summary.merged.length, "law named without its number or year")} merged` : ""})\n`,
  );
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
