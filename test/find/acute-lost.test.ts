import { describe, expect, it } from "vitest";
import { cpuRatio } from "../helpers/linear.js";
import { analyze, extract } from "../../src/index.js";
import { lex, lexFast } from "../../grammars/citation/index.js";

/** "số" with its acute lost, as a scan reads it: "sô" (SO_ACUTE_LOST), read as "số" only right before a number. */
describe("'sô' for 'số' (the acute lost)", () => {
  const spans = (t: string) => extract(t).map((c) => [c.raw, c.kindText, c.id]);

  it("joins the kind word to a full citation, with or without a colon, in any case", () => {
    expect(spans("Sở đã nhận Công văn sô 4410/BTC-NSNN ngày 5/6/2023 của Bộ Tài chính.")).toEqual([
      ["Công văn sô 4410/BTC-NSNN ngày 5/6/2023 của Bộ Tài chính", "Công văn", "4410/BTC-NSNN@2023"],
    ]);
    expect(spans("Bãi bỏ Quyết định sô: 88/QĐ-UBND ngày 2/3/2021.")[0].slice(0, 2)).toEqual(["Quyết định sô: 88/QĐ-UBND ngày 2/3/2021", "Quyết định"]);
    expect(spans("KẾ HOẠCH SÔ 31/KH-UBND")[0][1]).toBe("KẾ HOẠCH");
  });

  it("lets a narrative's issuing body and verb reach the document after it, as with 'số'", () => {
    // "…, Bộ X đã ban hành Công văn sô Y": Bộ X issued Y carrying the directive out; the text only mentions Y.
    const t = "Triển khai Chỉ thị số 09/CT-TTg ngày 1/3/2023 của Thủ tướng Chính phủ, Bộ Tài chính đã ban hành Công văn sô 4410/BTC-NSNN ngày 5/6/2023 hướng dẫn các địa phương.";
    const rel = analyze(t).relations.map((r) => [r.type, r.from, r.to]);
    expect(rel).toContainEqual(["references", expect.anything(), "4410/BTC-NSNN@2023"]);
    expect(rel).toContainEqual(["implements", "4410/BTC-NSNN@2023", "09/CT-TTg@2023"]);
    expect(rel.some(([type, , to]) => type === "implements" && to === "4410/BTC-NSNN@2023")).toBe(false);
  });

  it("reads a short form after it, as after 'số'", () => {
    const t = "Căn cứ Nghị định số 73/2019/NĐ-CP ngày 5/9/2019; theo Nghị định sô 73 nêu trên.";
    expect(extract(t).filter((c) => c.form === "short").map((c) => [c.raw, c.id])).toEqual([["Nghị định sô 73", "73/2019/NĐ-CP"]]);
  });

  it("is a word where no number follows it", () => {
    for (const lexer of [lex, lexFast]) {
      const names = (t: string) => lexer(t).map((x) => `${x.tokenType.name}:${x.image}`);
      expect(names("sô 12 Sô: 4 sô liệu")).toEqual(["So:sô", "Number:12", "So:Sô", "Colon::", "Number:4", "Word:sô", "Word:liệu"]);
    }
    // The kind word is not joined across a word that is not "số".
    expect(spans("Kế hoạch sô liệu 12/UBND-VX")[0][1]).toBeNull();
  });

  it("linear on runs of 'sô ' and of spaces after it", () => {
    expect(cpuRatio((x) => extract(x), "Công văn " + "sô ".repeat(32000) + "1/UBND", "Công văn " + "sô ".repeat(4000) + "1/UBND", 5, 24)).toBeLessThan(24);
    const spaced = (n: number) => "Công văn sô" + " ".repeat(n) + ":" + " ".repeat(n) + "x sô 1";
    expect(cpuRatio((x) => extract(x), spaced(64000), spaced(8000), 5, 24)).toBeLessThan(24);
  });
});

/** "số" as scans misread it otherwise: "SÓ" (the circumflex lost), "sé" ("ố" read as "é"): SO_MISREAD. */
describe("'só' and 'sé' for 'số' (scans)", () => {
  const spans = (t: string) => extract(t).map((c) => [c.raw, c.kindText, c.id]);

  it("joins the kind word to a full citation, and the units before it point into it (fresh36b-007, fresh36b-005, fresh36b-011, fresh41c-004)", () => {
    const title = extract("THÔNG TƯ SỬA ĐỔI, BỔ SUNG PHỤ LỤC IV BAN HÀNH KÈM THEO THÔNG TƯ SÓ 20/2014/TT-BCT");
    expect(title.map((c) => [c.kindText, c.id, c.pinpoint?.appendix])).toEqual([["THÔNG TƯ", "20/2014/TT-BCT", "IV"]]);
    expect(spans("Căn cứ Quyết định sé 33/2012/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ")[0].slice(1)).toEqual(["Quyết định", "33/2012/QĐ-TTg"]);
    expect(extract("tại Điều 5 Thông tư sé 48/2015/TT-BTC ngày 13/4/2015").map((c) => [c.kindText, c.pinpoint?.article])).toEqual([["Thông tư", "5"]]);
    expect(spans("tại thông báo sé 218/TB-DHTL ngày 20/03/2023 như sau")[0][1]).toBe("thông báo");
  });

  it("is a word where no number follows it", () => {
    for (const lexer of [lex, lexFast]) {
      const names = (t: string) => lexer(t).map((x) => `${x.tokenType.name}:${x.image}`);
      expect(names("sé 12 SÓ 4 sé đi")).toEqual(["So:sé", "Number:12", "So:SÓ", "Number:4", "Word:sé", "Word:đi"]);
    }
  });
});
