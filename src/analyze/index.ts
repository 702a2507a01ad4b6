import type { Analysis, AnalyzedCitation, Citation, Evidence, Jurisdiction, Kind, Relation, RelationType, Role, SelfDocument, Warning } from "../types.js";
import { extract, extractListing, extractListingRead, type ListedAmendment } from "../extract.js";
import { prepareDocument } from "./prepared.js";
import { blankPageLines, unescapeLineBreaks } from "../prepare/line-breaks.js";
import { withLastLine } from "./lines.js";
import { readableCase } from "./shouting.js";
import { printedCase } from "./lower-case.js";
import type { OffsetMap } from "../prepare/offset-map.js";
import { councilPassedOn, enactingBody, enactingLines, promulgatingBody, readHeader, type Header } from "./header/index.js";
import { findJurisdiction, headingNamesPlace, statesPeoplesCommitteeIssues } from "./jurisdiction.js";
import { bodyNamedBefore, BODIES_NAMED_BEFORE, departmentNamedBefore, localize, namesNationalCommittee, tierOf } from "./localize.js";
import { issuerByCode, issuerByPhrase, type IssuerEntry } from "../vocab/issuers.js";
import { readRoles, recounts, withSelf, type NestedRelation, type Tier } from "./roles/index.js";
import { findParts } from "./parts.js";
import { schemeActs } from "./schemes.js";
import { isWhitespaceAt } from "../shared/chars.js";
import { opensWithCue, splitClauses, type Clause } from "./clauses.js";
import { lastAtOrBefore } from "../shared/search.js";
import { announcedCitation, buildSelf, contradictsSelf, effectClauseKind, enactedKind, ownCodeIsLocalAlias, selfIdWithoutNumber, titleLineCitation, wrappedBodyAt } from "./self.js";
import { dateFromNarrativeBefore, datePairBeforeItsDate, dateUndatedMentions, takeDatedBareMentionsToTheirNamedOne } from "./coreference.js";
import { sentencesAt, tidy, type Layout, type Sentence } from "./sentences.js";

export interface AnalyzeOptions {
  /** The file the text came from; it names the document when its own number is unknown. */
  path?: string;
  /**
   * What a listing says of the document apart from its text (a record of `vncite extract
   * listing.csv --fields ...`): its own number and ký hiệu ("3637/UBND-VX"), date ("24/05/2019"
   * or "2019-05-24"), title and kind ("Quyết định"). The number is read as a citation would be.
   */
  known?: KnownFields;
}

export interface KnownFields {
  number?: string;
  date?: string;
  title?: string;
  kind?: string;
}

/**
 * Reads a whole document: who it is (self), how it uses each document it cites (roles), what
 * the cited documents do to each other (relations), and where local bodies belong (jurisdiction).
 * Offsets are into `text` as given. Never throws.
 */
