/**
 * A consolidated text's own number in its authentication block (src/analyze/self/authenticated.ts).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

/** A Công báo consolidated text, shortened: headed by the kind it consolidates, numbered in the block after the body. */
const consolidated = (block: string) =>
  "VĂN BẢN HỢP NHẤT -  \nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc  \n \nTHÔNG TƯ \n" +
  "Hướng dẫn quản lý lao động, tiền lương đối với Bảo hiểm tiền gửi Việt Nam \n" +
  "Thông tư số 32/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội, được sửa đổi, bổ sung bởi: \n" +
  "Thông tư số 12/2024/TT-BLĐTBXH ngày 14 tháng 11 năm 2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội. \n" +
  "Căn cứ Nghị định số 51/2016/NĐ-CP ngày 13 tháng 6 năm 2016 của Chính phủ; \n" +
  "Điều 1. Phạm vi điều chỉnh \nThông tư này hướng dẫn việc quản lý lao động. \n" +
  // The body runs past the header's window (3,000 characters), as every real one does: the block is not the heading's.
  "Bảo hiểm tiền gửi Việt Nam thực hiện quản lý lao động, xác định quỹ tiền lương kế hoạch và phân phối tiền lương. \n".repeat(40) +
  "Điều 8. Hiệu lực thi hành \nThông tư này có hiệu lực thi hành kể từ ngày 10 tháng 12 năm 2016./. \n \n" +
  block;

describe("a consolidated text's authentication block", () => {
  it("'XÁC THỰC VĂN BẢN HỢP NHẤT ⏎ Số: 462/VBHN-BLĐTBXH ⏎ Hà Nội, ngày …' after the body is the text's own number and date", () => {
    // Văn bản hợp nhất 462/VBHN-BLĐTBXH (fresh47a-009) and 465/VBHN-BLĐTBXH (fresh46g-014), Bộ LĐTBXH 10/02/2025.
    const a = analyze(consolidated("BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \nXÁC THỰC VĂN BẢN HỢP NHẤT \nSố: 462/VBHN-BLĐTBXH \nHà Nội, ngày 10 tháng 02 năm 2025 \n \nKT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \n"));
    expect(a.self).toMatchObject({ kind: "consolidated-text", number: "462", symbol: "VBHN-BLĐTBXH", date: "2025-02-10" });
    expect(a.citations.filter((c) => c.role === "self").map((c) => c.number)).toEqual(["462"]);
  });

  it("'Số: 469/VBHN-BLĐTBXH ⏎XÁC THỰC VĂN BẢN HỢP NHẤT ⏎ ⏎Hà Nội, ngày …': the number printed before the heading is the text's own, dated under the heading", () => {
    // Văn bản hợp nhất 469 and 470/VBHN-BLĐTBXH of 10/02/2025 (fixtures/fresh/pairs48-002, -003).
    const a = analyze(consolidated("BỘ LAO ĐỘNG - THƯƠNG BINH  \nVÀ XÃ HỘI \n \nSố: 469/VBHN-BLĐTBXH \nXÁC THỰC VĂN BẢN HỢP NHẤT \n \n \nHà Nội, ngày 10 tháng 02 năm 2025 \nKT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \n"));
    expect(a.self).toMatchObject({ kind: "consolidated-text", number: "469", symbol: "VBHN-BLĐTBXH", date: "2025-02-10" });
    expect(a.citations.filter((c) => c.role === "self").map((c) => c.number)).toEqual(["469"]);
  });

  it("blank lines between the 'Số:' line and the heading", () => {
    // Văn bản hợp nhất 2092/VBHN-BLĐTBXH of 20/6/2022 (the store's docs/hd_khoan), as printed.
    const a = analyze(consolidated("BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \n \nSố: 2092/VBHN-BLĐTBXH \n \n  \nXÁC THỰC VĂN BẢN HỢP NHẤT \n \n \n \nHà Nội, ngày 20 tháng 6 năm 2022 \nKT. BỘ TRƯỞNG \n"));
    expect(a.self).toMatchObject({ kind: "consolidated-text", number: "2092", symbol: "VBHN-BLĐTBXH", date: "2022-06-20" });
  });

  it("a line holding a stray full stop between the 'Số:' line and the heading", () => {
    // Văn bản hợp nhất 466 and 467/VBHN-BLĐTBXH of 10/02/2025 (fixtures/fresh/pairs48-001, fresh49b-005), as printed.
    const a = analyze(consolidated("BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \n \nSố: 467/VBHN-BLĐTBXH \n. \n \nXÁC THỰC VĂN BẢN HỢP NHẤT \n \n \nHà Nội, ngày 10 tháng  02 năm 2025 \nKT. BỘ TRƯỞNG \n"));
    expect(a.self).toMatchObject({ kind: "consolidated-text", number: "467", symbol: "VBHN-BLĐTBXH", date: "2025-02-10" });
    // Other words on the line between are no stray mark: the number stays no block's.
    expect(analyze(consolidated("BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \nSố: 467/VBHN-BLĐTBXH \nKèm theo. \nXÁC THỰC VĂN BẢN HỢP NHẤT \nHà Nội, ngày 10 tháng 02 năm 2025 \n")).self.number).toBeNull();
  });

  it("the block's number comes before the consolidated circular its annex is attached to", () => {
    // 470/VBHN-BLĐTBXH (pairs48-003): the annex after the block reads "(Ban hành kèm theo Thông tư số 13/2022/TT-BLĐTBXH …)".
    const a = analyze(
      consolidated(
        "BỘ LAO ĐỘNG - THƯƠNG BINH  \nVÀ XÃ HỘI \n \nSố: 470/VBHN-BLĐTBXH \nXÁC THỰC VĂN BẢN HỢP NHẤT \n \n \nHà Nội, ngày 10 tháng 02 năm 2025 \nKT. BỘ TRƯỞNG \n \n" +
          "Phụ lục \nTIÊU CHUẨN XẾP HẠNG QUỸ \n(Ban hành kèm theo Thông tư số 32/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 \ncủa Bộ trưởng Bộ Lao động - Thương binh và Xã hội) \n",
      ),
    );
    expect(a.self).toMatchObject({ kind: "consolidated-text", number: "470", symbol: "VBHN-BLĐTBXH" });
  });

  it("a 'Số:' line of a consolidated text with no heading under it, or a heading of other words, is no own number", () => {
    expect(analyze(consolidated("BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \nSố: 463/VBHN-BLĐTBXH \nHà Nội, ngày 10 tháng 02 năm 2025 \n")).self.number).toBeNull();
    expect(analyze(consolidated("BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \nSố: 463/VBHN-BLĐTBXH \nVĂN BẢN HỢP NHẤT \nHà Nội, ngày 10 tháng 02 năm 2025 \n")).self.number).toBeNull();
  });

  it("a consolidated text cited in the body, not under 'XÁC THỰC', is no own number", () => {
    const a = analyze(consolidated("Nội dung này thực hiện theo Văn bản hợp nhất số 463/VBHN-BLĐTBXH ngày 10 tháng 02 năm 2025. \nKT. BỘ TRƯỞNG \n"));
    expect(a.self.number).toBeNull();
  });
});
