import type { Citation } from "./types.js";
import { eachIsland } from "./parse/island.js";
import { parseWholeText } from "./parse/whole-text.js";
import { identify } from "./identify/identify.js";
import { findNamedMentionsIn, type KnownClean, type NamedMention } from "./find/named/index.js";
import { findConstitutionMentions, withConstitution } from "./find/constitution.js";
import { identifyNamed, identifySecondLaw, tidyName } from "./identify/named.js";
import { findAboveMentions, findShortMentions, type TakenSpans } from "./find/short.js";
import { CitedBefore, citedRecord, identifyAbove, identifyShort, type CitedRecord } from "./identify/short.js";
import { officialNumber } from "./identify/id.js";
import { pinpointBefore } from "./find/pinpoint.js";
import { prepare, WindowPreparer } from "./prepare/prepare.js";
import { findLandmarks, readLandmarks, type Landmarks } from "./find/anchors.js";
import { copyNumber, formNamedBefore } from "./find/forms.js";
import { misreadDate } from "./find/misread-date.js";
import { numbersListedBefore } from "./find/shared-symbol.js";
import { unescapeLineBreaks } from "./prepare/line-breaks.js";
import { isWhitespaceAt } from "./shared/chars.js";
import type { ParsedCitation } from "./parse/types.js";

export interface ExtractOptions {
  /**
   * "islands" (default) parses a window around each anchor; "whole-text" lexes everything and is
   * kept as the reference the island path is tested against.
   */
  strategy?: "islands" | "whole-text";
  /**
   * The full citations a short form ("Nghị định 64") may name, by kind and official number, when
   * `text` is a part of a larger text (extractChunks gives those of the whole); by default, the
   * full citations of `text` itself.
   */
  shortFormCandidates?: (kind: string, number: string) => readonly Citation[];
  /**
   * The documents of the larger text cited before offset `before` of `text`, by the kind a pointing
   * mention names (CitedBefore; extractChunks gives them): "Thông tư nêu trên" names the one
   * circular cited before it. By default, those of `text` itself.
   */
  citedBefore?: (kind: string, before: number) => { cited: CitedBefore; ids: ReadonlyMap<string, CitedRecord | null> };
}

/**
 * Every numbered citation in `text`, in order, with offsets into `text` itself.
 * Never throws: any string, however odd, gives an array.
 */
export function extract(text: string, options: ExtractOptions = {}): Citation[] {
  if (typeof text !== "string" || text.length === 0) return [];
  return extractChecked(text, options, null);
}

/**
 * "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 …":
 * an amending law named by the laws it amends, each with its own number. The name says what the law
 * amends: `from` (the amending law's named citation) amends `to` (each law's numbered citation).
 */
export interface ListedAmendment {
  from: Citation;
  to: Citation;
}

/** extract(), with what the names of amending laws say they amend (analyze reads it as relations between the cited documents). */
export function extractListing(text: string, options: ExtractOptions = {}): { citations: Citation[]; amended: ListedAmendment[] } {
  const amended: ListedAmendment[] = [];
  if (typeof text !== "string" || text.length === 0) return { citations: [], amended };
  return { citations: extractChecked(text, options, amended), amended };
}

/**
 * extractListing() of a whole text the caller has read as the extractor reads it: `read` is
 * blankPageLines(unescapeLineBreaks(text), false) (analyze() has it from its own reading of the same
 * text, one walk of the lines instead of two).
 */
export function extractListingRead(text: string, read: string): { citations: Citation[]; amended: ListedAmendment[] } {
  const amended: ListedAmendment[] = [];
  if (typeof text !== "string" || text.length === 0) return { citations: [], amended };
  return { citations: extractChecked(text, {}, amended, read), amended };
}

/**
 * The text as the extractor reads it. Line ends a page shows as their escapes ("…/KH-UBND\r\nngày …",
 * a page that prints a document's JSON string) are read as the breaks they stand for, one unit for
 * one: offsets stay the caller's, and each citation's raw text is the caller's own. A PDF page's
 * number or running head between two lines of a citation ("… của HĐND ⏎ - 3 - ⏎ huyện …") is blank,
 * as analyze reads it: the issuer phrase goes on over it (readLandmarks: not a last line, since
 * extract-chunks gives a chunk, whose last line may go on past it). `amended` collects what amending
 * laws' names say they amend, when the caller asks (not null); `given` is the text so read, when the
 * caller has it.
 */
