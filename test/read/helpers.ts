/** Shared by the reader tests: where the documents are, and what counts as "the same citations". */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = fileURLToPath(new URL("../../fixtures", import.meta.url));
const FORMATS = join(FIXTURES, "formats");

export const fixtureText = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");
export const formatFile = (name: string): string => join(FORMATS, name);

const CITATION = /\d+\s*\/\s*(?:\d{4}\s*\/\s*)?[A-ZĐ][\p{L}.&]*(?:-[\p{L}.&]+)*/gu;

/**
 * The number+ký hiệu strings in a text, as a sorted set. Whitespace is collapsed first, and a
 * line break after a hyphen is closed up ("TT-⏎BTC"), since layouts wrap lines in other places
 * than the source text did.
 */
export function citationSet(text: string): string[] {
  const flat = text.replace(/\s+/g, " ").replace(/-\s+/g, "-");
  const found = new Set([...flat.matchAll(CITATION)].map((m) => m[0].replace(/\s+/g, "")));
  return [...found].sort();
}
