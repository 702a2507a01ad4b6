/**
 * The terms (khóa) of the Communist Party's Central Committee, each from the year of the congress
 * that elected it to the year of the next (public record: III 9/1960, IV 12/1976, V 3/1982, VI
 * 12/1986, VII 6/1991, VIII 6/1996, IX 4/2001, X 4/2006, XI 1/2011, XII 1/2016, XIII 1/2021, XIV
 * 1/2026). A Party document's number restarts each term (DOMAIN.md §2: "36-NQ/TW" is a resolution
 * of 2004 and another of 2014), so "Nghị quyết số 36-NQ/TW của Bộ Chính trị khoá IX" names its
 * term, and a document of that number dated outside it is another one. A congress year belongs to
 * both terms it joins: documents of either may carry it. `to` is null for the sitting term.
 */
export interface PartyTerm {
  /** The term as written in roman numerals, upper case ("IX"). */
  readonly roman: string;
  readonly from: number;
  readonly to: number | null;
  /** The month of the congress that elected it ("2016-01"): a document dated after it and before the next one's is of this term. */
  readonly opened: string;
}

export const PARTY_TERMS: readonly PartyTerm[] = [
  { roman: "III", from: 1960, to: 1976, opened: "1960-09" },
  { roman: "IV", from: 1976, to: 1982, opened: "1976-12" },
  { roman: "V", from: 1982, to: 1986, opened: "1982-03" },
  { roman: "VI", from: 1986, to: 1991, opened: "1986-12" },
  { roman: "VII", from: 1991, to: 1996, opened: "1991-06" },
  { roman: "VIII", from: 1996, to: 2001, opened: "1996-06" },
  { roman: "IX", from: 2001, to: 2006, opened: "2001-04" },
  { roman: "X", from: 2006, to: 2011, opened: "2006-04" },
  { roman: "XI", from: 2011, to: 2016, opened: "2011-01" },
  { roman: "XII", from: 2016, to: 2021, opened: "2016-01" },
  { roman: "XIII", from: 2021, to: 2026, opened: "2021-01" },
  { roman: "XIV", from: 2026, to: null, opened: "2026-01" },
];

const BY_ROMAN: ReadonlyMap<string, PartyTerm> = new Map(PARTY_TERMS.map((t) => [t.roman, t]));

/** The term written "IX" (any case), else undefined. */
export function partyTerm(roman: string): PartyTerm | undefined {
  return BY_ROMAN.get(roman.toUpperCase());
}

/** Whether a document issued in `year` may be of term `t`. */
export function inPartyTerm(t: PartyTerm, year: number): boolean {
  return year >= t.from && (t.to === null || year <= t.to);
}

/**
 * The ký hiệu of a document of the Party's central bodies (Bộ Chính trị, Ban Bí thư, Ban Chấp hành
 * Trung ương): "NQ/TW", "CT/TW", "KL/TW", "QĐ/TW". A provincial committee's ("NQ/TU") counts its own
 * congresses, whose terms are not the Central Committee's.
 */
export const CENTRAL_PARTY_SYMBOL = /\/T[WƯ]$/u;

/** The term whose years begin in `from` (a term id's "@2016-2021"), else undefined. */
export function partyTermFrom(from: number): PartyTerm | undefined {
  return PARTY_TERMS.find((t) => t.from === from);
}

/** The month its successor's congress met, null for the sitting term. */
export function partyTermClosed(t: PartyTerm): string | null {
  return PARTY_TERMS[PARTY_TERMS.indexOf(t) + 1]?.opened ?? null;
}
