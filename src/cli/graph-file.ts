/** Reading a graph file written by `vncite graph` (JSON or GEXF), for the commands that ask or draw it. */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { getHeapStatistics } from "node:v8";
import { fileChunks } from "../shared/file-chunks.js";
import { readFile } from "node:fs/promises";
import type { CitationGraph, NearMatches, ResolveError } from "../graph/index.js";
import { EXIT } from "./commands/options.js";

/**
 * What to say on stderr of a reference that names no document: what it was read as and, when the
 * graph holds any, the documents nearest to it (nearMatches), each with its label: a wrong year,
 * place or code is then seen at once, where a bare "no document" leaves the user guessing.
 */
export function notFoundMessage(where: string, ref: string, near: NearMatches | null, labelOf: (id: string) => string): string {
  const head = `vncite: no document in ${where} matches "${ref}"`;
  if (near === null) return `${head}\n`;
  if (ref.trim().startsWith("file:")) return `${head} (no analysed file has that path)\n`;
  if (near.read === null) return `${head} (read as no id, analysed file's path or citation)\n`;
  if (near.by === null) return `${head} (read as ${near.read})\n`;
  if (near.ids.length === 0) return `${head} (read as ${near.read}); none in the graph has its ${near.by === "name" ? "name" : "number"}\n`;
  const width = near.ids.reduce((w, id) => Math.max(w, id.length), 0);
  const lines = near.ids.map((id) => `  ${id.padEnd(width)}  ${labelOf(id)}\n`);
  const more = near.total > near.ids.length ? [`  (and ${near.total - near.ids.length} more)\n`] : [];
  return [`${head} (read as ${near.read}); nearest, by ${near.by}:\n`, ...lines, ...more].join("");
}

/**
 * A reference that names no document or several: says so on stderr, with the candidates (or, for
 * none, `near`: nearMatches, which the caller has loaded the graph module for); the exit code.
 */
export function explainUnresolved(graph: CitationGraph, file: string, error: ResolveError, near: NearMatches | null): number {
  if (error.code === "not-found") {
    process.stderr.write(notFoundMessage(file, error.ref, near, (id) => graph.document(id)?.label ?? id));
    return EXIT.notFound;
  }
  process.stderr.write(`vncite: "${error.ref}" matches ${error.candidates.length} documents; say which one (use its id):\n`);
  const width = error.candidates.reduce((w, c) => Math.max(w, c.length), 0);
  for (const candidate of error.candidates) process.stderr.write(`  ${candidate.padEnd(width)}  ${graph.document(candidate)?.label ?? candidate}\n`);
  return EXIT.ambiguous;
}

/**
 * A graph file: JSON as `vncite graph` writes it, read chunk by chunk so that a large graph's
 * text is never held whole, or GEXF.
 */
export async function loadGraphFile(Graph: typeof CitationGraph, file: string): Promise<CitationGraph> {
  let head: string;
  try {
    head = readHead(file);
  } catch (error) {
    throw new Error(`${file}: cannot read the graph file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  // GraphML is for other tools: vncite writes it but has no reader for it at run time.
  if (head.includes("<graphml")) throw new Error(`${file}: vncite reads the JSON or GEXF graph, not GraphML; write one with vncite graph -o graph.json`);
  checkFits(file, head.trimStart().startsWith("<") ? GEXF_HEAP_PER_BYTE : JSON_HEAP_PER_BYTE);
  try {
    return head.trimStart().startsWith("<") ? Graph.fromGEXF(await readFile(file, "utf8")) : Graph.fromJSONChunks(fileChunks(file));
  } catch (error) {
    throw new Error(`${file}: not a graph written by vncite graph (${(error as Error).message.replace(/^graph import: /, "")})`);
  }
}

/**
 * Heap a loaded graph takes per byte of its file: JSON is read in pieces into a graph about twice
 * its size (bench/README.md, Graph); GEXF is read whole, parsed into a DOM, then into the graph.
 */
const JSON_HEAP_PER_BYTE = 3;
const GEXF_HEAP_PER_BYTE = 8;

/**
 * Refuses, with a message, a graph too big for this process's heap: running out of heap aborts
 * the process, with no message worth reading.
 */
function checkFits(file: string, perByte: number): void {
  const size = statSync(file).size;
  const { heap_size_limit: limit, used_heap_size: used } = getHeapStatistics();
  const need = size * perByte;
  if (need <= limit - used) return;
  const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
  throw new Error(
    `${file}: a ${mb(size)} graph needs about ${mb(need)} of memory to query, more than this process's ${mb(limit)} heap; ` +
      `run it with a larger one: node --max-old-space-size=${Math.ceil((need + used) / (1024 * 1024) / 1024) * 1024} ${process.argv[1] ?? "vncite"} ...`,
  );
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
