import { describe, expect, it } from "vitest";
import type { IToken } from "chevrotain";
import { lexFast, tokens } from "../../grammars/citation/index.js";
import { keywordRegex, tables, type Keyword } from "../../grammars/citation/lexer-tables.js";

/**
 * The fast lexer's remembered image (lexer-tables Keyword.image): a keyword whose pattern reads one word alone
 * (tokens.ts keywordReadsOneWord) matches the same letters, followed by no letter or digit, wherever they stand, so
 * the lexer compares the word with the last image its pattern matched instead of running the pattern again.
 */
const oracle = (text: string) => tokens.citationLexer.tokenize(text).tokens;
const shape = (ts: IToken[]) => ts.map((t) => [t.tokenType.name, t.image, t.startOffset, t.tokenTypeIdx]);

const keywords = (): Keyword[] => [...tables().keywords.values()].flatMap((e) => e.keywords);
const oneWord = () => keywords().filter((k) => k.oneWord);
const casings = (w: string): string[] => [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()];
/** What may stand before a word's first letter, and after its letters: letters, digits, marks, a code's slash or dash, look-aheads' shapes. */
const BEFORE = ["", " ", "\n", "/", "-", "\u2013", "12/", "x", "5", "(", "\u0301"];
const AFTER = ["", " ", "\n", "5", " 5", " 2018", ": 12", ".", ".a", ".5", ",", "-", "/", "a", "\u0301", "\u200b", " UBND", " số", " x", "ngày 5"];
/** The lexer's wordChar class (tokens.ts NOT_LETTER_AHEAD's): what `alone` asks of the character after the letters. */
const LETTER_OR_DIGIT = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9]/;

describe("the fast lexer's remembered image of one-word keywords", () => {
  it("takes the words that are half of a window's keyword tests as one-word keywords, and no keyword with a look-ahead or look-behind", () => {
    const names = new Set(oneWord().flatMap((k) => [...k.phrases]));
    for (const w of ["số", "ngày", "của", "tháng", "và", "tỉnh", "UBND", "huyện", "Luật"]) expect(names.has(w)).toBe(true);
    // "năm" reads a number after it; "NGAY", "SO", "CUA" a number, a reference, a body; "QĐ" "số" after it or a look-behind.
    for (const w of ["năm", "NGAY", "SO", "CUA", "QĐ", "qđ", "sô", "Nghị định"]) expect(names.has(w)).toBe(false);
    expect(oneWord().length).toBeGreaterThan(20);
  });

  it("each such pattern matches a word's letters wherever they stand, or nowhere: as no letter or digit after them says, and up to their end", () => {
    let asked = 0;
    for (const k of oneWord()) {
      const re = keywordRegex(k);
      for (const phrase of k.phrases) {
        for (const w of casings(phrase)) {
          // Where the pattern reads the letters at all (some casings are not its spellings), it reads them in every place.
          re.lastIndex = 0;
          const reads = re.test(w) && re.lastIndex === w.length;
          for (const b of BEFORE) {
            for (const a of AFTER) {
              const text = `${b}${w}${a}`;
              re.lastIndex = b.length;
              const matched = re.test(text);
              const alone = !LETTER_OR_DIGIT.test(a);
              expect(matched, JSON.stringify([k.type.name, text])).toBe(reads && alone);
              if (matched) expect(re.lastIndex).toBe(b.length + w.length);
              asked++;
            }
          }
        }
      }
    }
    expect(asked).toBeGreaterThan(10_000);
  });

  it("remembers the image it matched last and gives Chevrotain's tokens where it reads a word from it", () => {
    const so = oneWord().find((k) => k.type.name === "So" && k.phrases.has("số"))!;
    const text0 = "Quyết định số 1605/QĐ-TTg ngày 27 tháng 8 năm 2010 của UBND tỉnh Hà Giang và";
    expect(shape(lexFast(text0))).toEqual(shape(oracle(text0)));
    expect(so.image).toBe("số");
    for (const b of BEFORE) {
      for (const a of AFTER) {
        for (const w of ["số", "Số", "SỐ", "ngày", "Ngày", "của", "và", "tháng", "tỉnh", "UBND", "huyện", "Luật", "sốa", "số5"]) {
          // The same letters again, and again with what follows: read from the image where the first matched whole.
          const text = `${b}${w}${a} ${w} ${w}${a} ${w}`;
          expect(shape(lexFast(text)), JSON.stringify(text)).toEqual(shape(oracle(text)));
        }
      }
    }
    // Keywords that read more than one word keep no image.
    for (const k of keywords()) if (!k.oneWord) expect(k.image).toBe("");
  });
});
