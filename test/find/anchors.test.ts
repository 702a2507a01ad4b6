import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findAnchors, findLandmarks, findLawRhymes, readLandmarks } from "../../src/find/anchors.js";
import { blankPageLines } from "../../src/prepare/line-breaks.js";
import { LAW_RHYME, SCAN } from "../../src/find/patterns.js";
import { HAS_IGNORABLE } from "../../src/prepare/ignorables.js";
import { IGNORABLE_CLASS, IGNORABLES, UNREAD_AS_WRITTEN_CLASS } from "../../src/vocab/look-alikes.js";
import { LEGACY_SIGN_CLASS, mayBeLegacy } from "../../src/shared/legacy-encoding.js";
import { findShortMentions } from "../../src/find/short.js";
import { soup } from "../reliability/arbitraries.js";
import { cpuRatio } from "../helpers/linear.js";

/** No full citation in the text: every number is open to a short form. */
const NONE_TAKEN = { starts: [], ends: [] };

const at = (text: string) => findAnchors(text).map((i) => text.slice(i, i + 6));

describe("findAnchors", () => {
  it("finds numbers followed by a ký hiệu in every spelling", () => {
    expect(at("số 61/2018/NĐ-CP")).toEqual(["61/201"]);
    expect(at("số 103 /KH-UBND")).toEqual(["103 /K"]);
    expect(at("18 - nq/tw và 221 – QĐ/TW")).toEqual(["18 - n", "221 – "]);
    expect(at("12/QÐ-UB")).toEqual(["12/QÐ-"]);
    // The slash after the year typed twice, tight or word-segmented.
    expect(at("số 61/2017//TT-BTC và 8 / 2005 / / NQ-HĐND")).toEqual(["61/201", "8 / 20"]);
    // Typed twice before the year ("Nghị định số 38//2009/NĐ-CP", fresh49e-001): the number's, and the year after it is no number of its own.
    expect(at("số 12 // 2004 / QĐ-UBND, số 12 / / 2004 / QĐ-UBND, số 12//2004/QĐ-UBND")).toEqual(["12 // ", "12 / /", "12//20"]);
  });

  it("skips dates, ranges and the year inside a number", () => {
    expect(at("ngày 08/4/2022, giai đoạn 2021-2030, tháng 4/2022 – 8/2022")).toEqual([]);
    expect(at("61/2018/NĐ-CP")).toHaveLength(1);
  });

  it("skips the year of a technical standard ('QCVN 01:2021/BXD'), not a number after a list's colon", () => {
    // National technical regulations and standards are numbered "<number>:<year>/<issuer>".
    expect(at("Căn cứ QCVN 01:2021/BXD; đạt QCVN 05:2013/BTNMT, QCVN 05: 2013 /BTNMT và ISO 9001 : 2008/TCVN")).toEqual([]);
    expect(at("Mục 3: 125/QĐ-UBND; lúc 14:30/KH")).toEqual(["125/QĐ", "30/KH"]);
  });

  it("starts a number in two parts at its first digits, never after its dot ('66.7/2025/NQ-CP')", () => {
    expect(at("Nghị quyết số 66.4/2025/NQ-CP và 66.31 /2026/NQ-CP")).toEqual(["66.4/2", "66.31 "]);
    // A date or a list's number has no ký hiệu after it; three digits after a dot are a thousands' separator.
    expect(at("ngày 23.4.2018, mục 1.2 và 1.234/QĐ-TTg")).toEqual([]);
  });

  it("does not start inside a longer number or word", () => {
    expect(at("1234567/KH-UBND")).toEqual([]);
    expect(at("QH13/KH")).toEqual([]);
  });

  it("stays linear on runs of a year and slashes, spaced or tight ('1/2004//', '1 / 2004 / / ')", () => {
    for (const unit of ["1/2004//", "1 / 2004 / / ", "/ ", "2004/ /", "1 // ", "a / / 1"]) {
      expect(cpuRatio(findAnchors, unit.repeat(160_000 / unit.length), unit.repeat(20_000 / unit.length), 3, 24), unit).toBeLessThan(24);
    }
  });

  it("stays linear on hostile runs", () => {
    const hostile = "1/".repeat(200_000) + "- ".repeat(200_000) + "9".repeat(200_000);
    const t0 = performance.now();
    findAnchors(hostile);
    const hostileMs = performance.now() - t0;
    const prose = "Tuyên truyền cải cách hành chính năm 2022. ".repeat(20_000).slice(0, hostile.length);
    const t1 = performance.now();
    findAnchors(prose);
    const proseMs = performance.now() - t1;
    expect(hostileMs / Math.max(proseMs, 1)).toBeLessThan(50);
  });
});

