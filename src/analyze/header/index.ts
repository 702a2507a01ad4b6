/**
 * What the first lines of a Vietnamese document say about itself (Nghị định 30/2020/NĐ-CP layout),
 * read part by part:
 *
 * - read-header.ts: the reading of the heading as a whole (readHeader), from the parts below;
 * - kind-line.ts: the kind's line in capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH CỦA …");
 * - title.ts: the title's lines under it, and where the title ends;
 * - authority-line.ts: the enacting authority's line under the title, its name wrapped or after two titles ("BỘ TRƯỞNG, CHỦ NHIỆM …");
 * - sentence-title.ts: a first line in sentence case that names the document ("Quyết định về …");
 * - untitled.ts: a công văn's subject line ("V/v …"), a title left under the date line;
 * - number-line.ts, gazette.ts: the document's own number ("Số: 103/KH-UBND", "NGHỊ ĐỊNH SỐ …");
 * - date-line.ts: the place and date line, or a database's "Ngày ban hành" field;
 * - issuer-lines.ts: the issuer's lines above the kind line;
 * - enacting.ts: the enacting body named above the preamble, or in its closing formula;
 * - line-text.ts: what a line is (in capitals, a paragraph, cleaned of markup) and the marks all of them read.
 */
export { readHeader, type Header } from "./read-header.js";
export { councilPassedOn, enactingBody, enactingLines, promulgatingBody } from "./enacting.js";
export { opensWithIssuerPhrase, partyCommitteeOf } from "./issuer-lines.js";
