/**
 * A consolidated text's own number where the Công báo prints it: not in a heading (the text is headed with
 * the kind it consolidates, "THÔNG TƯ", and no "Số:" line) but in the authentication block after the body,
 * "XÁC THỰC VĂN BẢN HỢP NHẤT ⏎ Số: 465/VBHN-BLĐTBXH ⏎ Hà Nội, ngày 10 tháng 02 năm 2025" above the
 * signature (Bộ LĐTBXH's consolidated circulars 462/VBHN-BLĐTBXH and 465/VBHN-BLĐTBXH of 10/02/2025,
 * fixtures/fresh/fresh47a-009 and fresh46g-014; the store holds more of them, 463, 464, 466–470/VBHN-BLĐTBXH).
 */
import type { Citation } from "../../types.js";
import { AUTHENTICATION_WORDS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { isoDate } from "../../identify/dates.js";
import { PLACE_AND_DATE } from "../header/date-line.js";

/** The authentication block's heading right before the citation ("XÁC THỰC ⏎"), whose own words begin it ("VĂN BẢN HỢP NHẤT"). */
const AUTHENTICATES = new RegExp(String.raw`(?:^|\n)[ \t*_#]*(?:${phraseSource(AUTHENTICATION_WORDS)})[ \t]*$`, "iu");
/** The heading word is read this far before the citation. */
const HEADING_CHARS = 24;
/** The place and date line is read this far after the citation (a blank line or two, "Hà Nội, ngày …"). */
const DATE_CHARS = 80;

/**
 * The consolidated text's own citation in its authentication block (a citation of kind "consolidated-text"
 * with a number and a ký hiệu, right under "XÁC THỰC"), and the date on the line after it; null when none.
 * `spans` are the citations' offsets in `text`. The last such block counts: it closes the text.
 */
export function authenticatedCitation(text: string, found: readonly Citation[], spans: readonly { start: number; end: number }[]): { citation: Citation; date: string | null } | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i];
    if (c.kind !== "consolidated-text" || c.number === null || c.symbol === null) continue;
    if (!AUTHENTICATES.test(text.slice(Math.max(0, spans[i].start - HEADING_CHARS), spans[i].start))) continue;
    const d = PLACE_AND_DATE.exec(text.slice(spans[i].end, spans[i].end + DATE_CHARS));
    const date = d && d[1] ? isoDate(d[1], d[2], d[3]).date : null;
    return { citation: c, date };
  }
  return null;
}