describe("findLandmarks", () => {
  it("marks numbers, document numbers and law rhymes in one pass", () => {
    const text = "Căn cứ Luật Đất đai năm 2013, Nghị định 64 và Nghị định số 61/2018/NĐ-CP; Pháp lệnh Phí";
    const marks = findLandmarks(text);
    expect(marks.anchors.map((i) => text.slice(i, i + 2))).toEqual(["61"]);
    // "năm 2013": no kind word ends with "m", so no short form's number.
    expect(marks.numbers.map((i) => text.slice(i, i + 4))).toEqual(["64 v", "61/2"]);
    expect(marks.lawRhymes.map((i) => text.slice(i, i + 2))).toEqual(["ật", "ện"]);
    // Decomposed, the rhyme starts at the dot below.
    const nfd = "Luật".normalize("NFD");
    expect(findLandmarks(nfd).lawRhymes).toEqual([nfd.indexOf("\u0323")]);
  });

  it("finds exactly the anchors findAnchors finds, on citation-shaped noise", () => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(findLandmarks(text).anchors).toEqual(findAnchors(text));
      }),
      { numRuns: 500 },
    );
  });

  it("finds the law rhymes LAW_RHYME finds, in order, composed, decomposed and mixed", () => {
    const piece = fc.constantFrom("ật", "ẬT", "ệnh", "ỆNH", "\u0323\u0302", "t", "T", "nh", "NH", "n", "h", "ậ", "ệ", "ậtật", " ", "1", "Luật", "LUẬT", "lệnh".normalize("NFD"), "luật".normalize("NFD"), "l", "L", "lệnh", "Lệnh", "LỆNH", "Pháp lệnh");
    const text = fc.oneof(soup, fc.array(piece, { maxLength: 40 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (s) => {
        expect(findLawRhymes(s)).toEqual([...s.matchAll(LAW_RHYME)].map((m) => m.index));
      }),
      { numRuns: 1000 },
    );
  });

  it("tells whether a legacy font sign stands outside a number, and marks the same numbers and what prints nothing as without it", () => {
    // TCVN3's ư is the soft hyphen, both a legacy sign and what prints nothing.
    const piece = fc.constantFrom(...IGNORABLES, "Nghị định ", "số ", "61/2018/NĐ-CP", "15/N§-CP", "NghÞ ®Þnh", " sè ", "ñònh", "ö", "©", "1", "/", "-", " ", "\n", "đ", "x");
    const text = fc.oneof(soup, fc.array(piece, { maxLength: 30 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (s) => {
        const marks = findLandmarks(s);
        expect(marks.ignorables).toBe(HAS_IGNORABLE.test(s));
        if (marks.legacy) expect(mayBeLegacy(s)).toBe(true);
        // A sign between spaces is no number's.
        if (/(?:^|[ \n])[®©ñö]/.test(s)) expect(marks.legacy).toBe(true);
        expect([marks.numbers, marks.anchors]).toEqual(scanAlone(s));
      }),
      { numRuns: 2000 },
    );
    expect(findLandmarks("C¨n cø NghÞ ®Þnh sè 15/CP").legacy).toBe(true);
    expect(findLandmarks("Căn cứ Nghị định số 15/CP").legacy).toBe(false);
  });

  it("asks its classes after the numbers' alternatives: no code unit of them is a digit, so no place matches both", () => {
    // The order of the scan's alternatives (anchors.ts SCANS) is free only while this holds (session 67, speed67c).
    const classes = new RegExp(`[${IGNORABLE_CLASS}${UNREAD_AS_WRITTEN_CLASS}${LEGACY_SIGN_CLASS}]`);
    for (const d of "0123456789") expect(classes.test(d)).toBe(false);
    // A sign or mark right after a number's digits is asked as such, the numbers marked as SCAN alone marks them.
    const text = "Nghị định 12© và số 7\u0301 số 15/CP";
    const marks = findLandmarks(text);
    expect(marks.legacy).toBe(true);
    expect(marks.unreadAsWritten).toBe(true);
    expect([marks.numbers, marks.anchors]).toEqual(scanAlone(text));
    expect(marks.numbers.length).toBe(3);
  });

  it("tells whether the text holds what prints nothing, and marks the same numbers whether it does or not", () => {
    const piece = fc.constantFrom(...IGNORABLES, "Nghị định ", "số ", "61/2018/NĐ-CP", "1", "7", "/", "-", " ", "\n", "Luật", "đ", "ệ", "\u0301", "x");
    const text = fc.oneof(soup, fc.array(piece, { maxLength: 30 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (s) => {
        const marks = findLandmarks(s);
        expect(marks.ignorables).toBe(HAS_IGNORABLE.test(s));
        expect([marks.numbers, marks.anchors]).toEqual(scanAlone(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves out only numbers no short form starts at: short forms over its numbers are those over every digit", () => {
    const piece = fc.constantFrom("Nghị định ", "Quyết định số ", "số: ", "năm ", "Luật ", "Thông tư\t", "ngày ", "Nghi\u0323 đi\u0323nh ", "64", "1", "2018", "/", "-", " ", "  ", "\n", "tháng ", "đ", "61/2018/NĐ-CP");
    const text = fc.oneof(soup, fc.array(piece, { maxLength: 30 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (s) => {
        const digits = [...s.matchAll(/[0-9]/g)].map((m) => m.index);
        expect(findShortMentions(s, NONE_TAKEN, findLandmarks(s).numbers)).toEqual(findShortMentions(s, NONE_TAKEN, digits));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a text with its page lines blanked, as blankPageLines does, and marks what findLandmarks marks there", () => {
    const text = "Nghị quyết số 12/2020/NQ-HĐND của HĐND\n - 3 - \nhuyện Ba Vì; Nghị định 64\nTrang 2/5\n12 CÔNG BÁO/Số 1023 + 1024/Ngày 25-12-2021\nx";
    const { read, marks } = readLandmarks(text);
    expect(read).toBe(blankPageLines(text, false));
    expect(read).not.toBe(text);
    expect(marks).toEqual(findLandmarks(read));
    // The last line is left: a chunk's last line may go on.
    expect(readLandmarks("Nghị định 64\n- 3 -").read).toBe("Nghị định 64\n- 3 -");
    const piece = fc.constantFrom(
      "\n", " ", "\t", "-", "–", "—", "2", "12", "2021", "12345", "Trang", "TRANG", "trang", " trên ", "/", "CÔNG", "BÁO", "Số", "Ngày",
      "25-12-2021", "+", "x", "Nghị định ", "số ", "61/2018/NĐ-CP", "Nghị định 64", ...IGNORABLES, "1\u200b2", "Trang 3", "- 4 -", "CÔNG BÁO/Số 7/Ngày 1-2-2020",
    );
    fc.assert(
      fc.property(fc.oneof(soup, fc.array(piece, { maxLength: 30 }).map((a) => a.join(""))), (s) => {
        const blanked = blankPageLines(s, false);
        expect(readLandmarks(s)).toEqual({ read: blanked, marks: findLandmarks(blanked) });
      }),
      { numRuns: 3000 },
    );
  });
});

/** The numbers and anchors SCAN alone marks in `s` (an anchor's match scanned again from its second character). */
function scanAlone(s: string): [number[], number[]] {
  const scan = new RegExp(SCAN.source, "g");
  const numbers: number[] = [];
  const anchors: number[] = [];
  for (let m = scan.exec(s); m; m = scan.exec(s)) {
    numbers.push(m.index);
    if (m[1] !== undefined || m[2] !== undefined) {
      anchors.push(m.index);
      scan.lastIndex = m.index + 1;
    }
  }
  return [numbers, anchors];
}
