/**
 * What the layout tests compare: a fresh set's text as stored, laid out otherwise (blanks doubled as a justified page
 * prints them), and its relations as "type SELF|from -> to", sorted. One place, so the tests under test/ that hold a
 * text's relations to its layout read them alike.
 */
import { readFileSync } from "node:fs";
import { analyze } from "../../src/index.js";

/** fixtures/fresh/<set>/texts/<name>.txt as stored. */
export const freshText = (set: string, name: string): string => readFileSync(new URL(`../../fixtures/fresh/${set}/texts/${name}.txt`, import.meta.url), "utf8");

/** Every blank between words doubled, as a justified page's copy gives it. */
export const justified = (text: string): string => text.replaceAll(" ", "  ");

/** The text's relations, the document's own id written "SELF", sorted. */
export function relationLines(text: string): string[] {
  const a = analyze(text);
  return a.relations.map((r) => `${r.type} ${r.from === a.self.id ? "SELF" : r.from} -> ${r.to}`).sort();
}
