/** The walk over a document's clauses, each clause's cues and citations read in text order. */
import type { RelationType } from "../../types.js";
import type { Clause } from "../clauses.js";
import type { Layout } from "../sentences.js";
import { cueRegions, findCues, isSilent, type FoundCue } from "../cue-finder.js";
import { LIST_ITEM, TABLE_HEAD_ITEM, TABLE_ROW_ITEM } from "../reach.js";
// reading.js and quoted.js first: the bundle then places quoted.ts's code right after the reading's
// classes, where roles.ts had it. Placed after the cue modules, the same code made a warm extract()
// pass read ~6 % more instructions (bench/README, session 31): an effect of the heap's layout, not of work.
import { binding, type CitedDocuments, ClauseReading, type OwnDocument, type Reading, RoleReading, SELF } from "./reading.js";
import { LeadingSpace, quotedPassages } from "./quoted.js";
import { readsAnnex } from "./annex.js";
import { cuePieces } from "./cue-pieces.js";
import { giveCueSearchFeedback } from "./cue-feedback.js";
import { ArticleTracker } from "./article-basis.js";
import { DivisionTracker } from "./reach-limits.js";
import { readCitation } from "./citation.js";
import { readCue } from "./cue.js";
import { BLANK } from "./patterns.js";
import { headingMayFollow, settleClause } from "./settle.js";
import { CELLS, SCAFFOLDING, rowDocument } from "./table.js";
import { basisHeadingCues, giveBasisHeadingFeedback, withBasisHeadings } from "../basis-heading.js";
import { lostOpeningCues } from "../lost-opening.js";
import { opensBareBasisItem, opensUnheadedBasis, unheadedBasisStart, UNHEADED_BASIS } from "../unheaded-basis.js";
import { proseActsOnNothing } from "./prose.js";
import { summaryActsOnNothing } from "./told-summary.js";
import { answerRestsOnNothing } from "./answer-page.js";
import { lettersGuide } from "./purpose-guidance.js";
import { scopeGuides } from "./scope-guides.js";
import { quotedScopeGuides } from "./quoted-scope.js";
import { toldDraftsActNot } from "./told-drafts.js";
import { toldClosingActs } from "./told-closing.js";
import { toldThenActedOn } from "./told-then-acted.js";
import { unnamedUnitRepeals } from "./unnamed-repeals.js";
import { verificationReportsPropose } from "./verification-report.js";
import { ListInterludes } from "./act-lists.js";

/**
 * The role of each citation for the citing document, and the relations between cited documents,
 * read clause by clause: a cue governs the first document after it within its reach and the
 * members of that document's list; whose verb it is depends on what stands before it in the
 * clause (nothing but a heading: the citing document's; a cited document: that one's).
 * A clause that continues a list after ";" or ":" carries on its introduction's cue.
 * The cited documents' dates (CitedDocuments.dates) rule out impossible nestings: a document never names
 * one issued after it, so "A ... sửa đổi B ... và C" with C later than A lists C beside A.
 */
/**
 * Whether readRoles reads every clause and every cue, past the last citation and in a clause whose cues can act on
 * nothing (readClause): false but in test/analyze/roles/read-skips.test.ts, which holds that the skips change no role.
 */
let readEvery = false;
/** @public for test/analyze/roles/read-skips.test.ts alone. */
export function readEveryClause(on: boolean): void {
  readEvery = on;
}

