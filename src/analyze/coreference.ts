import type { AnalyzedCitation, Citation } from "../types.js";
import { isDigitCode } from "../shared/chars.js";
import { isoDate } from "../identify/dates.js";
import { namedId } from "../identify/named.js";
import { phraseSource } from "../vocab/phrases.js";
import { ISSUED_ON_DATE_VERBS, SIGNED_ON_DATE_VERBS } from "../vocab/cues.js";
import { kindByWord } from "../vocab/kinds.js";
import { decreeYear, decreeYearWarning } from "../identify/decree-year.js";
import { designation, termRangeId } from "../identify/id.js";
import { partyTermAfter } from "../identify/party-term.js";
import { CENTRAL_PARTY_SYMBOL, type PartyTerm } from "../vocab/party-terms.js";
import { OLDER_BODY_CODES } from "../vocab/codes.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
import { hasPart } from "../shared/strings.js";

/**
 * "Ngày 15/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 45/KH-UBND về …": a report's narrative
 * dates the document before naming it, the issuer alone between the date and the verb. An
 * administrative citation with no date of its own takes that one (its id's "@?" its year), so that
 * it is the document cited elsewhere with its date after its number. Only the date that opens the
 * clause, a comma after it, and words with no digit or stop up to the verb: "Ngày 15/3/2022, UBND
 * tỉnh tổ chức hội nghị, ban hành Kế hoạch số 45" dates the meeting and is left alone, and so is a
 * date that opens no clause ("Từ ngày 01/7/2021, các xã có Công văn số …": a time from which). A signature
 * ("… đã ký ban hành văn bản số …") dates its document whatever the signer's words hold.
 */
export function dateFromNarrativeBefore(text: string, found: readonly Citation[], spans: readonly { start: number }[]): void {
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    if (c.date !== null || c.year !== null || c.number === null) continue;
    const at = c.id.indexOf("@?");
    if (at < 0) continue;
    const start = spans[i].start;
    const from = Math.max(0, start - NARRATIVE_LOOK_BACK);
    // The text's start opens a clause as a line break does.
    const before = (from === 0 ? "\n" : "") + text.slice(from, start);
    // Most undated citations have no date before them: a look for the word before the regex.
    if (!before.includes("gày") && !before.includes("GÀY")) continue;
    const m = DATED_BEFORE.exec(before);
    // Without the comma, the issuer's name opens in capitals (DATED_BEFORE is case-blind).
    if (!m || (m[4] !== undefined && m[4] === m[4].toLowerCase())) continue;
    const date = isoDate(m[1], m[2], m[3]).date;
    if (date === null) continue;
    c.date = date;
    // "Ngày 17/4/2023, Chính phủ ban hành Nghị định số 13/NĐ-CP" (fresh37a-010): a decree or a circular,
    // numbered with its year, takes the date's year into its number as with the date after it (decree-year.ts).
    const symbol = c.symbol;
    const year = c.kindText === null || symbol === null || c.style === null ? null : decreeYear({ style: c.style, symbol, typeCode: c.typeCode }, null, Number(m[3]), kindByWord(c.kindText)?.slug ?? "");
    if (year !== null && symbol !== null) {
      c.year = year;
      c.id = `${designation({ number: c.number, year, symbol, style: c.style })}${c.id.slice(at + 2)}`;
      c.warnings.push(decreeYearWarning(c.number, symbol, year, c.numberStart, c.numberEnd));
    } else c.id = `${c.id.slice(0, at)}@${m[3]}${c.id.slice(at + 2)}`;
  }
}

/**
 * "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị", "Xét đề nghị
 * của Chính phủ tại Tờ trình số 361/TTr-CP và Đề án số 362/ĐA-CP ngày 09 tháng 5 năm 2025": a body's two
 * documents of consecutive numbers, issued together, cited as a pair before the one date and issuer they
 * share. The first, undated, takes the second's date (its id's "@?" its year). Only for the next number of
 * the same body, joined by "và" alone (or a comma, in a run a "và" ends): "Quyết định số 12/QĐ-UBND và 14/QĐ-UBND ngày 5/3/2020"
 * may date the second alone, and is left as it is; so is a first with an issuer phrase of its own.
 */
