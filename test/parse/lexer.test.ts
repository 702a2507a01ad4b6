import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import type { IToken } from "chevrotain";
import { describe, expect, it } from "vitest";
import { lexFast, tokens } from "../../grammars/citation/index.js";
import { prepare } from "../../src/prepare/prepare.js";
import { generateText } from "../../bench/corpus.mjs";
import { anyText, soup } from "../reliability/arbitraries.js";

/** Chevrotain's own lexer over the same token definitions is the oracle. */
const oracle = (text: string) => tokens.citationLexer.tokenize(text).tokens;
const shape = (ts: IToken[]) => ts.map((t) => [t.tokenType.name, t.image, t.startOffset, t.tokenTypeIdx]);
const same = (text: string) => expect(shape(lexFast(text))).toEqual(shape(oracle(text)));

const fixtures = readdirSync("fixtures")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(`fixtures/${f}`, "utf8"));

/** Every keyword phrase, in odd cases, glued to what may or may not extend it into a longer Word. */
const phrases = [...tokens.KEYWORD_PHRASES.values()].flat();
const keywordSoup = fc
  .array(
    fc.tuple(
      fc.constantFrom(...phrases),
      fc.constantFrom("lower", "upper", "as-is", "line-broken"),
      fc.constantFrom("", " ", "x", "5", ".", ".a", "&b", ".5", "\u0301", ",", "-", "\n"),
    ),
    { maxLength: 20 },
  )
  .map((parts) =>
    parts
      .map(([p, casing, tail]) => {
        const written =
          casing === "lower" ? p.toLowerCase() : casing === "upper" ? p.toUpperCase() : casing === "line-broken" ? p.replace(/ /g, "\n\n") : p;
        return written + tail;
      })
      .join(""),
  );

describe("fast citation lexer", () => {
  it("gives Chevrotain's tokens on the fixture plans, raw and prepared", () => {
    for (const text of fixtures) {
      same(text);
      same(prepare(text).text);
    }
  });

  it("gives Chevrotain's tokens on generated text with every trap", () => {
    same(generateText({ seed: 7, bytes: 300_000 }).text);
  });

  it("lets a longer Word win over a keyword, as longer_alt does", () => {
    const names = (t: string) => lexFast(t).map((x) => `${x.tokenType.name}:${x.image}`);
    expect(names("số.5 số5 số: KẾ HOẠCH kế hoạchx Ủy ban nhân dân tỉnh")).toEqual([
      "Word:số.5",
      "Word:số5",
      "So:số",
      "Colon::",
      "KindWord:KẾ HOẠCH",
      "Word:kế",
      "Word:hoạchx",
      "IssuerName:Ủy ban nhân dân",
      "PlaceType:tỉnh",
    ]);
    same("số.5 số5 số: KẾ HOẠCH kế hoạchx Ủy ban nhân dân tỉnh");
  });

  it("agrees with the oracle on keyword phrases in any case and with any tail", () => {
    fc.assert(fc.property(keywordSoup, (text) => {
        same(text);
      }), { numRuns: 500 });
  });

  it("agrees with the oracle on citation soup and on arbitrary strings", () => {
    fc.assert(fc.property(fc.oneof(soup, anyText), (text) => {
        same(text);
      }), { numRuns: 1000 });
  });
});
