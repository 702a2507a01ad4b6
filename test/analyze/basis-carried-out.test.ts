/**
 * src/analyze/basis-carried-out.ts: a plan's opening "Căn cứ <document> …, <issuer> ban hành kế hoạch
 * thực hiện như sau:" rests on the document and carries it out (fixtures/fresh/fresh30c-006, fresh30i-006).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

const edges = (text: string) => new Set(analyze(text).relations.filter((r) => r.type !== "references").map((r) => `${r.to.split("@")[0]} ${r.type}`));

/** A province's plan as published: its heading and number line, then the opening given. */
const plan = (opening: string, number = "Số: 88/KH-UBND") =>
  `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n${number} | Lào Cai, ngày 14 tháng 4 năm 2021 |\n${opening}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tổ chức tuyên truyền sâu rộng trong cán bộ, công chức.\n`;

describe("a plan's opening that rests on one document and makes the plan carrying it out", () => {
  it("'Căn cứ Chỉ thị …, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau:' implements the directive too", () => {
    const e = edges(plan("Căn cứ Chỉ thị số 05/CT-TTg ngày 28/02/2021 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm an toàn thực phẩm, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau:"));
    expect(e).toEqual(new Set(["05/CT-TTg based_on", "05/CT-TTg implements"]));
  });

  it("'xây dựng Kế hoạch triển khai thực hiện, cụ thể như sau:' after a decision approving a scheme", () => {
    const e = edges(plan("Căn cứ Quyết định số 135/QĐ-TTg ngày 20/01/2021 của Thủ tướng Chính phủ về phê duyệt Đề án tăng cường công tác phổ biến pháp luật giai đoạn 2021 - 2025, Uỷ ban nhân dân tỉnh Lào Cai xây dựng Kế hoạch triển khai thực hiện, cụ thể như sau:"));
    expect(e).toEqual(new Set(["135/QĐ-TTg based_on", "135/QĐ-TTg implements"]));
  });

  it("'ban hành Kế Hoạch thực hiện như sau:' in title case reads as in a sentence's case", () => {
    const e = edges(plan("Căn cứ Chỉ thị số 05/CT-TTg ngày 28/02/2021 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm an toàn thực phẩm, Ủy ban nhân dân tỉnh ban hành Kế Hoạch thực hiện như sau:"));
    expect(e).toEqual(new Set(["05/CT-TTg based_on", "05/CT-TTg implements"]));
  });

  it("'Căn cứ vào Chỉ thị …' heads the basis as 'Căn cứ' does", () => {
    const e = edges(plan("Căn cứ vào Chỉ thị số 05/CT-TTg ngày 28/02/2021 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm an toàn thực phẩm, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau:"));
    expect(e).toEqual(new Set(["05/CT-TTg based_on", "05/CT-TTg implements"]));
  });

  it("two documents in the Căn cứ: which one is carried out is not said, both stay bases", () => {
    const e = edges(plan("Căn cứ Luật An toàn thực phẩm số 55/2010/QH12; Chỉ thị số 05/CT-TTg ngày 28/02/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau:"));
    expect(e.has("05/CT-TTg implements")).toBe(false);
    expect(e.has("55/2010/QH12 implements")).toBe(false);
  });

  it("a plan carrying out something it names stays with that ('kế hoạch thực hiện Đề án … như sau')", () => {
    const e = edges(plan("Căn cứ Chỉ thị số 05/CT-TTg ngày 28/02/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện công tác kiểm tra năm 2021 như sau:"));
    expect(e).toEqual(new Set(["05/CT-TTg based_on"]));
  });

  it("a decision so worded is no plan: based_on only", () => {
    const e = edges(plan("Căn cứ Chỉ thị số 05/CT-TTg ngày 28/02/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau:", "Số: 88/QĐ-UBND"));
    expect(e.has("05/CT-TTg implements")).toBe(false);
  });
});
