import { describe, expect, it } from "vitest";
import { needsPreparing } from "../../src/prepare/needs-preparing.js";
import { GLUED_BEFORE_NUMBER, SO_LETTER_LOST } from "../../src/vocab/numbers.js";
import { LOOK_ALIKES } from "../../src/vocab/look-alikes.js";

describe("needsPreparing", () => {
  const last = [...new Set([...GLUED_BEFORE_NUMBER.flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]).flatMap((w) => [w.at(-1)!, w.at(-1)!.toUpperCase()]), SO_LETTER_LOST])];
  // Or "của" between a digit and a letter, in any case.
  // Or a lower-case "của", "về", "và", "năm" run into a digit, a capital or "TTg" (any "g": a superset, prepare() decides), read up to its first mark.
  // Or "năm" (composed, any case) run into a year's first two digits, "19" or "20".
  const reference = new RegExp(
    `[\\u0300-\\u036f${Object.keys(LOOK_ALIKES).join("")}]|[${last.join("")}][0-9]|[0-9][cC][ủỦ][aA][A-Za-zĐƯư]|[0-9A-ZĐg](?:củ|về|và|nă)|[0-9](?:CỦ|VỀ|VÀ|NĂ|Củ|Về|Và|Nă|cỦ|vỀ|vÀ|nĂ)|[nN][ăĂ][mM](?:19|20)`,
  );
  it("answers as a combining mark, a look-alike, or a glued word's last letter before a digit", () => {
    const alphabet = [...last, ...Object.keys(LOOK_ALIKES), "\u0300", "\u0302", "a", "o", "s", "5", "0", " ", "\n", "c", "C", "ủ", "Ủ", "A", "Đ", "ư", "v", "ề", "à", "n", "ă", "m", "T", "g", "U", "V", "Ề", "N", "Ă", "M", "1", "2", "9"];
    let seed = 3;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    for (let k = 0; k < 20000; k++) {
      let s = "";
      for (let i = random(7); i > 0; i--) s += alphabet[random(alphabet.length)];
      expect(needsPreparing(s), JSON.stringify(s)).toBe(reference.test(s));
    }
  });

  // Read by table, the regex asked only at a key ("ủ", "à", "ề", "ă") where a character before or after
  // allows a match: long strings of the characters those tests read (a digit or capital two back, "m"
  // and a year after "nă", "s" before a digit, marks), each key at every place a window may put it.
  it("answers as the regex over longer strings, each key at any place", () => {
    const alphabet = [...last, ...Object.keys(LOOK_ALIKES), "\u0300", "\u0309", "a", "s", "5", "1", "2", "0", "9", " ", "\n", "c", "C", "ủ", "Ủ", "A", "Đ", "g", "T", "v", "V", "ề", "Ề", "à", "À", "n", "N", "ă", "Ă", "m", "M", "của", "về", "và", "năm", "UBND", "TTg", "2019", "y", "ố"];
    let seed = 5;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    for (let k = 0; k < 30000; k++) {
      let s = "";
      for (let i = 1 + random(12); i > 0; i--) s += alphabet[random(alphabet.length)];
      expect(needsPreparing(s), JSON.stringify(s)).toBe(reference.test(s));
    }
  });
});
