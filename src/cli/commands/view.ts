/**
 * `vncite view graph.json -o graph.html` (or files and folders, analysed first): one HTML file
 * that draws the graph in a browser, offline. `--around <ref> --depth N` draws a neighbourhood.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import type { CitationGraph } from "../../graph/index.js";
import { AtomicFile } from "../atomic-write.js";
import { explainUnresolved, loadGraphFile } from "../graph-file.js";
import { stdoutWritable } from "../output.js";
import { walk } from "../walk.js";
import { analyseInto, count } from "./graph.js";
import { EXIT, addInputOptions, keepOldOutput, walkOptions, type InputOptions } from "./options.js";

/** Above this many documents a browser still draws the graph, but searching and panning lag. */
const DEFAULT_MAX_DOCUMENTS = 30_000;

/** The page script, bundled by the build next to the CLI (dist/view-app.js beside dist/cli.js). */
const APP_SCRIPT = new URL("./view-app.js", import.meta.url);

interface ViewOptions extends InputOptions {
  output?: string;
  around?: string;
  depth: number;
  maxDocuments: number;
  title?: string;
  seed: number;
  force?: boolean;
}

export function viewCommand(): Command {
  const command = new Command("view")
    .description("write one self-contained HTML page that draws a graph (from `vncite graph`, or of the files given) in a browser")
    .argument("<paths...>", "a graph file (.json or .gexf from vncite graph), or files, directories or globs to analyse")
    .option("-o, --output <file>", "write the page to this file, atomically (default or \"-\": standard output)")
    .option("--around <ref>", "draw only the documents near this one (citation text, id or file path)")
    .option("--depth <n>", "with --around: how many relations away", wholeNumber, 2)
    .option("--max-documents <n>", "refuse larger graphs unless drawn --around a document", wholeNumber, DEFAULT_MAX_DOCUMENTS)
    .option("--title <text>", "the page's title (default: the input's name)")
    .option("--seed <n>", "seed of the layout (same seed and graph: the same page)", wholeNumber, 1)
    .option("--force", "with -o: replace the file even when no input could be read");
  addInputOptions(command);
  return command.action(async (paths: string[], options: ViewOptions) => {
    process.exitCode = await view(paths, options);
  });
}

async function view(paths: string[], options: ViewOptions): Promise<number> {
  if (options.output === "-") options.output = undefined;
  const [{ CitationGraph, ResolveError, nearMatches }, viewModule] = await Promise.all([import("../../graph/index.js"), import("../../view/index.js")]);
  let graph: CitationGraph;
  let failed = 0;
  const graphFile = paths.length === 1 && /\.(json|gexf|graphml)$/i.test(paths[0]) ? paths[0] : null;
  if (graphFile) {
    try {
      graph = await loadGraphFile(CitationGraph, graphFile);
    } catch (error) {
      process.stderr.write(`vncite: ${(error as Error).message}\n`);
      return EXIT.notGraph;
    }
  } else {
    // Sorted, so the graph does not depend on the order the paths were given in.
    const inputs = (await walk(paths, walkOptions(options))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (inputs.length === 0) {
      process.stderr.write(`vncite: no files to read in ${paths.join(" ")}\n`);
      return EXIT.failed;
    }
    const run = await analyseInto(inputs, options);
    // As graph and extract: an empty page must not replace a good one.
    if (options.output && run.unread >= run.files && !options.force) {
      keepOldOutput(options.output);
      return EXIT.failed;
    }
    graph = new CitationGraph(run.graph);
    graph.mergeUndatedMentions();
    failed = run.failed;
  }
  const source = graphFile ?? paths.join(" ");

  let drawn = graph.graph;
  let around: { id: string; depth: number; of: { documents: number; relations: number } } | null = null;
  if (options.around !== undefined) {
    let id: string;
    try {
      id = graph.resolveOne(options.around);
    } catch (error) {
      if (error instanceof ResolveError) return explainUnresolved(graph, source, error, error.code === "not-found" ? nearMatches(graph.graph, error.ref) : null);
      throw error;
    }
    drawn = viewModule.neighbourhood(graph.graph, id, options.depth);
    around = { id, depth: options.depth, of: { documents: graph.order, relations: graph.size } };
  }
  if (drawn.order > options.maxDocuments) {
    process.stderr.write(
      `vncite: ${source} has ${drawn.order} documents and ${drawn.size} relations; a page that large opens slowly and searches lag.\n` +
        `  Draw the part you need:  vncite view ${graphFile ?? "<paths>"} --around "<document>" --depth 2 -o graph.html\n` +
        `  or draw it all anyway:   --max-documents ${drawn.order}\n`,
    );
    return EXIT.usage;
  }

  const file = options.output ? await AtomicFile.create(options.output) : null;
  try {
    const app = await readFile(APP_SCRIPT, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new Error(`the view's page script is missing (${error.code ?? error.message}); run npm run build`);
    });
    const layout = viewModule.computeLayout(drawn, { seed: options.seed });
    const title = options.title ?? (graphFile ? basename(graphFile) : paths.map((p) => basename(p)).join(", "));
    const page = viewModule.viewPage(viewModule.viewPayload(drawn, layout, title, around), app);
    const out = file ?? stdoutWritable();
    await out.write(page);
    await file?.commit();
  } catch (error) {
    await file?.abort();
    throw error;
  }
  process.stderr.write(
    `vncite: ${count(drawn.order, "document")}, ${count(drawn.size, "relation")}${around ? ` (of ${graph.order} and ${graph.size})` : ""}` +
      `${options.output ? ` -> ${options.output}` : ""}\n`,
  );
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number");
  return Number(value);
}