export function datePairBeforeItsDate(text: string, found: readonly Citation[], spans: readonly { start: number; end: number }[]): void {
  // From the last pair back: "số 217, 218 và 219 ngày …" dates 218 from 219, then 217 from 218. Next to the
  // dated one only "và" shares its date; a comma lists ("08/KH-UBND, 09/KH-UBND ngày 10/9/2011, 06/KH-UBND …"
  // dates the second alone), and goes on a run that a "và" before the date ended.
  let run = -1;
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i];
    const b = found[i + 1];
    // The first ends with its number: an issuer phrase of its own ("217-QĐ/TW của Bộ Chính trị và …") leaves the date to the second.
    if (a.date !== null || a.year !== null || b.date === null || a.number === null || b.number === null || a.end !== a.numberEnd) continue;
    const at = a.id.indexOf("@?");
    if (at < 0 || a.style !== b.style || a.issuer?.code == null || a.issuer.code !== b.issuer?.code) continue;
    if (!DIGITS.test(a.number) || !DIGITS.test(b.number) || Number(b.number) !== Number(a.number) + 1) continue;
    const join = PAIR_JOIN.exec(text.slice(spans[i].end, spans[i + 1].start));
    if (join === null || (join[1] === "," && run !== i + 1)) continue;
    run = i;
    a.date = b.date;
    a.id = `${a.id.slice(0, at)}@${b.date.slice(0, 4)}${a.id.slice(at + 2)}`;
  }
}
const DIGITS = /^[0-9]+$/;
/** Between the pair: "và" or a comma, and blanks. */
const PAIR_JOIN = /^\s*(và|,)\s*$/iu;

const NARRATIVE_LOOK_BACK = 200;
/**
 * "Ngày 15/3/2022, <issuer> (đã) ban hành " or "ngày 15 tháng 3 năm 2022, <issuer> có ", or "…, <signer> đã ký ", up to the citation (a date's separators spaced too: "15 / 3 / 2022"; its number typed against "Ngày").
 * The comma after the date may be left out before the issuer's capital ("…, ngày 6/3/2021 Sở Nội vụ đã ban hành …"), not before "của" or "về" (the date of a document named before it).
 */
const DATED_BEFORE = new RegExp(
  // Across line breaks too, as a PDF or a narrow column wraps the sentence ("Ngày 23/11/2018, … đã ⏎ký ban hành văn bản số …").
  String.raw`[.;:,(\n\-–]\s*[Nn]gày\s*([0-9]{1,2})\s*(?:[\/-]\s*|tháng\s+)([0-9]{1,2})\s*(?:[\/-]\s*|năm\s+)((?:19|20)[0-9]{2})(?:\s*,\s*|\s+(?=(\S)))` +
    String.raw`(?:[^0-9,.;:!?()]{2,90}?\s(?:${phraseSource(ISSUED_ON_DATE_VERBS)})|[^0-9.;:!?()]{2,150}?\s(?:${phraseSource(SIGNED_ON_DATE_VERBS)}))\s+$`,
  "iu",
);

/**
 * An administrative document cited once with its date and again without one ("Kế hoạch số
 * 215/KH-UBND ngày 22/12/2021 ..." then "Kế hoạch số 215/KH-UBND") is one document: the undated
 * mention takes the dated one's id ("@?" becomes "@2021") when the document names exactly one
 * year for that number, ký hiệu and place. With two candidate years it stays unknown.
 */
export function dateUndatedMentions(citations: AnalyzedCitation[]): void {
  const undated = new Set<string>();
  for (const c of citations) if (c.id.includes("@?")) undated.add(c.id);
  // Most documents date every mention: nothing to look up, and no key to build for each citation.
  if (undated.size === 0) return;
  // A key is its id three characters shorter ("2021" → "?"): only ids of such a length can date one.
  const lengths = new Set<number>();
  for (const id of undated) lengths.add(id.length + 3);
  const years = new Map<string, Set<string>>();
  for (const c of citations) {
    if (!lengths.has(c.id.length)) continue;
    const key = undatedKey(c.id);
    if (key === null || !undated.has(key)) continue;
    let set = years.get(key);
    if (!set) years.set(key, (set = new Set()));
    set.add(c.id);
  }
  numberedNamesOf(citations, undated, years);
  for (const c of citations) {
    if (!c.id.includes("@?")) continue;
    const candidates = years.get(c.id);
    if (candidates?.size === 1) c.id = [...candidates][0];
  }
  takeBareMentionsToTheirDatedOne(citations);
}

