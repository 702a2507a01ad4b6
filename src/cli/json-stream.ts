/**
 * Writes text that comes in many small pieces (a graph's JSON, one node or edge at a time) in
 * writes of about `size` characters: one string for a national collection's graph would cost
 * twice its size in memory and hit V8's limit on string length (~512 M characters).
 */
export async function writePieces(pieces: Iterable<string>, write: (text: string) => Promise<void>, size = 256 * 1024): Promise<void> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      await write(batch.join(""));
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) await write(batch.join(""));
}
