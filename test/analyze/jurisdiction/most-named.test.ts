import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mostNamedProvince, mostNamedProvinces, withoutCitations } from "../../../src/analyze/jurisdiction/most-named.js";
import { extract } from "../../../src/index.js";
import { stopsProvinceRead } from "../../../src/vocab/provinces.js";
import { cpuRatio } from "../../helpers/linear.js";

/** What findJurisdiction read before the one scan: the blanked copy scanned, and the text scanned. */
const reference = (text: string, cited: { start: number; end: number }[]) => ({
  own: mostNamedProvince(cited.length ? withoutCitations(text, cited, 0, text.length) : text),
  all: mostNamedProvince(text),
});
const names = (r: ReturnType<typeof reference>) => ({ own: r.own?.name ?? null, all: r.all?.name ?? null });

/**
 * Citations in `text` sorted by start, each up to `gap` characters after the one before and up to `length` long:
 * overlapping now and then when `overlapping` (the spans analyze() blanks may), else each after the one before.
 */
function citationsIn(text: string, next: () => number, overlapping: boolean, gap: number, length: number): { start: number; end: number }[] {
  const cited: { start: number; end: number }[] = [];
  for (let at = 0; at < text.length; ) {
    const start = at + Math.floor(next() * gap);
    const end = start + Math.floor(next() * length);
    if (end > text.length) break;
    cited.push({ start, end });
    at = overlapping && next() < 0.2 ? Math.max(0, start - 2) : end;
  }
  if (overlapping) cited.sort((a, b) => a.start - b.start);
  return cited;
}

/**
 * A short random text of letters, spaces and line breaks, and citations in it sorted by start: overlapping now and then
 * when `overlapping` (the spans analyze() blanks may), else each after the one before (blankedSpans' list).
 */
