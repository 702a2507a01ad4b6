import { describe, expect, it } from "vitest";
import type { IToken } from "chevrotain";
import { lexFast, tokens } from "../../grammars/citation/index.js";
import { keywordRegex, MAX_IMAGES, tables, type Keyword } from "../../grammars/citation/lexer-tables.js";
import { natives } from "../helpers/v8-natives.js";

/**
 * The fast lexer's remembered images (lexer-tables Keyword.images): a keyword whose pattern reads one word alone
 * (tokens.ts keywordReadsOneWord) matches the same letters, followed by no letter or digit, wherever they stand, so
 * the lexer compares the word with the images its pattern matched before instead of running the pattern again.
 */
const oracle = (text: string) => tokens.citationLexer.tokenize(text).tokens;
const shape = (ts: IToken[]) => ts.map((t) => [t.tokenType.name, t.image, t.startOffset, t.tokenTypeIdx]);

const keywords = (): Keyword[] => [...tables().keywords.values()].flatMap((e) => e.keywords);
const oneWord = () => keywords().filter((k) => k.images !== null);
const phrasesOf = (type: string) => keywords().filter((k) => k.type.name === type).flatMap((k) => [...k.phrases]);
const casings = (w: string): string[] => [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()];
/** What may stand before a word's first letter, and after its letters: letters, digits, marks, a code's slash or dash, look-aheads' shapes. */
const BEFORE = ["", " ", "\n", "/", "-", "\u2013", "12/", "x", "5", "(", "\u0301"];
const AFTER = ["", " ", "\n", "5", " 5", " 2018", ": 12", ".", ".a", ".5", ",", "-", "/", "a", "\u0301", "\u200b", " UBND", " số", " x", "ngày 5"];
const LETTER_OR_DIGIT = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9]/;

describe("the fast lexer's remembered images of one-word keywords", () => {
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

  it("remembers the images it matched and gives Chevrotain's tokens where it reads them from memory", () => {
    const so = oneWord().find((k) => k.type.name === "So" && k.phrases.has("số"))!;
    // First sight: the pattern runs and the image is remembered; then every place of the same letters is read from it.
    const texts = ["Số 12/QĐ-UBND", "số 5", "SỐ: 7", "Quyết định số 1605/QĐ-TTg ngày 27 tháng 8 năm 2010 của UBND tỉnh Hà Giang và"];
    for (const text of texts) expect(shape(lexFast(text))).toEqual(shape(oracle(text)));
    expect(so.images).toEqual(expect.arrayContaining(["Số", "số", "SỐ"]));
    for (const b of BEFORE) {
      for (const a of AFTER) {
        for (const w of ["số", "Số", "SỐ", "ngày", "Ngày", "của", "và", "tháng", "tỉnh", "UBND", "huyện", "Luật"]) {
          const text = `${b}${w}${a} ${w} ${w}${a}`;
          expect(shape(lexFast(text)), JSON.stringify(text)).toEqual(shape(oracle(text)));
        }
      }
    }
    expect(so.images!.length).toBe(MAX_IMAGES);
  });

  it("keeps every keyword's images in an array of one map, remembered or not (no compiled code thrown away at a keyword's first image)", () => {
    const { sameMap } = natives();
    lexFast("số 5 ngày 3 của UBND tỉnh");
    const all = oneWord().map((k) => k.images!);
    expect(all.some((images) => images.every((i) => i === ""))).toBe(true);
    expect(all.some((images) => images.some((i) => i !== ""))).toBe(true);
    for (const images of all) {
      expect(images.length).toBe(MAX_IMAGES);
      expect(sameMap(images, all[0])).toBe(true);
    }
  });
});
