// analyze(): a whole document read. Its parts, each a module of its own: known-fields.ts (what a
// listing says of the document), own-document.ts (who the document is), cited-issuers.ts (each cited
// document's issuer and final fields), relations.ts (the relations and their evidence);
// analyze-options.ts (what a caller may tell). Split from this one file (604 lines) in session 31,
// with no change of output.
import type { Analysis, Citation, Kind } from "../types.js";
import { extractListing, extractListingRead } from "../extract.js";
import { prepareDocument } from "./prepared.js";
import { inOriginal } from "./in-original.js";
import { legacyText } from "../prepare/legacy-text.js";
import { singleSpaced } from "../prepare/double-spaced.js";
import { inCallerText } from "./in-caller-text.js";
import { blankPageLines, textAsRead } from "../prepare/line-breaks.js";
import { withLastLine } from "./lines.js";
import { readableCase } from "./shouting.js";
import { printedCase } from "./lower-case.js";
import { withMarkedCues } from "./unmarked-cues.js";
import { readHeader } from "./header/index.js";
import { recordPage } from "./header/record-page.js";
import { HeadLines } from "./head-lines.js";
// Imported here, where index.ts imported it before own-document.ts took its one use: the bundle keeps
// jurisdiction/'s code where it was, and code order alone moved a cachegrind pass by several per
// cent (bench/README, session 31, helper refactor31).
import "./jurisdiction/index.js";
import { tierOf } from "./localize.js";
import { readRoles, recounts, type Tier, withSelf } from "./roles/index.js";
import { findParts } from "./parts/index.js";
import { schemeActs } from "./schemes.js";
import { basisCarriedOut } from "./basis-carried-out.js";
import { splitClauses } from "./clauses.js";
import { selfIdWithoutNumber } from "./self/index.js";
import { oneDocumentWithAndWithoutItsYear } from "./year-in-number.js";
import { dateFromNarrativeBefore, datePairBeforeItsDate, dateTitleNamesFromPreamble, dateUndatedMentions, oneCommitteeUnderTwoCodes, termUndatedPartyMentions, takeDatedBareMentionsToTheirNamedOne, takePlacelessDatedMentionsToTheirPlacedOne } from "./coreference.js";
import { sentencesAt } from "./sentences.js";
import type { AnalyzeOptions } from "./analyze-options.js";
export type { AnalyzeOptions, KnownFields } from "./analyze-options.js";
import type { KnownFields } from "./analyze-options.js";
import { knownCitation, knownIssuers, numberLineKind, withKnown } from "./known-fields.js";
import { numberOfLastListedLaw, type ListedAmendment } from "../extract/named-laws.js";
import { identifySelf } from "./own-document.js";
import { placeOfOwnMentions } from "./own-place.js";
import { ownNested, relationsOf, withListedAmendments, withSchemeActs } from "./relations.js";
import { completeCitations, levelFromBodyBefore, nationalCommittees, placeFromListAfter } from "./cited-issuers.js";
/**
 * Reads a whole document: who it is (self), how it uses each document it cites (roles), what
 * the cited documents do to each other (relations), and where local bodies belong (jurisdiction).
 * Offsets are into `text` as given. Never throws.
 */
export function analyze(text: string, given: AnalyzeOptions = {}): Analysis {
  return analyzeGiven(text, given, true);
}

/**
 * analyze() with its relations left unread (an empty list), the rest the same: for `vncite
 * extract`, whose records hold none. The relations, their evidence (each clause's text tidied)
 * and the second acts they read were ~1 % of that command's CPU (bench/README.md, Session 37).
 */
export function analyzeWithoutRelations(text: string, given: AnalyzeOptions = {}): Analysis {
  return analyzeGiven(text, given, false);
}