export function analyze(text: string, given: AnalyzeOptions = {}): Analysis {
  // JavaScript callers pass null too; a path that is not a string names nothing.
  const object: AnalyzeOptions = given !== null && typeof given === "object" ? given : {};
  const options = object.path === undefined || typeof object.path === "string" ? object : { ...object, path: undefined };
  try {
    return analyzeText(typeof text === "string" ? text : "", options);
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

function analyzeText(text: string, options: AnalyzeOptions): Analysis {
  // Lines end in "\n" there, whatever wrote them (see unifyLineBreaks, unescapeLineBreaks), a PDF page's number and running head are blank; a text in capitals is read in sentence case.
  const document = prepareDocument(text);
  const { map } = document;
  const unescaped = unescapeLineBreaks(document.text);
  const lines = blankPageLines(unescaped);
  // A text in capitals is read in sentence case, one lower-cased whole in the case it was printed in.
  const shouted = readableCase(lines);
  const prepared = shouted === lines ? printedCase(lines) : shouted;
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
  const extracted = document.text === text ? extractListingRead(text, withLastLine(lines, unescaped)) : extractListing(text);
  for (const c of extracted.citations) {
    found.push(c);
    const start = map.fromOriginal(c.start);
    spans.push({ start, end: map.fromOriginal(c.end) });
    starts.push(start);
    dates.push(c.date);
    kinds.push(c.kind);
    tiers.push(tierOf(c));
  }
  const sentenceOf = sentencesAt(prepared, starts);
  const layout = { text: prepared, spans, sentenceOf };

  const header = withKnown(readHeader(prepared, !options.known), options.known, prepared);
  const parts = findParts(prepared, header);
  const clauses = splitClauses(prepared, parts, spans);
  // "Số: 26/2015/TT-BTC": the codes after the type code are the document's own issuers'.
  // A listing's row has no header: its number field ("776/QĐ-UBND", "1829/UBND-VX") names the issuer.
  const own = header.numberLine && header.numberLine.symbolParts.length > 1 ? header.numberLine.symbolParts.slice(1) : knownIssuers(options.known);
  const reading = readRoles(layout, clauses, dates, kinds, tiers, recounts(header.kind), found, own, header.kind ?? numberLineKind(header, spans, kinds));
  if (extracted.amended.length > 0) withListedAmendments(reading.nested, extracted.amended, found);
  // Before the document is identified: a page that prints a document it announces ("Ngày 14-11-2016,
  // … đã ban hành Nghị quyết số 10-NQ/TU …", announcedCitation) is dated by that narrative.
  dateFromNarrativeBefore(lines, found, spans);
  datePairBeforeItsDate(lines, found, spans);
  const { built, jurisdiction } = identifySelf(text, layout, found, kinds, reading.roles, header, options);
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
  const citations = completeCitations(found, ownRoles, reading.roles, built.self, jurisdiction);
  takeDatedBareMentionsToTheirNamedOne(citations);
  dateUndatedMentions(citations);
  // buildSelf's object is this call's own, with promulgatedBy already in its place: set, not spread.
  const self = built.self;
  self.promulgatedBy = citations.find((c) => c.role === "promulgated_by") ?? null;
  const warnings = built.warnings;
  const nested = ownNested(citations, reading.nested);
  const alsoActs = withSchemeActs(reading.alsoActs, schemeActs(prepared, parts, spans, citations.map((c) => c.role), kinds));
  const relations = relationsOf({ text, prepared, map, clauses, spans, sentenceOf, path: options.path }, citations, self.id, nested, alsoActs);
  const allWarnings = [...header.warnings, ...warnings];
  for (const c of found) for (const w of c.warnings) allWarnings.push(w);
  const outParts = parts.map((p) => ({ type: p.type, start: map.toOriginal(p.start, "start"), end: map.toOriginal(p.end, "end") }));
  // Two literals rather than a spread of the path: adding properties after a spread costs microseconds on Node 20.
  return options.path !== undefined
    ? { path: options.path, self, parts: outParts, citations, relations, warnings: allWarnings }
    : { self, parts: outParts, citations, relations, warnings: allWarnings };
}

/**
 * Who the document is (its own citation, number and issuer) and where it belongs. A function of its
 * own, not part of analyzeText: the citations it reads (the one the document is attached to, its own)
 * come in several shapes, and the first of a shape it had not met made V8 compile the whole of
 * analyzeText again; here a recompile costs this function's size only.
 */
function identifySelf(text: string, layout: Layout, found: readonly Citation[], kinds: readonly (Kind | null)[], roles: readonly Role[], header: Header, options: AnalyzeOptions): { built: { self: SelfDocument; warnings: Warning[] }; jurisdiction: Jurisdiction } {
  const { text: prepared, spans } = layout;
  // First pass: before the document knows its own number, an annex ("Ban hành kèm theo Kế hoạch
  // số 103 /KH-UBND ...") and the decision it is attached to are found by their position.
  const firstRoles = withSelf(layout, found, kinds, roles, {
    kind: header.kind,
    number: header.numberLine?.number ?? null,
    symbol: null,
  });
  const attachedTo = found.find((_, i) => firstRoles[i] === "promulgated_by") ?? null;
  const ownKindHint = () => enactedKind(prepared) ?? effectClauseKind(prepared);
  const selfCitation = withCommitteeCode(
    knownCitation(options.known) ??
      found.find((_, i) => firstRoles[i] === "self") ??
      headerCitation(found, spans, header) ??
      (header.numberLine?.number
        ? null
        : (announcedCitation(prepared, found, spans) ?? namedTitleCitation(found, spans, header) ?? (header.kind === null ? titleLineCitation(prepared, found, spans, ownKindHint) : null))),
    header,
  );

  // A ministry's or the Government's own document ("BỘ TÀI CHÍNH", "Số: 12/2020/TT-BTC") is central,
  // whatever provinces the documents it cites name. A heading line naming a central body makes it
  // central only when its own number names no body: a mass organisation's chapter heads its
  // documents under the national organisation ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM ⏎ LIÊN ĐOÀN LAO
  // ĐỘNG TỈNH X", "HỘI NÔNG DÂN VIỆT NAM ⏎ BCH TỈNH Y"), its number its own (KH-LĐLĐ: local).
  const ownCode = selfCitation?.issuer?.code ?? null;
  // A heading that names a body numbering with another's code ("ĐẢNG ỦY CHÍNH PHỦ", "Số 45-KH/ĐU") is that body.
  // A ministry's older code under a local heading (centralAliasUnderLocalHeading) names no body: the heading tells.
  const ownBody = ownCode !== null && !ownCodeIsLocalAlias(header) ? (sharedCodeBody(header.issuerLines, ownCode) ?? issuerByCode(ownCode)) : null;
  // A national body's branch heads its documents with its place ("BẢO HIỂM XÃ HỘI VIỆT NAM ⏎ BẢO HIỂM
  // XÃ HỘI TỈNH X") and numbers them with the national body's code: the branch's, not central.
  const branch = ownBody?.branches === true && headingNamesPlace(header.issuerLines);
  // A copy printed without its heading: the body its preamble's closing formula names ("Bộ trưởng Bộ
  // Công an ban hành Thông tư …", promulgatingBody), when central, makes it central.
  const central = ownBody !== null
    ? ownBody.level === "central" && !branch
    : header.issuerLines.length > 0
      ? header.issuerLines.some((line, i) => (issuerByPhrase(line) ?? wrappedBodyAt(header.issuerLines, i))?.level === "central")
      : promulgatingBody(prepared)?.level === "central";
  const jurisdiction: Jurisdiction = central ? { level: "central", province: null, provinceSuccessor: null, district: null } : findJurisdiction({
    text: prepared,
    title: header.title,
    // The header's own title, read without the citations in it (a listing's title has no offsets).
    titleSpan: header.titleStart < header.bodyStart && !options.known?.title ? { start: header.titleStart, end: header.bodyStart } : null,
    cited: spans,
    issuerLines: header.issuerLines,
    promulgatorPlace: attachedTo?.issuer ? placeOf(attachedTo) : null,
    datePlace: header.place,
    enactingLines: headingNamesPlace(header.issuerLines) ? [] : enactingLines(prepared, header.bodyStart > header.titleStart ? header.titleStart : 0),
  });
  // Read only when no header line or number names the issuer: a regex over the first 6,000 characters.
  // A copy printed without its heading names the body in the line above its preamble (enactingBody),
  // or in the formula closing it ("Bộ trưởng Bộ Công an ban hành Thông tư …": promulgatingBody).
  const issuerHint = () => (statesPeoplesCommitteeIssues(prepared) ? "UBND" : (attachedTo?.issuer?.code ?? (header.issuerLines.length === 0 ? (enactingBody(prepared, header.bodyStart > header.titleStart ? header.titleStart : 0) ?? promulgatingBody(prepared))?.code : null) ?? null));
  // A council's resolution printed without its heading dates itself in its closing formula only.
  const dateHint = () => (header.kind === "resolution" ? councilPassedOn(prepared) : null);
  const built = buildSelf(header, jurisdiction, selfCitation, options.path ?? null, text, issuerHint, dateHint, ownKindHint);
  return { built, jurisdiction };
}

/** The heading line's body that numbers with `code` though the code is another entry's (IssuerEntry.sharesCode), if one is named. */
function sharedCodeBody(issuerLines: readonly string[], code: string): IssuerEntry | null {
  for (const line of issuerLines) {
    const named = issuerByPhrase(line);
    if (named?.sharesCode && named.code === code) return named;
  }
  return null;
}

/**
 * A local body's citation with no place of its own ("Công văn số 1234/UBND-KT"), named right after
 * the body that issued it ("… của UBND tỉnh tại …"), takes that body's level and place: set on the
 * citation's own issuer object, which localize then reads.
 */
function levelFromBodyBefore(text: string, found: readonly Citation[], spans: readonly Span[]): void {
  for (let i = 0; i < found.length; i++) {
    authorBefore(text, found[i], spans[i].start);
    const issuer = found[i].issuer;
    if (!issuer || issuer.code === null || issuer.place !== null) continue;
    // A committee's or council's bare code says no level; another local body's code says its own.
    if (BODIES_NAMED_BEFORE.has(issuer.code) ? issuer.level !== null : !issuerByCode(issuer.code)?.local) continue;
    const named = bodyNamedBefore(text, spans[i].start, issuer.code);
    if (!named) continue;
    issuer.level = named.level;
    issuer.place = named.place;
  }
}

/**
 * A department's document whose ký hiệu names no body or the ministry by the sector's initials
 * ("… của Giám đốc Sở Y tế tại Tờ trình số 86/YT-KHTC", "… Sở Lao động - Thương binh và Xã hội
 * tại Tờ trình số 860/LĐTBXH-TT"), with no issuer phrase after it: the department named before
 * "tại" issues it (departmentNamedBefore). Set on the citation, which localize then reads.
 */
function authorBefore(text: string, c: Citation, start: number): void {
  const code = c.issuer?.code ?? null;
  const entry = code !== null ? issuerByCode(code) : null;
  // A local body's own code, a place named, or a body named after the number ("… của Bộ …"): its own.
  if (c.symbol === null || c.issuer?.place || entry?.local || /(?:^|\s)của\s/iu.test(c.raw)) return;
  // The ministry's own code written ("…/BLĐTBXH-…"): the ministry's.
  if (entry !== null && hasPart(c.symbol, entry.code)) return;
  const named = departmentNamedBefore(text, start, entry?.code ?? null);
  if (!named) return;
  c.issuer = { code: named.entry.code, name: named.entry.name, level: "province", place: named.place };
}

/** `symbol.split("-").includes(part)`, without the array (read for every citation with a ký hiệu). */
function hasPart(symbol: string, part: string): boolean {
  if (part.length === 0) return symbol.split("-").includes(part);
  // No part of the split holds a hyphen.
  if (part.includes("-")) return false;
  for (let at = symbol.indexOf(part); at >= 0; at = symbol.indexOf(part, at + 1)) {
    const end = at + part.length;
    if ((at === 0 || symbol.charCodeAt(at - 1) === HYPHEN) && (end === symbol.length || symbol.charCodeAt(end) === HYPHEN)) return true;
  }
  return false;
}
const HYPHEN = 0x2d;

/**
 * "Quyết định số 12/QĐ-UBND ngày 5/3/2020 và số 14/QĐ-UBND ngày 6/3/2020 của UBND tỉnh Hậu Giang":
 * members of a list ("," or "và" between them) written without an issuer phrase share the one
 * after them, when it names the same local body (same code): its level and place, set on the
 * earlier member's own issuer object, which localize then reads. Read from the last member back,
 * so a longer list passes the place on. Without it, the earlier members took the citing
 * document's own province.
 */
function placeFromListAfter(text: string, found: readonly Citation[], spans: readonly Span[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const c = found[i].issuer;
    const next = found[i + 1].issuer;
    if (!c || !next || c.code === null || c.code !== next.code || c.place !== null || c.level !== null) continue;
    if ((next.place === null && next.level === null) || !issuerByCode(c.code)?.local) continue;
    if (!LIST_GAP.test(text.slice(spans[i].end, spans[i + 1].start))) continue;
    c.level = next.level;
    c.place = next.place;
    // The province named for a district ("huyện Long Hồ, tỉnh Vĩnh Long") is in the id's suffix.
    const tilde = found[i + 1].id.indexOf("~");
    if (tilde >= 0 && !found[i].id.includes("~")) found[i].id += found[i + 1].id.slice(tilde);
  }
}

/**
 * A committee's citation whose span ends on its phrase ("Hướng dẫn số 4488/BCĐ ngày 14/11/2013 của
 * Ban Chỉ đạo"), the name after it saying the committee is the nation's ("… an ninh Tổ quốc Trung
 * ương", namesNationalCommittee): central, set on its issuer, which localize then reads. Its code
 * (BCĐ) is every level's, and without a place the citing province took it: one node with the
 * province's own steering committee's document of that number.
 */
function nationalCommittees(text: string, found: readonly Citation[], spans: readonly Span[]): void {
  for (let i = 0; i < found.length; i++) {
    const issuer = found[i].issuer;
    if (!issuer || issuer.code === null || issuer.place !== null || issuer.level !== null) continue;
    const entry = issuerByCode(issuer.code);
    if (!entry?.namedForTask) continue;
    const span = text.slice(spans[i].start, spans[i].end).toLowerCase();
    if (!entry.phrases.some((p) => span.endsWith(p.toLowerCase()))) continue;
    if (namesNationalCommittee(text, spans[i].end)) issuer.level = "central";
  }
}

interface Span {
  start: number;
  end: number;
}

/** Nothing but a list's joiner between two citations. */
const LIST_GAP = /^\s*(?:,|và|,\s*và)\s*$/u;

/**
 * Each citation's final role, id and jurisdiction. A function of its own, not a loop in
 * analyzeText: the rare branches here (a citation with the document's own number but another
 * date) would otherwise have V8 compile the whole of analyzeText again when first taken.
 */
function completeCitations(found: readonly Citation[], ownRoles: readonly Role[], readRoles: readonly Role[], self: SelfDocument, home: Jurisdiction): AnalyzedCitation[] {
  // The citations are extract()'s fresh objects, this call's own: completed in place, since a
  // spread that adds properties costs microseconds per citation on Node 20 (same key order).
  const citations: AnalyzedCitation[] = [];
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    let role = isUnresolved(c) && ownRoles[i] !== "self" ? "references" : ownRoles[i];
    // The own number and ký hiệu with another date or place is another document: its clause's role.
    if (role === "self" && contradictsSelf(c, self)) role = readRoles[i] === "self" ? "references" : readRoles[i];
    const local = role === "self" ? { id: self.id, jurisdiction: self.jurisdiction } : localize(c, home);
    const a = c as AnalyzedCitation;
    a.id = local.id;
    a.role = role;
    a.jurisdiction = local.jurisdiction;
    citations.push(a);
  }
  return citations;
}

/**
 * "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số
 * 27/2023/QH15 …": the amending law's name says it amends each law it lists (extractListing), as
 * "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, …" says it
 * with its cue (read by readRoles). Each such relation joins the nested ones, in the order of the
 * citation acted on, unless read already.
 */
function withListedAmendments(nested: NestedRelation[], amended: readonly ListedAmendment[], found: readonly Citation[]): void {
  const index = new Map<Citation, number>();
  for (let i = 0; i < found.length; i++) index.set(found[i], i);
  for (const a of amended) {
    const from = index.get(a.from);
    const to = index.get(a.to);
    if (from === undefined || to === undefined || nested.some((r) => r.from === from && r.to === to && r.type === "amends")) continue;
    let k = nested.length;
    while (k > 0 && nested[k - 1].to > to) k--;
    nested.splice(k, 0, { type: "amends", from, to });
  }
}

/**
 * A relation read after the document's own number is the document's own: "THÔNG TƯ CỦA BỘ TÀI
 * CHÍNH SỐ 121/2004/TT-BTC NGÀY 16 THÁNG 12 NĂM 2004 HƯỚNG DẪN … THỰC HIỆN QUYẾT ĐỊNH SỐ
 * 134/2004/QĐ-TTG" (older titles name the document so), "Kế hoạch số 103/KH-UBND … triển khai
 * Chỉ thị số 43/CT-TTg" in the plan's own annex. The cited document takes it as its role when it
 * has none of its own; read as nested, the document stood in two relations to it.
 */
function ownNested(citations: AnalyzedCitation[], nested: readonly NestedRelation[]): readonly NestedRelation[] {
  if (!nested.some((r) => citations[r.from].role === "self")) return nested;
  const out: NestedRelation[] = [];
  for (const r of nested) {
    const to = citations[r.to];
    if (citations[r.from].role === "self" && (to.role === "references" || to.role === r.type)) to.role = r.type;
    else out.push(r);
  }
  return out;
}

/** A mention's second act: the one its verbs join (alsoActs) or else the scheme it approved that the document carries out (schemes.ts). */
function withSchemeActs(alsoActs: readonly (RelationType | null)[], schemes: readonly (RelationType | null)[]): readonly (RelationType | null)[] {
  if (!schemes.some((s) => s !== null)) return alsoActs;
  const out: (RelationType | null)[] = [];
  for (let i = 0; i < schemes.length; i++) out.push(alsoActs[i] ?? schemes[i]);
  return out;
}

/** What the evidence of a relation is read from: the text as given and as prepared, with its clauses and citations. */
interface EvidenceSource {
  text: string;
  prepared: string;
  map: OffsetMap;
  clauses: readonly Clause[];
  spans: readonly { start: number; end: number }[];
  sentenceOf: readonly Sentence[];
  path: string | undefined;
}

/**
 * The document's relation to each citation it does not name itself by, then the relations read
 * between cited documents. The evidence of a relation is the clause it was read in (a
 * paragraph-long sentence is not evidence anyone reads), with the offsets of the whole sentence;
 * one clause serves every relation read in it, tidied once.
 */
function relationsOf(src: EvidenceSource, citations: readonly AnalyzedCitation[], selfId: string, nested: readonly NestedRelation[], alsoActs: readonly (RelationType | null)[]): Relation[] {
  const clauseText = new Map<number | string, { start: number; end: number; sentence: string }>();
  const evidence = (i: number): Evidence => {
    const { map } = src;
    const s = src.sentenceOf[i];
    const clause = evidenceClause(src.prepared, src.clauses, src.spans[i].start) ?? { key: -1 - i, start: s.start, end: s.end };
    let at: { key: number | string; start: number; end: number } = clause;
    // A clause longer than EVIDENCE_WINDOW (a text with no stop: thousands of citations in one "sentence"
    // made each relation's evidence the whole text, and what analyze's caller writes out its square):
    // the window of it that the citation opens in, windows EVIDENCE_STEP apart, each shared by the citations opening in it.
    if (clause.end - clause.start > EVIDENCE_WINDOW) {
      const block = Math.floor((src.spans[i].start - clause.start) / EVIDENCE_STEP);
      const start = clause.start + block * EVIDENCE_STEP;
      at = { key: `${clause.key}:${block}`, start, end: Math.min(clause.end, start + EVIDENCE_WINDOW) };
    }
    let e = clauseText.get(at.key);
    if (!e) {
      const sentence = tidy(src.text.slice(map.toOriginal(at.start, "start"), map.toOriginal(at.end, "end")));
      clauseText.set(at.key, (e = { start: map.toOriginal(s.start, "start"), end: map.toOriginal(s.end, "end"), sentence }));
    }
    // Written out, not spread: a spread that adds properties costs microseconds on Node 20.
    const out: Evidence = src.path !== undefined ? { file: src.path, start: e.start, end: e.end, sentence: e.sentence } : { start: e.start, end: e.end, sentence: e.sentence };
    const pinpoint = citations[i].pinpoint;
    if (pinpoint) out.pinpoint = pinpoint;
    return out;
  };
  const relations: Relation[] = [];
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    if (c.role !== "self") relations.push({ type: c.role, from: selfId, to: c.id, evidence: evidence(i) });
    // "Sửa đổi, bổ sung, bãi bỏ một số điều của Nghị định số X": X is amended and repealed in part,
    // two relations of one mention (Reading.alsoActs), while the citation keeps its first act as its role.
    const also = alsoActs[i];
    if (also !== null && also !== undefined && c.role !== "self" && c.role !== "references" && c.role !== also) relations.push({ type: also, from: selfId, to: c.id, evidence: evidence(i) });
  }
  for (const r of nested) {
    const from = citations[r.from];
    const to = citations[r.to];
    // A short form that names no full citation is no document: no typed relation, nested or not.
    if (from.id !== to.id && !isUnresolved(from) && !isUnresolved(to)) relations.push({ type: r.type, from: from.id, to: to.id, evidence: evidence(r.to) });
  }
  return relations;
}

