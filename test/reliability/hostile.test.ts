/**
 * Hostile inputs stay linear. Costs are compared with a baseline measured in the same process,
 * never against a fixed number of milliseconds, and are CPU time, not wall time: other busy
 * processes on the machine stretch the wall clock (ratios of 10-15 against a limit of 8 were seen
 * with two of them beside the tests) but hardly this process's own CPU time. Each ratio is the
 * smallest of several pairs measured back to back. The wall-clock version of the same checks is
 * `npm run bench` (bench/hostile.bench.mjs).
 *   - runs of the characters citations are made of cost no more than ordinary text of the same size;
 *   - text dense with anchors costs in proportion to its size (4x the text, about 4x the time);
 *   - 10 MB on a single line, or without any whitespace, is handled.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { generateText } from "../../bench/corpus.mjs";
import { cpuRatio } from "../helpers/linear.js";
import { DENSE_LIMIT, FOREIGN_LIMIT, MB, RUNS_LIMIT, dense, fill, foreign, pairedMinRatio, runs } from "../../bench/hostile.mjs";

/** CPU time of one extract() over `text`, in ms (user + system, this process). */
function cpu(text: string): number {
  const before = process.cpuUsage();
  extract(text);
  const used = process.cpuUsage(before);
  // At least one microsecond, so that a ratio is always defined.
  return Math.max(1, used.user + used.system) / 1000;
}

describe("hostile inputs", () => {
  const prose = generateText({ seed: 11, bytes: MB }).text;

  const runInputs = runs();
  it.each(Object.keys(runInputs))(`1 MB of %s costs less than ${RUNS_LIMIT}x 1 MB of ordinary text`, (name) => {
    const ratio = pairedMinRatio(cpu, runInputs[name], prose, 3, RUNS_LIMIT);
    expect(ratio, `${name}: ${ratio.toFixed(1)}x`).toBeLessThan(RUNS_LIMIT);
  });

  /**
   * Characters no token matches (another script, emoji, the private-use glyphs PDF fonts give for
   * bullets) right after citations: the lexer must skip them about as cheaply as letters. Compared
   * with the same text with a Latin letter in place of each such character, so that only their
   * own cost is measured, not that of the dense citations around them.
   */
  const foreignInputs = foreign();
  it.each(Object.keys(foreignInputs))(`50 KB with %s costs less than ${FOREIGN_LIMIT}x the same text in Latin letters`, (name) => {
    const [other, latin] = foreignInputs[name];
    const ratio = pairedMinRatio(cpu, other, latin, 5, FOREIGN_LIMIT);
    expect(ratio, `${name}: ${ratio.toFixed(1)}x the Latin text`).toBeLessThan(FOREIGN_LIMIT);
  });

  /**
   * Inputs where almost every position is an anchor or a citation: cost must grow linearly. Only the small text is
   * warmed (cpuRatio): a cold large run can only read dear and fail a pair the next one decides, and warming it as
   * well cost a large run (70-390 ms) a test and decided nothing, as session 64 found for the rules' triggers.
   */
  const denseInputs = dense();
  it.each(Object.keys(denseInputs))("%s: four times the text takes about four times as long", (name) => {
    const [small, large] = denseInputs[name];
    const ratio = cpuRatio((t) => extract(t), large, small, 5, DENSE_LIMIT);
    expect(ratio, `${name}: ratio ${ratio.toFixed(2)}`).toBeLessThan(DENSE_LIMIT);
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
