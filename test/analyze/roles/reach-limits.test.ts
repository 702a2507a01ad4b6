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