function randomCited(next: () => number, overlapping: boolean): { text: string; cited: { start: number; end: number }[] } {
  const text = Array.from({ length: 20 + Math.floor(next() * 80) }, () => "ab c\n"[Math.floor(next() * 5)]).join("");
  const cited = citationsIn(text, next, overlapping, 8, 8);
  return { text, cited };
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the province named most often, with and without the citations (one scan)", () => {
  it("reads as the blanked copy and the text read on the dev texts, their citations as extract() finds them", () => {
    const dir = "fixtures/dev/texts";
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(join(dir, f), "utf8");
      const cited = extract(text).map((c) => ({ start: c.start, end: c.end }));
      expect(names(mostNamedProvinces(text, cited)), f).toEqual(names(reference(text, cited)));
    }
  });

  it("reads as they do where the province words stand right before, across, inside or after a citation", () => {
    // Pieces of real plans' sentences: the province words, names, citations' words, whitespace of every kind.
    const pieces = [
      "tỉnh", "TỈNH", "Tỉnh", "thành", "phố", "thành phố", "THÀNH PHỐ", "thành\tphố", "Quảng Nam", "Quảng", "Nam", "Hà Nội",
      "Hà", "Nội", "Bắc Giang", "Đồng Tháp", "Hồ Chí Minh", "Kế hoạch số 12/KH-UBND", "của UBND", "Quyết định", "12", ";", ",", ".",
      "(", ")", "-", "và", " ", " ", "  ", "\t", "\n", "\u00a0", "TP.", "huyện", "Long Hồ",
    ];
    const next = random(39);
    let checked = 0;
    for (let n = 0; n < 4000; n++) {
      const parts: string[] = [];
      const count = 4 + Math.floor(next() * 24);
      for (let i = 0; i < count; i++) parts.push(pieces[Math.floor(next() * pieces.length)]);
      const text = parts.join(next() < 0.5 ? " " : "");
      // Citations anywhere, overlapping or not, some of whitespace only, some empty.
      const cited = citationsIn(text, next, true, 12, 10);
      expect(names(mostNamedProvinces(text, cited)), JSON.stringify({ text, cited })).toEqual(names(reference(text, cited)));
      checked++;
    }
    expect(checked).toBe(4000);
  });

  it("reads the copy's matches that the text has not: the words right before a citation, or run across one", () => {
    const cases: [string, string][] = [
      ["UBND tỉnh", "Kế hoạch số 5/KH-UBND"],
      ["Ban hành theo tỉnh", "Quyết định 12 Quảng Nam và tỉnh Quảng Nam"],
      ["trên địa bàn thành", "Kế hoạch 7"],
      // The words in capitals, their last letter "H" or "Ố".
      ["UBND TỈNH", "Kế hoạch số 5/KH-UBND"],
      ["ỦY BAN NHÂN DÂN THÀNH PHỐ", "Kế hoạch số 5/KH-UBND"],
      ["ỦY BAN NHÂN DÂN THÀNH  PHỐ\t", "Quyết định 12"],
    ];
    for (const [before, citation] of cases) {
      for (const after of [" phố Quảng Nam; tỉnh Bắc Giang", "\tphố Hà Nội", " Quảng Nam", "\nphố Quảng Nam", ""]) {
        const text = `${before}${citation}${after}`;
        const cited = [{ start: before.length, end: before.length + citation.length }];
        expect(names(mostNamedProvinces(text, cited)), text).toEqual(names(reference(text, cited)));
      }
    }
    // "thành ⟨citation⟩ phố Quảng Nam": the copy reads "thành … phố Quảng Nam", the text no province word there.
    const text = "trên địa bàn thành Kế hoạch 7 phố Quảng Nam";
    expect(names(mostNamedProvinces(text, [{ start: 19, end: 29 }]))).toEqual({ own: "Quảng Nam", all: null });
  });

  it("reads the copy where a name runs across citations that hold characters which stop the reader (digits, '/', ',')", () => {
    // "tỉnh Quảng ⟨citation⟩ Nam": the copy reads "Quảng", the blanks and "Nam" as one name; the first character that
    // stops the reader is looked for past each citation, not in it.
    const cite = (text: string, words: string[]) => words.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
    const cases: [string, string[]][] = [
      ["UBND tỉnh Quảng Kế hoạch số 5/KH-UBND Nam; tỉnh Bắc Giang", ["Kế hoạch số 5/KH-UBND"]],
      ["UBND tỉnh Quảng Kế hoạch số 5/KH-UBND Quyết định 12, Nam và tỉnh Bắc Giang", ["Kế hoạch số 5/KH-UBND", "Quyết định 12,"]],
      ["tỉnh Hà Quyết định 1/QĐ Nội, tỉnh Hà Nội và tỉnh Bắc Giang, tỉnh Bắc Giang", ["Quyết định 1/QĐ"]],
      ["tỉnh Hà Quyết định 1/QĐ Nội, tỉnh Bắc Giang", ["Quyết định 1/QĐ"]],
    ];
    for (const [text, words] of cases) {
      const cited = cite(text, words);
      expect(names(mostNamedProvinces(text, cited)), text).toEqual(names(reference(text, cited)));
    }
    expect(names(mostNamedProvinces(cases[3][0], cite(...cases[3])))).toEqual({ own: "Hà Nội", all: "Bắc Giang" });
  });

  it("blanks a slice as it blanks the whole text, the citations past the slice not read", () => {
    const next = random(7);
    for (let n = 0; n < 2000; n++) {
      const { text, cited } = randomCited(next, true);
      const whole = withoutCitations(text, cited, 0, text.length);
      const from = Math.floor(next() * text.length);
      const to = from + Math.floor(next() * (text.length - from + 5));
      expect(withoutCitations(text, cited, from, to), JSON.stringify({ text, cited, from, to })).toBe(whole.slice(from, to));
    }
  });

  it("asks for the words before a citation only after their last letter: h or ố, in either case, the units /i takes for them", () => {
    const last = [0x68, 0x48, 0x1ed1, 0x1ed0];
    const taken: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (/^(?:h|ố)$/i.test(String.fromCharCode(u))) taken.push(u);
    expect(taken.sort((a, b) => a - b)).toEqual([...last].sort((a, b) => a - b));
  });

  it("stops the province reader's walk only at characters no name holds", () => {
    expect([..."0123456789,;:()/"].every((c) => stopsProvinceRead(c.charCodeAt(0)))).toBe(true);
    expect([..."aAđ .-'\t\n"].some((c) => stopsProvinceRead(c.charCodeAt(0)))).toBe(false);
  });
});

describe("a stretch's walk over the citations starts at the first that reaches it (session 58's audit)", () => {
  it("withoutCitations from `first` (non-overlapping spans, those before it ending at or before `from`) gives the same slice", () => {
    const next = random(58);
    for (let n = 0; n < 2000; n++) {
      const { text, cited } = randomCited(next, false);
      const from = Math.floor(next() * text.length);
      const to = from + Math.floor(next() * (text.length - from + 5));
      let first = 0;
      while (first < cited.length && cited[first].end <= from) first++;
      expect(withoutCitations(text, cited, from, to, first), JSON.stringify({ text, cited, from, to, first })).toBe(withoutCitations(text, cited, from, to));
    }
  });

  it("many citations and provinces, each province read in a stretch before the next citation: linear", () => {
    // "… UBND tỉnh đã ban hành Kế hoạch số 2": each "tỉnh" is read up to a stop past the next citation, in a stretch
    // of the blanked text; the walk to that stretch began at the text's first citation, once per province named.
    const make = (n: number) => "Thực hiện Quyết định số 1, UBND tỉnh đã ban hành Kế hoạch số 2. ".repeat(n);
    const run = (text: string) => mostNamedProvinces(text, extract(text).map((c) => ({ start: c.start, end: c.end })));
    expect(cpuRatio(run, make(16_000), make(8_000), 3, 3)).toBeLessThan(3);
  }, 120_000);
});
