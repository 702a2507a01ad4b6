/**
 * The checks every session's new rules face (test/reliability/session<N>-rules.test.ts): each trigger, repeated,
 * costs in proportion to its length, and strings of the triggers' pieces never make extract() or analyze() throw
 * or give a span outside the caller's text. A session's file keeps its own triggers, pieces and parity samples.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { analyze } from "../../src/analyze/index.js";
import type { Analysis } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";
import { extractUnguarded, spanProblems } from "./invariants.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { vncite, SLOW_RUNS_TIMEOUT } from "../cli/helpers.js";

/** Four times the text: about 4x when linear, 16x when quadratic. */
export const LIMIT = 9;
const QUARTER = (n: number) => Math.max(1, Math.round(n / 4));
/** Five pairs at most (a noisy pair is measured again); each measure repeats its call until it has used enough CPU (test/helpers/linear.ts). */
export const PAIRS = 5;

/** A trigger's name, the text of n of it, extract()'s n and analyze()'s (each measured against a quarter of it). */
export type Trigger = [string, (n: number) => string, number, number];

/**
 * The share of each trigger's size measured: half. The sessions' files grew to a third of a CI run near its five-minute
 * budget (session 61: 339 s, session60-rules alone 51–68 s); four times a quarter still tells linear (4x) from
 * quadratic (16x) at half the sizes, as session 60 found for its five heaviest triggers.
 */
const SHARE = (n: number) => Math.max(4, Math.round(n / 2));

/**
 * extract() and analyze() on each trigger, four times its quarter: the CPU-time ratio stays under LIMIT (cpuRatio
 * warms the quarter only and measures each size for enough CPU to outweigh a collector's pause).
 */
export function staysLinear(triggers: Trigger[]): void {
  it.each(triggers)("extract(): %s", (_name, make, n) => {
    const size = SHARE(n);
    expect(cpuRatio((x) => extract(x), make(size), make(QUARTER(size)), PAIRS, LIMIT)).toBeLessThan(LIMIT);
  });
  it.each(triggers)("analyze(): %s", (_name, make, _n, m) => {
    const size = SHARE(m);
    expect(cpuRatio((x) => analyze(x), make(size), make(QUARTER(size)), PAIRS, LIMIT)).toBeLessThan(LIMIT);
  });
}

/** Strings made of a session's pieces, in random order. */
export const stringsOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(""));

/**
 * `hostile`'s strings hold citations often enough (over 100 of 300 drawn with `seed`) for holdsOn's span checks to
 * mean something: it guards the generator, not the library; without citations those properties would pass vacuously.
 */
export function holdsCitationsOften(hostile: fc.Arbitrary<string>, seed: number, runs = 300): void {
  it("hold citations often enough for the span checks to mean something", () => {
    const texts = fc.sample(hostile, { numRuns: runs, seed });
    expect(texts.filter((t) => extract(t).length > 0).length).toBeGreaterThan(runs / 3);
  });
}

/**
 * Neither path of extract() nor analyze() throws on `hostile`'s strings, and every span points into the caller's text.
 * `runs` scales the draws (400 and 300): a session whose pieces are whole draftings draws fewer, heavier strings.
 */
export function holdsOn(hostile: fc.Arbitrary<string>, runs = 1): void {
  it("never make extract() or the pipeline under it throw, on either path, spans are the caller's text, and both paths agree", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const strategy of ["islands", "whole-text"] as const) {
          expect(() => extractUnguarded(text, strategy)).not.toThrow();
          expect(spanProblems(text, extract(text, { strategy }))).toEqual([]);
        }
        // The whole-text path (the island path's oracle) reads a number split by a line break from a window: the same citations.
        expect(extract(text, { strategy: "whole-text" })).toEqual(extract(text));
      }),
      { numRuns: Math.round(400 * runs) },
    );
  });

  it("never make analyze() fail, and every span it gives points into the caller's text", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const a = analyze(text);
        expect(a.warnings.filter((w) => w.code === "internal-error")).toEqual([]);
        expect(spanProblems(text, a.citations)).toEqual([]);
        const inText = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length;
        for (const c of a.citations) {
          if (c.pinpoint) expect(inText(c.pinpoint.start, c.pinpoint.end), JSON.stringify(c.pinpoint)).toBe(true);
        }
        for (const p of a.parts ?? []) expect(inText(p.start, p.end), JSON.stringify(p)).toBe(true);
        for (const r of a.relations) expect(inText(r.evidence.start, r.evidence.end), JSON.stringify(r.evidence)).toBe(true);
      }),
      { numRuns: Math.round(300 * runs) },
    );
  });
}

