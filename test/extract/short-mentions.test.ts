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

  it("reads a number on a line after a kind word in lower case ending its line as a table's cell, a citation only where it resolves", () => {
    // fresh49b-011 (148/2025/TT-BTC's spending norms, one cell a line): the row's words, then its amount, the next row's number, a footnote's.
    const shortOf = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => [c.raw, c.id]);
    expect(shortOf("Thứ trưởng phụ trách đơn vị chủ trì soạn thảo thông tư \n7 \n1.3.3 \nCác thành viên Ban Thường vụ")).toEqual([]);
    expect(shortOf("Thứ trưởng phụ trách đơn vị chủ trì soạn thảo thông tư liên tịch \n4,5 \n1.1.3.3 \nCác thành viên")).toEqual([]);
    expect(shortOf("Các hoạt động hỗ trợ trực tiếp cho công tác soạn thảo thông tư \n \n \n7 Mỗi đơn vị tính tối đa 01 lần tham gia ý kiến.")).toEqual([]);
    // Capitalised, on one line, with "số", or resolved to a full citation of the text, it names the document as before.
    expect(shortOf("theo Thông tư \n7 của Bộ Tài chính.")).toEqual([["Thông tư \n7", "short:circular/07@?"]]);
    expect(shortOf("theo thông tư 7 của Bộ Tài chính.")).toEqual([["thông tư 7", "short:circular/07@?"]]);
    expect(shortOf("theo thông tư \nsố 7 của Bộ Tài chính.")).toEqual([["thông tư \nsố 7", "short:circular/07@?"]]);
    expect(shortOf("Thông tư số 7/2020/TT-BTC ngày 5/5/2020; theo thông tư \n7 nêu trên.")).toEqual([["thông tư \n7", "07/2020/TT-BTC"]]);
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
