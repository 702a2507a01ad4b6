/**
 * The citing document's identity, from its header and the citations that turned out to be itself; and
 * whether a mention with its own number is another document.
 */
import type { Citation, Jurisdiction, Kind, SelfDocument, Warning } from "../../types.js";
import { documentId, fileId, officialNumber } from "../../identify/id.js";
import { readSymbol } from "../../identify/symbol.js";
import { branchName, issuerByCode, issuerByPhrase, type IssuerEntry } from "../../vocab/issuers.js";
import { fullNameOn } from "../../vocab/provinces.js";
import { provinceNamed, slugOf } from "../places.js";
import { partyCommitteeOf, type Header } from "../header/index.js";
import { fnv1a64 } from "../../shared/hash.js";
import { lfLineEnds } from "../../shared/strings.js";
import { ownCodeIsLocalAlias, wrappedBodyAt } from "./heading-issuer.js";

/** The citing document's identity from its header and the citations that turned out to be itself. */
export function buildSelf(
  header: Header,
  jurisdiction: Jurisdiction,
  selfCitation: Citation | null,
  path: string | null,
  text: string,
  /** Code of the body the text says issues it, asked only when no header or number names one. */
  issuerHint: () => string | null,
  /** The date the text says it was passed on, asked only when neither its header nor its own number dates it. */
  dateHint: () => string | null = () => null,
  /** The kind the text's enacting formula tells, asked only when neither its header nor its own number tells one. */
  kindHint: () => Kind | null = () => null,
): { self: SelfDocument; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const fromHeader = header.numberLine;
  // A number printed with no ký hiệu ("(Số 97 ngày 16/12/2010)" under a plan's title) has no symbol to read.
  const symbolReading = fromHeader && fromHeader.symbolParts.length > 0 ? readSymbol(fromHeader.symbolParts, fromHeader.written) : null;
  const number = selfCitation?.number ?? (fromHeader?.number ? officialNumber(fromHeader.number) : null);
  // "Số: 11/1998/QĐ .UB" (typed "QĐ.UB"): the citation found on the number's line stops at the
  // spaced dot ("QĐ"), the header's line reads the ký hiệu whole ("QĐ-UB"): the whole one is the
  // document's, where it only goes on from the citation's, for the same number.
  const whole = symbolReading !== null && selfCitation !== null && goesOn(symbolReading.symbol, selfCitation.symbol) && officialNumber(fromHeader!.number ?? "") === selfCitation.number;
  const symbol = (whole ? symbolReading.symbol : selfCitation?.symbol) ?? symbolReading?.symbol ?? null;
  const style = (whole ? symbolReading.style : selfCitation?.style) ?? symbolReading?.style ?? null;
  const date = header.date ?? selfCitation?.date ?? dateHint();
  const year = selfCitation?.year ?? fromHeader?.year ?? null;
  const issuerCode = (whole ? symbolReading.issuerCode : null) ?? selfCitation?.issuer?.code ?? symbolReading?.issuerCode ?? null;
  // A department or a mass organisation heads its documents under the body above it ("ỦY BAN NHÂN
  // DÂN ⏎ TỈNH X ⏎ SỞ Y TẾ", "BAN CHẤP HÀNH TRUNG ƯƠNG ⏎ ĐOÀN TNCS HỒ CHÍ MINH"): the body its own
  // number's ký hiệu names is the issuer (KH-SYT: the department), whichever heading line comes first.
  const byCode = issuerCode && !ownCodeIsLocalAlias(header) ? issuerByCode(issuerCode) : null;
  let entry: IssuerEntry | null = null;
  const lines = header.issuerLines;
  for (let i = 0; i < lines.length && entry === null; i++) {
    for (const named of [wrappedBodyAt(lines, i), issuerByPhrase(lines[i]) ?? partyCommitteeOf(lines[i])]) {
      if (named !== null && entry === null && (byCode === null || named.code === byCode.code)) entry = named;
    }
  }
  if (entry === null) entry = byCode;
  if (entry === null) {
    const hint = issuerHint();
    if (hint) entry = issuerByCode(hint);
  }
  const province = jurisdiction.province ? provinceNamed(jurisdiction.province) : null;
  const place = jurisdiction.district ?? jurisdiction.province;
  // A unit renamed since ("tỉnh Thừa Thiên Huế", "thành phố Huế" from 2025) under the name it had on the document's date.
  const placeTitle = jurisdiction.district ?? (province ? (entry?.party ? province.name : fullNameOn(province, date)) : null);
  const branch = entry !== null && !entry.local && entry.branches === true && jurisdiction.level !== "central" && jurisdiction.level !== null;
  const issuer = entry
    ? { code: entry.code, name: [branch ? branchName(entry) : entry.name, placeTitle].filter(Boolean).join(" "), level: jurisdiction.level, place }
    : null;
  // The hash of the whole text only when no number names the document: it walks every character.
  let id: string;
  if (number && symbol) {
    id = documentId({
      number,
      year,
      symbol,
      party: style === "party",
      dateYear: date ? Number(date.slice(0, 4)) : null,
      // A national body's branch (its heading names its place) numbers as a local body.
      local: entry === null || entry.local || branch,
      provinceSlug: province?.slug ?? null,
      districtSlug: jurisdiction.district ? slugOf(jurisdiction.district) : null,
    });
  } else if (selfCitation !== null && selfCitation.number === null && selfCitation.form === "named" && selfCitation.year !== null) {
    // A law or the Constitution named by its heading, with its year: its name is its identity, as other
    // documents cite it. Without a year ("law:giao-duc@?") the name fits every law so named, and two
    // pages would become one node on a guess.
    id = selfCitation.id;
  } else {
    id = selfIdWithoutNumber(path, text);
    // Analysed without a path, its id is a hash of its text (text:…), not a path it does not have.
    if (number === null) warnings.push({ code: "no-own-number", message: `the document's own number is not stated; it is identified by ${path !== null ? "its path" : "a hash of its text"}` });
  }
  const self: SelfDocument = {
    id,
    // No kind line ("QUYẾT ĐỊNH") in the header: the own number's type code tells (QĐ: a decision).
    // A consolidated text ("Số: 11/VBHN-BTP") heads itself with the kind it consolidates ("NGHỊ
    // ĐỊNH"): its number says what it is.
    // Neither (a copy that lost its heading, "VỀ VIỆC … ⏎ Căn cứ …"): its enacting formula ("QUYẾT ĐỊNH:").
    // An older number with no type code ("Số: 15-CP", a copy without its "NGHỊ ĐỊNH" line) reads as a
    // letter's for want of a kind word: the enacting formula ("NGHỊ ĐỊNH :"), where there is one, tells.
    kind: selfCitation?.kind === "consolidated-text" ? selfCitation.kind : (header.kind ?? (kindGuessed(selfCitation) ? (kindHint() ?? "official-letter") : (selfCitation?.kind ?? kindHint()))),
    title: header.title,
    number,
    year,
    symbol,
    style,
    date,
    issuer,
    jurisdiction,
    promulgatedBy: null, // set by analyze once citations are localised
  };
  // Set, not spread in: adding properties after a spread costs microseconds on Node 20.
  if (path !== null) self.path = path;
  return { self, warnings };
}

