/**
 * A document's name run into a "Căn cứ" whose "ứ " the copy lost: "Căn cLuật phí và lệ phí ngày 25 tháng 11 năm
 * 2015;" (Hải Phòng 148/2016/NQ-HĐND, fixtures/fresh/fresh57c-003), "Căn cHiến pháp nước Cộng hòa …; Căn cLuật Tổ chức
 * Quốc hội số 57/2014/QH13 …" (fresh31g-001), "Căn cNghị định số 78/2018/NĐ-CP" (fresh29q-003): some sites' copies
 * drop those characters where a format changed (vocab/cues.ts LOST_LETTER_BASIS_CUE, the cue the role reader reads
 * there). The name starts at its capital as after a space; "căn c" before a small letter is another word ("Căn cước").
 */
import { LOST_LETTER_BASIS_CUE } from "../vocab/cues.js";
import { capitalUnit } from "../shared/lower-case.js";
import { composedWord } from "../shared/chars.js";
import { escapedForRegExp } from "../shared/strings.js";

/**
 * The cue as a regex source (its own case; callers add "i"): composed or decomposed ("Ca\u0306n c", as a PDF's
 * text gives it), a tab, a U+00A0, two spaces or a line break
 * (a hard-wrapped copy) between its words as between any two (test/analyze/whitespace.test.ts,
 * test/reliability/session57-rules.test.ts). Bounded: at most four blanks.
 */
export const LOST_CUE_SOURCE = LOST_LETTER_BASIS_CUE.split(" ")
  .map((w) => [...new Set([w, w.normalize("NFD")])].map(escapedForRegExp).join("|"))
  .map((w) => `(?:${w})`)
  .join("[ \\t\\u00a0\\r\\n]{1,4}");
/** The cue at a text's end, the word it ends standing alone before it (no letter, digit or mark). */
const LOST_CUE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}\p{M}])${LOST_CUE_SOURCE}$`, "iu");
/** How far back the cue is read: "Căn" decomposed ("Ca\u0306n"), four blanks ("\\r\\n" two), "c" and one character before it. */
const REACH = 12;

/** Whether the capital at `at` opens a name run into a lost-letter "Căn c" just before it. */
export function afterLostBasisCue(text: string, at: number): boolean {
  if (at < LOST_LETTER_BASIS_CUE.length || !capitalUnit(text.charCodeAt(at))) return false;
  const c = text.charCodeAt(at - 1);
  if (c !== 0x63 && c !== 0x43) return false;
  return LOST_CUE_BEFORE.test(composedWord(text.slice(Math.max(0, at - REACH), at)));
}
