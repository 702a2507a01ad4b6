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
  /**
   * A high surrogate that ended the last piece, held for the next: the two halves of a pair cut
   * between pieces are one character (4 bytes), where each half encoded alone is U+FFFD.
   */
  private high = "";

  constructor(
    private readonly flushTo: (bytes: Uint8Array) => void,
    private readonly size = BATCH_SIZE,
  ) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  add(text: string): void {
    if (this.high !== "") {
      text = this.high + text;
      this.high = "";
    }
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.high = text.slice(-1);
      text = text.slice(0, -1);
    }
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4).
    if (text.length * 3 > this.size - this.used) {
      this.hand();
      if (text.length * 3 > this.size) {
        this.flushTo(Buffer.from(text, "utf8"));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  /** Hands on everything added so far (a high surrogate left at the end too, as U+FFFD). */
  flush(): void {
    if (this.high !== "") {
      if (this.size - this.used < 3) this.hand();
      this.used += this.buffer.write(this.high, this.used);
      this.high = "";
    }
    this.hand();
  }

  private hand(): void {
    if (this.used === 0) return;
    const used = this.used;
    this.used = 0;
    this.flushTo(this.buffer.subarray(0, used));
  }
}

export async function writePieces(pieces: Iterable<string>, write: (text: string) => Promise<void>, size = BATCH_SIZE): Promise<void> {
  for (const batch of batches(pieces, "", size)) await write(batch);
}
