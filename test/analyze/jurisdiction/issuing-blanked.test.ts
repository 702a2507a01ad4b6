import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ISSUING_REACH, issuingIn, issuingInBlanked, lastBanHanhEnd } from "../../../src/analyze/jurisdiction/issuing-sentence.js";
import { blankedSpans, withoutCitations } from "../../../src/analyze/jurisdiction/most-named.js";

// Session 59 (speed59c, issue 15): find-jurisdiction read the issuing sentence in a blanked copy of every cited text's
// first 6,000 characters; issuingInBlanked reads BAN_HANH's places in the text itself and copies only as far as
// ISSUING can match. It must answer as issuingIn over the whole blanked head, for any citations.

interface Span {
  start: number;
  end: number;
}

function corpusTexts(): string[] {
  const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((d) => join("fixtures/fresh", d, "texts"))];
  const out: string[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    } catch {
      continue;
    }
    for (const f of files) out.push(readFileSync(join(dir, f), "utf8"));
  }
  return out;
}
const TEXTS = corpusTexts();

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spans in text order, some overlapping the one before (withoutCitations leaves those as they are), some past the head. */
function randomSpans(length: number, seed: number, gap: number, long: number): Span[] {
  const r = random(seed);
  const out: Span[] = [];
  let at = Math.floor(r() * gap);
  while (at < Math.min(length, ISSUING_REACH + 500)) {
    const start = r() < 0.1 && out.length > 0 ? Math.max(out[out.length - 1].start, out[out.length - 1].end - 5) : at;
    const end = Math.min(length, start + Math.floor(r() * long));
    out.push({ start, end });
    at = Math.max(at, end) + Math.floor(r() * gap);
  }
  return out;
}

/** Spans on and around each "ban … hành" of the head: over the run between, over a letter of either word, over a word between. */
function spansAroundBanHanh(text: string): Span[][] {
  const out: Span[][] = [];
  const head = text.slice(0, ISSUING_REACH);
  const re = /ban([^]{1,40}?)hành/g;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const gapStart = m.index + 3;
    const gapEnd = gapStart + m[1].length;
    out.push([{ start: gapStart, end: gapEnd }]);
    out.push([{ start: gapStart + 1, end: gapEnd }]);
    out.push([{ start: gapStart, end: gapEnd - 1 }]);
    out.push([{ start: m.index + 2, end: gapEnd }]);
    out.push([{ start: gapStart, end: gapEnd + 1 }]);
    out.push([{ start: Math.max(0, m.index - 30), end: m.index }]);
    out.push([{ start: gapEnd + 4, end: Math.min(text.length, gapEnd + 40) }]);
    re.lastIndex = m.index + 1;
  }
  return out;
}

const whole = (text: string, cited: readonly Span[]) => issuingIn(withoutCitations(text, cited, 0, ISSUING_REACH));
const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) => (a === null || b === null ? a === b : a.index === b.index && a.length === b.length && a.every((g, i) => g === b[i]));
function lastEndInBlanked(text: string, cited: readonly Span[]): number {
  const head = withoutCitations(text, cited, 0, ISSUING_REACH);
  let end = -1;
  const re = /ban\s+hành/g;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    end = m.index + m[0].length;
    re.lastIndex = m.index + 1;
  }
  return end;
}

describe("issuingInBlanked (jurisdiction/issuing-sentence.ts)", () => {
  it("answers as issuingIn over the whole blanked head, over the corpus with citations anywhere", () => {
    let cases = 0;
    let matched = 0;
    let cut = 0;
    for (const [t, text] of TEXTS.entries()) {
      const sets = [
        ...spansAroundBanHanh(text),
        randomSpans(text.length, t * 7 + 1, 300, 120),
        randomSpans(text.length, t * 7 + 2, 40, 60),
        randomSpans(text.length, t * 7 + 3, 2000, 400),
        randomSpans(text.length, t * 7 + 4, 8, 30),
      ];
      for (const cited of sets) {
        const a = issuingInBlanked(text, cited);
        const b = whole(text, cited);
        if (!same(a, b)) expect({ text: text.slice(0, 200), cited, a, b }).toBe("the same answer");
        const end = lastBanHanhEnd(text, blankedSpans(cited), Math.min(text.length, ISSUING_REACH));
        if (end !== lastEndInBlanked(text, cited)) expect({ text: text.slice(0, 200), cited, end }).toBe("BAN_HANH's last end in the blanked head");
        cases++;
        if (b) matched++;
        if (end >= 0 && end < Math.min(text.length, ISSUING_REACH)) cut++;
      }
    }
    expect(cases).toBeGreaterThan(5000);
    expect(matched).toBeGreaterThan(100);
    expect(cut).toBeGreaterThan(1000);
  });

  it("finds the sentence a citation between its words leaves in the blanked copy, and none where only the citation holds \"ban hành\"", () => {
    const text = "UBND tỉnh Hà Nam Kế hoạch số 5/KH-UBND ban hành Kế hoạch thực hiện";
    const cited = [{ start: text.indexOf("Kế"), end: text.indexOf(" ban") }];
    expect(issuingIn(text)).toBeNull();
    expect(issuingInBlanked(text, cited)?.[2]).toBe("Hà Nam");
    const inside = "UBND tỉnh Hà Nam thực hiện Quyết định số 5/QĐ-UBND ban hành quy chế";
    const all = [{ start: inside.indexOf("Quyết"), end: inside.length }];
    expect(issuingInBlanked(inside, all)).toBeNull();
    expect(lastBanHanhEnd(inside, all, inside.length)).toBe(-1);
    expect(issuingInBlanked("ban\thành", [])?.[0]).toBeUndefined();
    expect(lastBanHanhEnd("ban\thành", [], 8)).toBe(8);
    expect(lastBanHanhEnd("banhành", [], 7)).toBe(-1);
    expect(lastBanHanhEnd("ban hành", [{ start: 3, end: 4 }], 8)).toBe(8);
    expect(lastBanHanhEnd("banXhành", [{ start: 3, end: 4 }], 8)).toBe(8);
    expect(lastBanHanhEnd("banXhành", [{ start: 2, end: 4 }], 8)).toBe(-1);
    expect(lastBanHanhEnd("ban hành", [], 7)).toBe(-1);
  });
});

describe("withoutCitations' blanks (jurisdiction/most-named.ts)", () => {
  const reference = (text: string, cited: readonly Span[], from: number, to: number): string => {
    let out = "";
    let at = 0;
    for (const c of cited) {
      if (c.start < at) continue;
      out += text.slice(at, c.start) + " ".repeat(c.end - c.start);
      at = c.end;
    }
    return (out + text.slice(at)).slice(from, to);
  };

  it("blanks each citation, short or longer than the string of spaces it slices", () => {
    const text = TEXTS.find((t) => t.length > 20000)!;
    for (const [seed, long] of [
      [1, 60],
      [2, 400],
      [3, 3000],
    ]) {
      const cited = randomSpans(text.length, seed, 200, long).filter((c, i, all) => i === 0 || c.start >= all[i - 1].start);
      for (const [from, to] of [
        [0, ISSUING_REACH],
        [0, text.length],
        [1234, 9876],
      ])
        expect(withoutCitations(text, cited, from, to)).toBe(reference(text, cited, from, to));
    }
  });
});
