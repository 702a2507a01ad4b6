import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { enactedKind } from "../../src/analyze/self.js";
import { cpuRatio } from "../helpers/linear.js";

// A copy that lost its heading block (no kind line, no "Số:" line): its enacting formula tells what it is.
describe("the kind of a text printed without its heading, from its enacting formula", () => {
  const decision = (formula: string) =>
    [
      "VỀ VIỆC GIAO CHỈ TIÊU TUYỂN SINH CHO CÁC TRƯỜNG TRUNG CẤP",
      "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
      "Căn cứ Nghị định số 99/2019/NĐ-CP ngày 30 tháng 12 năm 2019 của Chính phủ;",
      "Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo,",
      formula,
      "Điều 1. Giao chỉ tiêu tuyển sinh năm học 2020 - 2021.",
    ].join("\n");

  it("a decision's \"QUYẾT ĐỊNH:\" makes it a decision", () => {
    expect(analyze(decision("QUYẾT ĐỊNH:")).self.kind).toBe("decision");
  });

  it("the formula's two words wrapped over two lines, as a narrow table cell copies them, still tell", () => {
    expect(analyze(decision("QUYẾT\nĐỊNH:")).self.kind).toBe("decision");
    expect(analyze(decision("** QUYẾT \r\n ĐỊNH **:")).self.kind).toBe("decision");
  });

  it("a council's \"QUYẾT NGHỊ:\" makes it a resolution, a word segmenter's \"Quyết nghị :\" too", () => {
    const council = (formula: string) =>
      ["HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG", "KHÓA XVI, KỲ HỌP THỨ 9", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;", "Xét Tờ trình số 15/TTr-UBND ngày 2 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh;", formula, "Điều 1. Thông qua dự toán."].join("\n");
    expect(analyze(council("QUYẾT NGHỊ:")).self.kind).toBe("resolution");
    expect(analyze(council("Quyết nghị :")).self.kind).toBe("resolution");
  });

  it("a kind line or an own number tells first", () => {
    expect(analyze(`KẾ HOẠCH\nTriển khai công tác dân vận năm 2020\n${decision("QUYẾT ĐỊNH:")}`).self.kind).toBe("plan");
    expect(analyze(`Số: 41/CT-UBND\n${decision("QUYẾT ĐỊNH:")}`).self.kind).toBe("directive");
  });

  it("the words inside a sentence, or without the colon, are no formula", () => {
    expect(enactedKind("Hội nghị đã thống nhất quyết định: giao Sở Tài chính chủ trì.\n")).toBeNull();
    expect(enactedKind("Căn cứ kết quả họp,\nQUYẾT ĐỊNH\nĐiều 1. Giao nhiệm vụ.\n")).toBeNull();
    expect(enactedKind("Ban hành kèm theo Quyết định:\n")).toBeNull();
    expect(analyze(decision("Điều 0. Các nội dung sau:")).self.kind).toBeNull();
  });

  it("reads a long run of the formula's first word and line breaks in linear time", () => {
    const hostile = (n: number) => "\nQUYẾT \n \t".repeat(n) + "ĐỊNH";
    expect(cpuRatio(enactedKind, hostile(200_000), hostile(50_000))).toBeLessThan(10);
  });
});
