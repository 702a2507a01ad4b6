import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import type { IToken } from "chevrotain";
import { describe, expect, it } from "vitest";
import { citationStartIndex, lexFast, parseListAt, refLengthAt, tokens, TokenStream } from "../../grammars/citation/index.js";
import { parseListFast } from "../../grammars/citation/fast-parser.js";
import { prepare } from "../../src/prepare/prepare.js";
import { generateText, MUTATION_NAMES } from "../../bench/corpus.mjs";
import { formsSoup, ratesFor, soup } from "../reliability/arbitraries.js";

/*
 * The hand-written readings (grammars/citation/fast-parser.ts) against Chevrotain's grammar, the
 * definition: wherever the fast path gives a parse, it must be the grammar's, token for token.
 */

/** A parse as plain data: each token as its type, image and offset, so that two parses compare field by field. */
const shape = (x: unknown): unknown => {
  if (x === null || typeof x !== "object") return x;
  if (Array.isArray(x)) return x.map(shape);
  const o = x as Record<string, unknown>;
  if ("tokenType" in o && "image" in o) return `${(o.tokenType as { name: string }).name}:${o.image}@${o.startOffset}`;
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)]));
};

/** Every place a reference starts in `text` (prepared as extract prepares it); how many the fast path read; whether each agreed. */
function compare(text: string): { anchors: number; fast: number; disagreements: string[] } {
  const toks = lexFast(prepare(text).text);
  let anchors = 0;
  let fast = 0;
  const disagreements: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].tokenType !== tokens.NumberTok || refLengthAt(toks, i) === 0) continue;
    anchors++;
    const from = citationStartIndex(toks, i);
    const mine = parseListFast(TokenStream.of(toks.slice(from, from + 400)), 0, 400);
    if (mine === undefined) continue;
    fast++;
    const grammar = parseListAt(toks, i, true)?.citations ?? null;
    const a = JSON.stringify(shape(mine));
    const b = JSON.stringify(shape(grammar));
    if (a !== b) disagreements.push(`${text.slice(toks[from].startOffset, toks[from].startOffset + 120)}\n  fast:    ${a}\n  grammar: ${b}`);
  }
  return { anchors, fast, disagreements };
}

const texts = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(`${dir}/${f}`, "utf8"));