/** "Quyết định 15" naming no full citation of the text: no document, so no typed relation. */
function isUnresolved(c: Citation): boolean {
  return c.form === "short" && c.id.startsWith("short:");
}

/**
 * A clause shorter than this ("b) Quyết định số ...;") is shown with the clause that introduced it;
 * counted with each run of whitespace as one, as the evidence is shown (justified text doubles spaces).
 */
const SHORT_EVIDENCE = 80;

/** The longest evidence written out: a longer clause gives the window of it the citation opens in (relationsOf). */
const EVIDENCE_WINDOW = 2000;
/** How far apart those windows start: a citation opening in one has at least EVIDENCE_WINDOW - EVIDENCE_STEP characters of it after its start. */
const EVIDENCE_STEP = 1000;

/**
 * The clause holding an offset, widened back over a list's introduction while it is short and
 * does not open with a cue of its own: "Căn cứ Luật Đất đai ngày …;" after another "Căn cứ …;"
 * is evidence alone, and "a) Nghị định số …;" is shown with its "Căn cứ các văn bản sau:" only.
 */
function evidenceClause(text: string, clauses: readonly Clause[], offset: number): { key: number; start: number; end: number } | null {
  const k = lastAtOrBefore(clauses, offset, (c) => c.start);
  if (k < 0 || clauses[k].end <= offset) return null;
  let first = k;
  while (
    first > 0 &&
    clauses[first - 1].opensList &&
    shownLength(text, clauses[first].start, clauses[k].end) < SHORT_EVIDENCE &&
    !opensWithCue(text, clauses[first].start)
  ) first--;
  return { key: k, start: clauses[first].start, end: clauses[k].end };
}

