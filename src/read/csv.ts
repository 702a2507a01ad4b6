/**
 * CSV rows as portals export them and as hands edit them afterwards. RFC 4180 where a row is well
 * formed: fields split on ",", a quoted field keeps commas, doubled quotes ("") and line breaks. Where
 * it is not, no row but the broken one is lost:
 * - a quote inside an unquoted field ("Kế hoạch thực hiện "Năm dân vận"", an edited subject line) is
 *   a character of the field, as spreadsheets read it;
 * - a quoted field never closed, or text after its closing quote, is an error for the row it opens
 *   on, and reading goes on at the next line: the rows after are read, not swallowed into the field
 *   (a strict reader takes everything up to the next quote in the file as one field).
 * Spaces or tabs between a closing quote and the next comma are dropped. Empty lines are no rows.
 * One pass, indexOf per quoted field: linear on any text (runs of quotes, commas, line breaks).
 */
export type CsvRow = { fields: string[]; line: number } | { error: string; line: number };

export function* csvRows(text: string): Generator<CsvRow> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      i = afterBreak(text, i);
      line++;
      continue;
    }
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let error: string | null = null;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const field = quotedField(text, i + 1);
        if (field.end < 0) {
          error = "a quoted field is not closed";
          break;
        }
        line += breaksIn(text, i, field.end);
        i = field.end;
        while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
        if (i < n && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) {
          error = "text after a quoted field's closing quote";
          break;
        }
        fields.push(field.value);
      } else {
        let j = i;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === COMMA || d === LF || d === CR) break;
          j++;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      if (i < n && text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      if (i < n) {
        i = afterBreak(text, i);
        line++;
      }
      break;
    }
    if (error !== null) {
      yield { error, line: startLine };
      // The quote that broke the row most likely belongs to its first line: go on at the next one.
      i = nextLine(text, start);
      line = startLine + 1;
      continue;
    }
    yield { fields, line: startLine };
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** A quoted field's value from just after its opening quote; `end` is past the closing quote, -1 when none. */
function quotedField(text: string, from: number): { value: string; end: number } {
  const close = text.indexOf('"', from);
  if (close < 0) return { value: "", end: -1 };
  // The common field, no doubled quote in it: one slice.
  if (text.charCodeAt(close + 1) !== QUOTE) return { value: text.slice(from, close), end: close + 1 };
  // Doubled quotes: the pieces between them joined once (a string grown by "+=" per quote was
  // superlinear on a run of thousands).
  const parts: string[] = [];
  let j = from;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return { value: "", end: -1 };
    parts.push(text.slice(j, q));
    if (text.charCodeAt(q + 1) !== QUOTE) return { value: parts.join('"'), end: q + 1 };
    j = q + 2;
  }
}

/** Past the line break at `i` ("\r\n" is one). */
const afterBreak = (text: string, i: number): number => (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1);

/** The start of the line after the one `i` is on (the text's end when it is the last). */
function nextLine(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
  return i < text.length ? afterBreak(text, i) : i;
}

/** The line breaks between `from` and `to` ("\r\n" counts once). */
function breaksIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}
