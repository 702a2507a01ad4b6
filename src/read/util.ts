/** Small helpers the readers share. */

/** Node's Buffer view of the same bytes (mammoth and word-extractor want a Buffer), without copying. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * UTF-8 bytes as a string, as `new TextDecoder("utf-8", options).decode(bytes)` gives it, through
 * the decoder's streaming path: on Node 20 a one-shot decode() of a whole file takes 2.5-4.5 times
 * as long as the same bytes streamed and flushed (10 MB of Vietnamese plans: 228 ms against 88;
 * bench/README.md, session 11). With `fatal`, a bad or truncated sequence throws, in either call.
 */
export function decodeUtf8(bytes: Uint8Array, options: { fatal?: boolean; ignoreBOM?: boolean } = {}): string {
  const decoder = new TextDecoder("utf-8", options);
  const text = decoder.decode(bytes, { stream: true });
  const rest = decoder.decode();
  return rest.length === 0 ? text : text + rest;
}
