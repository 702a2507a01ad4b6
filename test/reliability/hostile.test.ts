/**
 * Hostile inputs stay linear. Timings are compared with a baseline measured in the same process
 * (never against a fixed number of milliseconds, which would fail on a slow or busy machine):
 *   - runs of the characters citations are made of cost no more than ordinary text of the same size;
 *   - text dense with anchors costs in proportion to its size (4x the text, about 4x the time);
 *   - 10 MB on a single line, or without any whitespace, is handled.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { generateText } from "../../bench/corpus.mjs";

const MB = 1_000_000;
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Best of a few runs, in ms: the minimum is the figure least disturbed by other processes. */
function bestTime(text: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    extract(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe("hostile inputs", () => {
  const prose = generateText({ seed: 11, bytes: MB }).text;

  const runs: Record<string, string> = {
    digits: fill("1", MB),
    slashes: fill("/", MB),
    dashes: fill("-", MB),
    "en dashes": fill("\u2013", MB),
    spaces: fill(" ", MB),
    newlines: fill("\n", MB),
    '"số " repeated': fill("số ", MB),
    '"1/1/1/1…"': fill("1/", MB),
    '"1-A/1-A/…"': fill("1-A/", MB),
    '"1 / 1 / …"': fill("1 / ", MB),
    "combining marks": fill("\u0301", MB),
    "kind words": fill("Nghị định số ", MB),
  };

  it.each(Object.keys(runs))("1 MB of %s costs less than 20x 1 MB of ordinary text", (name) => {
    bestTime(prose, 1); // warm up the JIT on the baseline too
    const base = bestTime(prose);
    const hostile = bestTime(runs[name]);
    expect(hostile / base, `${name}: ${hostile.toFixed(1)} ms vs ${base.toFixed(1)} ms`).toBeLessThan(20);
  });

  /**
   * Characters no token matches (another script, emoji, the private-use glyphs PDF fonts give for
   * bullets) right after citations: the lexer must skip them about as cheaply as letters. Compared
   * with the same text with a Latin letter in place of each such character, so that only their
   * own cost is measured, not that of the dense citations around them.
   */
  const foreign: Record<string, (filler: string) => string> = {
    "Chinese after each citation": (f) => `1/A ${f.repeat(80)} `,
    "emoji after each citation": (f) => `Nghị định số 61/2018/NĐ-CP ${f.repeat(40)} `,
    "PDF private-use glyphs after each citation": (f) => `Quyết định số 12/QĐ-UBND ${f.repeat(60)} `,
  };
  const FOREIGN_CHAR: Record<string, string> = {
    "Chinese after each citation": "中",
    "emoji after each citation": "😀",
    "PDF private-use glyphs after each citation": "\uf0b7",
  };

  it.each(Object.keys(foreign))("50 KB with %s costs less than 5x the same text in Latin letters", (name) => {
    const n = 50_000;
    const latin = fill(foreign[name]("x".repeat(FOREIGN_CHAR[name].length)), n);
    const other = fill(foreign[name](FOREIGN_CHAR[name]), n);
    bestTime(latin, 1);
    const ratio = bestTime(other, 2) / bestTime(latin);
    expect(ratio, `${name}: ${ratio.toFixed(1)}x the Latin text`).toBeLessThan(5);
  });

  /** Inputs where almost every position is an anchor or a citation: cost must grow linearly. */
  const dense: Record<string, string> = {
    '"1/A " (a citation every 4 characters)': "1/A ",
    '"1/A, " (one endless list)': "1/A, ",
    '"1-A/B " (Party numbering)': "1-A/B ",
    '"1 / 2020 / A "': "1 / 2020 / A ",
    "marks between citations": "a\u0301\u0302\u0303 1/A ",
    // Few tokens before each number: the island window must grow back over a 300-letter word.
    "long words between citations": `${"x".repeat(300)} -1/A `,
    "citations with dates and issuers": "61/2018/NĐ-CP ngày 1/1/2018 của Chính phủ ",
    // Words keyword phrases have inside ("và", "dân"): a window must not keep reaching back
    // over them for a phrase that might have begun earlier.
    '"và" between citations': `${"và ".repeat(400)}số 5/KH-UBND `,
    '"dân" between citations': `${"dân ".repeat(400)}Kế hoạch số 5/KH-UBND `,
  };

  it.each(Object.keys(dense))("%s: four times the text takes about four times as long", (name) => {
    // Big enough that fixed per-call costs (JIT, a GC) do not weigh on the small run.
    const n = 40_000;
    const small = fill(dense[name], n);
    const large = fill(dense[name], 4 * n);
    bestTime(small, 2);
    const ratio = bestTime(large, 2) / bestTime(small);
    // 4 when linear, 16 when quadratic; 8 (their geometric mean) tells them apart on a busy machine.
    expect(ratio, `${name}: ratio ${ratio.toFixed(2)}`).toBeLessThan(8);
  });

  it("handles 10 MB on a single line, and finds what it holds", () => {
    const g = generateText({ seed: 5, bytes: 10 * MB });
    // One for one, so every inserted offset still holds.
    const oneLine = g.text.replace(/[\n\r]/g, " ");
    expect(oneLine.includes("\n")).toBe(false);
    const found = new Set(extract(oneLine).map((c) => c.numberStart));
    const missed = g.citations.filter((c) => !found.has(c.numberStart));
    expect(missed.map((c) => oneLine.slice(c.start, c.end)).slice(0, 5)).toEqual([]);
  });

  it("handles 10 MB without any whitespace", () => {
    const text = fill("Nghịđịnhsố61/2018/NĐ-CPngày", 10 * MB);
    expect(Array.isArray(extract(text))).toBe(true);
  });
});