/**
 * "NGHỊ ĐỊNH … VỀ VIỆC THI HÀNH LUẬT ĐẤT ĐAI" over "Căn cứ Luật đất đai ngày 8/1/1988" (pairs58-005, a site's page of
 * decree 30-HĐBT, whose own header line calls it "Luật Đất đai 1989"); "NGHỊ QUYẾT HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH CỦA
 * BỘ LUẬT DÂN SỰ …" over "Để áp dụng … của Bộ luật Dân sự ngày 24 tháng 11 năm 2015" (fresh58g-003, whose transition
 * article names the code of 2005 as well): a title names its law by name alone, in capitals, and the preamble under it
 * names that law with its date. Where the whole text dates the name twice, dateUndatedMentions leaves the title's
 * mention unknown; the preamble is where a document says which law it rests on or carries out, and its one date for
 * the name is the title's. Only a named mention inside the title, only the preamble's mentions of that name (named and
 * dated, or numbered with the name before the number), and only where they are one document: two, and it stays unknown.
 */
export function dateTitleNamesFromPreamble(
  citations: AnalyzedCitation[],
  spans: readonly { start: number }[],
  parts: readonly { type: string; start: number; end: number }[],
): void {
  const title = parts.find((p) => p.type === "title");
  const preamble = parts.find((p) => p.type === "preamble");
  if (title === undefined || preamble === undefined) return;
  const within = (i: number, p: { start: number; end: number }) => spans[i].start >= p.start && spans[i].start < p.end;
  // Each undated name the preamble gives a date, and the one document it names by it (null where two):
  // read once, not again for each of the title's mentions (a title listing many names over a long preamble).
  const dated = new Map<string, string | null>();
  for (let j = 0; j < citations.length; j++) {
    const d = citations[j];
    if (!within(j, preamble)) continue;
    const key = d.form === "named" ? (d.id.endsWith("@?") ? null : undatedKey(d.id)) : d.number !== null && d.name !== undefined ? namedId(d.kind, d.name, null) : null;
    if (key === null) continue;
    const one = dated.get(key);
    if (one === undefined) dated.set(key, d.id);
    else if (one !== d.id) dated.set(key, null);
  }
  if (dated.size === 0) return;
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    if (c.form !== "named" || !within(i, title) || !c.id.endsWith("@?")) continue;
    const one = dated.get(c.id);
    if (one !== undefined && one !== null) c.id = one;
  }
}

/**
 * "Căn cứ Luật Du lịch số 09/2017/QH14; Căn cứ Nghị định số 168/2017/NĐ-CP quy định chi tiết một số
 * điều của Luật Du lịch": the text names the law with its number once, then by its name alone. The
 * bare name is that numbered law ("law:du-lich@?" takes "09/2017/QH14"), as a bare name takes the
 * year of the one dated mention of it. Added to the candidates for the bare name's id: with another
 * law of that name (another number, or a year the number's is not), there are two, and it stays
 * unknown. A mention of the same name dated in the numbered law's own year is that law too: it
 * yields its place to the number.
 */
function numberedNamesOf(citations: readonly AnalyzedCitation[], undated: ReadonlySet<string>, years: Map<string, Set<string>>): void {
  for (const c of citations) {
    if (c.name === undefined || c.number === null || c.form === "named") continue;
    const key = namedId(c.kind, c.name, null);
    if (!undated.has(key)) continue;
    let set = years.get(key);
    if (!set) years.set(key, (set = new Set()));
    if (c.year !== null) set.delete(namedId(c.kind, c.name, c.year));
    set.add(c.id);
  }
}

/**
 * "Nghị quyết số 20/NQ-HĐND ngày 05/01/2022 của HĐND tỉnh" then, further on, "Nghị quyết số
 * 20/NQ-HĐND": a mention with no date and no issuer phrase at all took the citing document's own
 * place (a district's plan gave it the district's), so the year alone could not join it to the
 * dated one. When the document cites exactly one dated document with that number and ký hiệu,
 * whatever its place, the bare mention is that one, jurisdiction and all; with two it stays apart.
 */
