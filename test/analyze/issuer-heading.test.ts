import { describe, expect, it } from "vitest";
import { phraseSource } from "../../src/vocab/phrases.js";
import { ISSUER_TITLES, allIssuerPhrases } from "../../src/vocab/issuers.js";
import { opensWithIssuerPhrase } from "../../src/analyze/header.js";

// The reading the groups stand for: one regex of every issuer phrase and title.
const WHOLE = new RegExp(String.raw`^(?:${phraseSource([...allIssuerPhrases(), ...ISSUER_TITLES])})(?:\s|$)`, "iu");

describe("opensWithIssuerPhrase", () => {
  it("reads every phrase, in any case and spacing, as the whole regex does", () => {
    const lines: string[] = [];
    for (const p of [...allIssuerPhrases(), ...ISSUER_TITLES]) {
      for (const v of [p, p.toUpperCase(), `${p} TỈNH BÌNH AN`, `${p}X`, p.slice(0, -1), ` ${p}`, p.replace(/ /g, "  "), p.replace(/ /g, "\n"), `${p.toUpperCase()}\tB`]) lines.push(v);
    }
    for (const line of lines) expect(opensWithIssuerPhrase(line), line).toBe(WHOLE.test(line));
  });

  it("agrees with the whole regex on random lines, letters that fold under /iu included (K, ſ)", () => {
    const alphabet = "aăâbcdđeêghiklmnopqrstuưvxyỦỷủuyBỘSỞKT\u212a\u017f  \n\t.";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length;
    for (let i = 0; i < 20000; i++) {
      let s = "";
      for (let j = 0; j < 1 + (i % 12); j++) s += alphabet[next()];
      for (const line of [s, `ủy ban ${s}`, `BỘ ${s}`]) expect(opensWithIssuerPhrase(line), line).toBe(WHOLE.test(line));
    }
  });
});
