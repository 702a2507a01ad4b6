import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/read/util.js";

const oneShot = (bytes: Uint8Array, options: { fatal?: boolean; ignoreBOM?: boolean } = {}) => new TextDecoder("utf-8", options).decode(bytes);
const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeUtf8", () => {
  const samples = [
    "",
    "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;",
    "\ufeffSố: 12/KH-UBND", // a BOM, kept or dropped as ignoreBOM says
    "ASCII only, and an astral letter 𝐀 and an emoji 🇻🇳",
    "Nghi\u0323 \u0111i\u0323nh".normalize("NFD"),
  ];

  it.each(samples)("gives what a one-shot decode gives: %j", (s) => {
    for (const options of [{}, { fatal: true }, { ignoreBOM: true }, { fatal: true, ignoreBOM: true }]) {
      expect(decodeUtf8(bytes(s), options)).toBe(oneShot(bytes(s), options));
    }
  });

  it("throws where a fatal one-shot decode throws: a bad byte, a sequence cut at the end", () => {
    const bad = Uint8Array.from([...bytes("Quyết định"), 0xff, ...bytes(" số 1")]);
    const cut = bytes("Quyết định số 1 của Bộ").slice(0, -1); // "ộ" is three bytes: its last is gone
    for (const b of [bad, cut]) {
      expect(() => oneShot(b, { fatal: true })).toThrow();
      expect(() => decodeUtf8(b, { fatal: true })).toThrow();
      expect(decodeUtf8(b)).toBe(oneShot(b)); // not fatal: U+FFFD in the same places
    }
  });
});