/** The length of text[from, to) with each run of whitespace counted once; stops counting at SHORT_EVIDENCE. */
function shownLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < SHORT_EVIDENCE; i++) {
    if (!isWhitespaceAt(text, i) || i === from || !isWhitespaceAt(text, i - 1)) n++;
  }
  return n;
}

/** The kind of the citation the header's number line holds ("Số: 19046/BTC-TCHQ": an official letter), or null. */
function numberLineKind(header: Header, spans: readonly { start: number; end: number }[], kinds: readonly (Kind | null)[]): Kind | null {
  const line = header.numberLine;
  if (line === null) return null;
  for (let i = 0; i < spans.length && spans[i].start < line.end; i++) if (spans[i].end > line.start) return kinds[i];
  return null;
}

/** The document's own number and date as a listing gives them, read as a citation ("số 3637/UBND-VX ngày 24/05/2019"). */
function knownCitation(known: KnownFields | undefined): Citation | null {
  if (!known?.number) return null;
  // A date copied from a heading keeps its "ngày" ("ngày 03 tháng 09 năm 2019"); the citation adds its own.
  const given = known.date?.trim().replace(/^ngày\s+/iu, "");
  const iso = given ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(given) : null;
  const date = iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : given;
  const written = `${known.kind ?? ""} số ${known.number.trim()}${date ? ` ngày ${date}` : ""}`;
  return extract(written)[0] ?? null;
}

