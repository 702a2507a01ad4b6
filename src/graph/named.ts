import type { Kind } from "../types.js";
import { namedId } from "../identify/named.js";

const NAMED_KINDS: ReadonlySet<Kind | null> = new Set(["constitution", "law", "code", "ordinance"]);

/** The id a law of this kind, name and year has when it is named without a number, or null. */
export function namedKeyOf(kind: Kind | null, name: string, year: number | null): string | null {
  return kind !== null && NAMED_KINDS.has(kind) ? namedId(kind, name, year) : null;
}
