/**
 * What a listing's record says of the document apart from its text (KnownFields): its own number read
 * as a citation, its issuers' codes, its kind, and the header they stand in for.
 */
import type { Citation, Kind } from "../types.js";
import { extract } from "../extract.js";
import { isoDate } from "../identify/dates.js";
import type { Header } from "./header/index.js";
import { tidy } from "./sentences.js";
import type { KnownFields } from "./analyze-options.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
/** The kind of the citation the header's number line holds ("Số: 19046/BTC-TCHQ": an official letter), or null. */
export function numberLineKind(header: Header, spans: readonly { start: number; end: number }[], kinds: readonly (Kind | null)[]): Kind | null {
  const line = header.numberLine;
  if (line === null) return null;
  for (let i = 0; i < spans.length && spans[i].start < line.end; i++) if (spans[i].end > line.start) return kinds[i];
  return null;
}

/**
 * A stop typed between the number and its slash in a number field ("711./QĐ-BTC" and "1040./QĐ-BTC" in the
 * customs portal's list, listing46 row 16; "203./KH-UBND" in listing43 row 156, another store): the field
 * holds one number, so the stop is a slip, and the number read without it. A number with a decimal part
 * ("66.16/2026/NQ-CP") has a digit after its stop and stays as written.
 */
const STOP_BEFORE_SLASH = /^(\d+)\.(?=[ \t]*\/)/u;
/**
 * A kind's initials glued to the number in a number field ("QĐ157/QĐ-BTC", "TT04/2009/TT-BTC",
 * "NĐ24/2006/NĐ-CP", "Cv128/2004/NĐ-CP", "TTLT03/2006/TTLT-BTM-BGTVT-BTC-BCA": the customs portal's
 * Đồng Nai records, listing51 rows 12-69; "QĐ214/1999/QĐ-BKH", "NĐ60/2002/NĐ-CP", listing50b rows 38-115).
 * The same field with a space ("QĐ 151/QĐ-BTC", listing46 row 53; "CV 896/HQKV10-VP", listing47 row 79)
 * reads as the number after a kind word: the space is put back so the glued field reads alike.
 */
const INITIALS_GLUED = lazyRegExp(() => /^(\p{L}{1,4})(?=\d)/u);

/** The document's own number and date as a listing gives them, read as a citation ("số 3637/UBND-VX ngày 24/05/2019"). */
export function knownCitation(known: KnownFields | undefined): Citation | null {
  if (!known?.number) return null;
  const date = knownDateWritten(known);
  const written = `${known.kind ?? ""} số ${known.number.trim().replace(INITIALS_GLUED(), "$1 ").replace(STOP_BEFORE_SLASH, "$1")}${date ? ` ngày ${date}` : ""}`;
  return extract(written)[0] ?? null;
}

/** The date field as a citation writes it: a heading's "ngày" dropped ("ngày 03 tháng 09 năm 2019"), an ISO date turned round. */
function knownDateWritten(known: KnownFields): string | undefined {
  const given = known.date?.trim().replace(HEADING_DAY_WORD, "");
  const iso = given ? ISO_DATE.exec(given) : null;
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : given;
}
/** The "ngày" a date copied from a heading keeps ("ngày 03 tháng 09 năm 2019"): the citation writes its own. */
const HEADING_DAY_WORD = /^ngày\s+/iu;
/**
 * An ISO date, or an ISO date-time a JSON store exported the date as, its time of day (midnight) and zone
 * no part of the date written: "2026-07-31T00:00:00+07:00" (the livestock department's list,
 * SgDyV/tramchannuoithuykhuvuc9 vanban.json, fixtures/fresh/listing50 rows 142-152), "2010-06-08T00:00:00Z"
 * (vanbanphapluat.co's API, decree 63/2010/NĐ-CP), "2026-07-24T00:00:00" (an e-office's API, letter
 * 4754/BGDĐT-QLCL). The calendar date is read as written, the zone not applied.
 */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A date field as listings write it: "14/01/2026", "4-8-2026", "04.08.2026", or spelled "03 tháng 09 năm 2019". */
const FIELD_DATE = /^(\d{1,2})(?:[/.-]|\s+tháng\s+)(\d{1,2})(?:[/.-]|\s+năm\s+)(\d{4})$/iu;

/**
 * The date field read alone, where the number field carries no date through its citation: a number that
 * reads as none ("57", the customs portal's row listing45 127) or whose ký hiệu goes on past what a
 * citation reads, so the date it is written with is not its own ("22/QĐ-TT HĐND" ngày 04/8/2026: Sơn La's
 * council's standing committee, listing45 row 9, listing43 rows 80 and 117, listing44 rows 66 and 100).
 * The caller gave the date: it is the document's. An impossible date is none.
 */
function knownDate(known: KnownFields | undefined): string | null {
  const written = known ? knownDateWritten(known) : undefined;
  const m = written ? FIELD_DATE.exec(written) : null;
  return m ? isoDate(m[1], m[2], m[3]).date : null;
}

/** A listing's kind and title stand in for the header a subject line lacks; a one-line text is its own title. */
/** The codes of the issuers a caller's number field names ("776/QĐ-UBND": UBND), or null. */
export function knownIssuers(known: KnownFields | undefined): string[] | null {
  const c = known ? knownCitation(known) : null;
  const codes = c ? (c.issuers ?? (c.issuer ? [c.issuer] : [])).flatMap((x) => (x.code ? [x.code] : [])) : [];
  return codes.length > 0 ? codes : null;
}

/**
 * A listing's subject line is the title without its heading's kind word, and may open with a word
 * that is a kind ("Quy định về chính sách …" of a 47/2016/QĐ-UBND, "Kết luận cuộc họp …" of a
 * 253/TB-VPCP): where the number field has a type code, that code says what the document is. The
 * Party numbers some regulations with QĐ ("Quy định số 205-QĐ/TW"): there the subject's word stands.
 */
function ownKind(read: Kind | null, own: Citation | null): Kind | null {
  if (!own?.typeCode || own.kind === "document" || read === null || read === own.kind) return null;
  return own.style === "party" && read === "regulation" ? null : own.kind;
}

export function withKnown(header: Header, known: KnownFields | undefined, text: string): Header {
  if (!known) return header;
  const own = knownCitation(known);
  const oneLine = !/\n\s*\S/.test(text.trim());
  // Where the type code overrides the word the subject opens with, that word is the title's.
  const byCode = ownKind(header.kind, own);
  const title = byCode && oneLine ? tidy(text) || null : header.title;
  return {
    ...header,
    kind: byCode ?? header.kind ?? own?.kind ?? null,
    titleStart: byCode && oneLine ? text.length - text.trimStart().length : header.titleStart,
    title: known.title?.trim() || title || (oneLine ? tidy(text) || null : null),
    date: header.date ?? own?.date ?? knownDate(known),
  };
}
