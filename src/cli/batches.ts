/**
 * Text that comes in many small pieces (records, a graph's nodes and edges) goes out in batches
 * of about `size` characters: one write per piece is slow, and one string for a national
 * collection's graph would cost twice its size in memory and hit V8's limit on string length
 * (~512 M characters).
 */
const BATCH_SIZE = 256 * 1024;

export function* batches(pieces: Iterable<string>, separator = "", size = BATCH_SIZE): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join(separator);
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join(separator);
}

export async function writePieces(pieces: Iterable<string>, write: (text: string) => Promise<void>, size = BATCH_SIZE): Promise<void> {
  for (const batch of batches(pieces, "", size)) await write(batch);
}