/** A listing's kind and title stand in for the header a subject line lacks; a one-line text is its own title. */
/** The codes of the issuers a caller's number field names ("776/QĐ-UBND": UBND), or null. */
function knownIssuers(known: KnownFields | undefined): string[] | null {
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

function withKnown(header: Header, known: KnownFields | undefined, text: string): Header {
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
    date: header.date ?? own?.date ?? null,
  };
}

/**
 * "TỈNH ỦY THỪA THIÊN HUẾ … Số 445-KL/TƯ": a header naming a local Party committee makes "TƯ" in
 * the document's own number that committee's code (TU, HU …) typed with an Ư, as identify reads
 * "13-NQ/TƯ của Tỉnh ủy"; read as TW, the committee's conclusion was the Central Committee's.
 * The citation is the extractor's own object: its ký hiệu and issuer are set in place.
 */
function withCommitteeCode(c: Citation | null, header: Header): Citation | null {
  if (c === null || c.issuer?.code !== "TW" || c.style !== "party" || !/T\.?Ư/iu.test(c.raw)) return c;
  let entry = null;
  for (const line of header.issuerLines) if ((entry = committeeOfHeading(line)) !== null) break;
  if (!entry?.party || !entry.local) return c;
  const read = extract(`${c.number}-${c.typeCode}/${entry.code}`)[0];
  if (!read?.issuer || read.issuer.code !== entry.code) return c;
  c.symbol = read.symbol;
  c.issuer = read.issuer;
  c.id = read.id;
  c.warnings.push({ code: "issuer-mismatch", message: `"TƯ" read as ${entry.code}, not TW: the header names ${entry.name}`, start: c.start, end: c.end });
  return c;
}

