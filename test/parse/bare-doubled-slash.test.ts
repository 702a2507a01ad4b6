import { describe, expect, it } from "vitest";
import { analyze, extract } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";

// A number without a year whose slash before the ký hiệu is typed twice: "Báo cáo thẩm định số 263//KQTĐ-SXD".
describe("a slash typed twice after a number without a year", () => {
  it("is read as one before a kind's code whose numbers hold no year, or a ký hiệu's two parts", () => {
    const text = "Theo đề nghị của Sở Nội vụ tại Tờ trình số 58//TTr-SNV ngày 4/3/2021 và Báo cáo thẩm định số 91//KQTĐ-STP ngày 2/3/2021 của Sở Tư pháp;";
    const found = extract(text);
    expect(found.map((c) => c.id)).toEqual(extract(text.replace(/\/\//g, "/")).map((c) => c.id));
    expect(found.map((c) => text.slice(c.numberStart, c.numberEnd))).toEqual(["58//TTr-SNV", "91//KQTĐ-STP"]);
    expect(found[0].warnings.map((w) => w.message)).toEqual(['"58//TTr-SNV" read as 58/TTr-SNV: the slash before the type code typed twice']);
    // A word segmenter's spaced print.
    expect(extract("Kế hoạch số 7 / / KH-UBND ngày 2/1/2020").map((c) => c.id)).toEqual(["07/KH-UBND@2020"]);
  });

  it("is left unread before a code whose numbers may carry a year: the year may be what is missing", () => {
    for (const t of ["Quyết định số 12//QĐ-UBND ngày 3/5/2016", "Nghị quyết số 5//NQ-HĐND ngày 3/5/2016", "Thông tư số 8//TT-BTC"]) expect(extract(t), t).toEqual([]);
  });

  it("is left unread where no ký hiệu follows close: a comment, a spaced code, a word", () => {
    for (const t of ["trang 12// ghi chú", "số 12//   TTr-SNV", "mục 3//theo dõi"]) expect(extract(t), t).toEqual([]);
  });

  it("on the own number's line too, the document is itself: no citation of another", () => {
    const letter = (n: string) => `SỞ TƯ PHÁP TỈNH LÀO CAI\nSố: ${n}\nLào Cai, ngày 9 tháng 6 năm 2022\n\nTỜ TRÌNH\nVề việc thẩm định dự thảo\n`;
    const a = analyze(letter("140//TTr-STP"));
    expect(a.self.id).toBe(analyze(letter("140/TTr-STP")).self.id);
    expect(a.citations.map((c) => c.role)).toEqual(["self"]);
    // A code whose numbers may carry a year: the line is not read, as in a citation.
    expect(analyze(letter("140//QĐ-STP")).self.number).toBeNull();
  });

  it("reads runs of numbers and doubled slashes in linear time", () => {
    const run = (n: number) => "số 12//TTr ".repeat(n) + "1 // / ".repeat(n);
    expect(cpuRatio((t) => extract(t), run(20_000), run(5_000), 3, 10)).toBeLessThan(10);
  });
});