export function readRoles(doc: Layout, clauses: readonly Clause[], cited: CitedDocuments, own: OwnDocument): Reading {
  const { text, spans } = doc;
  const r = new RoleReading(text, spans, cited, own);
  // Without a citation there is nothing to read (and no cue scan to make).
  if (spans.length === 0) return { roles: r.roles, nested: r.nested, alsoActs: [] };
  // A heading "Cơ sở pháp lý" over a basis list (CONVENTIONS.md §10) is given the cue "Căn cứ pháp lý" holds.
  // Only the pieces of the regions whose cues can act on a citation are searched (cue-pieces.ts).
  giveCueSearchFeedback();
  giveBasisHeadingFeedback();
  const regions = readEvery ? cueRegions(clauses, spans, false) : cuePieces(text, clauses, spans);
  const cues = withBasisHeadings(withBasisHeadings(findCues(text, spans, regions), basisHeadingCues(text, spans, clauses)), lostOpeningCues(text, clauses));
  let c = 0;
  let q = 0;
  let previous: Clause | null = null;
  const quoted = quotedPassages(text);
  let p = 0;
  const leading = new LeadingSpace(text);
  const unheadedBasis = unheadedBasisStart(text);
  const articles = new ArticleTracker();
  const divisions = new DivisionTracker();
  const interludes = new ListInterludes();
  for (const clause of clauses) {
    // A citation outside every clause (before the first part) keeps "references".
    while (c < spans.length && spans[c].start < clause.start) c++;
    // No citation from here on: what a later clause reads (its cues, a heading, the state it leaves in r.heading and
    // r.carried) acts on the citations read after it only, and the passes below read the citations' roles and bindings
    // alone. A document's closing articles, signature and annexes after its last citation are not read (a devx5 pass:
    // 4,730 of 15,435 clauses).
    if (c === spans.length && !readEvery) break;
    r.inArticle = articles.at(text, clause);
    r.divided = divisions.at(text, clause, r.inArticle);
    const first = c;
    while (c < spans.length && spans[c].start < clause.end) c++;
    while (q < cues.length && cues[q].start < clause.start) q++;
    const firstCue = q;
    while (q < cues.length && cues[q].start < clause.end) q++;
    if (isSilent(clause.part) || (clause.part === "annex" && !readsAnnex(r, clause, previous))) {
      r.carried = null;
      r.heading = null;
      previous = clause;
      continue;
    }
    previous = clause;
    r.clauseFirst = first;
    while (p < quoted.length && quoted[p].end <= clause.start) p++;
    // A subject line in quotation marks ("V/v: “triển khai thực hiện Nghị quyết số …”") is the document's own still.
    r.own = clause.part !== "note" && (clause.part === "title" || !(p < quoted.length && quoted[p].start <= clause.start + leading.at(clause.start)));
    if (r.heading === null && opensUnheadedBasis(text, clause, unheadedBasis)) r.heading = binding("based_on", SELF, UNHEADED_BASIS, clause.start);
    // Its cue reaches from the item's line: the issuer's line before it in the clause is no word between them.
    else if (r.heading === null && clause.part === "preamble" && first < c && opensBareBasisItem(text, clause, spans[first].start)) r.heading = binding("based_on", SELF, UNHEADED_BASIS, spans[first].start);
    readClause(r, clause, first, c, cues, firstCue, q, interludes);
    if (clause.part === "annex" && r.heading === null) r.annexAct = null;
  }
  // "…. Báo cáo thẩm tra số 154/BC-HĐND … của Ban …": a preamble's verification report proposes, its list broken or not.
  verificationReportsPropose(r, clauses);
  // An article about documents acts on none of them: its "Thực hiện X, …" tells of others' acts, its "Căn cứ X" of a rule.
  proseActsOnNothing(r);
  // A page that sums up what it told of ("Theo đó, …" in its first lines) retells: it acts on nothing either.
  summaryActsOnNothing(r);
  // A page answering a reader's question: its "Căn cứ <units> <document> quy định …" is the rule it answers from.
  answerRestsOnNothing(r);
  // A news page's "các Tờ trình … về: …; sửa đổi Nghị quyết số X": the drafts would act on X, not the page.
  toldDraftsActNot(r);
  // A news page's "Quyết định được đăng Công báo …; thay thế Quyết định số Y": the told decision replaces Y, not the page.
  toldClosingActs(r);
  // "Chính phủ đã ban hành Nghị định số X …. Để thực hiện thống nhất … Nghị định này, Bộ … hướng dẫn … như sau:": X by a pointer.
  toldThenActedOn(r);
  // A letter's "để việc thực hiện … được thống nhất, <issuer> hướng dẫn": what it names, it guides.
  lettersGuide(r);
  // "Điều 1. Phạm vi điều chỉnh ⏎ Nghị định này quy định … theo quy định tại khoản 1 Điều 64 của Luật X": guides X.
  scopeGuides(r);
  // "Sửa đổi Điều 1 như sau: “Điều 1. Phạm vi điều chỉnh ⏎ Thông tư này quy định chi tiết … X …”": the amended one guides X.
  quotedScopeGuides(r, quoted);
  const alsoActs = alsoActsOf(r);
  // "Điều 3. Bãi bỏ Điều 7" in a circular whose title amends X: X's units repealed, X repealed too.
  unnamedUnitRepeals(r, clauses, alsoActs);
  return { roles: r.roles, nested: r.nested, alsoActs };
}

