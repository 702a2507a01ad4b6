import { partyTerm, type PartyTerm } from "../vocab/party-terms.js";
import { KIND_WORDS_SOURCE } from "../vocab/kinds.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
import { composedHead } from "../shared/chars.js";

/**
 * The Party Central Committee term written right after a mention of a central Party document, in
 * `after` (the text that follows the mention's ký hiệu): "18-NQ/TW của Ban Chấp hành Trung ương
 * Đảng khóa XII" (fresh36b-006, fresh49d-003), "43-NQ/TW của Bộ Chính trị (khóa XII)"
 * (fresh39c-002), "36-NQ/TW của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII"
 * (fresh54h-014). Within WINDOW characters, with no digit, no ";" and no other document's kind word
 * between (a date, a list's next item or another document's term stops the look). Undefined when none.
 */
export function partyTermAfter(after: string): PartyTerm | undefined {
  // Composed, and measured so: a text's "khoá" may come with its marks as separate characters, which a window of
  // code units counted (fresh62f-005 decomposed: "… Ban chấp hành Trung ương Đảng khóa XI" fell outside it).
  // Each run of blanks read as one (a justified copy's "Trung  ương  Đảng  khóa  XI" is the same 60 characters).
  const text = composedHead(after, 2 * (WINDOW + 12)).replace(BLANK_RUN, " ").slice(0, WINDOW + 12);
  const t = TERM_AFTER().exec(text);
  if (t === null || OTHER_DOCUMENT().test(text.slice(0, t.index + t[0].length))) return undefined;
  return partyTerm(t[1]);
}

// The two regexes below are made on first use: moved here from src/graph (which only graph users load) into identify,
// which every extract() loads, and read only for a central Party number cited without its year; OTHER_DOCUMENT's kind
// words with their \p{L} classes cost ICU's sets at each process's load otherwise.

/** How far after the mention the term may be written ("của Ban Bí thư Trung ương ( khoá "). */
const WINDOW = 60;
const BLANK_RUN = /[ \t]{2,}/g;

/** "khóa IX", "khoá XIII", "( khoá IX )", "Trung ương khóa XI" after the mention: group 1 the roman numeral. */
const TERM_AFTER = lazyRegExp(() => new RegExp(`^[^;\\d]{0,${WINDOW}}?(?<!\\p{L})kh(?:oá|óa)\\s{1,2}([IVX]{1,5})(?![\\p{L}\\p{N}])`, "iu"));

/** Another document named between the mention and the term (any kind word of vocab/kinds.ts): the term is that one's. */
const OTHER_DOCUMENT = lazyRegExp(() => new RegExp(String.raw`(?<!\p{L})(?:${KIND_WORDS_SOURCE})(?!\p{L})`, "iu"));
