/**
 * How far a .docx's XML parts inflate, checked before mammoth inflates them: first the sizes the
 * zip's central directory declares, then the real sizes, by inflating each part and counting
 * (a zip bomb can declare anything). The count stops at the limit, so the check itself holds no
 * more than one chunk of inflated data at a time.
 */
import { promisify } from "node:util";
import { createInflateRaw, inflateRaw } from "node:zlib";

const inflateRawAsync = promisify(inflateRaw);

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The central directory's entries; throws a plain Error when the zip's structure is broken. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw new Error("no end of central directory: not a complete zip file");
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 20 + 8, true));
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) throw new Error("broken zip64 directory");
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) throw new Error("broken central directory");
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    readZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEocd(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const last = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= last; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

/** Sizes and offsets too big for 32 bits are in the zip64 extra field, in this order. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  const end = Math.min(start + length, view.byteLength);
  for (let p = start; p + 4 <= end; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = q + 8 <= end ? Number(view.getBigUint64(q, true)) : 0;
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    p += 4 + size;
  }
}

/** The parts mammoth parses into a tree: every XML part and relationship list. */
export const isXmlPart = (name: string): boolean => /\.(?:xml|rels)$/i.test(name);

/** What the XML parts hold, as far as counted: bytes and elements ("<" and a letter). */
export interface Inflated {
  bytes: number;
  elements: number;
  /** Counting stopped at a limit. */
  over: "bytes" | "elements" | null;
}

/**
 * Inflates the entries to count their bytes and elements, stopping at either limit (the rest is
 * not inflated). Throws a plain Error on a broken entry.
 */
export async function inflatedSize(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: { bytes: number; elements: number },
): Promise<Inflated> {
  const counted: Inflated = { bytes: 0, elements: 0, over: null };
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (entry.method === 0) count(counted, data, false, limits);
    else if (entry.method === 8) await countInflated(data, counted, limits);
    else throw new Error(`${entry.name} uses compression method ${entry.method}, which Word never writes`);
    if (counted.over) return counted;
  }
  return counted;
}

/** Adds one chunk to the counts; `afterLt` says the previous chunk ended with "<". Returns whether this one does. */
function count(counted: Inflated, chunk: Uint8Array, afterLt: boolean, limits: { bytes: number; elements: number }): boolean {
  counted.bytes += chunk.length;
  if (afterLt && chunk.length > 0 && isLetter(chunk[0])) counted.elements++;
  for (let i = chunk.indexOf(0x3c); i !== -1 && i + 1 < chunk.length; i = chunk.indexOf(0x3c, i + 1)) {
    if (isLetter(chunk[i + 1])) counted.elements++;
  }
  if (counted.bytes > limits.bytes) counted.over = "bytes";
  else if (counted.elements > limits.elements) counted.over = "elements";
  return chunk.length > 0 && chunk[chunk.length - 1] === 0x3c;
}

const isLetter = (b: number): boolean => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** Inflates one raw deflate stream into the counts, stopping once a limit is passed. */
function countInflated(data: Uint8Array, counted: Inflated, limits: { bytes: number; elements: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    // Big chunks: the default 16 KB costs a thread-pool round trip per 16 KB (64 MB took seconds).
    const inflate = createInflateRaw({ chunkSize: 1 << 20 });
    let afterLt = false;
    inflate.on("data", (chunk: Buffer) => {
      afterLt = count(counted, chunk, afterLt, limits);
      if (counted.over) {
        inflate.destroy();
        resolve();
      }
    });
    inflate.on("end", () => resolve());
    inflate.on("error", reject);
    inflate.end(data);
  });
}

/** One entry's bytes, inflated; throws a plain Error when the entry is broken or inflates past `maxBytes`. */
export async function entryBytes(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
  const data = entryData(bytes, entry);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`${entry.name} uses compression method ${entry.method}, which Word never writes`);
  return inflateRawAsync(data, { maxOutputLength: Math.max(1, maxBytes) });
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) throw new Error(`broken local header of ${entry.name}`);
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(dataStart, dataStart + entry.compressedSize);
}