/**
 * The further acts of each citation the document acts on with joined verbs (Binding.also): only
 * where the role it was read with is still the binding's own act (a later reading may have given
 * the citation another role).
 * @public exported for test/analyze/roles/also-acts-compiled.test.ts, which imports a copy of this module knip
 * cannot follow.
 */
export function alsoActsOf(r: Pick<RoleReading, "roles" | "bindingOf">): (readonly RelationType[] | null)[] {
  const out: (readonly RelationType[] | null)[] = [];
  for (let i = 0; i < r.roles.length; i++) {
    const b = r.bindingOf[i];
    // A binding's `also` is null unless it has joined verbs, so it is read last, not asked first: asked first, the
    // reads after it ran for few documents, and the first of them after V8 had compiled readRoles (this function
    // inlined there) threw readRoles' code away ("Insufficient type feedback", bench/README.md, session 58).
    out.push(b !== null && b.actor === SELF && !b.passive && r.roles[i] === b.type ? b.also : null);
  }
  return out;
}

/** The clause's citations [first, end) and cues [firstCue, endCue), read in text order. */
function readClause(r: RoleReading, clause: Clause, first: number, end: number, cues: readonly FoundCue[], firstCue: number, endCue: number, interludes: ListInterludes): void {
  const { text, spans } = r;
  let item = false;
  if (r.heading) {
    const opening = text.slice(clause.start, clause.start + 24);
    // A table's header row ("STT⇥Tên loại văn bản⇥Số, ký hiệu; ngày ban hành⇥…") stands between the
    // introduction and its rows: its clauses keep the heading for the rows, and name no document.
    // A row's cells may hold ";" or "." ("… quản lý chợ.⏎|"): what follows in the row, between tabs
    // or bars, and the bar lines themselves, are still the table's.
    if (TABLE_HEAD_ITEM.test(opening)) r.inTableHead = true;
    else if (LIST_ITEM.test(opening)) {
      item = true;
      r.inTableHead = false;
      r.inTable = TABLE_ROW_ITEM.test(opening);
    } else if (r.heading.type === "based_on" && first < end && !r.inTable && BLANK.test(text.slice(Math.max(clause.start, r.heading.end), spans[first].start))) {
      // "I. Căn cứ pháp lý ⏎ Chỉ thị số 10-CT/TW …. ⏎⏎ Quyết định số 522/QĐ-TTg …": a web page's
      // list that lost its bullets; an item that opens with the document it names is one of the
      // basis's items still.
      r.inTableHead = false;
    } else if (interludes.keeps(text, clause, r.heading)) {
      // A page's number or a signature's stamp between two items of an act's list, or an item's words
      // after a colon inside it (act-lists.ts): the list goes on.
    } else if (!SCAFFOLDING.test(text.slice(clause.start, Math.min(clause.end, clause.start + 200))) && !(r.inTable && CELLS.test(text.slice(clause.start, Math.min(clause.end, clause.start + 200)))) && (!r.inTableHead || first < end)) r.heading = null;
  }
  if (!r.heading) r.inTableHead = r.inTable = false;
  if (r.heading && r.carried === null) r.carried = r.heading;
  const s = new ClauseReading(clause);
  if (r.inTable && r.heading !== null) s.rowDocument = rowDocument(text, r.spans, first, end);
  const carriedIn = r.carried;
  // A clause with no citation that passes no cue on (it ends with no ";" or ":") leaves what its cues read nothing to
  // act on but a list or a document's line right after it (settleClause makes the cue their heading); with neither
  // there, they are not read (readCue changes the clause's reading and r.carried alone, which settleClause clears).
  const readsCues = readEvery || first < end || clause.opensList || firstCue === endCue || headingMayFollow(r, clause, end);
  let k = readsCues ? firstCue : endCue;
  for (let i = first; i <= end; i++) {
    // The cues before citation i (or before the clause's end), in order.
    const limit = i < end ? spans[i].start : clause.end;
    for (; k < endCue && cues[k].start < limit; k++) readCue(r, s, cues[k]);
    if (i === end) break;
    readCitation(r, s, i);
  }
  settleClause(r, s, clause, first, end, carriedIn);
  interludes.after(text, clause, r.heading, item && first < end);
}
