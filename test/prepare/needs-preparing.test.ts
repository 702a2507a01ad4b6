import { describe, expect, it } from "vitest";
import { needsPreparing } from "../../src/prepare/needs-preparing.js";
import { GLUED_BEFORE_NUMBER, SO_LETTER_LOST } from "../../src/vocab/numbers.js";
import { LOOK_ALIKES } from "../../src/vocab/look-alikes.js";

describe("needsPreparing", () => {
  it("answers as a combining mark, a look-alike, or a glued word's last letter before a digit", () => {
    const last = [...new Set([...GLUED_BEFORE_NUMBER.flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]).flatMap((w) => [w.at(-1)!, w.at(-1)!.toUpperCase()]), SO_LETTER_LOST])];
    // Or "của" between a digit and a letter, in any case.
    // Or a lower-case "của", "về", "và", "năm" run into a digit, a capital or "TTg" (any "g": a superset, prepare() decides), read up to its first mark.
    // Or "năm" (composed, any case) run into a year's first two digits, "19" or "20".
    const reference = new RegExp(
      `[\\u0300-\\u036f${Object.keys(LOOK_ALIKES).join("")}]|[${last.join("")}][0-9]|[0-9][cC][ủỦ][aA][A-Za-zĐƯư]|[0-9A-ZĐg](?:củ|về|và|nă)|[0-9](?:CỦ|VỀ|VÀ|NĂ|Củ|Về|Và|Nă|cỦ|vỀ|vÀ|nĂ)|[nN][ăĂ][mM](?:19|20)`,
    );
    const alphabet = [...last, ...Object.keys(LOOK_ALIKES), "\u0300", "\u0302", "a", "o", "s", "5", "0", " ", "\n", "c", "C", "ủ", "Ủ", "A", "Đ", "ư", "v", "ề", "à", "n", "ă", "m", "T", "g", "U", "V", "Ề", "N", "Ă", "M", "1", "2", "9"];
    let seed = 3;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    for (let k = 0; k < 20000; k++) {
      let s = "";
      for (let i = random(7); i > 0; i--) s += alphabet[random(alphabet.length)];
      expect(needsPreparing(s), JSON.stringify(s)).toBe(reference.test(s));
    }
  });
});