describe("fast parser", () => {
  it("gives the grammar's parse of every citation it reads in the fixtures and the dev texts, and reads nearly all", () => {
    let anchors = 0;
    let fast = 0;
    for (const text of [...texts("fixtures"), ...texts("fixtures/dev/texts")]) {
      const r = compare(text);
      expect(r.disagreements).toEqual([]);
      anchors += r.anchors;
      fast += r.fast;
    }
    // 764 of 773 when written: were the fast path to give up everywhere, nothing above could fail.
    expect(anchors).toBeGreaterThan(700);
    expect(fast / anchors).toBeGreaterThan(0.95);
  });

  it("gives the grammar's parse on generated plans with every trap switched on", () => {
    const r = compare(generateText({ seed: 11, bytes: 200_000, mutations: ratesFor([...MUTATION_NAMES]) }).text);
    expect(r.disagreements).toEqual([]);
    expect(r.fast).toBeGreaterThan(r.anchors / 2);
  });

  it("gives the grammar's parse, or gives up, on citation-shaped noise", () => {
    fc.assert(
      fc.property(fc.oneof(soup, formsSoup), (text) => {
        expect(compare(text).disagreements).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("leaves the rarer readings to the grammar, which still reads them", () => {
    const rare = [
      "Nghị quyết số 12-2019/NQ-CP ngày 1/2/2019",
      "Quyết định số 210/QĐ/2010/QĐ-UBND",
      "Quyết định số 318/2006/QĐ .UBND ngày 3/4/2006",
      "Nghị quyết số 27 / 2009 / NQ . HĐND của HĐND tỉnh Bến Tre",
      "Chỉ thị số 09 CT/TU ngày 4/5/1998 của Tỉnh ủy",
      "Luật số 13/QH 11 ngày 26/11/2003 của Quốc hội",
      "Quyết định số 14/200l/QĐ-UB ngày 5/2/2001 của UBND tỉnh Lào Cai",
      "Tờ trình số 368/TT-XD(KTXD) ngày 26/12/2024 của Sở Xây dựng",
    ];
    for (const text of rare) {
      const toks = lexFast(text);
      const at = toks.findIndex((t, i) => t.tokenType === tokens.NumberTok && refLengthAt(toks, i) > 0);
      const from = citationStartIndex(toks, at);
      expect(parseListFast(TokenStream.of(toks.slice(from)), 0, 400), text).toBeUndefined();
      const read = parseListAt(toks, at);
      expect(read, text).not.toBeNull();
      expect(shape(read)).toEqual(shape(parseListAt(toks, at, true)));
    }
  });

  it("reads the common shapes itself", () => {
    const common = [
      "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ",
      "Kế hoạch số 12/KH-UBND ngày 01/02/2021 của Ủy ban nhân dân tỉnh Hậu Giang",
      "Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị",
      "Thông tư số 61/2017/TT-BTC và 90/2018/TT-BTC của Bộ trưởng Bộ Tài chính",
      "Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023",
      "Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND huyện Chương Mỹ",
      "Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND huyện Nghĩa Hành",
      // A spaced dot that is a full stop ends the citation, as the grammar reads it.
      "theo Quyết định số 71/QĐ . UBND tỉnh giao",
      // A year split by a space, read whole; not where a separator follows (a number's start).
      "Căn cứ Chỉ thị số 8/CT-UBND ngày 2/9/20 19 của UBND tỉnh",
      "Quyết định số 40/QĐ-UBND ngày 7 tháng 1 năm 20 22 về việc",
      "Quyết định số 40/QĐ-UBND ngày 7/1/20 22/KH-UBND",
      // A slash joining two codes once ("slash-in-symbol"), spaced as word-segmented copies write it; a second slash ends the ký hiệu.
      "Tờ trình số 6872/TTr / STC-QLCS",
      "Căn cứ Quyết định số 103/QĐ /BVHTTDL ngày 12 tháng 01 năm 2016 của Bộ Văn hóa",
      "Tờ trình số 6872 / TTr / STC - QLCS ngày 5/1/2010",
      "Thông tư liên tịch số 117 / 2007 / TTLT / BTC - BNV ngày 1/10/2007",
      "Quyết định số 1308 / QĐ / BTC / KH ngày 2/3/2004",
      // A province's name with its dash, and a district's province after a comma (the issuer's provinceWords).
      "Quyết định số 12/QĐ-UBND của UBND tỉnh Bà Rịa - Vũng Tàu",
      "Quyết định số 2458 / QĐ - UBND ngày 28 tháng 8 năm 2009 của UBND tỉnh Thừa Thiên - Huế về việc",
      "Quyết định số 12/QĐ-UBND của UBND huyện Long Hồ, tỉnh Vĩnh Long",
      "Quyết định số 12/QĐ-UBND của UBND thành phố Vinh, tỉnh Nghệ An ngày 1/2/2020",
      "Quyết định số 12/QĐ-UBND của UBND huyện Côn Đảo, tỉnh Bà Rịa - Vũng Tàu ngày 1/2/2020",
      "Quyết định số 12/QĐ-UBND của UBND tỉnh Bà Rịa - Vũng Tàu khóa XII",
      // "TP." read as one place word, and a numbered district ("quận 5"), with or without their province.
      "Quyết định số 12/QĐ-UBND của UBND TP. Hồ Chí Minh",
      "Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND Tp. Cần Thơ về việc",
      "Quyết định số 12/QĐ-UBND của UBND quận 5",
      "Quyết định số 43 / 2006 / QĐ - UBND ngày 26 tháng 12 năm 2006 của Uỷ ban nhân dân quận 3 về việc",
      "Quyết định số 12/QĐ-UBND của UBND quận 5, thành phố Hồ Chí Minh ngày 1/2/2020",
      "Quyết định số 12/QĐ-UBND của UBND quận 123 ngày 1/2/2020",
      "Quyết định số 12/QĐ-UBND của UBND TP. Vinh, tỉnh Nghệ An",
    ];
    for (const text of common) {
      const toks: IToken[] = lexFast(text);
      const at = toks.findIndex((t, i) => t.tokenType === tokens.NumberTok && refLengthAt(toks, i) > 0);
      const mine = parseListFast(TokenStream.of(toks), citationStartIndex(toks, at), 400);
      expect(mine, text).toBeDefined();
      expect(shape(mine)).toEqual(shape(parseListAt(toks, at, true)!.citations));
    }
  });
});
