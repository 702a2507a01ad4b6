/**
 * A file's bytes, bounded: only regular files (a FIFO would block for ever, /dev/zero never
 * ends), and never more than the size limit, however the file grows while it is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { sizeText } from "./limits.js";
import { ReadError, fileLabel } from "./types.js";
import { errorText } from "./util.js";

/** What a non-regular file is, for the message. */
function kindOf(stats: import("node:fs").Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * A file that could not be opened. A name that is not UTF-8 (bytes of a legacy encoding, as an archive made on an
 * older Windows unpacks "Quyết định.txt") reaches here as the string Node makes of it, U+FFFD for each bad
 * sequence, and no file has that name: "no such file" alone, for a file the walk listed, sent the user looking
 * for a missing file (audit54). Said so, with what to do.
 */
function cannotOpen(path: string, cause: unknown): ReadError {
  const badName = (cause as NodeJS.ErrnoException | null)?.code === "ENOENT" && path.includes("\ufffd");
  const why = badName ? ": its name is not valid UTF-8 (a legacy encoding's name, as an archive made on an older Windows unpacks it), so it cannot be opened by name; rename it in UTF-8 to read it" : "";
  return new ReadError("unreadable", path, `${fileLabel(path)}cannot open (${errorText(cause)})${why}`, { cause });
}

/**
 * loadFile without the event loop, for a worker thread that reads one file at a time: five
 * asynchronous calls per file (open, stat, read, read, close) cost about a quarter of a
 * millisecond of CPU each time, several times the read itself. Same checks, same errors.
 *
 * With `above`, a regular file of more than `above` bytes is not read: null, for the caller to
 * look closer (a text to analyse in chunks), where a stat of its own before every read cost the
 * worker one system call per file (bench/README.md, Session 37).
 */
export function loadFileSync(path: string, maxBytes: number): Uint8Array;
export function loadFileSync(path: string, maxBytes: number, above: number): Uint8Array | null;
export function loadFileSync(path: string, maxBytes: number, above = Infinity): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    throw cannotOpen(path, cause);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw new ReadError("not-a-file", path, `${fileLabel(path)}is ${kindOf(stats)}, not a regular file: not read`);
    }
    if (stats.size > above) return null;
    if (stats.size > maxBytes) throw tooLarge(path, maxBytes, stats.size);
    const chunks: Buffer[] = [];
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let filled = 0;
    let length = 0;
    for (;;) {
      // Reads to one byte past the limit, in 1 MB pieces once the stat's size is passed: a file that grows is still caught.
      if (filled === buffer.length) {
        chunks.push(buffer);
        buffer = Buffer.allocUnsafe(1 << 20);
        filled = 0;
      }
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(path, maxBytes, null);
    }
    if (chunks.length === 0) return buffer.subarray(0, filled);
    chunks.push(buffer.subarray(0, filled));
    return Buffer.concat(chunks, length);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError("unreadable", path, `${fileLabel(path)}cannot read (${errorText(error)})`, { cause: error });
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing was written: a failed close loses nothing.
    }
  }
}

/**
 * Opens a regular file of at most `maxBytes` for reading, and its size; anything else is a
 * ReadError (the handle then closed). Shared by the whole-file and the chunked readers.
 */
export async function openRegularFile(path: string, maxBytes: number): Promise<{ handle: import("node:fs/promises").FileHandle; size: number }> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait for one for ever; the
    // fstat below then refuses it. On a regular file the flag changes nothing.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    throw cannotOpen(path, cause);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new ReadError("not-a-file", path, `${fileLabel(path)}is ${kindOf(stats)}, not a regular file: not read`);
    }
    if (stats.size > maxBytes) throw tooLarge(path, maxBytes, stats.size);
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close().catch(() => {});
    if (error instanceof ReadError) throw error;
    throw new ReadError("unreadable", path, `${fileLabel(path)}cannot read (${errorText(error)})`, { cause: error });
  }
}

export async function loadFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const { handle, size } = await openRegularFile(path, maxBytes);
  try {
    // Read up to one byte past the limit: a file that grows after the stat is still caught.
    const buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(path, maxBytes, null);
      if (length === buffer.length) return growAndFinish(handle, buffer, length, path, maxBytes);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError("unreadable", path, `${fileLabel(path)}cannot read (${errorText(error)})`, { cause: error });
  }
  finally {
    await handle.close().catch(() => {});
  }
}

/** The file grew past its stat size but may still be under the limit: read on in chunks. */
async function growAndFinish(
  handle: import("node:fs/promises").FileHandle,
  first: Buffer,
  length: number,
  path: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks = [first.subarray(0, length)];
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 20);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, length);
    length += bytesRead;
    if (length > maxBytes) throw tooLarge(path, maxBytes, null);
    chunks.push(chunk.subarray(0, bytesRead));
  }
}

export function tooLarge(path: string | undefined, maxBytes: number, size: number | null): ReadError {
  const actual = size === null ? "more than that" : sizeText(size);
  return new ReadError(
    "too-large",
    path,
    `${fileLabel(path)}larger than the ${sizeText(maxBytes)} limit (${actual}); raise --max-file-size (maxFileSize) to read it`,
  );
}
