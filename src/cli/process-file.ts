/**
 * One input, read and analysed: the work a worker thread does. The text lives only inside this
 * function, so memory does not grow with the total text of a run.
 */
import { analyze } from "../analyze/index.js";
import { ReadError, pageAt, readDocument, type ReadResult } from "../read/index.js";
import type { Analysis } from "../types.js";
import { formatChunk, type CitationRecord, type DocumentRecord, type OutRecord } from "./output.js";
import type { Failed, Task, TaskResult, WorkerConfig } from "./protocol.js";

export async function processFile(task: Task, config: WorkerConfig): Promise<TaskResult> {
  let read: ReadResult;
  try {
    read = await readDocument(task.bytes ?? task.path, { path: task.path });
  } catch (error) {
    return failure(task, error);
  }
  try {
    const analysis = analyze(read.text, { path: task.path });
    const base = { index: task.index, ok: true as const, chars: read.text.length, citations: analysis.citations.length };
    if (config.mode === "graph") return { ...base, analysis };
    return { ...base, chunk: formatChunk(fileRecords(task.path, read, analysis), config.format) };
  } catch (error) {
    return failure(task, error);
  }
}

/** The document record, then one record per citation in text order. */
export function fileRecords(file: string, read: ReadResult, analysis: Analysis): OutRecord[] {
  const document: DocumentRecord = {
    record: "document",
    file,
    format: read.format,
    self: analysis.self,
    citations: analysis.citations.length,
    warnings: [...read.warnings, ...analysis.warnings],
  };
  const lines = lineCounter(read.text);
  const citations = analysis.citations.map((c): CitationRecord => {
    const page = pageAt(read.pages, c.start);
    return { record: "citation", file, ...c, ...(page !== null ? { page } : {}), line: lines(c.start) };
  });
  return [document, ...citations];
}

/** 1-based line of an offset; offsets come in increasing order, so it scans the text once. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (let nl = text.indexOf("\n", at); nl !== -1 && nl < offset; nl = text.indexOf("\n", nl + 1)) line++;
    at = offset;
    return line;
  };
}

function failure(task: Task, error: unknown): Failed {
  if (error instanceof ReadError) {
    return { index: task.index, ok: false, code: error.code, message: withoutFileLabel(error.message, task.path) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { index: task.index, ok: false, code: "internal", message: `internal error: ${message}` };
}

/** ReadError messages start with "<path>: "; the CLI adds the file itself, once. */
function withoutFileLabel(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
