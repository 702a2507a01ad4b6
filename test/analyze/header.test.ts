import { describe, expect, it } from "vitest";
import { readHeader } from "../../src/analyze/header.js";
import { analyze } from "../../src/index.js";

/** A header laid out as a table whose cells wrapped: the lines break inside "Số: …" and inside the date. */
const TABLE_HEADER = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH LẠNG SƠN",
  "-------",
  "|",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "|",
  "Số:",
  "07/KH-UBND",
  "|",
  "Lạng Sơn, ngày 13",
  "tháng 01 năm 2020",
  "|",
  "KẾ HOẠCH",
  "TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN",
  "Thực hiện Chỉ thị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
].join("\n");

describe("the document's own header", () => {
  it("reads the number and the date where a wrapped table cell breaks their lines", () => {
    const h = readHeader(TABLE_HEADER);
    expect(h.date).toBe("2020-01-13");
    expect(h.numberLine).not.toBeNull();
    const a = analyze(TABLE_HEADER, { path: "kh-07.txt" });
    expect(a.self.id).toBe("07/KH-UBND@2020~lang-son");
    expect(a.citations.map((c) => c.role)).toEqual(["self", "implements"]);
  });

  it("reads the date on one line as before, and a blank day as a draft's", () => {
    expect(readHeader("UBND TỈNH X\nSố: 5/KH-UBND\nHà Nội, ngày 2 tháng 3 năm 2021\nKẾ HOẠCH\n").date).toBe("2021-03-02");
    const draft = readHeader("UBND TỈNH X\nSố: /KH-UBND\nHà Nội, ngày    tháng 3 năm 2021\nKẾ HOẠCH\n");
    expect([draft.date, draft.warnings.map((w) => w.code)]).toEqual([null, ["blank-number", "blank-date"]]);
  });
});
