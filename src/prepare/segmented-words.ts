import { StringBuilder } from "../shared/chunked.js";

/**
 * Word-segmented copies: NLP datasets store Vietnamese text as a word segmenter left it, a word's
 * syllables joined by "_" ("Bãi_bỏ các quy_định sau đây : a ) Quyết_định số 647 / QĐ - BYT",
 * "Sửa_đổi , bổ_sung … Quy_chế … ban_hành kèm theo Quyết_định số 21 / 2008 / QĐ - NHNN", "tại Mục 1
 * Chỉ_thị 08 / CT-TTg"). Each such "_" is read as the space it stands for, one character for one, so
 * no offset moves: the cue words ("Bãi bỏ", "Sửa đổi"), the kind words before a number and the
 * units before a document read as in any copy. Only a "_" between two letters, one of whose two
 * syllables holds a character past ASCII (a Vietnamese syllable's tone or vowel mark): identifiers,
 * column names and file names ("loai_van_ban", "source_id", "Chi_thi_cua_Bo_GD") keep theirs, and a
 * "_" beside a digit ("2020-4_signed") is no join.
 */

/** A letter or a mark (a decomposed text's tone marks), where a syllable goes on. */
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** A letter, where a syllable may start after the "_". */
const LETTER = /^\p{L}$/u;

/** Whether the "_" at `at` joins two syllables of a word (see the module's comment). */
function joinsSyllables(s: string, at: number): boolean {
  if (at === 0 || at + 1 >= s.length) return false;
  if (!LETTER_OR_MARK.test(s[at - 1]) || !LETTER.test(s[at + 1])) return false;
  // Each syllable is read back to the "_" or the non-letter before it, and on to the one after it:
  // a run of joins reads each syllable at most twice, so the scan stays linear whatever the text.
  for (let i = at - 1; i >= 0 && LETTER_OR_MARK.test(s[i]); i--) if (s.charCodeAt(i) > 0x7f) return true;
  for (let i = at + 1; i < s.length && LETTER_OR_MARK.test(s[i]); i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Whether `s` holds a "_" joining two syllables (what joinSegmentedWords changes). */
export function hasSegmentedWords(s: string): boolean {
  for (let at = s.indexOf("_"); at !== -1; at = s.indexOf("_", at + 1)) if (joinsSyllables(s, at)) return true;
  return false;
}

/** `s` with each "_" joining two syllables read as a space (one for one: offsets do not move); `s` itself where there is none. */
export function joinSegmentedWords(s: string): string {
  let at = s.indexOf("_");
  if (at === -1) return s;
  // A builder, not `out +=`: a whole segmented document has a join every few characters.
  let out: StringBuilder | null = null;
  let last = 0;
  for (; at !== -1; at = s.indexOf("_", at + 1)) {
    if (!joinsSyllables(s, at)) continue;
    out ??= new StringBuilder();
    out.add(s.slice(last, at));
    out.add(" ");
    last = at + 1;
  }
  if (out === null) return s;
  out.add(s.slice(last));
  return out.finish();
}