function analyzeGiven(text: string, given: AnalyzeOptions, withRelations: boolean): Analysis {
  // JavaScript callers pass null too; a path that is not a string names nothing.
  const object: AnalyzeOptions = given !== null && typeof given === "object" ? given : {};
  const options = object.path === undefined || typeof object.path === "string" ? object : { ...object, path: undefined };
  try {
    const callers = typeof text === "string" ? text : "";
    // A PDF's copy with a blank line after every line is read single-spaced, its offsets given back as the caller's.
    const spaced = singleSpaced(callers);
    // A document with no number of its own is named by a hash of the caller's text, as read before (callers).
    if (spaced !== null) return inCallerText(analyzeText(spaced.text, options, withRelations, true, callers), spaced, callers);
    return analyzeText(callers, options, withRelations, true);
  } catch (e) {
    return {
      ...(options.path !== undefined ? { path: options.path } : {}),
      self: {
        id: selfIdWithoutNumber(options.path ?? null, typeof text === "string" ? text : ""),
        kind: null, title: null, number: null, year: null, symbol: null, style: null, date: null, issuer: null,
        jurisdiction: { level: null, province: null, district: null },
        promulgatedBy: null,
      },
      parts: [],
      citations: [],
      relations: [],
      warnings: [{ code: "internal-error", message: `analysis failed: ${(e as Error).message}` }],
    };
  }
}

/** The relations of an analysed document: each citation's role, the second acts a mention states, the nested ones (ownNested's). */
function documentRelations(
  src: Parameters<typeof relationsOf>[0],
  citations: Analysis["citations"],
  nested: ReturnType<typeof ownNested>,
  verbActs: ReturnType<typeof readRoles>["alsoActs"],
  parts: ReturnType<typeof findParts>,
  kinds: readonly (Kind | null)[],
  self: Analysis["self"],
): Analysis["relations"] {
  // Filled by push, not map(): TurboFan's inlined map() gives a holey array where the builtin's is
  // packed, and schemeActs' roles[i], inlined and compiled for the packed one, threw this function's
  // compiled code away ("wrong map") in every process (bench/README, session 39).
  const roles: Analysis["citations"][number]["role"][] = [];
  for (let i = 0; i < citations.length; i++) roles.push(citations[i].role);
  const alsoActs = withSchemeActs(withSchemeActs(verbActs, schemeActs(src.prepared, parts, src.spans, roles, kinds)), basisCarriedOut(src.prepared, src.spans, roles, self.kind));
  return relationsOf(src, citations, self.id, nested, alsoActs);
}

/**
 * `checkLegacy`: whether a legacy font sign the find stage's scan meets sends the text to legacyText (false for a text it
 * converted). `hashed`: the text whose hash names a document without a number of its own (selfIdWithoutNumber).
 */
