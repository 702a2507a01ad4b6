import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { prepare } from "../../src/prepare/prepare.js";
import { prepareDocument } from "../../src/analyze/prepared.js";
import { analyze } from "../../src/analyze/index.js";
import { extract } from "../../src/extract.js";
import { LOOK_ALIKES } from "../../src/vocab/look-alikes.js";
import { blankPageLines, joinCrlf, textAsRead, unifyLineBreaks } from "../../src/prepare/line-breaks.js";
import { needsPreparing } from "../../src/prepare/needs-preparing.js";

/** The same text, its line breaks unified (a "\r\n" one "\n", joinCrlf), and every offset mapped the same way both ways. */
function expectSameAsPrepare(original: string): void {
  const prepared = prepare(original);
  const want = joinCrlf(unifyLineBreaks(prepared.text, true), prepared.map);
  const got = prepareDocument(original);
  expect(got.text).toBe(want.text);
  const differing: string[] = [];
  for (let i = 0; i <= want.text.length; i++) {
    if (got.map.toOriginal(i, "start") !== want.map.toOriginal(i, "start")) differing.push(`toOriginal(${i}, start)`);
    if (got.map.toOriginal(i, "end") !== want.map.toOriginal(i, "end")) differing.push(`toOriginal(${i}, end)`);
  }
  for (let i = 0; i <= original.length; i++) if (got.map.fromOriginal(i) !== want.map.fromOriginal(i)) differing.push(`fromOriginal(${i})`);
  expect(differing).toEqual([]);
}

const PIECES = [
  "a", "U", "o", "Đ", "ư", "ệ", " ", "\n", "\r", "\r\n", "\u2028", "\v", "/", "1", "İ", "\u{1d400}", "\ud800", "\udc00",
  "\u0300", "\u0301", "\u0302", "\u0303", "\u0309", "\u0323", "\u031b", "\u0306", "\u036f",
  ...Object.keys(LOOK_ALIKES),
];
/**
 * Other scripts' marks and what they compose with: a Bengali vowel sign's two parts after a
 * consonant, Arabic alef and madda, a kana and its voicing mark, Devanagari na and nukta, a mark
 * canonical order puts between a letter and its tone (U+1DCA, U+05B0), Gurung Khema's vowel twice
 * (astral), a variation selector and a combining arrow.
 */
const OTHER_SCRIPTS = ["\u0995", "\u09c7", "\u09be", "\u0627", "\u0653", "\u304b", "\u3099", "\u0928", "\u093c", "\u1dca", "\u05b0", "\u{1611e}", "\u{10efa}", "\ufe0f", "\u20d7"];

