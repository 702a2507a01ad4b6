/** "Quyết định số X … hết hiệu lực": an act said after the documents it ends, with no cue before them. */
import { CATALOGUE_CHARS, CATALOGUE_WORDS, POST_REPEAL_WORDS, STATE_REPEAL_SINCE, STATE_REPEAL_WORDS, defineCue, type Cue } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import type { Clause } from "../clauses.js";
import { coordinated, ITEM_MARKER, leadsList, namesProvisions } from "../reach.js";
import { HEAD_REACH } from "./patterns.js";
import { RoleReading, SELF, binding } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

const POST_CUES = lazyRegExp(() => new RegExp(String.raw`(?:^|\s)(?:${phraseSource(POST_REPEAL_WORDS)})(?![\p{L}\p{N}])`, "iu"));
/** "Danh mục văn bản quy phạm pháp luật … hết hiệu lực": a catalogue's title, up to what befell its documents. */
const CATALOGUE_OF_CEASED = lazyRegExp(() => new RegExp(
  String.raw`(?:^|\s)(?:${phraseSource(CATALOGUE_WORDS)})\s+(?:các\s+)?văn\s+bản(?![\p{L}\p{N}])[^;.:\n]{0,${CATALOGUE_CHARS}}?\s(?:${phraseSource(POST_REPEAL_WORDS)})(?![\p{L}\p{N}])`,
  "iu",
));
export const POST_CUE: Cue = defineCue({ type: "repeals", phrases: POST_REPEAL_WORDS, reach: "far" });
/** "Quyết định số X ... hết hiệu lực": the document named first in a clause without a cue before it ceases to apply. */
export function readPostCue(r: RoleReading, clause: Clause, first: number, end: number): void {
  const { text, spans } = r;
  if (!endsWithPostCue(text, spans[end - 1].end, clause.end, clause.part === "closing")) return;
  if (spans[first].start - clause.start > HEAD_REACH) return;
  const lead = text.slice(clause.start, spans[first].start);
  // "Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số X … hết hiệu lực": the time comes first.
  const bare = lead.replace(ITEM_MARKER(), "").replace(SINCE_LEAD, "");
  // "các quy định tại Điều 3 và Điều 4 Nghị định số X … hết hiệu lực": the parts named first cease.
  if (!leadsList(lead) && !leadsList(bare) && !namesProvisions(bare)) return;
  const b = binding("repeals", SELF, POST_CUE, clause.end);
  r.bind(first, b);
  // "Nghị định số A … quy định chi tiết Luật X và Nghị định số B … hết hiệu lực": X is named in A's
  // description (A guides X); it ceases nothing, and the list goes on past it to B.
  const described = (i: number) => r.nested.some((n) => n.to === i && n.from >= first && n.from < i);
  for (let i = first + 1, prev = first; i < end; prev = i++) {
    if (described(i)) continue;
    if (!coordinated(text, spans[prev].end, spans[i].start)) break;
    r.bind(i, b);
  }
}
/** "Kể từ ngày Nghị định này có hiệu lực thi hành, ", "Từ ngày 01 tháng 7 năm 2026, ": when a clause's act takes effect. */
const SINCE_LEAD = /^\s*(?:kể\s+)?từ\s+ngày\s[^,;.:]{1,80},\s*/iu;
/** "... hết hiệu lực kể từ ngày Thông tư này có hiệu lực": the cue after the clause's last document. */
function endsWithPostCue(text: string, from: number, end: number, closing: boolean): boolean {
  const after = text.slice(from, Math.min(end, from + 4 * HEAD_REACH));
  const cue = POST_CUES().exec(after);
  if (cue === null) return false;
  // "Dó đó, Thông tư số X … không còn hiệu lực.": a state told, not an act, unless it says from when (vocab
  // STATE_REPEAL_WORDS) or stands in the closing article, where the document says what it ends.
  if (!closing && STATE_REPEAL_WORDS.has(cue[0].trim().toLowerCase().replace(/\s+/gu, " ")) && !STATE_REPEAL_SINCE.test(after.slice(cue.index + cue[0].length))) return false;
  // "- 2Quyết định 318/QĐ-UBND năm 2020 công bố Danh mục văn bản … hết hiệu lực …" (a site's list of
  // related documents, a list of a decision's sources): the cue belongs to the catalogue the document
  // publishes. A cue after the catalogue's is the clause's own ("… năm 2019 hết hiệu lực kể từ …").
  const catalogue = CATALOGUE_OF_CEASED().exec(after);
  return catalogue === null || POST_CUES().test(after.slice(catalogue.index + catalogue[0].length));
}
