import { KINDS, PARTY_TYPE_CODES, stateCodesOf } from "./kinds.js";
import { ISSUERS } from "./issuers.js";
import { withoutMarks } from "./unmarked.js";

/**
 * Canonical spelling of ký hiệu codes. Codes are mixed-case by rule (TTg, CTr, QĐi, ThU), so a
 * lower-cased summary ("17/nq-cp", "12/2005/qđ-ub") cannot be fixed by upper-casing alone.
 */
const canonical = new Map<string, string>();
for (const k of KINDS) for (const c of stateCodesOf(k)) canonical.set(c.toLowerCase(), c);
for (const c of Object.keys(PARTY_TYPE_CODES)) canonical.set(c.toLowerCase(), c);
for (const i of ISSUERS) canonical.set(i.code.toLowerCase(), i.code);

/** Look-alike spellings that mean a known code. */
const ALIASES: Readonly<Record<string, string>> = {
  "tư": "TW", // "NQ/TƯ": the Ư of "Trung ương" typed for W
  // An OCR reading U as Ư: "Quyết định số 2582/QĐ-ƯBND", "16/2016/QĐ-ƯBND", "Số:y/45/KH-ƯBND"
  // (fresh30j-001), "của ƯBND tỉnh Quảng Nam" (the Phú Ninh reservoir's operating rules, an OCR copy
  // in a public repository). No body's code is ƯBND.
  "ưbnd": "UBND",
  // Dotted as the words' initials ("NQ/T.Ư", "CT/T.W", "KH/T.U", "NQ/H.U"): the same codes.
  "t.ư": "TW",
  "t.w": "TW",
  "t.u": "TU",
  "h.u": "HU",
  "ubtwmttqvn": "UBTƯMTTQVN", // and the W of "TW" typed for the Ư of "Trung ương"
  "qdd": "QĐ",
  "qd": "QĐ",
  "nd": "NĐ",
};

/**
 * A people's committee's older code beside the one it writes now: "QĐ-UB" until the 2004 law on the
 * councils' and committees' documents, "QĐ-UBND" after it, for the one body (Ủy ban nhân dân). A text
 * may write one document both ways: "Quyết định số 1057/QĐ-UB ngày 27 tháng 3 năm 2004 của Uỷ ban nhân
 * dân tỉnh" and "Quyết định số 1057/QĐ-UBND ngày 27 tháng 3 năm 2004 của Uỷ ban nhân dân tỉnh" (dev-054),
 * "Quyết định số 67/2005/QĐ-UB ngày 20 tháng 7 năm 2005" and "… 67/2005/QĐ-UBND ngày 20 tháng 7 năm 2005"
 * (full32-013). Read only where one text writes both with the same day (analyze/coreference.ts): a code
 * alone does not make two ids one.
 */
export const OLDER_BODY_CODES: ReadonlyMap<string, string> = new Map([["UB", "UBND"]]);

/**
 * Known codes as text without marks writes them, D for Đ and U for Ư ("HDND", "BGDDT", "QDi",
 * "UBTUMTTQVN"), where no known code is spelled so and no other code has that spelling: "DA"
 * stays Dự án's code, not Đề án's ĐA, and "HD" Hướng dẫn's, not Hợp đồng's HĐ.
 */
const UNMARKED: ReadonlyMap<string, string> = (() => {
  const found = new Map<string, string | null>();
  for (const code of canonical.values()) {
    const low = withoutMarks(code).toLowerCase();
    if (low === code.toLowerCase()) continue;
    if (canonical.has(low)) continue;
    const seen = found.get(low);
    found.set(low, seen === undefined || seen === code ? code : null);
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
})();

const STATE_TYPE_CODES: ReadonlySet<string> = new Set(KINDS.flatMap(stateCodesOf));

/**
 * A legislature's code with a term of two digits as a scan reads it: the term's 1 as I ("Nghị quyết số
 * 954/2020/UBTVQHI4", a tax department's OCR'd letter, fixtures/fresh/fresh45c-001), and with it the Q as O
 * ("Nghị quyết số 295/2007/NQ-UBTVOHI2", a district's OCR'd decision, fresh36b-005). No body's code is spelled
 * so. Only a term of two characters whose first is that 1: "UBTVOH2" (fresh36b-011) lost a digit, which is
 * not guessed.
 */
const SCANNED_TERM = /^(qh|ubtvqh|ubtvoh)[il1]([0-9])$/;

/** One code part ("nđ", "Ttg", "QÐ", "HDND" without marks) in its canonical spelling. */
export function canonicalCode(part: string): string {
  const low = part.replace(/\u00d0/g, "Đ").replace(/\u00f0/g, "đ").toLowerCase();
  const known = canonical.get(low) ?? ALIASES[low] ?? UNMARKED.get(low);
  if (known) return known;
  // National Assembly terms keep their digits: QH13, UBTVQH14.
  const term = /^(ubtvqh|qh)(\d+)$/.exec(low);
  if (term) return term[1].toUpperCase() + term[2];
  const scanned = SCANNED_TERM.exec(low);
  if (scanned) return `${scanned[1] === "qh" ? "QH" : "UBTVQH"}1${scanned[2]}`;
  return part.toUpperCase();
}

/** A dotted or ampersand code ("vp.ubnd", "qlxlvphc&tdthpl") with each piece canonical. */
export function canonicalCompound(word: string): string {
  const whole = word.length === 3 ? ALIASES[word.toLowerCase()] : undefined;
  if (whole) return whole;
  return word.replace(/[^.&]+/g, (p) => canonicalCode(p));
}

export function isStateTypeCode(code: string): boolean {
  return STATE_TYPE_CODES.has(code);
}

export function isPartyTypeCode(code: string): boolean {
  return code in PARTY_TYPE_CODES;
}

/** A type code of either table, state or Party. */
export function isTypeCode(code: string): boolean {
  return isStateTypeCode(code) || isPartyTypeCode(code);
}