function takeBareMentionsToTheirDatedOne(citations: AnalyzedCitation[]): void {
  let bare: Set<string> | null = null;
  for (const c of citations) {
    if (!c.id.includes("@?") || c.issuer === null || c.issuer.place !== null || c.issuer.level !== null) continue;
    (bare ??= new Set()).add(c.id.slice(0, c.id.indexOf("@?")));
  }
  if (bare === null) return;
  const dated = new Map<string, AnalyzedCitation | null>();
  for (const c of citations) {
    const at = c.id.indexOf("@");
    if (at < 0 || !bare.has(c.id.slice(0, at)) || !isDigitCode(c.id.charCodeAt(at + 1))) continue;
    const key = c.id.slice(0, at);
    const seen = dated.get(key);
    // Two dated documents of that number: which one the bare mention is, the text does not say.
    dated.set(key, seen === undefined || seen?.id === c.id ? c : null);
  }
  for (const c of citations) {
    const at = c.id.indexOf("@?");
    if (at < 0 || c.issuer === null || c.issuer.place !== null || c.issuer.level !== null) continue;
    const one = dated.get(c.id.slice(0, at));
    if (!one) continue;
    c.id = one.id;
    c.jurisdiction = one.jurisdiction;
  }
}

/**
 * "Công văn số 847/UBND-VX1 ngày 22/3/2011 của UBND tỉnh Quảng Ninh …" then "(Đính kèm Công văn số
 * 847/UBND-VX1 ngày 22/3/2011)": a local body's document cited once with its issuer phrase is
 * named again with its number, ký hiệu and date but no issuer, as a letter forwarding another
 * province's or a district's plan restating the province's repeats it. Without an issuer phrase
 * the mention took the citing document's own place: a second node, the home body's, for one
 * document. Number, ký hiệu and date all the same as exactly one mention with an issuer phrase,
 * it is that document, jurisdiction and all; with two such, or another date, it stays apart.
 */
export function takeDatedBareMentionsToTheirNamedOne(citations: AnalyzedCitation[]): void {
  takeFromTheOne(citations, isBareDated, (c) => c.date !== null && c.issuer !== null && (c.issuer.place !== null || c.issuer.level !== null), sameDocumentKey);
}

/**
 * Each mention that `takes` takes the id and jurisdiction of the one mention that `gives` of its `key`: one document,
 * named once in full and again without what placed it. With two such of one key (two documents of that number and day)
 * or none, it stays as it is.
 */
function takeFromTheOne(citations: AnalyzedCitation[], takes: (c: AnalyzedCitation) => boolean, gives: (c: AnalyzedCitation) => boolean, key: (c: AnalyzedCitation) => string): void {
  let wanted: Set<string> | null = null;
  for (const c of citations) if (takes(c)) (wanted ??= new Set()).add(key(c));
  if (wanted === null) return;
  const givers = new Map<string, AnalyzedCitation | null>();
  for (const c of citations) {
    if (!gives(c)) continue;
    const k = key(c);
    if (!wanted.has(k)) continue;
    const seen = givers.get(k);
    givers.set(k, seen === undefined || seen?.id === c.id ? c : null);
  }
  for (const c of citations) {
    if (!takes(c)) continue;
    const one = givers.get(key(c));
    if (!one) continue;
    c.id = one.id;
    c.jurisdiction = one.jurisdiction;
  }
}

/** A dated mention of a local body's document (its id has a place) with no issuer phrase at all, not the document's own. */
const isBareDated = (c: AnalyzedCitation): boolean =>
  c.date !== null && c.role !== "self" && c.issuer !== null && c.issuer.place === null && c.issuer.level === null && c.id.includes("~");
/** The id without its place, and the date: one document whatever place each mention gave it. */
const sameDocumentKey = (c: AnalyzedCitation): string => {
  const tilde = c.id.indexOf("~");
  return `${tilde < 0 ? c.id : c.id.slice(0, tilde)} ${c.date}`;
};

/**
 * "Công văn số 701/SXD ngày 27/11/2007 của Sở Xây dựng tỉnh Tây Ninh" then "công văn số 701/SXD ngày
 * 27/11/2007" (fresh30b-002, a ministry's answer); "Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường
 * vụ Thành ủy Thành phố Hố Chí Minh" then "… 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy"
 * (fresh54d-009, a district's news page): a text whose own place is unknown (a page, a ministry's
 * letter) names a local body's document once with its place and again without. The second mention's
 * place is not another place but none at all (its id has no "~"): number, ký hiệu, date and issuing body
 * the same as exactly one mention with a place, it is that document, jurisdiction and all. With two
 * such (two provinces' documents of that number and day), another date, another body, or a text with
 * a place of its own (takeDatedBareMentionsToTheirNamedOne's case), it stays as it is.
 */
