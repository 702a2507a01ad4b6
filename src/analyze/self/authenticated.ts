/**
 * A consolidated text's own number where the Công báo prints it: not in a heading (the text is headed with
 * the kind it consolidates, "THÔNG TƯ", and no "Số:" line) but in the authentication block after the body,
 * "XÁC THỰC VĂN BẢN HỢP NHẤT ⏎ Số: 465/VBHN-BLĐTBXH ⏎ Hà Nội, ngày 10 tháng 02 năm 2025" above the
 * signature (Bộ LĐTBXH's consolidated circulars 462/VBHN-BLĐTBXH and 465/VBHN-BLĐTBXH of 10/02/2025,
 * fixtures/fresh/fresh47a-009 and fresh46g-014; the store holds more of them, 463, 464, 466–470/VBHN-BLĐTBXH).
 * Others of the same day print the number first, its "Số:" line right above the heading, and the date under the
 * heading: "Số: 469/VBHN-BLĐTBXH ⏎XÁC THỰC VĂN BẢN HỢP NHẤT ⏎ ⏎ ⏎Hà Nội, ngày 10 tháng 02 năm 2025" (469 and
 * 470/VBHN-BLĐTBXH, fixtures/fresh/pairs48-002 and -003).
 */
import type { Citation } from "../../types.js";
import { AUTHENTICATION_WORDS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { isoDate } from "../../identify/dates.js";
import { PLACE_AND_DATE } from "../header/date-line.js";
import { blankRuns } from "../../shared/strings.js";

/** The authentication block's heading right before the citation ("XÁC THỰC ⏎"), whose own words begin it ("VĂN BẢN HỢP NHẤT"). */
const AUTHENTICATES = new RegExp(String.raw`(?:^|\n)[ \t*_#]*(?:${phraseSource(AUTHENTICATION_WORDS)})[ \t]*$`, "iu");
/**
 * The number-first block: after the citation, the rest of its "Số:" line, then the heading on the next line or
 * after a few blank ones ("Số: 2092/VBHN-BLĐTBXH ⏎ ⏎ ⏎XÁC THỰC VĂN BẢN HỢP NHẤT", 20/6/2022; 4246/VBHN-BLĐTBXH of
 * 24/11/2021, fresh48a-010, the same under "XÁC NHẬN"): its whole words, as the citation is not under it to tell
 * it is the block's. A line between may hold a stray full stop, the signing stamp's remnant in the Công báo's
 * text: "Số: 466/VBHN-BLĐTBXH ⏎. ⏎ ⏎XÁC THỰC VĂN BẢN HỢP NHẤT" (pairs48-001) and "Số: 467/VBHN-BLĐTBXH ⏎. ⏎ ⏎XÁC
 * THỰC VĂN BẢN HỢP NHẤT" (fresh49b-005), both of 10/02/2025. A PDF's text puts a blank line after each line, so the
 * three or four breaks may be twice as many.
 */
const AUTHENTICATES_BELOW = new RegExp(String.raw`^[ \t]*(?:\n[ \t]*(?:\.[ \t]*)?){1,8}[*_#]*(?:${phraseSource(AUTHENTICATION_WORDS)})[ \t]+${blankRuns("văn bản hợp nhất")}[ \t]*(?=\n|$)`, "iu");
/** The number-first block's citation stands on its "Số:" line: from the line's start to its number, "Số:" and nothing else. */
const NUMBER_LINE_HEAD = /^[ \t*_#]*số[ \t]*:?[ \t]*$/iu;
const DIGIT = /\d/;
/** The heading word is read this far before the citation. */
const HEADING_CHARS = 24;
/** The number-first block's heading is read this far after the citation (the rest of its line, blank lines, the heading). */
const BELOW_CHARS = 64;
/** The place and date line is read this far after the citation (a blank line or two, "Hà Nội, ngày …"). */
const DATE_CHARS = 80;

/**
 * The consolidated text's own citation in its authentication block (a citation of kind "consolidated-text"
 * with a number and a ký hiệu, right under "XÁC THỰC", or on the "Số:" line right above "XÁC THỰC VĂN BẢN HỢP
 * NHẤT"), and the date on the line after the block's number or heading, whichever comes last; null when none.
 * `spans` are the citations' offsets in `text`. The last such block counts: it closes the text.
 */
export function authenticatedCitation(text: string, found: readonly Citation[], spans: readonly { start: number; end: number }[]): { citation: Citation; date: string | null } | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i];
    if (c.kind !== "consolidated-text" || c.number === null || c.symbol === null) continue;
    const before = text.slice(Math.max(0, spans[i].start - HEADING_CHARS), spans[i].start);
    let dateFrom = spans[i].end;
    if (!AUTHENTICATES.test(before)) {
      const below = onNumberLine(text, spans[i]) ? AUTHENTICATES_BELOW.exec(text.slice(spans[i].end, spans[i].end + BELOW_CHARS)) : null;
      if (!below) continue;
      dateFrom = spans[i].end + below[0].length;
    }
    const d = PLACE_AND_DATE.exec(text.slice(dateFrom, dateFrom + DATE_CHARS));
    const date = d && d[1] ? isoDate(d[1], d[2], d[3]).date : null;
    return { citation: c, date };
  }
  return null;
}

/** Whether the citation is the number of a "Số:" line (the span may hold "Số:" or start after it). */
function onNumberLine(text: string, span: { start: number; end: number }): boolean {
  const digit = DIGIT.exec(text.slice(span.start, span.end));
  if (!digit) return false;
  const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  return NUMBER_LINE_HEAD.test(text.slice(lineStart, span.start + digit.index));
}
