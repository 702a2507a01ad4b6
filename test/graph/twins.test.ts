import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { CitationGraph } from "../../src/graph/index.js";

const twins = (g: CitationGraph) => g.warnings.filter((w) => w.code === "possible-twin").map((w) => w.message);

describe("warnPossibleTwins (twins.ts)", () => {
  // fresh30t-007 cites "Quyết định số 09/QĐ-TTg ngày 25/3/2015", other texts 09/2015/QĐ-TTg of that day.
  const yearless = analyze("Căn cứ Quyết định số 09/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ;", { path: "a.txt" });
  const yeared = analyze("Căn cứ Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ;", { path: "b.txt" });

  it("warns of one number, ký hiệu and year written with and without the year in the number, and keeps both", () => {
    const g = CitationGraph.from([yearless, yeared]);
    expect(g.hasDocument("09/QĐ-TTg@2015") && g.hasDocument("09/2015/QĐ-TTg")).toBe(true);
    expect(twins(g)).toEqual(["09/QĐ-TTg@2015 may be 09/2015/QĐ-TTg, written without the year in its number: kept apart"]);
    expect(twins(CitationGraph.from([yeared, yearless]))).toEqual(twins(g));
  });

  it("warns of a local document named without its place beside the same named with it", () => {
    // fresh30b-002: "công văn số 701/SXD ngày 27/11/2007" and "… 701/SXD ngày 27/11/2007 của Sở Xây dựng tỉnh Tây Ninh".
    const placeless = analyze("Theo công văn số 701/SXD ngày 27/11/2007 về giá.", { path: "c.txt" });
    const placed = analyze("Theo Công văn số 701/SXD ngày 27/11/2007 của Sở Xây dựng tỉnh Tây Ninh về giá.", { path: "d.txt" });
    const g = CitationGraph.from([placeless, placed]);
    expect(twins(g)).toEqual(["701/SXD@2007 may be 701/SXD@2007~tay-ninh, named without its place: kept apart"]);
  });

  it("says nothing of two provinces' documents, nor of a decree (one id: decree-year.ts)", () => {
    const a = analyze("Căn cứ Kế hoạch số 103/KH-UBND ngày 12/4/2021 của UBND tỉnh Tiền Giang;", { path: "e.txt" });
    const b = analyze("Căn cứ Kế hoạch số 103/KH-UBND ngày 24/12/2021 của UBND tỉnh Trà Vinh;", { path: "f.txt" });
    const c = analyze("Căn cứ Nghị định số 107/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;", { path: "g.txt" });
    const d = analyze("Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;", { path: "h.txt" });
    const g = CitationGraph.from([a, b, c, d]);
    expect(twins(g)).toEqual([]);
    expect(g.document("107/2021/NĐ-CP")?.citedBy).toBe(2);
  });
});