export function takePlacelessDatedMentionsToTheirPlacedOne(citations: AnalyzedCitation[]): void {
  takeFromTheOne(citations, isPlacelessDated, (c) => c.date !== null && c.issuer?.place != null && c.id.includes("~"), placedKey);
}

/** A dated, numbered mention of a local (or unknown) body's document that no place was found for: neither its words nor the citing text's own. */
const isPlacelessDated = (c: AnalyzedCitation): boolean =>
  c.date !== null &&
  c.number !== null &&
  c.role !== "self" &&
  c.issuer !== null &&
  c.issuer.place == null &&
  c.issuer.level !== "central" &&
  (c.jurisdiction === null || (c.jurisdiction.province === null && c.jurisdiction.district === null)) &&
  !c.id.includes("~");
/** The id without its place, the date and the issuer's code and level: one body's document of one day, whatever place each mention gave it. */
const placedKey = (c: AnalyzedCitation): string => `${sameDocumentKey(c)} ${c.issuer?.code ?? ""} ${c.issuer?.level ?? ""}`;

/**
 * "Quyết định số 1057/QĐ-UB ngày 27 tháng 3 năm 2004 của Uỷ ban nhân dân tỉnh" and "Quyết định số
 * 1057/QĐ-UBND ngày 27 tháng 3 năm 2004 của Uỷ ban nhân dân tỉnh" in one text (dev-054; full32-013 writes
 * 67/2005/QĐ-UB and 67/2005/QĐ-UBND of 20/7/2005 so): one people's committee's document, its ký hiệu
 * written with the committee's older code and with its newer one (vocab OLDER_BODY_CODES). The same
 * number, year, place, issuing body and day prove it one: each mention takes the id the text writes first.
 * Another day, another place, or codes that differ otherwise ("QĐ-UB" beside "QĐ-CT") keep them apart; a
 * code alone, in two texts, proves nothing (a province wrote both in the years around 2004).
 */
export function oneCommitteeUnderTwoCodes(citations: AnalyzedCitation[]): void {
  let keyed: Map<string, AnalyzedCitation> | null = null;
  for (const c of citations) {
    const key = committeeKey(c);
    if (key === null) continue;
    keyed ??= new Map();
    const first = keyed.get(key);
    if (first === undefined) keyed.set(key, c);
    else if (first.id !== c.id) {
      c.id = first.id;
      c.jurisdiction = first.jurisdiction;
    }
  }
}

/** Number, year, ký hiệu with each older code read as the newer, place, issuer and day; null for a mention with no day or no older-or-newer code. */
function committeeKey(c: AnalyzedCitation): string | null {
  if (c.date === null || c.number === null || c.symbol === null || c.role === "self") return null;
  // Split only where an older or a newer code is one of its parts (hasPart): most ký hiệu hold neither, and
  // split is a call into V8's runtime (1,785 keys asked a devx5 pass, 370 with "UB" in them).
  if (!holdsBodyCode(c.symbol)) return null;
  const parts = c.symbol.split("-");
  let older = false;
  for (let i = 0; i < parts.length; i++) {
    const newer = OLDER_BODY_CODES.get(parts[i]);
    if (newer !== undefined) {
      parts[i] = newer;
      older = true;
    } else if (NEWER_BODY_CODES.has(parts[i])) older = true;
  }
  if (!older) return null;
  const tilde = c.id.indexOf("~");
  return `${c.number.replace(/^0+(?=\d)/, "")} ${c.year ?? ""} ${parts.join("-")} ${tilde < 0 ? "" : c.id.slice(tilde)} ${committeeCode(c.issuer?.code ?? null)} ${c.date}`;
}
/** An issuer's code with an older code read as the newer (a mention without words took its issuer from its ký hiệu). */
const committeeCode = (code: string | null): string => (code === null ? "" : (OLDER_BODY_CODES.get(code) ?? code));
const NEWER_BODY_CODES: ReadonlySet<string> = new Set(OLDER_BODY_CODES.values());
/** Every code committeeKey reads as older or newer. */
const BODY_CODES: readonly string[] = [...OLDER_BODY_CODES.keys(), ...NEWER_BODY_CODES];
/** Whether a part of `symbol` (split at "-") is an older or a newer code: committeeKey's loop finds none else. */
function holdsBodyCode(symbol: string): boolean {
  for (const code of BODY_CODES) if (hasPart(symbol, code)) return true;
  return false;
}

