import { describe, expect, it } from "vitest";
import { noteIfDiffer } from "../helpers/search-equivalence.js";
import { asPrepared } from "../../src/prepare/as-read.js";
import { composedWord } from "../../src/shared/chars.js";
import { dropIgnorables } from "../../src/prepare/ignorables.js";
import { repairLookAlikes } from "../../src/prepare/repair-look-alikes.js";
import { IGNORABLES, LOOK_ALIKES } from "../../src/vocab/look-alikes.js";

describe("asPrepared", () => {
  const chain = (s: string) => repairLookAlikes(composedWord(dropIgnorables(s)));

  it("reads as the three steps one after another, over random strings of what each changes", () => {
    const alphabet = [...IGNORABLES, ...Object.keys(LOOK_ALIKES), "\u0300", "\u0301", "\u0302", "\u0323", "\u036f", "e", "a", "Q", "đ", "ị", " ", "\n", "-", "1", "Quyết định", "Nghi\u0323 đi\u0323nh", "\u{1d400}"];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    const differ: string[] = [];
    for (let k = 0; k < 20000; k++) {
      let s = "";
      for (let i = random(9); i > 0; i--) s += alphabet[random(alphabet.length)];
      noteIfDiffer(differ, asPrepared(s), chain(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
  });

  it("gives a clean stretch back as it is, the same string", () => {
    const s = "Căn cứ Nghị định số 15/2020/NĐ-CP của Chính phủ";
    expect(asPrepared(s)).toBe(s);
    expect(asPrepared("Quyết \u00f0ịnh")).toBe("Quyết đ\u1ecbnh".normalize("NFC"));
    expect(asPrepared("Q\u2060uye\u0302\u0301t")).toBe("Quyết");
  });
});