/** A rule's sample: its name, a text it reads, and whether an analysis shows it read there. */
export type ParitySample = [string, string, (a: Analysis) => boolean];

/** Each change whitespace.test.ts, line-ends.test.ts and nfd.test.ts hold the real texts to. */
export const BLANK_CHANGES: [string, (text: string) => string][] = [
  ["\\r\\n", (t) => t.replaceAll("\n", "\r\n")],
  ["\\r", (t) => t.replaceAll("\n", "\r")],
  ["U+00A0 for every space", (t) => t.replaceAll(" ", "\u00a0")],
  ["a tab for every space", (t) => t.replaceAll(" ", "\t")],
  ["two spaces for every space", (t) => t.replaceAll(" ", "  ")],
  ["every line indented", (t) => t.replace(/^/gm, "  ")],
  ["blanks at every line's end", (t) => t.replace(/\n/g, " \t\n")],
  ["NFD", (t) => t.normalize("NFD")],
];

/**
 * What a reader of a sample's analysis sees, without offsets (other blanks move them): the own document, each
 * citation's id, role, kind, form and date, each relation with its evidence's blanks folded and composed.
 */
export function readSample(text: string) {
  const a = analyze(text, { path: "sample" });
  return {
    self: [a.self?.id ?? null, a.self?.kind ?? null, a.self?.number ?? null, a.self?.symbol ?? null],
    citations: a.citations.map((c) => [c.id, c.role, c.kind, c.form, c.date ?? null]),
    relations: a.relations.map((r) => [r.from, r.type, r.to, r.evidence.sentence.replace(/\s+/g, " ").normalize("NFC")]),
  };
}

/** Each sample is read by its rule, and `read` (what a session's rules decide) gives the same under every change. */
export function readsAlike(samples: ParitySample[], read: (text: string) => unknown): void {
  it.each(samples)("the sample for %s is read by its rule", (_name, text, readBy) => {
    expect(readBy(analyze(text, { path: "sample" }))).toBe(true);
  });
  const cases = samples.flatMap(([name, text]) => BLANK_CHANGES.map(([change, f]) => [name, change, text, f] as const));
  it.each(cases)("%s, with %s", (_name, _change, text, change) => {
    expect(read(change(text))).toEqual(read(text));
  });
}

/**
 * The CLI over a folder of every session's samples (`texts`, one subfolder a session, outputs written under `dir`):
 * `--jobs 1` and the default number of workers give the same graph and the same citations, byte for byte, and the
 * citations of each session's subfolder hold its word (`expected`: subfolder → word). One folder for all sessions, not one each: each
 * run loads the library twice (main process and worker), and 12 runs were a tenth of the suite's CLI time (session 63).
 * Each session's files are still in both outputs: a difference in any of them differs the whole.
 */
export function sameForAnyJobs(dir: string, texts: string, expected: Record<string, string>): void {
  it("gives the same graph and the same citations for --jobs 1 and the default", async () => {
    const [one, many, x1, xn] = await Promise.all([
      vncite(["graph", texts, "-o", join(dir, "one.json"), "--jobs", "1"]),
      vncite(["graph", texts, "-o", join(dir, "many.json")]),
      vncite(["extract", texts, "--jobs", "1"]),
      vncite(["extract", texts]),
    ]);
    expect(one.code).toBe(0);
    expect(many.code).toBe(0);
    expect(readFileSync(join(dir, "many.json"), "utf8")).toBe(readFileSync(join(dir, "one.json"), "utf8"));
    expect(x1.code).toBe(0);
    expect(xn.stdout).toBe(x1.stdout);
    const lines = x1.stdout.split("\n");
    for (const [folder, word] of Object.entries(expected)) {
      expect(lines.some((l) => l.includes(`/${folder}/`) && l.includes(word)), `${word} in ${folder}`).toBe(true);
    }
  }, SLOW_RUNS_TIMEOUT);
}
