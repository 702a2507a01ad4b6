import { closeSync, openSync, readSync } from "node:fs";

/** A file's UTF-8 text in pieces of about 1 MB (a character split between reads is kept whole). */
export function* fileChunks(file: string): Generator<string> {
  const fd = openSync(file, "r");
  try {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const buf = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) yield decoder.decode(buf.subarray(0, n), { stream: true });
    yield decoder.decode();
  } finally {
    closeSync(fd);
  }
}
