/** Small helpers the readers share. */

/** Node's Buffer view of the same bytes (mammoth and word-extractor want a Buffer), without copying. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
