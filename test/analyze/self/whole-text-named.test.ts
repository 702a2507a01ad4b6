import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { namesPrintedText } from "../../../src/analyze/self/whole-text-named.js";

// A page names the document it prints as the object of "toàn văn": a reprint's "Ban biên tập giới
// thiệu toàn văn Nghị quyết số 10-NQ/TU …" (fixtures/fresh/party32-015), a legal database's "Nội dung
// toàn văn Công văn 722/UBND-MT …" (fresh29m-002).
describe("a citation named right after \"toàn văn\"", () => {
  it("is the text the page prints, with or without a verb before", () => {
    expect(namesPrintedText("Ban biên tập giới thiệu toàn văn ")).toBe(true);
    expect(namesPrintedText("Nội dung toàn văn ")).toBe(true);
    expect(namesPrintedText("trân trọng giới thiệu toàn văn nội dung ")).toBe(true);
  });

  it("not when a link offers the text, nor when other words stand between", () => {
    expect(namesPrintedText("Xem toàn văn ")).toBe(false);
    expect(namesPrintedText("Tải toàn văn ")).toBe(false);
    expect(namesPrintedText("thực hiện toàn văn bản theo ")).toBe(false);
    expect(namesPrintedText("Thực hiện ")).toBe(false);
  });

  it("gives a reprint without a number line its own number, date and issuer", () => {
    const a = analyze(
      "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo xây dựng, phát triển thị xã Sông Cầu lên thành phố trực thuộc tỉnh vào năm 2025.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề lãnh đạo xây dựng, phát triển thị xã Sông Cầu\nlên thành phố trực thuộc tỉnh vào năm 2025\n—–\n\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về lãnh đạo xây dựng, phát triển thị xã Sông Cầu như sau:",
    );
    expect([a.self.kind, a.self.number, a.self.symbol, a.self.date]).toEqual(["resolution", "10", "NQ/TU", "2021-08-18"]);
    expect(a.citations[0].role).toBe("self");
    // Its one relation: the congress's resolution its opening carries out (party32-015's gold; src/find/basis-named.ts, session 36).
    expect(a.relations.map((r) => `${r.from === a.self.id} ${r.type} ${r.to}`)).toEqual([
      "true implements resolution:nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xvii-nhiem-ky-2020-2025@?",
    ]);
  });

  it("a link to the text leaves the page unnumbered", () => {
    const a = analyze("Ngày 17/3/2021, Thành uỷ Hà Nội có văn bản mới. Xem toàn văn Chương trình số 01-CTr/TU ngày 17/3/2021 của Thành ủy TẠI ĐÂY\nChương trình nêu rõ mục tiêu.");
    expect(a.self.number).toBeNull();
  });
});