function extractChecked(text: string, options: ExtractOptions, amended: ListedAmendment[] | null, given?: string): Citation[] {
  try {
    // One pass marks where numbers, document numbers and law names may be; each later step reads only there.
    const { read, marks } = given === undefined ? readLandmarks(unescapeLineBreaks(text)) : { read: given, marks: findLandmarks(given) };
    const found = extractFrom(read, marks, options, amended);
    if (read !== text) for (const c of found) c.raw = text.slice(c.start, c.end);
    return found;
  } catch {
    if (amended) amended.length = 0;
    return [];
  }
}

function extractFrom(text: string, marks: Landmarks, options: ExtractOptions, amended: ListedAmendment[] | null): Citation[] {
  try {
    // Whether the text holds what prints nothing (the scan's answer): the named pass and the pinpoints read around it only where it does.
    const ignorables = marks.ignorables;
    const candidates = typeof options?.shortFormCandidates === "function" ? options.shortFormCandidates : null;
    const before = typeof options?.citedBefore === "function" ? options.citedBefore : null;
    if (options.strategy === "whole-text") {
      const all: Citation[] = [];
      for (const p of parseWholeText(text)) if (!isForm(p, text)) pushWithListed(all, p, text);
      return withPinpoints(text, withShort(text, marks, withNamed(text, marks, all, amended, ignorables), candidates, before), ignorables);
    }
    // Each citation is identified as soon as it is parsed, so the parse's own objects die young.
    // Collected first, a long text's tens of thousands of them outlived the young generation, and
    // V8 then allocated them (pretenuring) in the old one, where for every later text they were
    // garbage only a full collection frees: documents after one long text ran at half speed.
    const out: Citation[] = [];
    // The laws by name read 400 characters after each kind word, through the citations the islands
    // read: what the islands' windows found needs no preparing is not looked at again.
    const preparer = new WindowPreparer(text);
    eachIsland(text, (p) => (isForm(p, text) ? undefined : pushWithListed(out, p, text)), marks.anchors, preparer);
    return withPinpoints(text, withShort(text, marks, withNamed(text, marks, out, amended, ignorables, preparer), candidates, before), ignorables);
  } catch {
    // A bug must not cost the caller the rest of a batch; the property tests hunt for this path.
    if (amended) amended.length = 0;
    return [];
  }
}

/**
 * Pushes the citation `p`, after the numbers listed before it that share its ký hiệu ("Phương án
 * số 2 và 3/PA-UBND": 2/PA-UBND, then 3/PA-UBND; find/shared-symbol.ts), onto `out`.
 */
function pushWithListed(out: Citation[], p: ParsedCitation, text: string): void {
  const c = identify(p, text);
  const listed = numbersListedBefore(text, p, c.kind, out.length > 0 ? out[out.length - 1].end : 0);
  for (let i = 0; i < listed.length; i++) out.push(identify(listed[i], text));
  out.push(c);
}

/** Decomposed text writes the dot below of "luật", "lệnh" after its vowel: a law rhyme at one is decomposed. */
const COMBINING_DOT_BELOW = 0x323;

/**
 * Adds the laws, codes and ordinances, and the Constitution, cited by name ("Luật Đất đai năm 2003"), in text order. A
 * name written before a number ("Luật Đất đai số 13/2003/QH11") is given to that citation, whose
 * span then starts at the kind word: one mention, and the graph learns that name and number are
 * one law.
 */
