/** What the main thread and the workers send each other. Plain data only: it crosses threads. */
import type { Analysis } from "../types.js";
import type { Format } from "./output.js";

/** Fixed per run, given to each worker at start. */
export interface WorkerConfig {
  /** "extract" returns formatted output text; "graph" returns the analysis for the graph. */
  mode: "extract" | "graph";
  format: Format;
}

export interface Task {
  /** Position in the input list; results are put back in this order. */
  index: number;
  /** The path as shown in output ("-" for standard input). */
  path: string;
  /** Standard input's bytes, read by the main thread; absent for files, which the worker reads itself. */
  bytes?: Uint8Array;
}

interface Done {
  index: number;
  ok: true;
  /** Size of the text read, in UTF-16 code units, for the progress rate. */
  chars: number;
  citations: number;
}

/**
 * extract mode: the file's records, already formatted, arrive before this as Part messages (a
 * few hundred KB each) so that neither thread ever holds a huge file's whole output at once.
 */
export interface Part {
  index: number;
  part: string;
}

export type ExtractDone = Done;

/** graph mode: the analysis to add to the graph (the text itself is never sent back). */
export interface GraphDone extends Done {
  analysis: Analysis;
}

export interface Failed {
  index: number;
  ok: false;
  /** ReadError code ("invalid-utf8", "binary", "unreadable"...) or "internal". */
  code: string;
  /** The reason, without the file name (the caller adds it). */
  message: string;
}

export type TaskResult = ExtractDone | GraphDone | Failed;

/** Everything a worker posts: zero or more parts of a task's output, then its result. */
export type WorkerMessage = Part | TaskResult;
