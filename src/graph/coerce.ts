import type { Kind, Level, Style } from "../types.js";
import { KINDS } from "../vocab/kinds.js";

/**
 * Coercions of values read from untrusted graph files (JSON, GEXF, GraphML) or analyses. A kind,
 * level or style comes back as the one shared string of the vocabulary, not the caller's copy: a
 * graph of 100,000 documents would otherwise hold a copy per node (each message from a worker
 * thread brings its own).
 */
const KIND_MAP: ReadonlyMap<string, Kind> = new Map(KINDS.map((k) => [k.slug, k.slug]));
const LEVELS: ReadonlyMap<string, Level> = new Map((["central", "province", "district", "commune"] as const).map((l) => [l, l]));

export function str(x: unknown): string | null {
  return typeof x === "string" && x !== "" ? x : null;
}

export function int(x: unknown): number | null {
  return typeof x === "number" && Number.isInteger(x) ? x : null;
}

export function level(x: unknown): Level | null {
  return (typeof x === "string" && LEVELS.get(x)) || null;
}

export function kind(x: unknown): Kind | null {
  return (typeof x === "string" && KIND_MAP.get(x)) || null;
}

export function style(x: unknown): Style | null {
  return x === "state" ? "state" : x === "party" ? "party" : null;
}
