import { describe, expect, it } from "vitest";
import { cpuRatio } from "../helpers/linear.js";
import { extract } from "../../src/index.js";

describe("short mentions resolved (extract/short-mentions.ts)", () => {
  it("resolves a listed short form to the one full citation of its kind and number", () => {
    const found = extract("Quyết định số 5/2020/QĐ-UBND và Quyết định số 6/2021/QĐ-UBND; Quyết định 5 nêu trên, Quyết định 7.");
    expect(found.filter((c) => c.form === "short").map((c) => [c.raw, c.id])).toEqual([["Quyết định 5", "05/2020/QĐ-UBND"], ["Quyết định 7", "short:decision/07@?"]]);
  });

  it("reads a kind word spelled as a verb, in lower case and with no 'số', as a citation only where the number resolves", () => {
    // plans32-014 and fresh47a-005 (the verb, then the gazette's page number): no document named.
    const shortOf = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => [c.raw, c.id]);
    expect(shortOf("Ủy ban nhân dân phường thông báo 12 đến Trạm Y tế phường, các ban ngành.")).toEqual([]);
    expect(shortOf("đối với hành vi vi phạm quy định \n\n \n22 \nCÔNG BÁO/Số 751 + 752/Ngày 10-10-2022 \n")).toEqual([]);
    // Capitalised, with "số", or resolved to a full citation of the text, it names the document as before.
    expect(shortOf("theo Quy định 22 của Ban Thường vụ.")).toEqual([["Quy định 22", "short:regulation/22@?"]]);
    expect(shortOf("theo quy định số 22 của Ban Thường vụ.")).toEqual([["quy định số 22", "short:regulation/22@?"]]);
    expect(shortOf("Thông báo số 12/TB-UBND ngày 5/5/2023 của UBND phường; thực hiện thông báo 12 nêu trên.")).toEqual([["thông báo 12", "12/TB-UBND@2023"]]);
  });

  it("reads a bare number that is a year after a kind word ('Nghị quyết 2005') as a citation only where it resolves", () => {
    const shortOf = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => [c.raw, c.id]);
    // seg33-006: the council's resolution of that year, no document numbered 2005.
    expect(shortOf("Các công trình, dự án sử dụng đất đã ghi trong Nghị quyết 2005 chưa thực hiện được nay chuyển sang năm 2006.")).toEqual([]);
    // A number out of the years' range, or with "số", names the document as before; so does one the text cites in full.
    expect(shortOf("đã ghi trong Nghị quyết 1592 chưa thực hiện.")).toEqual([["Nghị quyết 1592", "short:resolution/1592@?"]]);
    expect(shortOf("đã ghi trong Nghị quyết số 2005 chưa thực hiện.")).toEqual([["Nghị quyết số 2005", "short:resolution/2005@?"]]);
    expect(shortOf("Quyết định số 2005/QĐ-UBND ngày 5/5/2023 của UBND tỉnh; Quyết định 2005 nêu trên.")).toEqual([["Quyết định 2005", "2005/QĐ-UBND@2023"]]);
  });

  it("stays linear on text dense with short forms listed before full citations", () => {
    // Each mention once searched every full citation of the text: 8 times the text cost ~60 times the time.
    const dense = (n: number) => "Quyết định 1, 2 và 3/QĐ-UBND, ".repeat(n);
    expect(cpuRatio((x) => extract(x), dense(8000), dense(1000), 3, 24)).toBeLessThan(24);
  });
});
