/**
 * Lines read by offsets, not gathered: a document has hundreds, and most are read once.
 */
import { smallUnit } from "../../shared/lower-case.js";
/** Lines are read only this far: a part marker is never longer, and a one-line megabyte stays linear. */
export const LINE_PREFIX = 200;

/**
 * Where a line ends once the lines it wraps onto are counted in: a printed line broken in
 * mid-sentence (a PDF's, with its blank line) goes on in lower case ("… ban hành kèm theo \n\n
 * quyết định số 30/QĐ-UB"); a paragraph, a heading or a preamble opens with a capital or a mark.
 */
export function wrappedEnd(text: string, first: Line): number {
  let end = first.end;
  let wraps = 0;
  // The lines after the first.
  for (let next = lineAfter(text, first.start); next >= 0; ) {
    const l = { start: next, end: text.indexOf("\n", next) };
    next = l.end < 0 ? -1 : l.end + 1;
    if (l.end < 0) l.end = text.length;
    const head = text.slice(l.start, Math.min(l.end, l.start + LINE_PREFIX)).trimStart();
    if (head === "") continue;
    // A comma or closing mark goes on too (", đất nông nghiệp" where a word-segmented line wrapped).
    if (!opensInSentence(head) || ++wraps > MAX_WRAPS) break;
    end = l.end;
  }
  return end;
}

/** A title is a few printed lines at most. */
const MAX_WRAPS = 8;
/**
 * Whether a line (its blanks trimmed, not empty) goes on the sentence of the line before: it opens with a small letter,
 * a comma, ";" or a closing bracket. Read by wrappedEnd here and by roles/page-lines.ts.
 */
export const opensInSentence = (line: string): boolean => smallUnit(line.charCodeAt(0)) || CONTINUING_MARKS.includes(line[0]);
const CONTINUING_MARKS = ",;)";

export interface Line {
  start: number;
  end: number;
}

/** The start of the first line that starts after offset `at`, or -1. */
export function lineAfter(text: string, at: number): number {
  const nl = text.indexOf("\n", at);
  return nl < 0 ? -1 : nl + 1;
}
