import type { Style } from "../types.js";
import { canonicalCode, canonicalCompound, isPartyTypeCode, isStateTypeCode } from "../vocab/codes.js";
import { issuerByCode, isTaxOfficeCode, isTaxUnit } from "../vocab/issuers.js";
import { PathCache } from "../shared/memo.js";

export interface SymbolReading {
  /** Canonical ký hiệu: "NĐ-CP", "NQ/TW", "UBND-NC". */
  symbol: string;
  style: Style;
  typeCode: string | null;
  /** The issuing body's code ("CP", "TU", "QH13"), the first unit of a công văn's ký hiệu. */
  issuerCode: string | null;
  /**
   * Every issuer a joint ký hiệu names after its type code (TTLT-BTC-BGDĐT: BTC, BGDĐT), when
   * there is more than one; otherwise empty. Units that are not issuers (drafting offices) are left out.
   */
  jointIssuerCodes: readonly string[];
  /** Whether a dot stood for the dash between type code and issuer ("QĐ.UBND" read as QĐ-UBND). */
  dotted: boolean;
  /** Whether type code and issuer were written as one word ("NĐCP" read as NĐ-CP). */
  glued: boolean;
  /** Whether a central state body's ký hiệu was written in the Party's shape ("227-NQ/UBTVQH9" read as NQ-UBTVQH9). */
  reshaped: boolean;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Reads the parts of a ký hiệu. "05/CT-TU" is Party numbering written in state style: its issuer
 * is a Party committee, so it reads as 05-CT/TU, the same document. The other way, a central state
 * body's number in the Party's shape, as older numbering wrote it and gazette lines still print it
 * ("Nghị quyết số 227-NQ/UBTVQH9", "412 NQ/UBTVQH9"), reads in the state's shape, NQ-UBTVQH9, as
 * "64-CP" reads as 64/CP: the issuer decides the numbering, and the same number, type code and
 * issuer (term included) written either way is one document.
 */
export function readSymbol(parts: readonly string[], written: "dash-first" | "slash-first"): SymbolReading {
  // Readings are shared between citations: callers copy what they keep (they are all strings).
  if (parts.length === 0) return readParts(parts, written);
  return readings[written].get(parts, parts[0], parts, 1);
}

const readings = {
  "dash-first": new PathCache((parts: readonly string[]) => readParts(parts, "dash-first")),
  "slash-first": new PathCache((parts: readonly string[]) => readParts(parts, "slash-first")),
};

/** "CT-TTHT", "ct - kk", "CTHN-TTHT": a tax department's code, then one of its drafting divisions (a letter's ký hiệu, not a directive's). */
export function isTaxLetterSymbol(parts: readonly string[]): boolean {
  return parts.length >= 2 && isTaxOfficeCode(canonicalCode(parts[0])) && isTaxUnit(canonicalCompound(parts[1]));
}

function readParts(parts: readonly string[], written: "dash-first" | "slash-first"): SymbolReading {
  const compounds = parts.map(withoutAmpersand);
  const unglued = compounds.length === 1 ? unglue(compounds[0]) : null;
  const glued = unglued !== null;
  // Only the first part joins a type code to its issuer: a later dotted part is a unit's own code ("QĐ-CT.UBND").
  const canon = unglued ?? compounds.flatMap((part, i) => (i === 0 ? undotted(part) : part));
  const dotted = !glued && canon.length !== compounds.length;
  const [first, second] = canon;
  const partyIssuer = second !== undefined && issuerByCode(second)?.party === true;
  if (written === "dash-first" && canon.length === 2 && isStateTypeCode(first) && centralStateBody(second)) {
    return { symbol: canon.join("-"), style: "state", typeCode: first, issuerCode: second, jointIssuerCodes: NONE, dotted, glued, reshaped: true };
  }
  if (written === "dash-first" || (canon.length === 2 && partyIssuer && isPartyTypeCode(first))) {
    // "488-CV/TCQT-NS": the issuer may be followed by its drafting unit, as in a công văn.
    const issuer = canon.length > 2 ? canon.slice(1).join("-") : second;
    return { symbol: `${first}/${issuer}`, style: "party", typeCode: first, issuerCode: second ?? null, jointIssuerCodes: NONE, dotted, glued, reshaped: false };
  }
  // "8836/CT-TTHT", "101322/CTHN-TTHT": a tax department's letter (its code, then the drafting division), no directive.
  if (isTaxOfficeCode(first) && second !== undefined && isTaxUnit(second)) {
    // Its issuer code is both parts (vocab/issuers.ts TAX_DEPARTMENT): "CT" alone names no body.
    return { symbol: canon.join("-"), style: "state", typeCode: null, issuerCode: `${first}-${second}`, jointIssuerCodes: NONE, dotted, glued, reshaped: false };
  }
  // "12/XYZ-UBND": a known issuer after an unknown first part, so the first part is a type code we do not know.
  const unknownType = second !== undefined && issuerByCode(second) !== null && issuerByCode(first) === null;
  if (isStateTypeCode(first) || unknownType) {
    // A unit's code after an issuer's ("TTr-SYT-VP") is the issuer's drafting unit (IssuerEntry.unit).
    const issuers = canon.slice(1).filter((code, i) => issuerByCode(code) !== null && (i === 0 || issuerByCode(code)!.unit !== true));
    return { symbol: canon.join("-"), style: "state", typeCode: first, issuerCode: second ?? null, jointIssuerCodes: issuers.length > 1 ? issuers : NONE, dotted, glued, reshaped: false };
  }
  // A công văn, a law (QH13) or an ordinance (UBTVQH13): no type code.
  return { symbol: canon.join("-"), style: "state", typeCode: null, issuerCode: first, jointIssuerCodes: NONE, dotted, glued, reshaped: false };
}

/**
 * "BLĐTB&XH", "BKH&ĐT", "BGD&ĐT": a ministry's code with "&" for the "và" of its name, read as the
 * code it is without it (BLĐTBXH), so that "102/2010/TTLT-BQP-BLĐTB&XH-BNV-BTC" and
 * "102/2010/TTLT-BQP-BLĐTBXH-BNV-BTC" have one id. Only a central body's own code: a drafting
 * unit's "KTĐP&LT", a department's or a district office's "SNN&PTNT", "PGD&ĐT", "LĐTB&XH" (which
 * provinces write either way, and no real text here writes both) stay as written.
 */
function withoutAmpersand(part: string): string {
  const code = canonicalCompound(part);
  if (!code.includes("&")) return code;
  const bare = code.replace(/&/g, "");
  const entry = issuerByCode(bare);
  return entry !== null && entry.code === bare && entry.level === "central" && !entry.local ? bare : code;
}

/**
 * A central state body (the National Assembly and its Standing Committee with their term, the
 * President, the Government, a ministry): not a Party body, nor a mass organisation typing as the
 * Party does (IssuerEntry.partyTypes), nor a code each place or body uses for its own (BCĐ: a
 * Party's steering committee or a state one; UB, UBND: older local numbering, left as written).
 */
function centralStateBody(code: string | undefined): boolean {
  if (code === undefined) return false;
  const entry = issuerByCode(code);
  return entry !== null && entry.level === "central" && !entry.party && entry.partyTypes !== true && !entry.local;
}

/**
 * "QĐ.UBND", "QĐ.UB": a state type code and issuers joined by dots where dashes belong, read as
 * their parts. A dot inside a unit's own code stays ("VP.UBND-NC": the office of the UBND), as
 * does any dotted part whose first piece is not a type code or whose others are not issuers.
 */
function undotted(part: string): string | string[] {
  if (!part.includes(".")) return part;
  const pieces = part.split(".");
  if (!isStateTypeCode(pieces[0])) return part;
  for (let i = 1; i < pieces.length; i++) if (issuerByCode(pieces[i]) === null) return part;
  return pieces;
}

/**
 * "NĐCP", "QĐUBND": a state type code and an issuer written as one word, where no code vncite knows
 * is the whole word. Read as the two only when exactly one split gives a type code and an issuer;
 * any doubt leaves the word as it is (and its "unknown-code" warning).
 */
function unglue(word: string): string[] | null {
  if (word.length < 3 || isStateTypeCode(word) || issuerByCode(word) !== null || /[^\p{L}]/u.test(word)) return null;
  let found: string[] | null = null;
  for (let i = 1; i < word.length; i++) {
    const type = canonicalCode(word.slice(0, i));
    const issuer = canonicalCode(word.slice(i));
    if (!isStateTypeCode(type) || issuerByCode(issuer) === null) continue;
    if (found) return null;
    found = [type, issuer];
  }
  return found;
}
