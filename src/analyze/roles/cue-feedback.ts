/**
 * findCues' rare paths, taken once before V8 compiles it (session 69, bench/README.md). TurboFan compiles findCues
 * after some forty documents, from the feedback its runs left; a path none of them took (a match glued to the word
 * before it or after it, a shorter cue inside a run-in match, a phrase read across a line break, a text in which
 * lower-casing changes a length) has no feedback for its calls and loads, and the first document that takes it throws
 * the compiled code away ("Insufficient type feedback for call"), to be compiled again: once a process at the start
 * build, twice with the cue search given only cuePieces' pieces, which meet fewer matches before the compile. So
 * these texts are searched the first time readRoles runs: their answers are dropped, and nothing is kept but V8's
 * feedback (and CUE_BY_SPELLING's few spellings, a cache of what the lookup gives anyway).
 */
import { findCues, type FoundCue } from "../cue-finder.js";

/**
 * Each of findCues' paths once at least (test/analyze/roles/cue-feedback.test.ts holds what it finds): "xcăn cứ"
 * (a match inside a word), "tỉnhCăn cứ" (glued after a word), "Căn công" (a shorter cue inside a run-in match),
 * "thực hiệnh" (none shorter), "Thực hiệnQuyết" and "thực hiệný" (glued before a word, by case and by tone marks),
 * "thay⏎thế" (a phrase across a line break), "HƯỚNG DẪN⏎Thực hiện" (cut at a line opening with a cue), "căn cứ tính
 * thuế" (a levy's base), "Theo Tờ trình" and "theo đó" (a cue said only before a kind's word), and a cue inside a
 * citation's span. Joined at run time, as a document's text is a string built at run time, not a literal.
 */
const PATHS = [
  "Căn cứ Luật số 1/2020/QH14; xcăn cứ; tỉnhCăn cứ Nghị định; Căn công văn 167; chưa thực hiệnh; Thực hiệnQuyết định; ",
  "thực hiệný kiến; thay\nthế; HƯỚNG DẪN\nThực hiện Quyết định; căn cứ tính thuế; Theo Tờ trình số 5; theo đó; sửa đổi",
];
/** "İ" (whose lower case is longer) and the Kelvin sign (whose lower case is "k"): findCues' two other searches. */
const CASES = ["\u0130 Căn cứ Luật", "\u212a Căn cứ Luật"];
/**
 * Searched more than once: V8 gives a function the vector its feedback is kept in only once it has run a while (8 times
 * its bytecode's length), and the first searches of PATHS may end before that (two did not suffice, three did: four).
 */
const ROUNDS = 4;

/**
 * findCues' answers over the texts above, ROUNDS times over PATHS and once over each of CASES.
 * @public for test/analyze/roles/cue-feedback.test.ts, which hands it a copy of findCues of its own.
 */
export function searchEveryPath(find: typeof findCues): FoundCue[][] {
  const text = PATHS.join("");
  const inSpan = text.lastIndexOf("sửa đổi");
  // Objects of the shapes readRoles hands over (a span and a region are { start, end } of small integers, in arrays
  // of objects: an empty one would be another).
  const spans = [{ start: 10, end: 26 }, { start: inSpan, end: text.length }];
  const found: FoundCue[][] = [];
  for (let k = 0; k < ROUNDS; k++) found.push(find(text, spans, [{ start: 0, end: text.length }]));
  for (const t of CASES) found.push(find(t, [{ start: 0, end: 1 }], [{ start: 0, end: t.length }]));
  return found;
}

let given = false;

/** Searches the texts above, the first time it is called in a process. */
export function giveCueSearchFeedback(): void {
  if (given) return;
  given = true;
  searchEveryPath(findCues);
}