function analyzeText(text: string, options: AnalyzeOptions, withRelations: boolean, checkLegacy: boolean, hashed = text): Analysis {
  // Lines end in "\n" there, whatever wrote them (see unifyLineBreaks, textAsRead), a PDF page's number and running head are blank; a text in capitals is read in sentence case.
  const document = prepareDocument(text);
  const { map } = document;
  const unescaped = textAsRead(document.text);
  const lines = blankPageLines(unescaped);
  // A text in capitals is read in sentence case, one lower-cased whole in the case it was printed in.
  const shouted = readableCase(lines);
  // A copy without marks is read with its cue phrases and link words marked (unmarked-cues.ts), one unit for one.
  const prepared = withMarkedCues(shouted === lines ? printedCase(lines) : shouted);
  // The arrays handed on to the stages below are filled by push, not map: Array.prototype.map
  // gives a packed array while this function is interpreted and a holey one once V8 has compiled
  // it, and each function reading the array then meets a second shape and is compiled again
  // (a cold run over 2,000 plans recompiled half a dozen of them for it). extract()'s own array
  // is of whichever shape its last step left it: copied into one of a single shape.
  const found: Citation[] = [];
  const spans: { start: number; end: number }[] = [];
  const starts: number[] = [];
  const dates: (string | null)[] = [];
  const kinds: (Kind | null)[] = [];
  const tiers: Tier[] = [];
  // Where preparing changed nothing (most documents), extract() reads the same lines, but for the
  // last one, which it leaves as written (readPageLines): handed over, not walked again.
  // Where nothing in it needs preparing (document.clean), extract() asks that of none of its windows; where it holds no
  // legacy font sign either (document.signless), its scan asks for none of what it looks for besides numbers.
  const extracted = document.text === text ? extractListingRead(text, withLastLine(lines, unescaped), document.clean, document.signless) : extractListing(text);
  // A string holding legacy font mojibake (TCVN3, VNI) is read again converted, its offsets given back as the caller's.
  // Asked only where the find stage's scan met a legacy sign: no scan of its own for ordinary text.
  const legacy = checkLegacy && extracted.legacy ? legacyText(text) : null;
  if (legacy !== null) return inCallerText(analyzeText(legacy.text, options, withRelations, false), legacy, text);
  // A listing's row that is an amending law's title closed by a number not the row's own: the last law listed's.
  if (extracted.amended.length > 0 && options.known) lastListedLawsNumber(text, extracted, options.known);
  for (const c of extracted.citations) {
    found.push(c);
    const start = map.fromOriginal(c.start);
    spans.push({ start, end: map.fromOriginal(c.end) });
    starts.push(start);
    // Undated, a document is still known by its number's year ("Nghị định số 143/2004/NĐ-CP"): enough to
    // rule out a nesting across years (laterThan).
    dates.push(c.date ?? (c.year !== null ? String(c.year) : null));
    kinds.push(c.kind);
    tiers.push(tierOf(c));
  }
  // The head's line breaks, found once for the header's, the record page's and the enacting body's readers.
  const headLines = new HeadLines(prepared);
  const header = withKnown(readHeader(prepared, !options.known, headLines), options.known, prepared);
  // "Số: #205 /TCT-DNNCN", "Số: s14 /BTC-CT": a scan printed a glyph for the own number's first digit. The
  // finder reads the digits after it as a citation ("205/TCT-DNNCN"), another document's identity guessed
  // from part of the document's own number: dropped.
  if (header.numberLine?.unreadable) dropWithin(header.numberLine, found, spans, starts, dates, kinds, tiers);
  const sentenceOf = sentencesAt(prepared, starts);
  const layout = { text: prepared, spans, sentenceOf };

  const parts = findParts(prepared, header);
  const clauses = splitClauses(prepared, parts, spans);
  // "Số: 26/2015/TT-BTC": the codes after the type code are the document's own issuers'.
  // A listing's row has no header: its number field ("776/QĐ-UBND", "1829/UBND-VX") names the issuer.
  const own = header.numberLine && header.numberLine.symbolParts.length > 1 ? header.numberLine.symbolParts.slice(1) : knownIssuers(options.known);
  const reading = readRoles(layout, clauses, { dates, kinds, tiers, citations: found }, {
    kind: header.kind ?? numberLineKind(header, spans, kinds),
    recounts: recounts(header.kind),
    issuers: own,
    codes: header.numberLine?.symbolParts ?? null,
  });
  // A page that prints only a document's record (its fields, its line, a status note or a summary) tells
  // of the document and is not it: no act of the page's own, no own number (CONVENTIONS §20 (a)). A
  // listing's row is its document (its number given): not asked.
  const record = !options.known && recordPage(prepared, headLines);
  if (record) tellsOfRecord(reading);
  if (extracted.amended.length > 0) withListedAmendments(reading.nested, extracted.amended, found);
  // Before the document is identified: a page that prints a document it announces ("Ngày 14-11-2016,
  // … đã ban hành Nghị quyết số 10-NQ/TU …", announcedCitation) is dated by that narrative.
  dateFromNarrativeBefore(lines, found, spans);
  datePairBeforeItsDate(lines, found, spans);
  const identified = identifySelf(hashed, layout, found, kinds, reading.roles, header, options, headLines);
  let { built, jurisdiction } = identified;
  if (record) unnumbered(built.self, options.path ?? null, hashed);
  const ownRoles = withSelf(layout, found, kinds, reading.roles, {
    kind: built.self.kind,
    number: built.self.number,
    symbol: built.self.symbol,
    title: parts.find((p) => p.type === "title") ?? null,
  });
  // Read in the prepared text (composed, look-alikes repaired, its lines as read; its own case), at the citations' spans there.
  levelFromBodyBefore(lines, found, spans);
  placeFromListAfter(lines, found, spans);
  nationalCommittees(lines, found, spans);
  // A page with no place of its own whose own mentions name its issuer's place ("Tỉnh ủy X đã ban hành Chỉ thị số …"): that place's document.
  const placed = placeOfOwnMentions(found, ownRoles, built.self, jurisdiction);
  if (placed !== null) {
    built = identified.rebuild(placed.jurisdiction, placed.date);
    jurisdiction = placed.jurisdiction;
  }
  const citations = completeCitations(found, ownRoles, reading.roles, built.self, jurisdiction);
  takeDatedBareMentionsToTheirNamedOne(citations);
  takePlacelessDatedMentionsToTheirPlacedOne(citations);
  oneCommitteeUnderTwoCodes(citations);
  dateUndatedMentions(citations);
  oneDocumentWithAndWithoutItsYear(text, citations);
  termUndatedPartyMentions(text, citations);
  dateTitleNamesFromPreamble(citations, spans, parts);
  // buildSelf's object is this call's own, with promulgatedBy already in its place: set, not spread.
  const self = built.self;
  self.promulgatedBy = citations.find((c) => c.role === "promulgated_by") ?? null;
  const warnings = built.warnings;
  // Before the relations are read or not: a relation the document states itself sets its target's role (ownNested).
  const nested = ownNested(citations, reading.nested);
  const relations = withRelations ? documentRelations({ text, prepared, map, clauses, spans, sentenceOf, path: options.path }, citations, nested, reading.alsoActs, parts, kinds, self) : [];
  // The heading's warnings point into the prepared text (a blank number or date): mapped to the caller's, as the parts are.
  const allWarnings = map.isIdentity ? [...header.warnings, ...warnings] : [...inOriginal(header.warnings, map), ...warnings];
  for (const c of found) for (const w of c.warnings) allWarnings.push(w);
  const outParts = parts.map((p) => ({ type: p.type, start: map.toOriginal(p.start, "start"), end: map.toOriginal(p.end, "end") }));
  // Two literals rather than a spread of the path: adding properties after a spread costs microseconds on Node 20.
  return options.path !== undefined
    ? { path: options.path, self, parts: outParts, citations, relations, warnings: allWarnings }
    : { self, parts: outParts, citations, relations, warnings: allWarnings };
}

