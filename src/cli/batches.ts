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

/**
 * Text kept as UTF-8 in one reused buffer of `size` bytes, handed to `flushTo` when full and at
 * `flush()`: each piece is encoded straight into the buffer, where joining the pieces into a
 * batch string and encoding that made two more copies of every byte (writing a 25 MB graph from
 * 2,000 plans: joins and encoding ~0.4 s of the main thread's CPU). `flushTo` must be done with
 * the bytes when it returns (a synchronous write): the buffer is refilled.
 */
export class Utf8Buffer {
  private readonly buffer: Buffer;
  private used = 0;

  constructor(
    private readonly flushTo: (bytes: Uint8Array) => void,
    private readonly size = BATCH_SIZE,
  ) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  add(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4).
    if (text.length * 3 > this.size - this.used) {
      this.flush();
      if (text.length * 3 > this.size) {
        this.flushTo(Buffer.from(text, "utf8"));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  flush(): void {
    if (this.used === 0) return;
    const used = this.used;
    this.used = 0;
    this.flushTo(this.buffer.subarray(0, used));
  }
}

export async function writePieces(pieces: Iterable<string>, write: (text: string) => Promise<void>, size = BATCH_SIZE): Promise<void> {
  for (const batch of batches(pieces, "", size)) await write(batch);
}
