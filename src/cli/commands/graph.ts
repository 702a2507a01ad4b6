/** `vncite graph [paths...] -o graph.json`: analyse every file and write the citation graph. */
import { Command, Option } from "commander";
import type { GraphWarning } from "../../graph/attributes.js";
import type { CitationMultiGraph } from "../../graph/build.js";
import { AtomicFile } from "../atomic-write.js";
import { writePieces } from "../batches.js";
import { errorLine, stdoutWritable } from "../output.js";
import { unpackGraphInput } from "../graph-packed.js";
import { runInputs } from "../run.js";
import { walk } from "../walk.js";
import { EXIT, addInputOptions, keepOldOutput, workerOptions, readLimits, walkOptions, type InputOptions } from "./options.js";

type GraphFormat = "json" | "gexf" | "graphml";
const GRAPH_FORMATS: readonly GraphFormat[] = ["json", "gexf", "graphml"];

interface GraphOptions extends InputOptions {
  format?: GraphFormat;
  output?: string;
  verbose?: boolean;
  force?: boolean;
}

export function graphCommand(): Command {
  const command = new Command("graph")
    .description("analyse every file and write the graph of documents and relations; a summary goes to stderr")
    .argument("<paths...>", "files, directories or globs; \"-\" for standard input")
    .option("-o, --output <file>", "write the graph to this file, atomically (default or \"-\": standard output)")
    .addOption(new Option("-f, --format <format>", "graph format (default: from the -o extension, else json)").choices(GRAPH_FORMATS))
    .option("-v, --verbose", "list every warning on stderr (the graph keeps them in its attributes either way)")
    .option("--force", "with -o: replace the file even when no input could be read");
  addInputOptions(command);
  return command.action(async (paths: string[], options: GraphOptions) => {
    process.exitCode = await graph(paths, options);
  });
}

async function graph(paths: string[], options: GraphOptions): Promise<number> {
  if (options.output === "-") options.output = undefined;
  const format = options.format ?? formatFromName(options.output);
  // Sorted, so the graph does not depend on the order the paths were given in.
  const inputs = (await walk(paths, walkOptions(options))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (inputs.length === 0) {
    process.stderr.write(`vncite: no files to read in ${paths.join(" ")}\n`);
    return EXIT.failed;
  }
  // Opened before the work, so a bad -o path fails at once rather than after an hour of analysis.
  const file = options.output ? await AtomicFile.create(options.output) : null;
  try {
    const built = await analyseInto(inputs, options);
    const graph = built.graph;
    const { mergeUndatedMentions } = await import("../../graph/merge-undated.js");
    mergeUndatedMentions(graph);
    if (file && built.unread >= built.files && !options.force) {
      await file.abort();
      keepOldOutput(file.target);
      return EXIT.failed;
    }
    const pieces = await serialize(graph, format);
    if (file) for (const piece of pieces) file.append(piece);
    else {
      const out = stdoutWritable();
      await writePieces(pieces, (text) => out.write(text));
    }
    await file?.commit();

    const bad = built.failed;
    const { graphWarnings } = await import("../../graph/export-json.js");
    const warnings = graphWarnings(graph);
    if (options.verbose) for (const w of warnings) process.stderr.write(warningLine(w) + "\n");
    process.stderr.write(
      `vncite: ${count(built.files, "file")}${bad ? ` (${bad} failed)` : ""}, ${count(graph.order, "document")}, ` +
        `${count(graph.size, "edge")}, ${count(warnings.length, "warning")}${options.output ? ` -> ${options.output}` : ""}\n`,
    );
    return bad > 0 ? EXIT.failed : EXIT.ok;
  } catch (error) {
    await file?.abort();
    throw error;
  }
}

/**
 * Analyses the inputs (in worker threads) into one graph, as `vncite graph` does, undated
 * mentions not yet merged; a file (or listing record) that fails gets a line on stderr and is
 * counted in `failed`.
 */
export async function analyseInto(
  inputs: Awaited<ReturnType<typeof walk>>,
  options: InputOptions,
): Promise<{ graph: CitationMultiGraph; files: number; failed: number; unread: number; warnings: number }> {
  // The graph's building blocks, not CitationGraph: its queries load the citation parser (some
  // 0.15 s of the main thread's CPU), which building and writing a graph never use. Loaded here,
  // not at the top: `vncite --help` and `extract` should not pay for the graph library either.
  const { addAnalysis, createGraph } = await import("../../graph/build.js");
  const graph = createGraph();
  let warnings = 0;
  let failed = 0;
  const summary = await runInputs(inputs, { mode: "graph", format: "ndjson", limits: readLimits(options), ...workerOptions(options) }, options, {
    onResult: (input, result) => {
      if (!result.ok || !("analyses" in result)) return;
      for (const packed of result.analyses) {
        const analysis = unpackGraphInput(packed);
        try {
          addAnalysis(graph, analysis);
          warnings += analysis.warnings.length;
        } catch (error) {
          failed++;
          process.stderr.write(errorLine(analysis.path ?? input.path, (error as Error).message) + "\n");
        }
      }
    },
  });
  return { graph, files: summary.files, failed: summary.failed + summary.badRecords + failed, unread: summary.failed, warnings };
}

/**
 * The graph's text, in pieces streamed node by node and edge by edge from the graph itself, so no
 * second copy of the graph (an export object, or one string of it all) is ever held.
 */
async function serialize(graph: CitationMultiGraph, format: GraphFormat): Promise<Iterable<string>> {
  switch (format) {
    case "json": {
      const { exportJSONChunks } = await import("../../graph/export-json.js");
      return (function* () {
        yield* exportJSONChunks(graph);
        yield "\n";
      })();
    }
    case "gexf":
      return (await import("../../graph/export-gexf.js")).exportGEXFChunks(graph);
    case "graphml":
      return (await import("../../graph/export-graphml.js")).exportGraphMLChunks(graph);
  }
}

/** "plans/a.txt:1234: year-mismatch: the number's year 2009 disagrees with the date 2019-11-06". */
function warningLine(w: GraphWarning): string {
  return `vncite: warning: ${w.file ?? "graph"}${w.start !== null ? `:${w.start}` : ""}: ${w.code}: ${w.message}`;
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function formatFromName(file: string | undefined): GraphFormat {
  const ext = file?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return ext === "gexf" || ext === "graphml" ? ext : "json";
}
