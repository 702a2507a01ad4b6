/** A table's rows under a heading's list: which document is the row's own, and what is only a table's markup. */


/** A clause of nothing but a table's bars and markup ("⏎|⏎" between a cell's full stop and the next row). */
export const SCAFFOLDING = /^[\s|*_#]*$/;
/** A tab or a bar: the clause goes on in a table's cells. */
export const CELLS = /[\t|]/;
/**
 * The row's own document, when it is not the row's first: the first document after it that fills a
 * cell alone (its number, with "số" and its date), while the first shares its cell with other words
 * (a summary: "Quyết định sửa đổi, bổ sung … Quyết định số A"). -1 when the first is the row's.
 */
export function rowDocument(text: string, spans: readonly { start: number; end: number }[], first: number, end: number): number {
  if (end - first < 2 || aloneInCell(text, spans[first])) return -1;
  for (let i = first + 1; i < end; i++) if (aloneInCell(text, spans[i])) return i;
  return -1;
}
/** Nothing but "số", spaces and stops between a citation and the cell's edges (a tab, a bar, a line's ends). */
function aloneInCell(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, span.start - CELL_CHARS), span.start);
  const after = text.slice(span.end, span.end + CELL_CHARS);
  return CELL_BEFORE.test(before) && CELL_AFTER.test(after);
}
const CELL_CHARS = 24;
const CELL_BEFORE = /(?:^|[\t|\n])[ \t]*(?:số[ \t]*:?[ \t]*)?$/iu;
const CELL_AFTER = /^[ \t.,;]*(?:[\t|\n]|$)/u;
