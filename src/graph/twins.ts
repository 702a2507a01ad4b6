import type { CitationMultiGraph } from "./build.js";
import { addGraphWarning } from "./warnings.js";
import { sortedNodeKeys } from "./sorted-keys.js";
import { withYearInNumber, yearAfterNumber } from "../identify/id.js";

/**
 * Two nodes the ids keep apart that may be one document: a doubt the graph says, and keeps both
 * (nothing in the ids proves them one, so nothing merges).
 * - one number, ký hiệu, year and place, written with the year inside the number in one text and
 *   without it in another: "Quyết định số 09/QĐ-TTg ngày 25/3/2015" and "09/2015/QĐ-TTg" of the
 *   same day are one decision, while 23/QĐ-TTg of 7 January 2021 and 23/2021/QĐ-TTg of 7 July are
 *   two (a decision, a resolution have both series; a decree has one: identify/decree-year.ts);
 * - one local document's number, ký hiệu and year, with a place in one mention and none in
 *   another ("công văn số 701/SXD ngày 27/11/2007" in a text with no place of its own, and
 *   "… 701/SXD ngày 27/11/2007 của Sở Xây dựng tỉnh Tây Ninh").
 * The message names the two ids, whatever order the files came in.
 */
export function warnPossibleTwins(graph: CitationMultiGraph): void {
  const placed = new Map<string, string[]>();
  graph.forEachNode((id) => {
    const tilde = id.indexOf("~");
    if (tilde < 0) return;
    const bare = id.slice(0, tilde);
    const ids = placed.get(bare);
    if (ids) ids.push(id);
    else placed.set(bare, [id]);
  });
  for (const id of sortedNodeKeys(graph)) {
    // "23/QĐ-TTg@2021~x": a state number without its year, the date's year after "@"; beside "23/2021/QĐ-TTg~x".
    const m = yearAfterNumber(id);
    if (m !== null && m.year !== "?") {
      const yeared = withYearInNumber(m.yearless, m.year);
      if (graph.hasNode(yeared)) warn(graph, id, yeared, "written without the year in its number");
    }
    if (!id.includes("~") && id.includes("@") && !id.endsWith("@?")) {
      for (const other of (placed.get(id) ?? []).sort()) warn(graph, id, other, "named without its place");
    }
  }
}

function warn(graph: CitationMultiGraph, id: string, other: string, how: string): void {
  const message = `${id} may be ${other}, ${how}: kept apart`;
  addGraphWarning(graph, { file: null, code: "possible-twin", message, start: null, end: null });
}
