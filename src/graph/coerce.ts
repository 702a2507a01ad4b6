import type { Kind, Level, Style } from "../types.js";
import { KINDS } from "../vocab/kinds.js";

/** Coercions of values read from untrusted graph files (JSON, GEXF, GraphML) or analyses. */
const KIND_SET: ReadonlySet<string> = new Set(KINDS.map((k) => k.slug));
const LEVELS: ReadonlySet<string> = new Set(["central", "province", "district", "commune"]);

export function str(x: unknown): string | null {
  return typeof x === "string" && x !== "" ? x : null;
}

export function int(x: unknown): number | null {
  return typeof x === "number" && Number.isInteger(x) ? x : null;
}

export function level(x: unknown): Level | null {
  return typeof x === "string" && LEVELS.has(x) ? (x as Level) : null;
}

export function kind(x: unknown): Kind | null {
  return typeof x === "string" && KIND_SET.has(x) ? (x as Kind) : null;
}

export function style(x: unknown): Style | null {
  return x === "state" || x === "party" ? x : null;
}
