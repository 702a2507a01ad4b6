/**
 * What the layout tests compare: a fresh set's text as stored, laid out otherwise (blanks doubled as a justified page
 * prints them), and its relations as "type SELF|from -> to", sorted. One place, so the tests under test/ that hold a
 * text's relations to its layout read them alike.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
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

/**
 * One test a text: its relations as written hold `relation`, and the same text justified has the same relations.
 * Each row: the case's name, the text, a relation the layout once lost.
 */
export function relationsKeptWhenJustified(rows: readonly [string, string, string][]): void {
  it.each(rows)("%s: the relations as written", (_, text, relation) => {
    const written = relationLines(text);
    expect(written).toContain(relation);
    expect(relationLines(justified(text))).toEqual(written);
  });
}
