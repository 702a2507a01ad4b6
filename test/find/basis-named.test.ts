import { describe, expect, it } from "vitest";
import { findBasisNamed } from "../../src/find/basis-named.js";
import { analyze } from "../../src/index.js";

/** The mentions' names and years; `numbered` the words where a numbered citation starts. */
const read = (text: string, numbered: string[] = []) =>
  findBasisNamed(
    text,
    numbered.map((w) => text.indexOf(w)),
  ).map((m) => [m.kind, m.name, m.year]);

describe("a document other than a law named at a Căn cứ item's head", () => {
  it("reads the Party's charter and working rules, each item's head (fresh29a-007, -027)", () => {
    const text =
      "BỘ CHÍNH TRỊ\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoá XIII;\n- Xét Tờ trình của Bộ Chính trị,";
    expect(read(text)).toEqual([
      ["charter", "Điều lệ Đảng", null],
      ["rules", "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoá XIII", null],
    ]);
  });

  it("ends the name at its date, taking the year (seg33b-014), and at what it went through (fresh30f-011)", () => {
    expect(read("Căn cứ Quy chế hoạt động của Hội đồng nhân dân ngày 02 tháng 4 năm 2005 ; \nCăn cứ Nghị định")).toEqual([
      ["rules", "Quy chế hoạt động của Hội đồng nhân dân", 2005],
    ]);
    expect(read("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam đã được Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX thông qua ngày 19/9/2019;")).toEqual([
      ["charter", "Điều lệ Mặt trận Tổ quốc Việt Nam", null],
    ]);
  });

  it("ends the name before a numbered document the item joins to it (fresh29a-005, fresh30f-002)", () => {
    const text = "Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương;";
    expect(read(text, ["Quy định số"])).toEqual([["charter", "Điều lệ Đảng", null]]);
  });

  it("reads a congress's resolution, its term in its name and no year (fresh30o-007, fresh29d-009)", () => {
    expect(read("Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XV, nhiệm kỳ 2010-2015;\nCăn cứ")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XV, nhiệm kỳ 2010-2015", null],
    ]);
    expect(read("- Căn cứ Nghị quyết Đại hội Đảng bộ xã Nhân Khang nhiệm kỳ 2015-2020\n- Căn cứ nghị quyết số 21 –NQ/BCH", ["nghị quyết số"])).toEqual([
      ["resolution", "Nghị quyết Đại hội Đảng bộ xã Nhân Khang nhiệm kỳ 2015-2020", null],
    ]);
  });

  it("reads an item over a line break (fresh29a-025)", () => {
    expect(read("- Căn cứ Quy chế làm việc của Ban\nChấp hành Trung ương khóa XII;\n- Căn cứ")).toEqual([
      ["rules", "Quy chế làm việc của Ban Chấp hành Trung ương khóa XII", null],
    ]);
  });

  it("reads no name where a number carries the document, the citing document's own, or prose", () => {
    // fresh29j-003: the rules issued with a numbered decision are that decision's (dev gold convention).
    const carried = "- Căn cứ Quy chế hoạt động của Ban Chấp hành Trung ương Đoàn khoá X ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013;";
    expect(read(carried, ["Quyết định số"])).toEqual([]);
    // dev-049: the bracket's submission carries the scheme, and is the item's basis.
    const bracket = "Căn cứ Đề án thành lập các Tổng công ty điện lực ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 ) ;";
    expect(read(bracket, ["Tờ trình số"])).toEqual([]);
    expect(read("Căn cứ Quy chế này, các đơn vị xây dựng kế hoạch.")).toEqual([]);
    expect(read("Các đơn vị thực hiện theo Quy chế làm việc của Ban Chấp hành;")).toEqual([]);
    expect(read("Căn cứ Quyết định số 12/QĐ-UBND;")).toEqual([]);
  });

  it("is the document's basis, named without a number", () => {
    const text = "QUY ĐỊNH\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;\nỦy ban Kiểm tra Trung ương quy định như sau:\n";
    const named = analyze(text).citations.filter((c) => c.form === "named");
    expect(named.map((c) => [c.kind, c.name, c.role, c.id])).toEqual([
      ["charter", "Điều lệ Đảng", "based_on", "charter:dieu-le-dang@?"],
      ["rules", "Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII", "based_on", "rules:quy-che-lam-viec-uy-ban-kiem-tra-trung-uong-khoa-xii@?"],
    ]);
  });
});
