/**
 * A text file too large to hold as one string, read as overlapping chunks: memory holds one
 * chunk, however large the file (V8 cannot make a string past ~512 M characters, and a 500 MB
 * file read whole took 4.3 GB). Each chunk answers for the middle of its overlaps with its
 * neighbours ([from, to)), so a reader of chunks keeps what starts there and sees at least half
 * an overlap of text on either side of it.
 *
 * Only UTF-8 and UTF-16 (with a byte order mark) are read this way: telling a legacy encoding
 * needs the whole text.
 */
import { closeSync, constants, openSync, readSync, statSync } from "node:fs";
import { formatFromPath, sniffFormat } from "./format.js";
import { openRegularFile, tooLarge } from "./load.js";
import { ReadError, fileLabel } from "./types.js";
import { errorText } from "./util.js";

export interface TextChunk {
  /** whole.slice(start, start + text.length). */
  text: string;
  /** UTF-16 offset of text[0] in the whole text. */
  start: number;
  /** The part of the whole this chunk answers for, [from, to), in UTF-16 offsets of the whole. */
  from: number;
  to: number;
}

export interface ChunkSizes {
  /** UTF-16 code units per chunk. */
  size: number;
  /** Code units two neighbouring chunks share; each sees half of it past what it answers for. */
  overlap: number;
}

/** 8 M characters a chunk (16 MB as a string), 64 K shared: far more than a citation and its sentence. */
export const DEFAULT_CHUNKS: Readonly<ChunkSizes> = Object.freeze({ size: 8 * 1024 * 1024, overlap: 64 * 1024 });

/** Splits text arriving in pieces into overlapping chunks; always at least one (empty text is one empty chunk). */
export async function* chunkText(pieces: AsyncIterable<string> | Iterable<string>, sizes: ChunkSizes = DEFAULT_CHUNKS): AsyncGenerator<TextChunk> {
  const { size, overlap } = checked(sizes);
  const half = overlap >> 1;
  let buffer = "";
  let start = 0;
  for await (const piece of pieces) {
    buffer += piece;
    // Strictly more than a chunk: there is text after it, so it is not the last.
    while (buffer.length > size) {
      yield { text: buffer.slice(0, size), start, from: start === 0 ? 0 : start + half, to: start + size - half };
      buffer = buffer.slice(size - overlap);
      start += size - overlap;
    }
  }
  yield { text: buffer, start, from: start === 0 ? 0 : start + half, to: start + buffer.length };
}

function checked({ size, overlap }: ChunkSizes): ChunkSizes {
  if (!(Number.isInteger(size) && Number.isInteger(overlap) && overlap >= 2 && size >= 2 * overlap)) {
    throw new RangeError(`chunks of ${size} sharing ${overlap}: the size must be at least twice the overlap, which must be at least 2`);
  }
  return { size, overlap };
}

/**
 * Whether a path is a text file (by its name, and no other format by its first bytes, as
 * readDocument tells them) of more than `threshold` bytes. False for anything else, unreadable
 * files included: readDocument then says what is wrong. Synchronous, and one stat for a file
 * below the threshold: the asynchronous open, stat and close it made cost more CPU than reading a
 * typical plan. (The worker asks it only of a text its read found past the threshold: loadFileSync's `above`.)
 */
export function isLargeText(path: string, threshold: number): boolean {
  if (formatFromPath(path) !== "text") return false;
  let fd: number | undefined;
  try {
    // stat does not open: a FIFO is not waited on, and is not a file.
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats?.isFile() || stats.size <= threshold) return false;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const head = Buffer.alloc(1024);
    const bytesRead = readSync(fd, head, 0, head.length, 0);
    const sniffed = sniffFormat(head.subarray(0, bytesRead));
    return sniffed === null || sniffed === "html";
  } catch {
    return false;
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Only read from: nothing is lost.
      }
    }
  }
}

/**
 * A text file's chunks, read 1 MiB at a time; ReadErrors as readDocument gives them (not-a-file,
 * too-large, binary, invalid-utf8, and empty for a file of nothing but white space, known only at
 * its end: after its last chunk's text is read, before that chunk is given).
 */
export function readTextChunks(path: string, maxFileSize: number, sizes: ChunkSizes = DEFAULT_CHUNKS): AsyncGenerator<TextChunk> {
  return chunkText(decodeFile(path, maxFileSize), sizes);
}

async function* decodeFile(path: string, maxFileSize: number): AsyncGenerator<string> {
  const { handle } = await openRegularFile(path, maxFileSize);
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let decoder: TextDecoder | null = null;
    let offset = 0;
    let text = false;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      let bytes = buffer.subarray(0, bytesRead);
      if (offset + bytesRead > maxFileSize) throw tooLarge(path, maxFileSize, null);
      if (!decoder) {
        const bom = byteOrderMark(bytes);
        decoder = new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: true });
        bytes = bytes.subarray(bom.length);
      }
      if (decoder.encoding === "utf-8" && bytes.includes(0)) {
        throw new ReadError("binary", path, `${fileLabel(path)}holds NUL bytes: a binary file, or UTF-16 text without a byte order mark`);
      }
      const piece = decode(decoder, bytes, path, offset);
      text ||= /\S/.test(piece);
      yield piece;
      offset += bytesRead;
    }
    const rest = decoder ? decode(decoder, undefined, path, offset) : "";
    // As readDocument: a file of white space (or none) holds no text.
    if (!(text || /\S/.test(rest))) throw new ReadError("empty", path, `${fileLabel(path)}holds no text`);
    if (decoder) yield rest;
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError("unreadable", path, `${fileLabel(path)}cannot read (${errorText(error)})`, { cause: error });
  } finally {
    await handle.close().catch(() => {});
  }
}

function byteOrderMark(b: Uint8Array): { encoding: string; length: number } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return { encoding: "utf-8", length: 0 };
}

function decode(decoder: TextDecoder, bytes: Uint8Array | undefined, path: string, offset: number): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch (cause) {
    throw new ReadError(
      "invalid-utf8",
      path,
      `${fileLabel(path)}not valid ${decoder.encoding.toUpperCase()} (a bad byte within the MiB from offset ${offset}); a file this large is read in chunks, as UTF-8 or UTF-16 only: save it as UTF-8`,
      { cause },
    );
  }
}
