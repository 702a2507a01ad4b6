/**
 * findBasisNamed's title reading (titleCarriedOut) blanks what prints nothing in the text's head only where the
 * extractor's scan found some in the text (Landmarks.ignorables, session 61): the scan's answer must be yes for every
 * text that holds any, or a title such as fresh29e-021's ("KẾ HOẠCH\u2060⏎THỰC\u2060⏎HIỆN NGHỊ QUYẾT …", a CRLF copy's CR
 * read as U+2060) would be read without the blanks.
 */
import { describe, expect, it } from "vitest";
import { findBasisNamed } from "../../src/find/basis-named.js";
import { readLandmarks } from "../../src/find/anchors.js";
import { textAsRead } from "../../src/prepare/line-breaks.js";
import { HAS_IGNORABLE } from "../../src/prepare/ignorables.js";
import { IGNORABLES } from "../../src/vocab/look-alikes.js";
import { seededRandom, textsUnder } from "../helpers/search-equivalence.js";

const corpus = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];

describe("the title read without blanking where the scan found nothing that prints nothing", () => {
  it("the scan says a text holds what prints nothing exactly where it does: the corpus, its CRLF copies, and copies with one put in its head", () => {
    const next = seededRandom(61);
    let holding = 0;
    for (const text of corpus) {
      const head = text.slice(0, 3800);
      const at = Math.floor(next() * head.length);
      const one = IGNORABLES[Math.floor(next() * IGNORABLES.length)];
      for (const t of [text, text.replace(/\n/g, "\r\n"), text.slice(0, at) + one + text.slice(at)]) {
        const { read, marks } = readLandmarks(textAsRead(t));
        expect(marks.ignorables).toBe(HAS_IGNORABLE.test(read));
        if (marks.ignorables) holding++;
      }
    }
    expect(holding).toBeGreaterThan(corpus.length);
  });

  it("finds what the blanked reading finds, in every text and its CRLF copy", () => {
    let titled = 0;
    for (const text of corpus) {
      for (const t of [text, text.replace(/\n/g, "\r\n")]) {
        const { read, marks } = readLandmarks(textAsRead(t));
        const found = findBasisNamed(read, [], marks.ignorables);
        expect(found).toEqual(findBasisNamed(read, [], true));
        titled += found.length;
      }
    }
    expect(titled).toBeGreaterThan(10);
  });
});