describe("prepareDocument", () => {
  it("is prepare() on text of letters, marks, look-alikes and surrogates in any order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => expectSameAsPrepare(pieces.join(""))),
      // Marks NFC only puts in canonical order ("a" + U+036F + U+031B): no run, either way.
      { numRuns: 3000, examples: [[["a", "\u036f", "\u031b"]]] },
    );
  });

  it("is prepare() on text that holds other scripts' marks too, in any order with letters and Latin marks", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, ...OTHER_SCRIPTS), { maxLength: 40 }), (pieces) => expectSameAsPrepare(pieces.join(""))),
      // A consonant and a Bengali vowel sign's two parts; a letter, another script's mark, its tone; kana and its voicing.
      { numRuns: 3000, examples: [[["\u0995", "\u09c7", "\u09be"]], [["a", "\u1dca", "\u0306"]], [["\u304b", "\u3099", "o", "\u0301"]]] },
    );
  });

  it("gives analyze() the title as prepare() composes the text, marks of any script", () => {
    // A decomposed document whose subject holds a word of another script, its vowel sign in two parts.
    const title = "Về việc dịch tài liệu sang tiếng \u0995\u09c7\u09be\u0995";
    const text = ["ỦY BAN NHÂN DÂN TỈNH AN GIANG", "Số: 7/KH-UBND", "An Giang, ngày 2 tháng 3 năm 2021", "KẾ HOẠCH", title, "Căn cứ Quyết định số 12/QĐ-UBND ngày 1/2/2021;"].join("\n").normalize("NFD");
    const composed = prepare(text).text;
    expect(composed).toContain("\u0995\u09cb\u0995");
    const got = analyze(text, { path: "kh.txt" }).self.title!;
    expect(got).toBe(title.normalize("NFC"));
    expect(composed).toContain(got);
  });

  it("leaves analyze() the citations' spans extract() finds, and evidence inside the text, marks of any script", () => {
    const words = ["Căn cứ ", "Bãi bỏ ", "Quyết định số ", "Nghị định ", "12/QĐ-UBND", "61/2018/NĐ-CP", " ngày 3/4/2020", " của UBND tỉnh Nghệ An", ";\n", "\n", " ", "a", "Đ", "\u0301", "\u0306", "\u0323"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...OTHER_SCRIPTS), { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const a = analyze(text);
        // Spans only: analyze() may complete an id from the words after a citation ("… của UBND tỉnh X" past a stray mark).
        const shape = (c: { start: number; end: number; raw: string }) => [c.start, c.end, c.raw];
        expect(a.citations.map(shape)).toEqual(extract(text).map(shape));
        for (const r of a.relations) expect(r.evidence && r.evidence.start >= 0 && r.evidence.start <= r.evidence.end && r.evidence.end <= text.length).toBe(true);
      }),
      // A Hebrew point after a ký hiệu ends the citation there; analyze() reads the body after it (the id, not the span, differs).
      { numRuns: 300, examples: [[["12/QĐ-UBND", "\u05b0", " của UBND tỉnh Nghệ An"]]] },
    );
  });

  it("is prepare() where a space goes back: a number or ký hiệu run into the word before or after it", () => {
    const glued = ["số", "ngày", "tháng", "của", "về", "và", "năm", "TTg", "UBND", "Ủy", "1", "2020", " ", "\n", "\r\n", "a", "\u0301", "\u0309", "\u00d0", "\u200b"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...glued), { maxLength: 30 }), (pieces) => expectSameAsPrepare(pieces.join(""))), { numRuns: 2000 });
    // analyze() reads the title with the spaces back, as extract() reads the citation in it.
    const text = ["ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "Số: 31/KH-UBND", "Bắc Kạn, ngày 9 tháng 3 năm 2022", "KẾ HOẠCH", "Thực hiện Quyết định số88/QĐ-UBNDcủaỦy ban nhân dân tỉnh", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"].join("\n");
    expect(analyze(text).self.title).toBe("Thực hiện Quyết định số 88/QĐ-UBND của Ủy ban nhân dân tỉnh");
    expect(analyze(text).citations.find((c) => c.id.startsWith("88/"))?.role).toBe("implements");
  });

  it("is prepare() on the development texts, composed and decomposed, and on many look-alikes", () => {
    const dir = new URL("../../fixtures/dev/texts/", import.meta.url).pathname;
    const texts = readdirSync(dir).sort().slice(0, 12).map((f) => readFileSync(join(dir, f), "utf8"));
    for (const t of texts) {
      expectSameAsPrepare(t);
      // Short enough for prepareDocument's own loop, and whole (prepare() takes over past its limit).
      expectSameAsPrepare(t.slice(0, 1500).normalize("NFD"));
      expectSameAsPrepare(t.normalize("NFD"));
      expectSameAsPrepare(t.slice(0, 3000).replace(/-/g, "\u2013").replace(/(\S) /g, "$1\u00a0"));
      // Windows line ends, in the document's own loop and past its limit.
      expectSameAsPrepare(t.slice(0, 3000).replaceAll("\n", "\r\n"));
      expectSameAsPrepare(t.replaceAll("\n", "\r\n").replaceAll(" ", "\r").normalize("NFD"));
    }
  });

  /**
   * `clean` lets extract() take every window of the text it reads as it is (WindowPreparer): it must
   * never be true of a text one of whose stretches needsPreparing finds something in, nor of the
   * text extract() reads from it (its escaped breaks and page lines blanked).
   */
  function expectCleanOnlyWhereNothingNeedsPreparing(t: string): void {
    if (!prepareDocument(t).clean) return;
    const read = blankPageLines(textAsRead(t), false);
    for (const s of [t, read]) {
      const found: string[] = [];
      for (let from = 0; from < s.length; from++) for (let to = from + 1; to <= Math.min(s.length, from + 12); to++) if (needsPreparing(s.slice(from, to))) found.push(s.slice(from, to));
      expect(found).toEqual([]);
      expect(needsPreparing(s)).toBe(false);
    }
  }

  it("is clean only where no stretch of the text needs preparing", () => {
    const pieces = ["số", "ngày", "của", "về", "và", "năm", "TTg", "UBND", "Ủy", "ố", "s", "g", "y", "1", "20", " ", "\\n", "\\r\\n", "\n", "- 2 -", "a", "\u0301", "\u00d0", "\u2013", "\u00a0", "\u200b", "\uf0b7", "\u2192"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (p) => expectCleanOnlyWhereNothingNeedsPreparing(p.join(""))), { numRuns: 3000 });
  });

  it("is clean on a plain document, not on one with a mark, a look-alike, what prints nothing or a glued word or number", () => {
    const plain = "Căn cứ Quyết định số 88/QĐ-UBND ngày 9/3/2022 của Ủy ban nhân dân tỉnh;\\n- 2 -\nThực hiện Kế hoạch số 31/KH-UBND \uf0b7 →";
    expect(prepareDocument(plain).clean).toBe(true);
    expect(prepareDocument(plain.replace("Quyết", "Quye\u0302\u0301t")).clean).toBe(false);
    expect(prepareDocument(plain.replace(" ngày", "\u00a0ngày")).clean).toBe(false);
    expect(prepareDocument(plain.replace("Ủy", "Ủ\u200by")).clean).toBe(false);
    expect(prepareDocument(plain.replace("số 88", "số88")).clean).toBe(false);
    expect(prepareDocument(plain.replace("UBND ngày", "UBNDcủa")).clean).toBe(false);
    expect(prepareDocument(plain.replace("\n", "\r\n")).clean).toBe(false);
    // A mark opening the text, left where it is: still not clean.
    expect(prepareDocument(`\u0301${plain}`).clean).toBe(false);
  });

  it("is prepare() on word-segmented copies, syllables joined by '_', beside identifiers' '_' and marks", () => {
    // prepareDocument finds a "_" in the scan that finds marks and look-alikes, and joins only a text that holds one.
    const pieces = ["Quyết", "định", "_", "Bãi", "bỏ", "source", "id", "2020", " ", "\\n", "\\r\\n", "\n", "a", "\u0301", "\u00d0", "\u200b", "số1"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (p) => {
        const s = p.join("");
        const expected = prepare(s);
        const got = prepareDocument(s);
        expect(got.text).toBe(unifyLineBreaks(expected.text));
        if (got.clean) expect(needsPreparing(s)).toBe(false);
      }),
      { numRuns: 3000 },
    );
    const segmented = "Bãi_bỏ các quy_định sau đây : a ) Quyết_định số 647 / QĐ - BYT";
    expect(prepareDocument(segmented)).toMatchObject({ text: "Bãi bỏ các quy định sau đây : a ) Quyết định số 647 / QĐ - BYT", clean: false });
    // An identifier's "_" joins nothing: the text stays clean.
    expect(prepareDocument("loai_van_ban: Quyết định số 647/QĐ-BYT")).toMatchObject({ text: "loai_van_ban: Quyết định số 647/QĐ-BYT", clean: true });
  });

  it("is clean only where nothing needs preparing, on the development texts", () => {
    const dir = new URL("../../fixtures/dev/texts/", import.meta.url).pathname;
    const texts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), "utf8"));
    expect(texts.filter((t) => prepareDocument(t).clean).length).toBeGreaterThan(40);
    for (const t of texts) {
      if (prepareDocument(t).clean) expect([needsPreparing(t), needsPreparing(blankPageLines(textAsRead(t), false))]).toEqual([false, false]);
    }
  });
});