/**
 * The id with its year replaced by "?" ("12/KH-UBND@2021~hau-giang" → "12/KH-UBND@?~hau-giang"),
 * or null when it has no "@" and four digits before its end or its "~": what
 * `/^(.*)@(\d{4})(~.*)?$/` reads (the last such "@"; no line break anywhere), without the regex.
 */
function undatedKey(id: string): string | null {
  if (LINE_BREAK.test(id)) return null;
  for (let at = id.lastIndexOf("@"); at >= 0; at = at > 0 ? id.lastIndexOf("@", at - 1) : -1) {
    const after = at + 5;
    if (after > id.length || (after < id.length && id.charCodeAt(after) !== TILDE)) continue;
    if (!isDigitCode(id.charCodeAt(at + 1)) || !isDigitCode(id.charCodeAt(at + 2)) || !isDigitCode(id.charCodeAt(at + 3)) || !isDigitCode(id.charCodeAt(at + 4))) continue;
    return `${id.slice(0, at)}@?${id.slice(after)}`;
  }
  return null;
}

/** What `.` does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const TILDE = 0x7e;

/**
 * A central Party document cited without its date but with its term ("Nghị quyết số 18-NQ/TW của
 * Ban Chấp hành Trung ương Đảng khóa XII", fresh36b-006, fresh49d-003; "Chỉ thị 03-CT/TW của Bộ
 * Chính trị (khóa XI)", fresh56b-013): a central Party number restarts each term (DOMAIN.md §2),
 * so number and term name one document. Its id takes the term's years ("18-NQ/TW@?" becomes
 * "18-NQ/TW@2016-2021"), and the graph joins it to the one dated document of that number issued
 * within them (mergeUndatedMentions), never where two or none are. The text's other undated
 * mentions of that number take the term too when the text names exactly one term for it, as
 * dateUndatedMentions gives them the one year a text names. A provincial committee's number
 * ("NQ/TU") counts its own congresses: left as it is. Run after dateUndatedMentions: a mention the
 * text dates is dated, not bounded. `text` is the one the citations' offsets point into.
 */
export function termUndatedPartyMentions(text: string, citations: AnalyzedCitation[]): void {
  let terms: Map<string, Map<string, PartyTerm>> | undefined;
  for (const c of citations) {
    if (!c.id.endsWith("@?") || c.symbol === null || c.style !== "party" || !CENTRAL_PARTY_SYMBOL.test(c.symbol)) continue;
    // Read after the number and ký hiệu: the citation's span may hold its issuer and term ("18-NQ/TW của … khóa XII").
    const from = c.numberStart;
    const written = NUMBER_AND_SYMBOL().exec(text.slice(from, from + 24));
    if (written === null) continue;
    // Up to three units a letter past the span: partyTermAfter reads its window in composed letters (a decomposed copy's marks).
    const term = partyTermAfter(text.slice(from + written[0].length, Math.max(c.end, from + written[0].length) + 3 * 80));
    if (term === undefined) continue;
    terms ??= new Map();
    const named = terms.get(c.id) ?? new Map<string, PartyTerm>();
    named.set(term.roman, term);
    terms.set(c.id, named);
  }
  if (terms === undefined) return;
  for (const c of citations) {
    const named = terms.get(c.id);
    if (named === undefined || named.size !== 1) continue;
    const [term] = named.values();
    c.id = termRangeId(c.id, term.from, term.to);
  }
}

/** "18-NQ/TW", "16-CT / TW", "05/CT-TW" at a Party citation's number: what the term is read after. */
const NUMBER_AND_SYMBOL = lazyRegExp(() => /^\d{1,4}[a-z]?\s{0,2}[-/.]\s{0,2}\p{L}{1,6}(?:\s{0,2}[-/.]\s{0,2}\p{L}{1,6}){0,2}/u);