function withNamed(text: string, marks: Landmarks, numbered: Citation[], amended: ListedAmendment[] | null, ignorables: boolean, known: KnownClean | null = null): Citation[] {
  // "pháp" decomposed is looked for only in a text whose "luật" or "lệnh" the scan saw decomposed: another walk of every text cost more than all the rest of the Constitution's reading.
  const decomposed = marks.lawRhymes.some((r) => text.charCodeAt(r) === COMBINING_DOT_BELOW);
  const mentions = withConstitution(findNamedMentionsIn(text, prepare, marks.lawRhymes, ignorables, known), findConstitutionMentions(text, prepare, decomposed));
  if (mentions.length === 0) return numbered;
  const out: Citation[] = [];
  // The amending laws named by the laws they amend, each law with its number (NamedMention.amendedNumbers), and where each is in `out`.
  let listed: { at: number; mention: NamedMention }[] | null = null;
  let n = 0;
  for (const m of mentions) {
    const { start, end } = m;
    for (; n < numbered.length && numbered[n].end <= start; n++) out.push(numbered[n]);
    const next = numbered[n];
    if (out.length === 0 && isPageMenuLine(text, m, next)) continue;
    // "Luật số 43/2024/QH15 sửa đổi, bổ sung … của Luật Đất đai số 31/2024/QH15, …": the number's citation is the amending law the name lists the laws of.
    if (m.ownNumberAt !== undefined && next !== undefined && next.form === "full" && next.numberStart === m.ownNumberAt) {
      const own = numberedAmending(m, next, text);
      (listed ??= []).push({ at: out.length, mention: own.mention });
      out.push(own.citation);
      n++;
      continue;
    }
    // "Luật Đất đai số 13/2003/QH11": the number right after the name is the name's.
    const numberOfName = m.numberAt !== null && next !== undefined && next.start <= m.numberAt + 2 && !next.name;
    // "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13": a name that ends in "luật" lends
    // the number its kind word, so the number's citation starts inside the name; it is still the name's number.
    if (next && next.start < end && !(numberOfName && next.start > start)) continue; // inside a numbered citation's own words
    const named = identifyNamed(m, text);
    if (numberOfName) {
      // Copied with Object.assign, not spread: a spread that adds a property (name) costs microseconds on Node 20.
      const merged: Citation = Object.assign({}, next, { start, raw: text.slice(start, next.end), kind: named.kind, kindText: named.kindText });
      merged.name = named.name;
      out.push(merged);
      n++;
      continue;
    }
    if (m.amendedNumbers) (listed ??= []).push({ at: out.length, mention: m });
    out.push(named);
    // "… tố cáo năm 2004 và 2005": the second amending law, its year or date its span, unless a numbered citation stands before that ends.
    if (m.second && !(n < numbered.length && numbered[n].start < m.second.end)) out.push(identifySecondLaw(m, m.second, text));
  }
  for (; n < numbered.length; n++) out.push(numbered[n]);
  if (listed) for (const l of listed) amendedInList(text, out, l.at, l.mention, amended);
  return out;
}

/**
 * A law's name alone on a web page's first line, above the line that names the page's document by kind and
 * number: a link of the site's menu, printed before the page's title ("Luật Đất đai 2024 ⏎⏎ Thông tư
 * 10/2025/TT-BNV hướng dẫn …", thuviennhadat.vn; "Luật Đất đai 2024 ⏎⏎ Nghị định 79/2025/NĐ-CP về kiểm
 * tra, …", lawnet.vn). No document opens so: it is no mention of the document's, and it is not read.
 * A name with words around it on its line, or a first line the document's title does not follow, is.
 */
function isPageMenuLine(text: string, m: NamedMention, next: Citation | undefined): boolean {
  if (next === undefined || next.form !== "full" || next.kindText === null) return false;
  for (let i = 0; i < m.start; i++) if (!isWhitespaceAt(text, i)) return false;
  let at = m.end;
  while (at < text.length && text.charCodeAt(at) !== NEWLINE && isWhitespaceAt(text, at)) at++;
  if (at < text.length && text.charCodeAt(at) !== NEWLINE) return false;
  while (at < text.length && isWhitespaceAt(text, at)) at++;
  return next.start === at;
}
const NEWLINE = 0x0a;

/**
 * "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, … và Luật Các
 * tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": the amending law's numbered citation
 * (its span unchanged) takes the name and the date after the list, which amendedInList then takes
 * from the last law. The date is the amending law's only where the citation has none of its own and
 * its number's year is the date's (a law's number carries the year it was passed); else the date is
 * left where it was, to the last law, and the mention goes on without it.
 */
function numberedAmending(m: NamedMention, c: Citation, text: string): { citation: Citation; mention: NamedMention } {
  const named = identifyNamed(m, text);
  const citation: Citation = Object.assign({}, c);
  citation.name = named.name;
  const dated = m.date !== null && c.date === null && c.year !== null && c.year === m.year;
  if (dated) {
    citation.date = named.date;
    citation.warnings = [...c.warnings, ...named.warnings];
    return { citation, mention: m };
  }
  return { citation, mention: Object.assign({}, m, { date: null, year: null }) };
}

/**
 * The laws an amending law's name lists with their numbers (out[at] is its citation): each law's
 * citation, after it in `out`, is one whose number starts where the name read one. The date after
 * the list is the amending law's, not the last law's, whose citation the number's grammar ran on
 * over it ("… và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024"): the last
 * law's citation ends with its number, undated, where its identity does not rest on that date (its
 * number has its year).
 */
