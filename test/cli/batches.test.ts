import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Utf8Buffer } from "../../src/cli/batches.js";

/** The bytes a Utf8Buffer of `size` hands on for `pieces`, and the size of each hand-over. */
function through(pieces: readonly string[], size: number): { bytes: Buffer; flushes: number[] } {
  const out: Buffer[] = [];
  const flushes: number[] = [];
  const buffer = new Utf8Buffer((bytes) => {
    // Copied: the buffer is refilled after the call.
    out.push(Buffer.from(bytes));
    flushes.push(bytes.length);
  }, size);
  for (const piece of pieces) buffer.add(piece);
  buffer.flush();
  return { bytes: Buffer.concat(out), flushes };
}

describe("Utf8Buffer", () => {
  it("hands on the UTF-8 of the pieces joined, whatever the buffer's size and the pieces' cuts", () => {
    // Vietnamese letters (2 and 3 bytes), astral characters (a surrogate pair, 4 bytes) and lone
    // surrogates (written as U+FFFD, as Buffer.from writes them).
    const unit = fc.constantFrom("a", "Đ", "ệ", "ố", "\u0301", "😀", "\ud800", "\udc00", "\n", " ");
    const piece = fc.array(unit, { maxLength: 40 }).map((units) => units.join(""));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 4, max: 64 }), (pieces, size) => {
        const { bytes, flushes } = through(pieces, size);
        expect(bytes.equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
        // A piece too large for the buffer goes on alone; every other hand-over fits the buffer.
        for (const n of flushes) expect(n <= size || pieces.some((p) => p.length * 3 > size)).toBe(true);
      }),
    );
  });

  it("writes nothing for nothing, and a piece larger than the buffer whole", () => {
    expect(through([], 16).flushes).toEqual([]);
    expect(through(["", ""], 16).flushes).toEqual([]);
    const { bytes, flushes } = through(["ab", "Quyết định số 15/2020/QĐ-UBND", "c"], 16);
    expect(bytes.toString("utf8")).toBe("abQuyết định số 15/2020/QĐ-UBNDc");
    expect(flushes).toEqual([2, Buffer.byteLength("Quyết định số 15/2020/QĐ-UBND"), 1]);
  });
});
