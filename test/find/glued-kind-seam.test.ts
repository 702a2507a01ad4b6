import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gluedKindThenNumber } from "../../src/find/short.js";
import { KIND_WORDS_SOURCE, KINDS } from "../../src/vocab/kinds.js";
import { SO_ACUTE_LOST } from "../../src/vocab/numbers.js";

// gluedKindThenNumber as it was before the seam was looked for first: the regex alone, then the seam's test.
const GLUED = new RegExp(String.raw`\p{L}(${KIND_WORDS_SOURCE})\s+((?:số|${SO_ACUTE_LOST})\s*:?\s*)?$`, "iu");
function regexAlone(before: string): RegExpExecArray | null {
  const k = GLUED.exec(before);
  if (!k) return null;
  const seam = k.index + k[0].indexOf(k[1]);
  const last = before[seam - 1];
  const first = before[seam];
  return last !== last.toUpperCase() && first !== first.toLowerCase() ? k : null;
}
const same = (s: string) => {
  const a = regexAlone(s);
  const b = gluedKindThenNumber(s);
  return a === null ? b === null : b !== null && a.index === b.index && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
};

describe("gluedKindThenNumber's seam looked for first", () => {
  it("reads the glued kind word as the regex alone does", () => {
    expect(gluedKindThenNumber("hướng dẫn thực hiện Nghị định 09 vàThông tư ")?.[1]).toBe("Thông tư");
    expect(gluedKindThenNumber("Thực hiệnQuyết định số ")?.[1]).toBe("Quyết định");
    expect(gluedKindThenNumber("thực hiện Quyết định số ")).toBeNull();
    expect(gluedKindThenNumber("theo QUYẾTĐỊNH số ")).toBeNull();
  });

  it("answers as the regex alone on every 32 characters before a digit of the dev texts, and on random glued strings", () => {
    const dir = "fixtures/dev/texts";
    let n = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const t = readFileSync(join(dir, f), "utf8");
      for (let i = 1; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c < 0x30 || c > 0x39) continue;
        const s = t.slice(Math.max(0, i - 32), i);
        expect(same(s), s).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(5000);
    // Kind words in their cases glued to words in theirs, letters past ASCII on either side of the seam.
    const words = KINDS.flatMap((k) => k.words);
    const lefts = ["và", "VÀ", "hiện", "HIỆN", "cứ", "Cứ", "tại", "x", "X", "ư", "Ư", "1", ",", " ", "ß", "ǅ", "\u0345"];
    const tails = [" ", "  số ", " số: ", " sô ", "\nsố\t", " số 12", ""];
    let seed = 52;
    const rand = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % m);
    const cases = [(w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w.toLowerCase(), (w: string) => w.normalize("NFD")];
    let glued = 0;
    for (let r = 0; r < 4000; r++) {
      const s = "theo " + lefts[rand(lefts.length)] + cases[rand(cases.length)](words[rand(words.length)]) + tails[rand(tails.length)];
      expect(same(s), s).toBe(true);
      if (gluedKindThenNumber(s) !== null) glued++;
    }
    expect(glued).toBeGreaterThan(100);
  });
});
