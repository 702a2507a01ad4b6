import type { CitationMultiGraph } from "./attributes.js";
import { CENTRAL_PARTY_SYMBOL, inPartyTerm, type PartyTerm } from "../vocab/party-terms.js";
import { partyTermAfter } from "../identify/party-term.js";
import { escapedForRegExp } from "../shared/strings.js";

/**
 * The Party Central Committee terms an undated mention of a central Party document is cited with,
 * read from its edges' evidence: "Nghị quyết số 36-NQ/TW của Bộ Chính trị khoá IX" (fresh30w-010),
 * "Chỉ thị số 16-CT / TW của Ban Bí thư Trung ương ( khoá IX )" (seg33e-012), "Kết luận số 79-KL/TW
 * của Bộ Chính trị (khóa XIII)" (fresh39c-002): the term is written after the number and its issuer.
 * Read from the evidence, not from the analysis, so a graph saved and loaded (or a database's rows)
 * still holds it. Empty when the node is no central Party document or no evidence names a term.
 */
function partyTermsOf(graph: CitationMultiGraph, id: string): PartyTerm[] {
  const a = graph.getNodeAttributes(id);
  if (!isCentralParty(a)) return [];
  const sentences = new Set<string>();
  graph.forEachEdge(id, (_key, e) => {
    for (const ev of e.evidence) sentences.add(ev.sentence);
  });
  return partyTermsInAll(sentences, a.number!, a.symbol!);
}

/** Whether a document is the Party's central bodies' by its ký hiệu ("NQ/TW"), with a number. */
export function isCentralParty(a: { number: string | null; symbol: string | null }): boolean {
  return a.number !== null && a.symbol !== null && CENTRAL_PARTY_SYMBOL.test(a.symbol);
}

/** The terms the sentences write after number + ký hiệu, each once, in the table's order (whatever order the sentences came in). */
export function partyTermsInAll(sentences: Iterable<string>, number: string, symbol: string): PartyTerm[] {
  const found = new Map<string, PartyTerm>();
  for (const sentence of sentences) for (const t of partyTermsIn(sentence, number, symbol)) found.set(t.roman, t);
  return [...found.values()].sort((x, y) => x.from - y.from);
}

/**
 * The terms written right after each mention of number + ký hiệu in a sentence (partyTermAfter,
 * which analyze() reads too: a mention cited with its term takes the term's years for its id).
 */
export function partyTermsIn(text: string, number: string, symbol: string): PartyTerm[] {
  // Composed: a text's "khoá" or "TƯ" may come with its marks as separate characters.
  const sentence = text.normalize("NFC");
  const mention = mentionPattern(number, symbol);
  const out: PartyTerm[] = [];
  for (const m of sentence.matchAll(mention)) {
    const term = partyTermAfter(sentence.slice(m.index! + m[0].length));
    if (term !== undefined) out.push(term);
  }
  return out;
}

/**
 * The first term that the dated document's year lies outside of, when the undated mention `id` names
 * one: the mention is another document of that number (numbers restart each term), however alone
 * the dated one is in the graph. Null when no term is named or the year fits each.
 */
export function termAgainst(graph: CitationMultiGraph, id: string, year: number | null): PartyTerm | null {
  return year === null ? null : firstTermOutside(partyTermsOf(graph, id), year);
}

/** The first of `terms` a document issued in `year` cannot be of, else null. */
export function firstTermOutside(terms: readonly PartyTerm[], year: number): PartyTerm | null {
  for (const t of terms) if (!inPartyTerm(t, year)) return t;
  return null;
}

/** The number (zeros before it optional) and ký hiệu as a text may space them: "16-CT / TW", "21/NQ/TW", "36-NQ/TƯ". */
function mentionPattern(number: string, symbol: string): RegExp {
  const digits = number.replace(/^0+(?=\d)/, "");
  const parts = symbol.split(/[-/.]/).map((p) => escapedForRegExp(p).replace(/^T[WƯ]$/u, "T[WƯ]"));
  const sep = "\\s{0,2}[-/.]\\s{0,2}";
  return new RegExp(`(?<![\\p{L}\\p{N}])0{0,2}${escapedForRegExp(digits)}${sep}${parts.join(sep)}(?![\\p{L}\\p{N}])`, "giu");
}

