/**
 * A global replace done a piece at a time. One `replace` over a whole text collects every match
 * before building the result, and past some 45 million matches V8 aborts the whole process
 * ("invalid size error"), which no try/catch can stop. Pieces of about a megabyte keep each
 * call small; the pieces are joined once.
 */

const PIECE = 1 << 20;

/**
 * `text.replace(pattern, replacement)` for a global pattern, in pieces. A piece never ends where
 * `canSplit(text, at)` says no, so a match that could span two characters (a "\r\n") is not cut.
 */
export function replaceInPieces(
  text: string,
  pattern: RegExp,
  replacement: string | ((match: string) => string),
  canSplit: (text: string, at: number) => boolean = () => true,
): string {
  if (text.length <= PIECE) return replaceOne(text, pattern, replacement);
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    while (end < text.length && !canSplit(text, end)) end++;
    parts.push(replaceOne(text.slice(start, end), pattern, replacement));
    start = end;
  }
  return parts.join("");
}

function replaceOne(text: string, pattern: RegExp, replacement: string | ((match: string) => string)): string {
  pattern.lastIndex = 0;
  return typeof replacement === "string" ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
}

/** How many times a global pattern matches, without building the array of every match. */
export function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (let start = 0; start < text.length; start += PIECE) {
    count += text.slice(start, start + PIECE).match(pattern)?.length ?? 0;
  }
  return count;
}

/**
 * Joins many small strings: pieces are gathered in an array and folded into one string every few
 * thousand, so neither the array nor a chain of concatenations grows with the text.
 */
export class StringBuilder {
  private pieces: string[] = [];
  private folded: string[] = [];
  /** UTF-16 length of everything added so far. */
  length = 0;

  add(piece: string): void {
    if (piece === "") return;
    this.pieces.push(piece);
    this.length += piece.length;
    if (this.pieces.length >= 4096) {
      this.folded.push(this.pieces.join(""));
      this.pieces = [];
    }
  }

  finish(): string {
    this.folded.push(this.pieces.join(""));
    this.pieces = [];
    const text = this.folded.join("");
    this.folded = [text];
    return text;
  }
}
