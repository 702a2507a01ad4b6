import type { Style } from "../types.js";

/**
 * Canonical identity of a document, as a string:
 *
 *   61/2018/NĐ-CP                    legal normative, central issuer: unique nationwide
 *   24/2021/QĐ-UBND~hau-giang        legal normative, local issuer: unique within its province
 *   749/QĐ-TTg@2020                  administrative: numbers restart every year, so the year of the date
 *   103/KH-UBND@2021~tra-vinh        administrative, local
 *   05-CT/TU@2021~hau-giang          Party (also when written 05/CT-TU)
 *   50/QĐ-UBND@2022~nghe-an/thi-xa-hoang-mai   a district-level body
 *
 *   18-NQ/TW@2016-2021               central Party, undated but cited with its term (khóa XII): the term's years
 *
 * "@?" stands for an unknown year; a local document whose place is unknown has no "~" part
 * (analyze() fills it in from the citing document's own jurisdiction). A document cited without a
 * ký hiệu has an id of its own form, "bare:…" (identify/bare.ts).
 */
export interface IdParts {
  number: string;
  year: number | null;
  symbol: string;
  party: boolean;
  dateYear: number | null;
  local: boolean;
  provinceSlug: string | null;
  districtSlug: string | null;
}

export function documentId(p: IdParts): string {
  let id = designation({ number: p.number, year: p.year, symbol: p.symbol, style: p.party ? "party" : "state" })!;
  if (p.year === null) id += `@${p.dateYear ?? "?"}`;
  if (p.local && (p.provinceSlug || p.districtSlug)) {
    id += `~${p.provinceSlug ?? "?"}`;
    if (p.districtSlug) id += `/${p.districtSlug}`;
  }
  return id;
}

/** The official form pads numbers below 10 to two digits: 2 → "02", "002" → "02". */
export function officialNumber(written: string): string {
  // "30a", "02A": the letter some numbers carry, in lower case, after the padded digits.
  const last = written.charCodeAt(written.length - 1);
  if (last > 0x39) return officialNumber(written.slice(0, -1)) + written.slice(-1).toLowerCase();
  const n = written.charCodeAt(0) === 0x30 ? written.replace(/^0+(?=\d)/, "") : written;
  return n.length < 2 ? n.padStart(2, "0") : n;
}

/**
 * The parts of a document id (src/identify/id.ts) read back from the string:
 *
 *   61/2018/NĐ-CP   103/KH-UBND@2021~tra-vinh   05-CT/TU@2021~hau-giang
 *   50/QĐ-UBND@2022~nghe-an/thi-xa-hoang-mai   file:plans/a.txt
 */
export interface ParsedId {
  /** "file:<path>": an analysed file whose own number is unknown. */
  file: string | null;
  number: string | null;
  /** Year inside the number (legal normative documents). */
  year: number | null;
  symbol: string | null;
  style: Style | null;
  /** Year of the date after "@"; null for "@?" or when the id has no "@" part. */
  dateYear: number | null;
  /** Province slug after "~"; null for "~?" or none. */
  province: string | null;
  /** District slug after "~province/"; null when none. */
  district: string | null;
}

const EMPTY: ParsedId = {
  file: null,
  number: null,
  year: null,
  symbol: null,
  style: null,
  dateYear: null,
  province: null,
  district: null,
};

/** The id of an analysed file whose own number is unknown. */
export function fileId(path: string): string {
  return `file:${path}`;
}

/** Reads an id back into its parts; null when the string is not an id vncite would write. */
export function parseId(id: string): ParsedId | null {
  if (id.startsWith("file:")) return { ...EMPTY, file: id.slice(5) };
  if (id.startsWith("text:")) return { ...EMPTY };
  if (id.startsWith("bare:")) return parseBare(id);
  let rest = id;
  let province: string | null = null;
  let district: string | null = null;
  const tilde = rest.lastIndexOf("~");
  if (tilde >= 0) {
    const place = rest.slice(tilde + 1);
    rest = rest.slice(0, tilde);
    const m = /^(\?|[a-z0-9-]+)(?:\/(\?|[a-z0-9-]+))?$/.exec(place);
    if (!m) return null;
    province = m[1] === "?" ? null : m[1];
    // "~nghe-an/?": a district or commune the text did not name.
    district = m[2] === undefined || m[2] === "?" ? null : m[2];
  }
  let dateYear: number | null = null;
  let hasAt = false;
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    const y = rest.slice(at + 1);
    rest = rest.slice(0, at);
    // "@2016-2021": a central Party document's term, its years (termRangeOf); no year of its own.
    if (y !== "?" && !/^\d{4}$/.test(y) && !TERM_YEARS.test(y)) return null;
    dateYear = y === "?" || y.length !== 4 ? null : Number(y);
    hasAt = true;
  }
  // Party numbering: n-TYPE/ISSUER ("05-CT/TU"); the number has no "/".
  let m = /^([0-9][0-9A-Za-z.]*)-([^\s]+)$/u.exec(rest);
  if (m && !m[1].includes("/")) {
    return { ...EMPTY, number: m[1], symbol: m[2], style: "party", dateYear, province, district };
  }
  m = /^([0-9][0-9A-Za-z.]*)\/(\d{4})\/([^\s]+)$/u.exec(rest);
  if (m && !hasAt) {
    return { ...EMPTY, number: m[1], year: Number(m[2]), symbol: m[3], style: "state", dateYear, province, district };
  }
  m = /^([0-9][0-9A-Za-z.]*)\/([^\s]+)$/u.exec(rest);
  if (m) return { ...EMPTY, number: m[1], symbol: m[2], style: "state", dateYear, province, district };
  return null;
}

