/**
 * The find stage's scan says whether a text holds a combining mark or the eth for "Đ" (Landmarks.unreadAsWritten,
 * session 62): the named-basis finder (extract/named-laws.ts basisNamedIn) prepares only such a text whole, where
 * named61 asked a regex of its own over every whole text; the repeated names (find/named/repeated.ts) read a composed
 * copy only where it is true (session 65, test/find/named/repeated-marked.test.ts). The answer must be the regex's for every text, the marks
 * and eths anywhere: between numbers, inside a number's or a ký hiệu's match ("61/2018/NÐ-CP"), after what prints
 * nothing or before it, and on either side of a page line the scan has blanked.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findLandmarks, readLandmarks } from "../../src/find/anchors.js";
import { textAsRead } from "../../src/prepare/line-breaks.js";
import { HAS_IGNORABLE } from "../../src/prepare/ignorables.js";
import { IGNORABLES, UNREAD_AS_WRITTEN_CLASS } from "../../src/vocab/look-alikes.js";
import { soup } from "../reliability/arbitraries.js";
import { prepareDocument } from "../../src/analyze/prepared.js";
import { blankPageLines } from "../../src/prepare/line-breaks.js";
import { extractListingRead } from "../../src/extract.js";
import { noteIfDiffer, seededRandom, textsUnder } from "../helpers/search-equivalence.js";

/** named61's test, as it stood in extract/named-laws.ts. */
const UNREAD_AS_WRITTEN = /[\u0300-\u036f\u00d0\u00f0]/;
const UNREAD = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "\u036f", "\u00d0", "\u00f0"];

const corpus = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];

describe("the scan's answer on combining marks and eths", () => {
  it("is the vocabulary's class, as named61 wrote it", () => {
    expect(new RegExp(`[${UNREAD_AS_WRITTEN_CLASS}]`).source).toBe(UNREAD_AS_WRITTEN.source);
  });

  it("equals the regex over every dev and fresh text, its CRLF and NFD copies, and copies with one mark or eth put anywhere", () => {
    const next = seededRandom(62);
    let holding = 0;
    let notHolding = 0;
    // 52,000 answers, the differing ones noted and expected none once (an expect() each cost ~7 µs).
    const differ: string[] = [];
    for (const text of corpus) {
      const one = UNREAD[Math.floor(next() * UNREAD.length)];
      const at = Math.floor(next() * (text.length + 1));
      // Inside a number's match: right after a digit the scan takes ("61/2018/NĐ-CP" → "61/2018/NÐ-CP").
      const digit = text.search(/[0-9]\/[0-9]{4}\/N/);
      const inNumber = digit >= 0 ? text.slice(0, digit + 8) + one + text.slice(digit + 8) : text + one;
      const ignorable = IGNORABLES[Math.floor(next() * IGNORABLES.length)];
      const copies = [
        text,
        text.replace(/\n/g, "\r\n"),
        text.normalize("NFD"),
        text.slice(0, at) + one + text.slice(at),
        inNumber,
        ignorable + text.slice(0, at) + one + text.slice(at),
        text.slice(0, at) + one + ignorable + text.slice(at),
      ];
      for (const [k, t] of copies.entries()) {
        const { read, marks } = readLandmarks(textAsRead(t));
        noteIfDiffer(differ, marks.unreadAsWritten, UNREAD_AS_WRITTEN.test(read), () => `copy ${k} of ${JSON.stringify(text.slice(0, 60))}: unreadAsWritten`);
        noteIfDiffer(differ, marks.ignorables, HAS_IGNORABLE.test(read), () => `copy ${k} of ${JSON.stringify(text.slice(0, 60))}: ignorables`);
        if (marks.unreadAsWritten) holding++;
        else notHolding++;
      }
    }
    expect(differ).toEqual([]);
    expect(holding).toBeGreaterThan(4 * corpus.length);
    expect(notHolding).toBeGreaterThan(corpus.length);
  });

  it("equals the regex over texts of numbers, ký hiệu, page lines, marks, eths and what prints nothing", () => {
    const piece = fc.constantFrom(...UNREAD, ...IGNORABLES, "Nghị định ", "số ", "61/2018/NĐ-CP", "12/QÐ-UB", "61/2018/N", "Ð", "-CP", "1", "7", "/", "-", " ", "\n", "\n - 3 - \n", "\nTrang 2/5\n", "Luật", "đ", "ệ", "x", "Căn cứ ");
    const text = fc.oneof(soup, fc.array(piece, { maxLength: 30 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (s) => {
        expect(findLandmarks(s).unreadAsWritten).toBe(UNREAD_AS_WRITTEN.test(s));
        const { read, marks } = readLandmarks(s);
        expect(marks.unreadAsWritten).toBe(UNREAD_AS_WRITTEN.test(read));
        expect(marks.ignorables).toBe(HAS_IGNORABLE.test(read));
      }),
      { numRuns: 3000 },
    );
  });

  it("is not asked where analyze() found the whole text clean: no such text holds one, and the marks are the same", () => {
    const next = seededRandom(621);
    let clean = 0;
    for (const text of corpus) {
      const at = Math.floor(next() * (text.length + 1));
      const one = UNREAD[Math.floor(next() * UNREAD.length)];
      for (const t of [text, text.replace(/\n/g, "\r\n"), text.slice(0, at) + one + text.slice(at)]) {
        const document = prepareDocument(t);
        const read = blankPageLines(textAsRead(document.text));
        if (document.text !== t || !document.clean) continue;
        clean++;
        expect(UNREAD_AS_WRITTEN.test(t) || UNREAD_AS_WRITTEN.test(read)).toBe(false);
        expect(findLandmarks(read, true)).toEqual(findLandmarks(read));
      }
    }
    expect(clean).toBeGreaterThan(corpus.length / 2);
  });

  it("extractListingRead of a clean text finds what it finds asked", () => {
    let texts = 0;
    for (const text of corpus.slice(0, 400)) {
      const document = prepareDocument(text);
      if (document.text !== text || !document.clean) continue;
      const read = blankPageLines(textAsRead(text), false);
      // The windows are asked (clean false) and the scan asks for marks; against the text read as analyze() hands it.
      expect(extractListingRead(text, read, true)).toEqual(extractListingRead(text, read, false));
      texts++;
    }
    expect(texts).toBeGreaterThan(100);
  });
});