/** numberOfLastListedLaw with the row's own number as its number field reads (knownCitation); none read, nothing changed. */
function lastListedLawsNumber(text: string, extracted: { citations: Citation[]; amended: ListedAmendment[] }, known: KnownFields): void {
  const own = knownCitation(known);
  if (own !== null) numberOfLastListedLaw(text, extracted.citations, extracted.amended, own.id);
}

/** A record page's citations: every document it names is named, none acted on by the page (its cues' acts stay nested). */
function tellsOfRecord(reading: ReturnType<typeof readRoles>): void {
  for (let i = 0; i < reading.roles.length; i++) if (reading.roles[i] !== "references") reading.roles[i] = "references";
  for (let i = 0; i < reading.alsoActs.length; i++) reading.alsoActs[i] = null;
}

/** A record page has no identity of its own: the number its fields or its line give is the document's it tells of. */
function unnumbered(self: Analysis["self"], path: string | null, text: string): void {
  self.id = selfIdWithoutNumber(path, text);
  self.kind = null;
  self.title = null;
  self.number = null;
  self.year = null;
  self.symbol = null;
  self.style = null;
  self.date = null;
  self.issuer = null;
}

/** Removes, from the parallel arrays analyzeText fills, the citations that start inside `line`. */
function dropWithin(line: { start: number; end: number }, ...arrays: [Citation[], { start: number; end: number }[], number[], (string | null)[], (Kind | null)[], Tier[]]): void {
  const [, spans] = arrays;
  for (let i = spans.length - 1; i >= 0; i--) {
    if (spans[i].start < line.start || spans[i].start >= line.end) continue;
    for (const a of arrays) a.splice(i, 1);
  }
}
