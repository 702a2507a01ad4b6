/** Reading a graph file written by `vncite graph` (JSON or GEXF), for the commands that ask or draw it. */
import { closeSync, openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { CitationGraph, ResolveError } from "../graph/index.js";
import { EXIT } from "./commands/options.js";

/** A reference that names no document or several: says so on stderr, with the candidates; the exit code. */
export function explainUnresolved(graph: CitationGraph, file: string, error: ResolveError): number {
  if (error.code === "not-found") {
    process.stderr.write(`vncite: no document in ${file} matches "${error.ref}"\n`);
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
    throw new Error(`${file}: cannot read the graph (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  // GraphML is for other tools: vncite writes it but has no reader for it at run time.
  if (head.includes("<graphml")) throw new Error(`${file}: vncite reads the JSON or GEXF graph, not GraphML; write one with vncite graph -o graph.json`);
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

/** A file's UTF-8 text in pieces of about 1 MB (a character split between reads is kept whole). */
function* fileChunks(file: string): Generator<string> {
  const fd = openSync(file, "r");
  try {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const buf = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) yield decoder.decode(buf.subarray(0, n), { stream: true });
    yield decoder.decode();
  } finally {
    closeSync(fd);
  }
}
