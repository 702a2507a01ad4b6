/**
 * Each cited document's issuer, level and place as the text around it tells them (a body named before
 * it, a list's issuer phrase after it, a national committee), and each citation's final role, id and jurisdiction.
 */
import type { AnalyzedCitation, Citation, Jurisdiction, Role, SelfDocument } from "../types.js";
import { BODIES_NAMED_BEFORE, bodyNamedBefore, departmentNamedBefore, localize, namesNationalCommittee } from "./localize.js";
import { ISSUERS, issuerByCode, type IssuerEntry } from "../vocab/issuers.js";
import { readRoles } from "./roles/index.js";
import { contradictsSelf } from "./self/index.js";
import { isUnresolved } from "./relations.js";
import { hasPart, phraseEndingAt } from "../shared/strings.js";
/**
 * A local body's citation with no place of its own ("Công văn số 1234/UBND-KT"), named right after
 * the body that issued it ("… của UBND tỉnh tại …"), takes that body's level and place: set on the
 * citation's own issuer object, which localize then reads.
 */
export function levelFromBodyBefore(text: string, found: readonly Citation[], spans: readonly Span[]): void {
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

/**
 * "Quyết định số 12/QĐ-UBND ngày 5/3/2020 và số 14/QĐ-UBND ngày 6/3/2020 của UBND tỉnh Hậu Giang":
 * members of a list ("," or "và" between them) written without an issuer phrase share the one
 * after them, when it names the same local body (same code): its level and place, set on the
 * earlier member's own issuer object, which localize then reads. Read from the last member back,
 * so a longer list passes the place on. Without it, the earlier members took the citing
 * document's own province.
 */
export function placeFromListAfter(text: string, found: readonly Citation[], spans: readonly Span[]): void {
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
export function nationalCommittees(text: string, found: readonly Citation[], spans: readonly Span[]): void {
  for (let i = 0; i < found.length; i++) {
    const issuer = found[i].issuer;
    if (!issuer || issuer.code === null || issuer.place !== null || issuer.level !== null) continue;
    const entry = issuerByCode(issuer.code);
    if (entry === null || !NAMED_FOR_TASK.has(entry)) continue;
    const span = text.slice(spans[i].start, spans[i].end).toLowerCase();
    // Each space of the phrase a run of blanks (phraseEndingAt): a justified copy's "Hội  đồng  Thi  đua  -  Khen  thưởng".
    if (!entry.phrases.some((p) => phraseEndingAt(span, p.toLowerCase(), span.length) >= 0)) continue;
    if (namesNationalCommittee(text, spans[i].end)) issuer.level = "central";
  }
}

/**
 * The entries of the committees named for their task (IssuerEntry.namedForTask), asked by identity: an entry's
 * optional fields give entries many shapes, and reading the field of one of a shape not met before threw
 * nationalCommittees' compiled code away ("wrong map", bench/README.md, session 58). issuerByCode's entries are
 * ISSUERS' own or copies of bodies none of which is named for its task (test/analyze/cited-issuers-shape.test.ts).
 * @public exported for that test, which imports a copy of this module knip cannot follow.
 */
export const NAMED_FOR_TASK: ReadonlySet<IssuerEntry> = new Set(ISSUERS.filter((e) => e.namedForTask === true));

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
export function completeCitations(found: readonly Citation[], ownRoles: readonly Role[], readRoles: readonly Role[], self: SelfDocument, home: Jurisdiction): AnalyzedCitation[] {
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