/**
 * "bare:circular/06@1986-07-16/bo-noi-thuong", "bare:submission/78@1999-05-10~nghe-an" (identify/bare.ts):
 * a document cited without a ký hiệu. Its number, its date's year and its place; no symbol, no style.
 */
function parseBare(id: string): ParsedId | null {
  const m = /^bare:[a-z-]+\/([0-9][0-9a-z.]*)@(\d{4})-\d{2}-\d{2}(?:\/[^~/\s]+)?(?:~([a-z0-9-]+|\?)(?:\/([a-z0-9-]+|\?))?)?$/u.exec(id);
  if (!m) return null;
  const place = (s: string | undefined): string | null => (s === undefined || s === "?" ? null : s);
  return { ...EMPTY, number: m[1], dateYear: Number(m[2]), province: place(m[3]), district: place(m[4]) };
}

/** The number and ký hiệu as written on the document: "61/2018/NĐ-CP", "103/KH-UBND", "05-CT/TU". */
export function designation(p: { number: string | null; year: number | null; symbol: string | null; style: Style | null }): string | null {
  if (p.number === null || p.symbol === null) return null;
  if (p.style === "party") return `${p.number}-${p.symbol}`;
  return p.year !== null ? `${p.number}/${p.year}/${p.symbol}` : `${p.number}/${p.symbol}`;
}

const DATED = /^(.*)@(\d{4})(~.*)?$/;

/**
 * For a dated id ("76/NQ-CP@2021~x"), the undated id that may stand for the same document
 * ("76/NQ-CP@?~x"); else null. It is, where the dated id is the only one of its key.
 */
export function undatedKeyOf(id: string): string | null {
  const m = DATED.exec(id);
  return m ? `${m[1]}@?${m[3] ?? ""}` : null;
}

/** "2016-2021", "2026-": the years of a Party Central Committee term after an id's "@". */
const TERM_YEARS = /^\d{4}-(?:\d{4})?$/;

/** An undated id's "@?" → "@2016-2021" (a central Party number cited with its term, identify/party-term.ts). */
export function termRangeId(undatedId: string, from: number, to: number | null): string {
  return undatedId.replace(/@\?(?=~|$)/, `@${from}-${to ?? ""}`);
}

/**
 * For an id of a term's years ("18-NQ/TW@2016-2021"), the undated id of its number ("18-NQ/TW@?")
 * and the years: the dated documents of that number issued within them are its candidates. Else null.
 */
export function termRangeOf(id: string): { undated: string; from: number; to: number | null } | null {
  const m = TERM_RANGE.exec(id);
  return m ? { undated: `${m[1]}@?${m[4] ?? ""}`, from: Number(m[2]), to: m[3] === "" ? null : Number(m[3]) } : null;
}

const TERM_RANGE = /^(.*)@(\d{4})-(\d{4}|)(~.*)?$/;

/**
 * A state number written with its year inside ("55/2015/NĐ-CP", a place after it or not) and the same number written
 * without ("55/NĐ-CP@?", "23/QĐ-TTg@2021~x": the year, if any, the date's): each read as the id without any year,
 * "55/NĐ-CP" (its place kept), and the year. Pages cite one document both ways (identify/short.ts leaves the yearless
 * twin out of a short form's candidates), and two documents may be written so (graph/twins.ts: a possible twin).
 */
export interface NumberAndYear {
  yearless: string;
  /** "2015", or "?" for a number without its year that is undated too. */
  year: string;
}
export function yearInNumber(id: string): NumberAndYear | null {
  const m = YEAR_IN_NUMBER.exec(id);
  return m ? { yearless: `${m[1]}/${m[3]}${m[4] ?? ""}`, year: m[2] } : null;
}
export function yearAfterNumber(id: string): NumberAndYear | null {
  const m = YEAR_AFTER_NUMBER.exec(id);
  return m ? { yearless: `${m[1]}/${m[2]}${m[4] ?? ""}`, year: m[3] } : null;
}
/** "55/NĐ-CP~x" and "2015" → "55/2015/NĐ-CP~x": the number has no "/" of its own, the ký hiệu follows the first. */
export const withYearInNumber = (yearless: string, year: string): string => yearless.replace("/", `/${year}/`);
const YEAR_IN_NUMBER = /^(\d[0-9A-Za-z.]*)\/(\d{4})\/([^/@~\s]+)(~.*)?$/u;
const YEAR_AFTER_NUMBER = /^(\d[0-9A-Za-z.]*)\/([^/@~\s]+)@(\?|\d{4})(~.*)?$/u;
