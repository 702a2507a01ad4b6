import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MARKER_LINES, OPENS_MARKER } from "../../../src/analyze/parts/read-parts.js";

// findParts asks a part marker's regex of a line only where the line's first letter after its markup
// (" ", "*", "_", "#", "(", "-") has that marker's bit in OPENS_MARKER. The table must hold every
// letter a match can open with: otherwise a line the regex reads would be passed over.
const MARKUP = " \t*_#(-";
const firstAfterMarkup = (line: string): number => {
  let k = 0;
  while (k < line.length && MARKUP.includes(line[k])) k++;
  return k;
};

/** Lines each marker's regex reads, the first letter of their word to be replaced by every code unit. */
const SAMPLES = [
  "Nơi nhận:", "NƠI NHẬN :", "nơi nhận", "Noi nhan:",
  "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. BỘ TRƯỞNG", "TUQ. CHỦ TỊCH",
  "Căn cứ Luật Tổ chức chính quyền địa phương;", "Theo đề nghị của Giám đốc Sở", "Xét đề nghị của", "Trên cơ sở", "Sau khi xem xét", "Qua xem xét", "Xét",
  "QUYẾT ĐỊNH:", "Quyết nghị :", "Chỉ thị:", "BAN HÀNH:", "Quy định:", "NGHỊ QUYẾT:",
  "Điều 1.", "ĐIỀU 2:", "điều 3 .",
];
const PREFIXES = ["", "** ", "- ", "("];

describe("OPENS_MARKER", () => {
  // 33 million lines: each is made only for a code unit the table leaves out that is no markup (the prefixes are all
  // markup, so the first letter after it is the code unit itself), which is where the old test asked the regex too.
  it("holds, for each marker's regex, every code unit its match may open with after the markup", () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    for (const { re: made, bit } of MARKER_LINES) {
      const re = made();
      for (const sample of SAMPLES) {
        const rest = sample.slice(1);
        for (const prefix of PREFIXES) {
          for (let c = 0; c < 0x10000; c++) {
            if ((OPENS_MARKER[c] & bit) !== 0 || MARKUP.includes(units[c])) continue;
            const line = prefix + units[c] + rest;
            if (re.test(line)) throw new Error(`${re.source.slice(0, 40)} reads ${JSON.stringify(line)}, but U+${c.toString(16)} has no bit ${bit}`);
          }
        }
      }
    }
  });

  it("holds each marker's letters as written, and leaves out the letters no marker opens with", () => {
    const bitOf = (s: string) => OPENS_MARKER[s.charCodeAt(0)];
    expect(bitOf("N") & bitOf("n") & 1).toBe(1);
    expect(bitOf("T") & 2).toBe(2);
    expect(bitOf("t") & 2).toBe(0);
    expect(bitOf("C") & 4).toBe(4);
    expect(bitOf("c") & 4).toBe(0);
    expect(bitOf("q") & 8).toBe(8);
    expect(bitOf("đ") & bitOf("Đ") & 16).toBe(16);
    for (const letter of "aeghilmoprvyđư") expect(bitOf(letter) & ~16 & 31).toBe(0);
  });

  it("passes over no line of the fixtures' and dev texts that a marker's regex reads", () => {
    const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((d) => join("fixtures/fresh", d, "texts"))];
    let read = 0;
    for (const dir of dirs) {
      let files: string[] = [];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
      } catch {
        continue;
      }
      for (const f of files) {
        for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
          const head = line.slice(0, 200);
          const k = firstAfterMarkup(head);
          if (k >= head.length) continue;
          for (const { re, bit } of MARKER_LINES) {
            if (re().test(head)) {
              read++;
              expect((OPENS_MARKER[head.charCodeAt(k)] & bit) !== 0, `${f}: ${head}`).toBe(true);
            }
          }
        }
      }
    }
    expect(read).toBeGreaterThan(1000);
  });
});
