/**
 * What each open element has read so far (a Frame of Pieces: text, table rows and cells), and a
 * table's text with the cells a vertical merge continues left out, as mammoth gives it.
 */
/** What a read element contributes: text, or a table row or cell (whose merging is settled by the table). */
type Piece = { kind: "text"; text: string } | { kind: "row"; items: Piece[] } | { kind: "cell"; text: string; vMerge: boolean | null; colSpan: number };

export interface Frame {
  name: string;
  items: Piece[];
  /** Text boxes met inside, placed after the paragraph that holds them. */
  extra: string;
  /** Read from the first properties child (w:pPr, w:trPr, w:tcPr), as mammoth reads them. */
  deleted?: boolean;
  vMerge?: boolean | null;
  colSpan?: number;
  /** The properties child, or the one child read (mc:Fallback, w:sdtContent), has been met. */
  seen?: { properties?: boolean; content?: boolean };
  /** w:t, w:instrText: character data, one run between two pieces of markup each. */
  texts?: string[];
  /** A w:hyperlink with a target is one element; without one, its children are. */
  link?: boolean;
}

export function newFrame(name: string, more?: Partial<Frame>): Frame {
  return { name, items: [], extra: "", ...more };
}

export function add(frame: Frame, text: string): void {
  push(frame, { kind: "text", text });
}

/** Adjacent texts are kept as one: a body of 400,000 paragraphs is one growing string, not 400,000 pieces. */
export function push(frame: Frame, piece: Piece): void {
  const last = frame.items[frame.items.length - 1];
  if (piece.kind === "text" && last?.kind === "text") last.text += piece.text;
  else frame.items.push(piece.kind === "text" ? { kind: "text", text: piece.text } : piece);
}

export function textOf(items: readonly Piece[]): string {
  let out = "";
  for (const item of items) out += item.kind === "row" ? textOf(item.items) : item.text;
  return out;
}

/**
 * A table's text without the cells a vertical merge continues (mammoth folds them into the cell
 * above), unless the table holds anything but rows of cells, where mammoth merges nothing.
 */
export function tableText(items: readonly Piece[]): string {
  const regular = items.every((row) => row.kind === "row" && row.items.every((cell) => cell.kind === "cell"));
  if (!regular) return textOf(items);
  const columns = new Map<number, true>();
  let out = "";
  for (const row of items) {
    let index = 0;
    for (const cell of (row as { items: Piece[] }).items) {
      const c = cell as Extract<Piece, { kind: "cell" }>;
      if (c.vMerge && columns.has(index)) {
        index += c.colSpan;
        continue;
      }
      columns.set(index, true);
      out += c.text;
      index += c.colSpan;
    }
  }
  return out;
}
