import type { ParsedCitation } from "../parse/types.js";
import { canonicalCompound, isStateTypeCode, isTypeCode } from "../vocab/codes.js";
import { issuerByCode } from "../vocab/issuers.js";
import type { SymbolReading } from "./symbol.js";

const NONE: readonly string[] = Object.freeze([]);

/**
 * "Thông tư số 11-LĐTBXH/TT", "Thông tư liên tịch số 01-TANDTC-VKSNDTC/TTLT", "Thông tư số 15-BTC/TT":
 * the state's older numbering put the issuer's code (or the joint issuers' codes) before the slash
 * and the type code after it, the other way round from the Party's "18-NQ/TW". Read so where the
 * part after the slash is a state type code and no issuer's, and each part before it a state body's
 * code and no type code: a Party body never numbers so, and "05-TB/BC" (a type code first) stays
 * the Party's. Null for every other ký hiệu.
 *
 * The ký hiệu keeps the written order of its codes, dash-joined after a slash ("LĐTBXH-TT"), as
 * "64-CP" reads as 64/CP: the same number and codes in the same order, written with either
 * separator, are one document. It is not turned round into today's order (TT-LĐTBXH): no text
 * shows that one document written both ways, so ids that differ in order stay apart.
 */
export function olderStateOrder(p: ParsedCitation, text: string): SymbolReading | null {
  const parts = p.parts;
  if (p.written === "dash-first") {
    if (parts.length !== 2) return null;
  } else if (!readThroughOlderDash(p, text)) {
    return null;
  }
  return olderOrderOfParts(parts);
}

/**
 * The reading of a ký hiệu's codes in written order, the last the one after the slash: the state's
 * older order where the last is a state type code and no issuer's, and every one before it a state
 * body's code and no type code; else null. Also asked by the header's number line (analyze/header/older-number-line.ts).
 */
export function olderOrderOfParts(parts: readonly string[]): SymbolReading | null {
  const type = canonicalCompound(parts[parts.length - 1]);
  if (!isStateTypeCode(type) || issuerByCode(type) !== null) return null;
  const codes: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) {
    const code = canonicalCompound(parts[i]);
    const issuer = issuerByCode(code);
    if (issuer === null || issuer.party || issuer.partyTypes === true || isTypeCode(code)) return null;
    codes.push(code);
  }
  codes.push(type);
  const issuers = codes.length > 2 ? codes.slice(0, -1) : NONE;
  return { symbol: codes.join("-"), style: "state", typeCode: type, issuerCode: codes[0], jointIssuerCodes: issuers, dotted: false, glued: false, reshaped: false };
}

/**
 * "01-TANDTC-VKSNDTC/TTLT": the grammar reads the dash after the number as older numbering's
 * before an issuer's code ("64-CP"), the next codes after dashes, and the type code after the one
 * slash (repairs "dash-issuer", "slash-in-symbol"). Only where that slash stands before the last code.
 */
function readThroughOlderDash(p: ParsedCitation, text: string): boolean {
  if (p.parts.length < 3 || p.repairs.length < 2 || !p.repairs.includes("dash-issuer") || !p.repairs.includes("slash-in-symbol")) return false;
  const written = text.slice(p.number.end, p.numberEnd);
  const slash = written.lastIndexOf("/");
  return slash > written.lastIndexOf("-");
}
