/** What the main thread and the workers send each other. Plain data only: it crosses threads. */
import type { ListingFields } from "../read/listing.js";
import type { ReadLimits } from "../read/limits.js";
import type { PackedGraphInput } from "./graph-packed.js";
import type { Format } from "./output.js";

/** Fixed per run, given to each worker at start. */
export interface WorkerConfig {
  /** "extract" returns formatted output text; "graph" returns the analysis for the graph. */
  mode: "extract" | "graph";
  format: Format;
  /** Read .csv/.jsonl files as listings, one document per record, with these fields (--fields). */
  fields?: ListingFields;
  /** Limits per file (the defaults where absent); limits.timeLimit also bounds a task as a whole. */
  limits?: ReadLimits;
  /** Text files of more bytes are analysed in chunks of this many characters (--chunk-size). */
  chunkSize?: number;
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
  /** Records of a listing that could not be read (each already has an error record in extract mode). */
  badRecords?: { file: string; message: string }[];
}

/**
 * extract mode: the file's records, already formatted, arrive before this as Part messages (a
 * few hundred KB each) so that neither thread ever holds a huge file's whole output at once.
 */
interface Part {
  index: number;
  part: string;
}

type ExtractDone = Done;

/**
 * A task's time budget runs from when the worker starts on it, not from when it was queued. The
 * pool knows that moment without a message when the worker had nothing else under way: it is
 * when the task was sent to an idle worker, or when the worker answered the task before it. A
 * worker sends Begin when it starts a task while another awaits (two PDFs, say), and a task that
 * works in steps (a text analysed in chunks) sends it at each step. One message fewer per file
 * saved the main thread ~0.1 s of CPU on 2,000 plans.
 */
interface Begin {
  index: number;
  begin: true;
}

/** graph mode: what the graph reads of each document's analysis (never the text itself), packed, one per document. */
interface GraphDone extends Done {
  analyses: PackedGraphInput[];
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

/** A task's result with the last part of its output, if any (it comes after every Part). */
type Finished = TaskResult & { tail?: string };

/** Everything a worker posts: zero or more parts of a task's output, then its result. */
export type WorkerMessage = Begin | Part | Finished;
