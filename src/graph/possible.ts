import type { DocumentAttributes } from "./attributes.js";
import { compareStrings } from "./attributes.js";
import type { CitationMultiGraph } from "./build.js";
import { neighbors, type NeighborHit } from "./chains.js";
import { issuedYear, undatedKeyOfNode } from "./merge-undated.js";
import { termAgainst } from "./party-term.js";

/**
 * A document that may cite the asked one, but only through an undated mention ("Chỉ thị
 * 15/CT-TTg", node "15/CT-TTg@?") the asked document ("15/CT-TTg@2020") is a candidate of: the
 * mention is kept apart (mergeUndatedMentions: a number without its year does not prove which
 * document it is), so what cites it is offered as possible, never as proven.
 */
export interface PossibleHit extends NeighborHit {
  possible: true;
  /** The undated node it cites. */
  via: string;
}

/**
 * The undated node whose citers may cite document `id`, with `id` as one of its candidates
 * (undatedKeyOfNode: the same number, ký hiệu and place without the year, or a law's name without
 * its year); null when the document has none or is undated itself.
 */
export function undatedCandidateOf(id: string, a: Pick<DocumentAttributes, "kind" | "number" | "title" | "year">): string | null {
  const key = undatedKeyOfNode(id, a);
  return key === null || key === id ? null : key;
}

/**
 * Of the citers of the undated node `via`, those that may cite the dated document `id`: none when
 * `via`'s citations name a Party Central Committee term `id`'s year lies outside of
 * (`termRulesOut`); not a citer issued in a year before `id` (no document cites one issued after
 * it); not one that cites `id` itself (it is a proven citer). Sorted by id. Shared with the
 * PostgreSQL store, which reads the same facts from its tables.
 */
export function possibleCiters(
  id: string,
  issued: number | null,
  via: string,
  citers: readonly (NeighborHit & { year: number | null })[],
  proven: ReadonlySet<string>,
  termRulesOut: boolean,
): PossibleHit[] {
  if (termRulesOut) return [];
  return citers
    .filter((c) => c.id !== id && !proven.has(c.id) && !(issued !== null && c.year !== null && c.year < issued))
    .map((c) => ({ id: c.id, relations: c.relations, possible: true as const, via }))
    .sort((x, y) => compareStrings(x.id, y.id));
}

/** possiblyCitedBy for a document's id (see queries.ts). */
export function possibleCitersOfId(graph: CitationMultiGraph, id: string): PossibleHit[] {
  const a = graph.getNodeAttributes(id);
  const via = undatedCandidateOf(id, a);
  if (via === null || !graph.hasNode(via)) return [];
  const issued = issuedYear(a);
  const proven = new Set(neighbors(graph, id, "in").map((h) => h.id));
  const citers = neighbors(graph, via, "in").map((h) => ({ ...h, year: issuedYear(graph.getNodeAttributes(h.id)) }));
  return possibleCiters(id, issued, via, citers, proven, termAgainst(graph, via, issued) !== null);
}

/**
 * possiblyCitedBy for a reference naming a year no document of its number has, the graph holding
 * the mention of that number without its year (`via`): its citers, as for a document of `year`
 * (not one issued before it, none when the mention's Party term rules the year out); none proven.
 */
export function possibleCitersOfYear(graph: CitationMultiGraph, via: string, year: number): PossibleHit[] {
  const citers = neighbors(graph, via, "in").map((h) => ({ ...h, year: issuedYear(graph.getNodeAttributes(h.id)) }));
  return possibleCiters(via, year, via, citers, new Set(), termAgainst(graph, via, year) !== null);
}
