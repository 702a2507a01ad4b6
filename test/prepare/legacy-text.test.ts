import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { legacyText } from "../../src/prepare/legacy-text.js";
import { encodeLegacy } from "../../src/shared/legacy-encoding.js";
import { cpuRatio } from "../helpers/linear.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures", import.meta.url));
const read = (...path: string[]) => readFileSync(join(FIXTURES, ...path), "utf8");
/** A real decree's text (fixtures/dev), made legacy mojibake by the tables' inverse: nothing composed. */
const DEV = read("dev", "texts", "dev-005.txt").normalize("NFC");

describe("legacyText: a string holding legacy font mojibake", () => {
  it("is converted from TCVN3 one unit for one: the map is the identity, the text the real one", () => {
    const legacy = encodeLegacy(DEV, "tcvn3");
    const out = legacyText(legacy)!;
    expect(out).not.toBeNull();
    expect(out.map.isIdentity).toBe(true);
    expect(out.text.length).toBe(legacy.length);
    // Each line's words as written but for the capitals TCVN3 cannot spell (restored by context): compared in small letters.
    expect(out.text.toLowerCase()).toBe(DEV.toLowerCase());
    expect(out.warning).toMatchObject({ code: "legacy-encoding", start: 0, end: legacy.length });
    expect(out.warning.message).toContain("TCVN3");
  });

  it("is converted from VNI, each letter written in two units mapped back to both", () => {
    const legacy = encodeLegacy(DEV, "vni");
    const out = legacyText(legacy)!;
    expect(out.text).toBe(DEV);
    expect(out.warning.message).toContain("VNI");
    expect(legacy.length).toBeGreaterThan(DEV.length);
    // Every word of the converted text maps back to the spelling of the same word in the caller's string.
    for (const m of DEV.matchAll(/\p{L}+/gu)) {
      const start = out.map.toOriginal(m.index, "start");
      const end = out.map.toOriginal(m.index + m[0].length, "end");
      expect(legacy.slice(start, end)).toBe(encodeLegacy(m[0], "vni"));
    }
  });

  it("converts a TCVN3 page copied as it is (fresh61g-003, a probe text)", () => {
    const page = read("fresh", "fresh61g", "texts", "fresh61g-003.txt");
    const out = legacyText(page)!;
    expect(out.text).toContain("Căn cứ Nghị định số 15/CP ngày 02 tháng 03 năm 1993 của Chính");
    const at = out.text.indexOf("Nghị định số 68/CP");
    expect(page.slice(out.map.toOriginal(at), out.map.toOriginal(at + 18, "end"))).toBe("NghÞ ®Þnh sè 68/CP");
  });

  it("leaves a short legacy quotation in a Unicode text as it is (too little to prove anything)", () => {
    const quoted = `${DEV.slice(0, 600)}\nTrích: "${encodeLegacy("Căn cứ Luật Tổ chức Chính phủ", "tcvn3")}"\n${DEV.slice(600, 1200)}`;
    expect(legacyText(quoted)).toBeNull();
  });

  it("never fires on ordinary text: no text of fixtures/dev/texts, fixtures/ or the fresh sets but the two legacy pages", () => {
    const dirs = [join(FIXTURES, "dev", "texts"), FIXTURES, ...readdirSync(join(FIXTURES, "fresh"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(FIXTURES, "fresh", d.name, "texts"))];
    const fired: string[] = [];
    let texts = 0;
    for (const dir of dirs) {
      let names: string[];
      try {
        names = readdirSync(dir).filter((n) => n.endsWith(".txt"));
      } catch {
        continue;
      }
      for (const name of names) {
        texts++;
        if (legacyText(readFileSync(join(dir, name), "utf8")) !== null) fired.push(name);
      }
    }
    expect(texts).toBeGreaterThan(2000);
    expect(fired.sort()).toEqual(["fresh30h-011.txt", "fresh61g-003.txt"]);
  });

  it("answers a text without a legacy sign by one scan, and converts nothing there", () => {
    expect(legacyText(DEV)).toBeNull();
    expect(legacyText("")).toBeNull();
    // Symbols TCVN3 spells no letter with, and a sign alone or with digits: no proof.
    expect(legacyText("Nhiet do 25°C, dien tich 30 m², gap (×2) lan, ©2020 ".repeat(20))).toBeNull();
  });

  it("stays linear on long runs of Latin-1 symbols and legacy words", () => {
    const runs = ["¸µ®©ª«¬".repeat(4), "NghÞ ®Þnh sè 15/CP ngµy 02 th¸ng 03 n¨m 1993 ", "Nghò ñònh soá 15/CP ngaøy 02 thaùng 03 naêm 1993 ", "ñöôïc ".repeat(3)];
    for (const run of runs) {
      // Four times the text: about 4x when linear, 16x when quadratic.
      const ratio = cpuRatio((t) => legacyText(t), run.repeat(12_000), run.repeat(3_000), 5, 9);
      expect(ratio, run).toBeLessThan(9);
    }
  });

  it("never throws, and its map stays inside the caller's string", () => {
    const pieces = ["¸", "µ", "®", "§", "Þ", "ñ", "ö", "aù", "oà", "ô", "ñ", "\n", " ", "NghÞ", "®Þnh", "Nghò", "ñònh", "số", "Việt", "15/CP", "\u0301", "\uFEFF", "\u00AD", "\r\n"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((xs) => xs.join("")), (text) => {
        const out = legacyText(text);
        if (out === null) return;
        for (let i = 0; i <= out.text.length; i++) {
          const start = out.map.toOriginal(i, "start");
          const end = out.map.toOriginal(i, "end");
          expect(start >= 0 && start <= text.length && end >= start && end <= text.length).toBe(true);
        }
        expect(out.map.toOriginal(out.text.length, "end")).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });
});