function amendedInList(text: string, out: Citation[], at: number, m: NamedMention, amended: ListedAmendment[] | null): void {
  const numbers = m.amendedNumbers!;
  const last = numbers[numbers.length - 1];
  const from = out[at];
  for (let j = at + 1; j < out.length && out[j].start <= last; j++) {
    const c = out[j];
    if (c.form !== "full" || !numbers.includes(c.numberStart)) continue;
    amended?.push({ from, to: c });
    // "… của Luật Đất đai số 31/2024/QH15, …": the first law's name is the amending law's mention's words; its number's citation is named so, as the others are.
    if (c.numberStart === numbers[0] && c.name === undefined && m.firstAmendedName) c.name = tidyName(m.firstAmendedName);
    if (m.date === null || c.date === null || c.year === null || c.start >= m.date.start || c.end <= m.date.start || c.numberEnd > m.date.start) continue;
    const dateStart = m.date.start;
    c.end = c.numberEnd;
    c.raw = text.slice(c.start, c.end);
    c.date = null;
    c.warnings = c.warnings.filter((w) => w.code !== "year-mismatch" && (w.start === undefined || w.start < dateStart));
  }
}

/**
 * Adds "Nghị định 64", "Quyết định số 2210 nêu trên": short mentions, each resolved within the text;
 * then "Thông tư nêu trên", a kind word pointing back with no number, resolved to the one document
 * of its kind cited before it.
 */
function withShort(text: string, marks: Landmarks, found: Citation[], candidates: ExtractOptions["shortFormCandidates"] | null, before: ExtractOptions["citedBefore"] | null): Citation[] {
  const short = findShortMentions(text, spansOf(found), marks.numbers);
  let all = found;
  if (short.length > 0) {
    const cited = short.map((m) => identifyShort(m, text, candidates ? candidates(m.kind.slug, officialNumber(m.number)) : found));
    // "chương trình 135" with no document of that number in the text is the programme's name;
    // "kế hoạch 5 năm 2021" with none is a period (yearInWords).
    const kept = cited.filter((c, i) => ((!short[i].kind.namesUndertaking && !short[i].yearInWords) || short[i].withSo) || c.warnings.length === 0);
    all = [...found, ...kept].sort((a, b) => a.start - b.start);
  }
  const above = findAboveMentions(text, spansOf(all));
  if (above.length === 0) return all;
  const cited = before ? null : new CitedBefore(records(all), candidates ?? fullByKindAndNumber(all));
  const pointed = above.map((m) => {
    const asked = before ? before(m.kind.slug, m.start) : { cited: cited!, ids: cited!.before(m.kind.slug, m.start) };
    return identifyAbove(m, text, asked.cited, asked.ids);
  });
  return [...all, ...pointed].sort((a, b) => a.start - b.start);
}

/** The CitedBefore records of a text's citations, in order. */
function records(all: readonly Citation[]): CitedRecord[] {
  const out: CitedRecord[] = [];
  for (const c of all) {
    const r = citedRecord(c);
    if (r) out.push(r);
  }
  return out;
}

/** The full citations of `all` by kind and number, as ExtractOptions.shortFormCandidates gives them. */
function fullByKindAndNumber(all: readonly Citation[]): (kind: string, number: string) => readonly Citation[] {
  const table = new Map<string, Citation[]>();
  for (const c of all) {
    if (c.form !== "full" || c.number === null) continue;
    const key = `${c.kind}|${c.number}`;
    const list = table.get(key);
    if (list) list.push(c);
    else table.set(key, [c]);
  }
  return (kind, number) => table.get(`${kind}|${number}`) ?? [];
}

/** The citations' spans, as findShortMentions reads them. */
function spansOf(found: readonly Citation[]): TakenSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of found) {
    starts.push(c.start);
    ends.push(c.end);
  }
  return { starts, ends };
}

/** "điểm a khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP": the pinpoint written right before a citation. */
function withPinpoints(text: string, found: Citation[], ignorables: boolean): Citation[] {
  for (let i = 0; i < found.length; i++) {
    const p = pinpointBefore(text, found[i].start, ignorables);
    // Never reaching back into the citation before: "Nghị định số 1/2020/NĐ-CP Điều 5 Thông tư ..." is no pinpoint of the first.
    // Set on the citation, which is this call's own: copying it with a spread costs microseconds on Node 20.
    if (p && (i === 0 || p.start >= found[i - 1].end)) found[i].pinpoint = p;
  }
  return found;
}

/**
 * "Mẫu số 01/BC": a citation without a kind word whose "số" follows a template's or annex's word.
 * "Số: 96/SL ⏎ SAO Y BẢN CHÍNH": an office's copy number in its stamp block (copyNumber).
 */
const isForm = (p: ParsedCitation, text: string): boolean =>
  p.kindWord === null && (formNamedBefore(text, p.start) || copyNumber(text, p.start, p.end, p.parts[0]) || (p.year === null && misreadDate(text, p.number, p.end)));

/** The typed identifier of one citation as a user would type it ("nghị quyết 76/nq-cp"), or null. */
export function parseCitation(text: string): Citation | null {
  return extract(text)[0] ?? null;
}
