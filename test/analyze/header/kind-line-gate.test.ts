/**
 * KIND_LINE_GATE (src/analyze/header/kind-line.ts): execAtLineStarts asks the kind-line regexes only of the lines
 * whose first code unit past the lead is in the gate's table. The table must hold every code unit a match may open
 * with: otherwise a kind line would be passed over.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HeadLines, execAtLineStarts } from "../../../src/analyze/head-lines.js";
import { KIND_LINE_GATE, KIND_LINE_REGEXES } from "../../../src/analyze/header/kind-line.js";
import { seededRandom as random } from "../../../src/view/layout.js";

const LEAD = " \t#*_";
/** Every match of `re` in `s`, from each line's start, gated or not. */
function all(s: string, re: RegExp, gated: boolean): [number, string][] {
  const lines = new HeadLines(s);
  const found: [number, string][] = [];
  const gate = gated ? KIND_LINE_GATE : undefined;
  for (let m = execAtLineStarts(lines, re, s, 0, gate); m; m = execAtLineStarts(lines, re, s, m.index + m[0].length, gate)) {
    found.push([m.index, m[0]]);
    if (m[0].length === 0 && m.index >= s.length) break;
  }
  return found;
}

/** Lines the regexes read, their first letter to be replaced by every code unit. */
// Each read by one regex or both: a kind alone, a footnote's mark, an issuer, a title going on (~1.3 M execs, ~0.6 s).
const SAMPLES = ["QUYẾT ĐỊNH", "Kế hoạch thực hiện", "THÔNG TƯ1", "NGHỊ QUYẾT CỦA HỘI ĐỒNG", "Báo cáo tình hình"];
const PREFIXES = ["", "## **"];

describe("KIND_LINE_GATE", () => {
  it("holds every code unit a kind-line regex's match may open with after the lead", () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    let read = 0;
    for (const re of KIND_LINE_REGEXES) {
      for (const sample of SAMPLES) {
        for (const prefix of PREFIXES) {
          const line = prefix + sample;
          re.lastIndex = 0;
          if (re.exec(line) !== null) read++;
          for (let c = 0; c < 0x10000; c++) {
            if (KIND_LINE_GATE.mayOpen(units[c], 0) || LEAD.includes(units[c])) continue;
            re.lastIndex = 0;
            if (re.exec(prefix + units[c] + sample.slice(1)) !== null) throw new Error(`${re.source.slice(0, 30)} reads ${JSON.stringify(prefix + units[c] + sample.slice(1))}, gated out`);
          }
        }
      }
    }
    expect(read).toBeGreaterThanOrEqual(12);
  });

  it("passes over the lines that open with no kind word's letter past the lead", () => {
    expect(KIND_LINE_GATE.mayOpen("## **QUYẾT ĐỊNH", 0)).toBe(true);
    expect(KIND_LINE_GATE.mayOpen("x\nquyết định", 2)).toBe(true);
    for (const line of ["Số: 12/QĐ-UBND", "Xét đề nghị", "ỦY BAN NHÂN DÂN", "   ", "", "1. QUYẾT ĐỊNH", "- Kế hoạch"]) expect(KIND_LINE_GATE.mayOpen(line, 0), line).toBe(false);
  });

  it("gives the matches the regexes give ungated, in the dev texts, a sample of the fresh ones and random lines", () => {
    const texts: string[] = [];
    const dev = "fixtures/dev/texts";
    for (const f of readdirSync(dev).filter((f) => f.endsWith(".txt"))) texts.push(readFileSync(join(dev, f), "utf8"));
    // One text of each fresh set, its number turning with the set's (held texts, every 4th, left out).
    readdirSync("fixtures/fresh", { withFileTypes: true }).forEach((d, i) => {
      if (!d.isDirectory()) return;
      const n = String([1, 2, 3, 5, 6, 7, 9, 10, 11][i % 9]).padStart(3, "0");
      try {
        const f = readdirSync(join("fixtures/fresh", d.name, "texts")).find((f) => f.includes(`-${n}`) || f.startsWith(n));
        if (f) texts.push(readFileSync(join("fixtures/fresh", d.name, "texts", f), "utf8"));
      } catch {
        // A folder without texts.
      }
    });
    const next = random(5);
    const pieces = ["\n", "\n", " ", "\t", "#", "*", "_", "QUYẾT ĐỊNH", "Kế hoạch", "x", "của UBND", "Độc lập", "1"];
    for (let n = 0; n < 400; n++) {
      let s = "";
      for (let i = Math.floor(next() * 20); i > 0; i--) s += pieces[Math.floor(next() * pieces.length)];
      texts.push(s);
    }
    let found = 0;
    for (const text of texts) {
      const head = text.slice(0, 3000);
      for (const re of KIND_LINE_REGEXES) {
        const want = all(head, re, false);
        found += want.length;
        expect(all(head, re, true)).toEqual(want);
      }
    }
    expect(texts.length).toBeGreaterThan(300);
    expect(found).toBeGreaterThan(100);
  });
});
