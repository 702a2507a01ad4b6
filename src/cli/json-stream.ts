/**
 * JSON.stringify(value, null, 2) written in pieces. A national collection's graph is hundreds of
 * MB of JSON: as one string it costs twice that in memory (Vietnamese text makes V8 strings two
 * bytes a character) and hits V8's limit on string length (~512 M characters) soon after. The top
 * `levels` of objects and arrays are walked; anything deeper is stringified whole.
 *
 * For plain data (what CitationGraph.toJSON() returns) the bytes are exactly JSON.stringify's.
 */
export function* prettyJSON(value: unknown, levels = 2, indent = ""): Generator<string> {
  if (levels === 0 || value === null || typeof value !== "object") {
    yield JSON.stringify(value, null, 2).replace(/\n/g, "\n" + indent);
    return;
  }
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    yield "[\n";
    for (let i = 0; i < value.length; i++) {
      yield (i === 0 ? "" : ",\n") + inner;
      // As in JSON.stringify, array holes and values JSON has no form for become null.
      const item = value[i] === undefined || typeof value[i] === "function" ? null : value[i];
      yield* prettyJSON(item, levels - 1, inner);
    }
    return yield `\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
  if (entries.length === 0) return yield "{}";
  yield "{\n";
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i === 0 ? "" : ",\n"}${inner}${JSON.stringify(key)}: `;
    yield* prettyJSON(v, levels - 1, inner);
  }
  yield `\n${indent}}`;
}

/** Joins small pieces into writes of about `size` characters. */
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
