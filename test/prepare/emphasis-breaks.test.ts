import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hasEmphasisBreaks, readEmphasisBreaks } from "../../src/prepare/emphasis-breaks.js";
import { prepare } from "../../src/prepare/prepare.js";
import { needsPreparing } from "../../src/prepare/needs-preparing.js";
import { prepareDocument } from "../../src/analyze/prepared.js";
import { asPrepared } from "../../src/prepare/as-read.js";
import { analyze } from "../../src/analyze/index.js";
import { noteIfDiffer } from "../helpers/search-equivalence.js";

// A markdown copy's italic preamble broken between "số" and the number (fresh59f-007; fresh36b-001 writes "Nghị quyết số* *203/2025/QH15").
const BASIS =
  "*Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 được sửa đổi, bổ sung một số điều bởi Luật số 11/2022/QH15, Luật số 16/2023/QH15, Luật số* *18/2023/QH15, Luật số 47/2024/QH15, Luật số 54/2024/QH15 và Luật số* *146/2025/QH15;*\n";

describe("readEmphasisBreaks", () => {
  it("reads the two asterisks of an emphasis break between words as spaces, one for one", () => {
    expect(readEmphasisBreaks("Luật số* *18/2023/QH15")).toBe("Luật số   18/2023/QH15");
    expect(readEmphasisBreaks("ngày 19 tháng 01 năm 2026 của* *Chính phủ")).toBe("ngày 19 tháng 01 năm 2026 của   Chính phủ");
    expect(readEmphasisBreaks("số*\t*5")).toBe("số \t 5");
  });

  it("leaves a list's marker, bold marks, a lone asterisk and a break not between two words as written", () => {
    for (const s of ["* Căn cứ Luật số 1/2020/QH14", "**Điều 1.** **Phạm vi**", "TRUNG ƯƠNG * Số 68-NQ/TW", "*Căn cứ …;*\n*Theo đề nghị", "số*    *5", "a** *b"]) {
      expect(readEmphasisBreaks(s)).toBe(s);
      expect(hasEmphasisBreaks(s)).toBe(false);
    }
  });

  it("is read alike by prepare(), the whole document's preparation and the look-backs, offsets unmoved", () => {
    expect(needsPreparing("Luật số* *18/2023/QH15")).toBe(true);
    const window = prepare(BASIS);
    expect(window.text).toBe(BASIS.replace(/\* \*/g, "   "));
    expect(window.text.length).toBe(BASIS.length);
    expect(prepareDocument(BASIS).text).toBe(window.text);
    expect(asPrepared("Luật số* *18/2023/QH15")).toBe("Luật số   18/2023/QH15");
  });

  it("keeps the kind word before the number, so the amending laws listed in a Căn cứ item are each based on", () => {
    const text = `THÔNG TƯ\nQUY ĐỊNH QUẢN LÝ HỆ THỐNG ĐĂNG KÝ\n${BASIS}*Bộ trưởng ban hành Thông tư.*\n`;
    const a = analyze(text);
    const basedOn = a.relations.filter((r) => r.type === "based_on").map((r) => a.citations.find((c) => c.id === r.to)?.id ?? r.to);
    expect(basedOn).toEqual(expect.arrayContaining(["18/2023/QH15", "146/2025/QH15"]));
    const c18 = a.citations.find((c) => c.id === "18/2023/QH15")!;
    expect(text.slice(c18.start, c18.end)).toBe("Luật số* *18/2023/QH15");
  });
});

// Session 63 (speed63, issue 15): the regex matches its first "*" before it looks behind for the word, where the
// look-behind opened it and was asked at every character of a document. The same replacements as that regex's.
describe("readEmphasisBreaks, its look-behind after the first asterisk", () => {
  const LOOK_BEHIND_FIRST = /(?<=[\p{L}\p{M}\p{N}])\*[ \t]{1,3}\*(?=[\p{L}\p{N}])/gu;
  const before = (s: string) => (s.includes("*") ? s.replace(LOOK_BEHIND_FIRST, (m) => " " + m.slice(1, -1) + " ") : s);

  it("reads every dev and fresh text, and the texts with breaks put in, as the look-behind-first regex did", () => {
    const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((d) => join("fixtures/fresh", d, "texts"))];
    let changed = 0;
    // The old regex's reading taken once a text (it was taken three times), the differing texts expected none once.
    const differ: string[] = [];
    for (const dir of dirs) {
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
        const text = readFileSync(join(dir, f), "utf8");
        const broken = text.replace(/ (?=\p{L})/gu, (m, at: number) => (at % 7 === 0 ? "* *" : at % 11 === 0 ? "*\t*" : m));
        for (const s of [text, broken]) {
          const want = before(s);
          noteIfDiffer(differ, readEmphasisBreaks(s), want, () => `${f}${s === text ? "" : ", breaks put in"}`);
          noteIfDiffer(differ, hasEmphasisBreaks(s), want !== s, () => `${f}${s === text ? "" : ", breaks put in"}: hasEmphasisBreaks`);
          if (want !== s) changed++;
        }
      }
    }
    expect(differ).toEqual([]);
    expect(changed).toBeGreaterThan(100);
  });

  it("reads random runs of asterisks, blanks, letters, marks, digits and astral letters as it did", () => {
    const pieces = ["*", "*", "**", " ", "\t", "   ", "a", "Đ", "\u0301", "5", "\ud835\udc00", "\n", ".", "ố"];
    let seed = 63;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const differ: string[] = [];
    for (let n = 0; n < 20000; n++) {
      let s = "";
      for (let k = next() % 12; k >= 0; k--) s += pieces[next() % pieces.length];
      const want = before(s);
      noteIfDiffer(differ, readEmphasisBreaks(s), want, () => JSON.stringify(s));
      noteIfDiffer(differ, hasEmphasisBreaks(s), want !== s, () => `hasEmphasisBreaks: ${JSON.stringify(s)}`);
    }
    expect(differ).toEqual([]);
  });
});
