/**
 * The role of each citation for the citing document, and the relations between cited documents
 * (DOMAIN.md §4), read clause by clause. The reading is split by what each part decides:
 *
 * - reading.ts: what is read so far (the bindings of cues to citations, per document and per clause);
 * - read-roles.ts: the walk over clauses, their cues and citations, in text order;
 * - cue.ts, head-cue.ts, after-citation.ts: whose verb a cue is (the document's own, or a cited one's);
 * - speaker.ts: whether the citing document itself says a cue (a heading, its name, its issuer before it);
 * - formulas.ts: a directive's demand and a circular's enacting formula, which make a cue the document's own;
 * - citation.ts: which binding a citation is read with (the cue before it, or its list's);
 * - reach-limits.ts: where a cue stops short of the next document;
 * - settle.ts, news-event.ts: what a clause leaves to the clauses after it;
 * - retold.ts: a sentence opening with the document's cue that tells what other bodies did;
 * - told-closing.ts: a news page's paragraph retelling the closing article of the document it tells of;
 * - post-cue.ts: "… hết hiệu lực" after the documents it ends;
 * - annex.ts, table.ts, quoted.ts: an annex's list, a table's rows, another document's quoted words;
 * - with-self.ts: the document's own number, the decision an annex is attached to;
 * - patterns.ts: the phrases several of these read.
 */
export { readRoles } from "./read-roles.js";
export { withSelf } from "./with-self.js";
export { recounts, type NestedRelation, type Tier } from "./reading.js";
