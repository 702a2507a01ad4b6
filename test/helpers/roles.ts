/**
 * How the role tests print an analysis: each numbered citation as "<number> <role>", in text order.
 * One place, so every test file under test/analyze reads roles alike.
 */
import type { Analysis } from "../../src/types.js";
import { analyze } from "../../src/index.js";

/** Every numbered (full) citation, the document's own number with them ("150 self"); laws named without a number have their own tests. */
export const roles = (a: Analysis): string[] => a.citations.filter((c) => c.form === "full").map((c) => `${c.number} ${c.role}`);

/** The cited documents' roles: the document's own number left aside. */
export const citedRoles = (a: Analysis): string[] => a.citations.filter((c) => c.form === "full" && c.role !== "self").map((c) => `${c.number} ${c.role}`);

/** Each citation's role keyed by its number (the last of a number wins), as the role tests compare them. */
export const rolesByNumber = (text: string): Record<string, string> => Object.fromEntries(analyze(text).citations.map((c) => [c.number, c.role]));

/** The role of the first citation of `number` in `text`, undefined when none. */
export const roleOfNumber = (text: string, number: string): string | undefined => analyze(text).citations.find((c) => c.number === number)?.role;

/** The acts of the document itself on numbered documents (plain references aside), "type number/symbol", sorted. */
export const ownActs = (text: string): string[] => {
  const a = analyze(text);
  // A law named again by name alone is a citation of the same id without a number: the numbered one is kept.
  const byId = new Map(a.citations.filter((c) => c.number !== null).map((c) => [c.id, c]));
  return [
    ...new Set(
      a.relations
        .filter((r) => r.from === a.self.id && r.type !== "references" && byId.get(r.to)?.number)
        .map((r) => `${r.type} ${byId.get(r.to)!.number}/${byId.get(r.to)!.symbol}`),
    ),
  ].sort();
};
