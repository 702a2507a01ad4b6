/**
 * src/analyze/roles/reach-limits.ts: where a pending cue stops short of a document within its reach.
 * Here guidesWorkUnder for a guidance document (HƯỚNG DẪN): "hướng dẫn thực hiện <việc> theo X"
 * guides the work done under X, which it carries out; "hướng dẫn thực hiện X" guides X.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const edges = (text: string) => new Set(analyze(text).relations.filter((r) => r.type !== "references").map((r) => `${r.to.split("@")[0]} ${r.type}`));

/** A guidance as ministries and banks publish it: heading, number line, "HƯỚNG DẪN", its title, then the body given. */
const guidance = (title: string, body: string) =>
  `BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 215/HD-BNN\nHà Nội, ngày 12 tháng 3 năm 2019\n\nHƯỚNG DẪN\n\n${title}\n\n${body}\n`;

describe("a guidance's 'hướng dẫn thực hiện <việc> theo X' (fixtures/fresh/fresh30g-003, fresh30i-007)", () => {
  it("the title's work done under a decision does not guide the decision; the opening 'Thực hiện' implements it", () => {
    const e = edges(
      guidance(
        "THỰC HIỆN HỖ TRỢ GIỐNG CÂY TRỒNG THEO QUYẾT ĐỊNH SỐ 1150/QĐ-TTG NGÀY 20/8/2018 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CHÍNH SÁCH HỖ TRỢ SẢN XUẤT",
        "Thực hiện Quyết định số 1150/QĐ-TTg ngày 20/8/2018 của Thủ tướng Chính phủ về chính sách hỗ trợ sản xuất, Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn thực hiện một số nội dung sau:",
      ),
    );
    expect(e.has("1150/QĐ-TTg guides")).toBe(false);
    expect(e.has("1150/QĐ-TTg implements")).toBe(true);
  });

  it("a title naming the document it guides, with no 'theo', still guides it", () => {
    const e = edges(
      guidance(
        "THỰC HIỆN MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 1150/QĐ-TTG NGÀY 20/8/2018 CỦA THỦ TƯỚNG CHÍNH PHỦ",
        "Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn thực hiện một số điều như sau:",
      ),
    );
    expect(e.has("1150/QĐ-TTg guides")).toBe(true);
  });
});

/** A province's decision issuing a plan, its title on one line, then a Căn cứ. */
const planDecision = (title: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 1204/QĐ-UBND\nBình Định, ngày 12 tháng 5 năm 2019\n\nQUYẾT ĐỊNH\n\n${title}\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n`;

describe("a plan carrying out a plan named by its kind and owner, no number (fixtures/fresh/fresh30w-001, plans32-011)", () => {
  it("the document after the owner's verb is the named plan's object, not the document's", () => {
    const e = edges(planDecision("BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA TỈNH ỦY THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG"));
    expect(e.has("19-NQ/TW implements")).toBe(false);
    const opening = edges(`${planDecision("BAN HÀNH KẾ HOẠCH PHÁT TRIỂN Y TẾ CƠ SỞ")}\nThực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n`);
    expect(opening.has("20-NQ/TW implements")).toBe(false);
  });

  it("so with the verb glued as some copies print it, and with a plan of the owner's named in lower case", () => {
    expect(edges(planDecision("BAN HÀNH KẾ HOẠCH TRIỂN KHAI KẾ HOẠCH CỦA TỈNH ỦY THỰCHIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY 15/5/2016 CỦA BỘ CHÍNH TRỊ")).has("05-CT/TW implements")).toBe(false);
  });

  it("a plan's own number, or no owner between, leaves the document the title's own object", () => {
    expect(edges(planDecision("BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG")).has("19-NQ/TW implements")).toBe(true);
    expect(edges(planDecision("BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 45-CTR/TU NGÀY 19/11/2018 CỦA BAN THƯỜNG VỤ TỈNH ỦY")).has("45-CTr/TU implements")).toBe(true);
  });
});