/** "TỈNH ỦY THỪA THIÊN HUẾ", "HUYỆN ỦY CHÂU THÀNH": the committee a heading line names, by its first two words ("Tỉnh ủy"). */
const COMMITTEE_HEADING = /^(\p{Lu})(\p{Lu}*)[ \t]+([ỦU][ỶY])(?![\p{L}\p{N}])/u;
function committeeOfHeading(line: string) {
  const m = COMMITTEE_HEADING.exec(line);
  return m ? issuerByPhrase(`${m[1]}${m[2].toLowerCase()} ${m[3].toLowerCase()}`) : null;
}

/**
 * A document named, not numbered, by its heading ("HIẾN PHÁP NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
 * NĂM 1992", "LUẬT ⏎ ĐẤT ĐAI" on a page that drops "Luật số: …"): the citation of its own kind, without
 * a number, that opens the kind line is the document, and its name its identity.
 */
function namedTitleCitation(found: readonly Citation[], spans: readonly { start: number }[], header: Header): Citation | null {
  const at = header.kindLineStart;
  if (at === undefined || header.kind === null) return null;
  for (let i = 0; i < found.length && spans[i].start <= at; i++) {
    if (spans[i].start === at && found[i].number === null && found[i].kind === header.kind) return found[i];
  }
  return null;
}

/** "Số: 103/KH-UBND" in the header, when the extractor found it as a citation. */
function headerCitation(found: readonly Citation[], spans: readonly { start: number }[], header: Header): Citation | null {
  const line = header.numberLine;
  if (!line?.number) return null;
  return found.find((_, i) => spans[i].start >= line.start && spans[i].start < line.end) ?? null;
}

/** The place of an issuer phrase, split into its place word and name ("huyện" + "Long Hồ"). */
function placeOf(c: Citation): { placeType: string | null; place: string | null } {
  const place = c.issuer?.place ?? null;
  if (!place) return { placeType: c.issuer?.level === "province" ? "tỉnh" : null, place: null };
  const typed = /^(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+(.+)$/iu.exec(place);
  return typed ? { placeType: typed[1], place: typed[2] } : { placeType: "tỉnh", place };
}
