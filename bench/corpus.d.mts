/** Types of bench/corpus.mjs, for the tests that import it. */

export interface Rng {
  float(): number;
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  weighted<T>(pairs: readonly (readonly [number, T])[]): T;
}

export type MutationName = "dropSo" | "extraSpaces" | "lineBreaks" | "lowerCase" | "eth" | "enDash" | "nfd" | "wideGaps";
/** Per-citation probability of each trap. */
export type MutationRates = Readonly<Record<MutationName, number>>;

/** An inserted citation and what vncite must report for it. Offsets are UTF-16 units. */
export interface InsertedCitation {
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  /** The kind word as written, null for a list member that inherits it or a named law. */
  kindText: string | null;
  kind: string;
  number: string;
  year: number | null;
  symbol: string;
  style: "state" | "party";
  date: string | null;
}

export interface Generated {
  text: string;
  citations: InsertedCitation[];
  /** UTF-8 size of `text`. */
  bytes: number;
}

export interface GenerateOptions {
  seed?: number;
  rng?: Rng;
  /** UTF-8 bytes to write (the text ends at the first whole event past it). */
  bytes?: number;
  mutations?: MutationRates;
  traps?: number;
  density?: number;
  nfdProse?: number;
}

export const REALISTIC_MUTATIONS: MutationRates;
export const NO_MUTATIONS: MutationRates;
export const MUTATION_NAMES: readonly MutationName[];

export function createRng(seed?: number): Rng;
export function generateText(options?: GenerateOptions): Generated;
export function generateDocument(rng: Rng, bytes: number, options?: GenerateOptions): Generated;
export function generateDocuments(options: { rng?: Rng; seed?: number; files: number; bytes?: number }): Generator<Generated>;
export function generateChunks(options?: GenerateOptions & { chunkBytes?: number }): Generator<Generated>;
export function citationEvent(rng: Rng, rates: MutationRates): { text: string; citations: InsertedCitation[] };
export function parseSize(s: string | number): number;
export function writeCorpus(options: {
  out: string;
  seed?: number;
  bytes?: number;
  files?: number;
  truth?: string | null;
}): { bytes: number; citations: number; files: number };
