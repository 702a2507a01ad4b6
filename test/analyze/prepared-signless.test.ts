/**
 * prepareDocument's scan (RARE) looks for the legacy font signs too, and says of a clean text whether it holds none
 * (PreparedDocument.signless, session 64): analyze() hands that to extract(), whose scan then asks for nothing but its
 * numbers. The answer must be the legacy regex's over every whole text, and the find stage's marks the same as asked.
 */
import { describe, expect, it } from "vitest";
import { prepareDocument, RARE_SOURCE } from "../../src/analyze/prepared.js";
import { findLandmarks } from "../../src/find/anchors.js";
import { extractListingRead } from "../../src/extract.js";
import { blankPageLines, textAsRead } from "../../src/prepare/line-breaks.js";
import { mayBeLegacy } from "../../src/shared/legacy-encoding.js";
import { prepare } from "../../src/prepare/prepare.js";
import { unifyLineBreaks } from "../../src/prepare/line-breaks.js";
import { seededRandom, textsUnder } from "../helpers/search-equivalence.js";

const corpus = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];
/** Every legacy sign (LEGACY_SIGN_CLASS), by code unit. */
const SIGNS = Array.from({ length: 0x100 }, (_, c) => String.fromCharCode(c)).filter((c) => mayBeLegacy(c));
const PLAIN = "Căn cứ Quyết định số 88/QĐ-UBND ngày 9/3/2022 của Ủy ban nhân dân tỉnh;\\n- 2 -\nThực hiện Kế hoạch số 31/KH-UBND \uf0b7 →";

describe("prepareDocument's signless", () => {
  it("keeps RARE's class to 16 ranges, which irregexp tests inline (21 cost eight times as much)", () => {
    const re = new RegExp(RARE_SOURCE);
    let ranges = 0;
    for (let c = 0, inside = false; c <= 0xffff; c++) {
      const now = re.test(String.fromCharCode(c));
      if (now && !inside) ranges++;
      inside = now;
    }
    expect(ranges).toBeLessThanOrEqual(16);
  });

  it("is clean and no legacy sign, on a plain text and with each code unit the class holds only to join its ranges", () => {
    expect(SIGNS.length).toBe(35);
    expect(prepareDocument(PLAIN)).toMatchObject({ text: PLAIN, clean: true, signless: true });
    for (const c of ["\u000c", "\u00af", "\u00b0", "\u00b4", "\u00ba", "\u200e", "\u200f", "\u2045", "\u205f", "\u2061", "\u206f"]) {
      const t = PLAIN.replace("tỉnh", `tỉnh${c}`);
      expect(prepareDocument(t)).toMatchObject({ text: t, clean: true, signless: true });
    }
    for (const sign of SIGNS) {
      const t = PLAIN.replace("tỉnh", `tỉnh ${sign}`);
      const document = prepareDocument(t);
      expect(document.signless).toBe(false);
      // The soft hyphen prints nothing and "Ð" is a look-alike: those texts are prepared, the rest stay clean.
      expect(document.clean).toBe(sign !== "\u00ad" && sign !== "\u00d0");
    }
  });

  it("is the legacy regex's answer on every clean text, and the scan asked nothing finds what it finds asked", () => {
    const next = seededRandom(641);
    let signless = 0;
    let signed = 0;
    for (const text of corpus) {
      const at = Math.floor(next() * (text.length + 1));
      const sign = SIGNS[Math.floor(next() * SIGNS.length)];
      for (const t of [text, text.slice(0, at) + sign + text.slice(at)]) {
        const document = prepareDocument(t);
        if (!document.clean) {
          expect(document.signless).toBe(false);
          continue;
        }
        expect(document.signless).toBe(!mayBeLegacy(t));
        if (!document.signless) {
          signed++;
          continue;
        }
        signless++;
        const read = blankPageLines(textAsRead(document.text));
        expect(findLandmarks(read, true, true)).toEqual(findLandmarks(read));
        expect(findLandmarks(read, true)).toEqual(findLandmarks(read));
      }
    }
    expect(signless).toBeGreaterThan(corpus.length / 2);
    expect(signed).toBeGreaterThan(corpus.length / 4);
  });

  it("reads on past the first sign without them (a legacy text has one in most words), preparing what prepare() does", () => {
    const tcvn3 = "C¨n cø NghÞ ®Þnh sè 15/CP ngµy 02 th¸ng 03 n¨m 1993;\n";
    for (const after of ["Quye\u0302\u0301t định", "số\u00a0 88", "Ủ\u200by ban", "a\u2013b", "\u0301"]) {
      for (const t of [tcvn3.repeat(3) + after + tcvn3, `Căn cứ ${tcvn3}${after}`]) {
        const document = prepareDocument(t);
        expect(document.text).toBe(unifyLineBreaks(prepare(t).text));
        expect([document.clean, document.signless]).toEqual([false, false]);
      }
    }
    expect(prepareDocument(tcvn3.repeat(3))).toMatchObject({ text: tcvn3.repeat(3), clean: true, signless: false });
  });

  it("gives extractListingRead's answer, asked or not", () => {
    let texts = 0;
    for (const text of corpus.slice(0, 400)) {
      const document = prepareDocument(text);
      if (document.text !== text || !document.signless) continue;
      const read = blankPageLines(textAsRead(text), false);
      expect(extractListingRead(text, read, true, true)).toEqual(extractListingRead(text, read, false));
      texts++;
    }
    expect(texts).toBeGreaterThan(100);
  });
});
