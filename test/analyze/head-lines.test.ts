import { describe, expect, it } from "vitest";
import { HeadLines, execAtBreaks, execAtLineStarts } from "../../src/analyze/head-lines.js";
import { PREAMBLE_LINE, PREAMBLE_LINE_AT } from "../../src/analyze/header/line-text.js";
import { seededRandom as random } from "../../src/view/layout.js";

const PIECES = ["\n", "\n", " ", "\t", "a", "b", "ab", "|", "*", "Căn cứ ", "Điều 1", "I. ", "Xét đề nghị", "x"];
function text(next: () => number): string {
  let s = "";
  const n = Math.floor(next() * 24);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}
const shape = (m: RegExpExecArray | null) => (m === null ? null : [m.index, ...m]);

describe("HeadLines", () => {
  it("finds the same line breaks indexOf does, asked in any order", () => {
    const next = random(1);
    for (let n = 0; n < 500; n++) {
      const s = text(next);
      const breaks: number[] = [];
      for (let nl = s.indexOf("\n"); nl >= 0; nl = s.indexOf("\n", nl + 1)) breaks.push(nl);
      const lines = new HeadLines(s);
      const at = Math.floor(next() * (s.length + 2));
      const k = lines.firstBreakFrom(at);
      const want = breaks.findIndex((b) => b >= at);
      expect(k, JSON.stringify({ s, at })).toBe(want < 0 ? breaks.length : want);
      for (let j = 0; j <= breaks.length; j++) expect(lines.breakAt(j)).toBe(j < breaks.length ? breaks[j] : -1);
      // Again, every break found: the search by halves.
      const later = Math.floor(next() * (s.length + 2));
      const again = breaks.findIndex((b) => b >= later);
      expect(lines.firstBreakFrom(later)).toBe(again < 0 ? breaks.length : again);
    }
  });

  it("execAtBreaks gives what exec gives of a regex opening at a line break or the start, in a slice and from any place", () => {
    const next = random(2);
    const anchored = [/(?:^|\n)[ \t*]*(?:ab|b)/g, /(?:^|\n)\s*a(?=\n|$)/g, /(?:^|\n)[ \t]*\|?b+/g];
    for (let n = 0; n < 3000; n++) {
      const whole = text(next);
      const offset = Math.floor(next() * (whole.length + 1));
      const s = whole.slice(offset, offset + Math.floor(next() * 30));
      const re = anchored[n % anchored.length];
      const sticky = new RegExp(re.source, "y");
      const from = next() < 0.5 ? 0 : Math.floor(next() * (s.length + 1));
      re.lastIndex = from;
      const want = re.exec(s);
      expect(shape(execAtBreaks(new HeadLines(whole), sticky, s, offset, from)), JSON.stringify({ whole, offset, s, from, re: re.source })).toEqual(shape(want));
    }
  });

  it("execAtLineStarts gives what exec gives of a regex under the m flag opening at a line's start", () => {
    const next = random(3);
    const anchored = [/^[ \t*]*(?:ab|b)\s*$/gm, /^\s*a(?=[ \t]+\S)/gm, /^x?b/gm];
    for (let n = 0; n < 3000; n++) {
      const whole = text(next);
      const s = whole.slice(0, Math.floor(next() * (whole.length + 1)));
      const re = anchored[n % anchored.length];
      const sticky = new RegExp(re.source, "my");
      const from = next() < 0.5 ? 0 : Math.floor(next() * (s.length + 1));
      re.lastIndex = from;
      const want = re.exec(s);
      expect(shape(execAtLineStarts(new HeadLines(whole), sticky, s, from)), JSON.stringify({ whole, s, from, re: re.source })).toEqual(shape(want));
    }
  });

  it("PREAMBLE_LINE_AT at the breaks finds the preamble's line PREAMBLE_LINE finds", () => {
    const next = random(4);
    for (let n = 0; n < 2000; n++) {
      const s = text(next);
      expect(shape(execAtBreaks(new HeadLines(s), PREAMBLE_LINE_AT, s)), JSON.stringify(s)).toEqual(shape(PREAMBLE_LINE.exec(s)));
    }
  });
});