/** Whether a citation's kind is only the letter's, guessed from a number that names neither a kind word nor a type code. */
function kindGuessed(c: Citation | null): boolean {
  return c !== null && c.kind === "official-letter" && c.kindText === null && c.typeCode === null;
}

/**
 * Whether a mention with the document's own number and ký hiệu is in fact another document:
 * it is dated otherwise, its number's year differs, or it names another issuing place
 * ("Kế hoạch số 30/KH-UBND ngày 10/3/2020 của UBND tỉnh Quảng Nam" in plan 30/KH-UBND of a district).
 */
export function contradictsSelf(c: Citation, self: SelfDocument): boolean {
  if (contradictsSelfInTime(c, self)) return true;
  const place = c.issuer?.place ?? null;
  if (place === null) return false;
  const own = [self.jurisdiction.district, self.jurisdiction.province];
  const named = provinceNamed(place)?.name ?? place;
  return !own.some((p) => p !== null && slugOf(p) === slugOf(named));
}

/** Whether a mention with the document's own number and ký hiệu is dated otherwise, or its number's year is another. */
export function contradictsSelfInTime(c: Citation, self: SelfDocument): boolean {
  if (c.date !== null && self.date !== null && c.date !== self.date) return true;
  if (c.year !== null && self.year !== null && c.year !== self.year) return true;
  // A number's year is the year it was signed: a listing's row "12/QĐ-UBND" of 05/01/2021 that
  // repeals "Quyết định số 12/2020/QĐ-UBND" names last year's decision 12, not itself.
  if (c.year !== null && self.year === null && self.date !== null && c.year !== yearOf(self.date)) return true;
  return c.year === null && c.date !== null && self.year !== null && self.date === null && yearOf(c.date) !== self.year;
}

/** The year of an ISO date ("2021-01-05"). */
const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/**
 * A document whose own number is unknown is named by its file, or, when the caller gave no path,
 * by a hash of its text: two different unnamed texts must not become one node of a graph. The
 * same text saved with "\r\n" or "\r" line ends is the same document: hashed as written with "\n"
 * (a CRLF copy had an id of its own, crlf56).
 */
export function selfIdWithoutNumber(path: string | null, text: string): string {
  return path !== null ? fileId(path) : `text:${fnv1a64(lfLineEnds(text))}`;
}

/** Whether ký hiệu `whole` is `part` with more codes after it ("QĐ-UB" after "QĐ"). */
function goesOn(whole: string | null, part: string | null): boolean {
  return whole !== null && part !== null && whole.startsWith(`${part}-`);
}
