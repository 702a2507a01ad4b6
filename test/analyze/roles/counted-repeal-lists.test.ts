/**
 * Lists of repealed documents in whole-document circulars (src/analyze/roles/act-lists.ts,
 * settle.ts): a lead-in that counts its objects with the Công báo's stamp and page number before item 1
 * (Thông tư 15/2024/TT-BLĐTBXH, fresh47a-007; Thông tư 10/2024/TT-BNV's "Bãi bỏ toàn bộ 20 văn bản …
 * sau đây:"; the stamp after a lead-in's colon in fresh46b-007 and fresh46b-010). Numbers are made up;
 * the layouts are the published ones.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { citedRoles } from "../../helpers/roles.js";

const circular = (body: string) =>
  `BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 15/2024/TT-BLĐTBXH\nHà Nội, ngày 31 tháng 12 năm 2024\nTHÔNG TƯ\nBãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng ban hành\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nBộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư bãi bỏ một số văn bản quy phạm pháp luật.\n${body}`;
const STAMP = "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nEmail: thongtinchinhphu@chinhphu.vn\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nThời gian ký: 07.03.2025 09:10:52 +07:00\n\n \n94 \nCÔNG BÁO/Số 227 + 228/Ngày 01-02-2025 \n  \n";
const END = "Điều 2. Hiệu lực thi hành \nThông tư này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2025. \nKT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \n \nLê Văn Thanh \n";

describe("a counted lead-in with the page's furniture before item 1", () => {
  it("'Bãi bỏ toàn bộ 3 văn bản … sau đây: ⏎ <stamp> ⏎ 94 ⏎ 1. Thông tư số …' repeals each item (fresh47a-007)", () => {
    const a = analyze(
      circular(
        "Điều 1. Bãi bỏ toàn bộ văn bản quy phạm pháp luật \nBãi bỏ toàn bộ 3 văn bản quy phạm pháp luật do Bộ trưởng Bộ Lao động - \nThương binh và Xã hội ban hành, liên tịch ban hành sau đây: \n" +
          STAMP +
          "1. Thông tư số 31/2013/TT-BLĐTBXH ngày 10/6/2013 của Bộ trưởng Bộ Lao \nđộng - Thương binh và Xã hội hướng dẫn về tranh chấp lao động. \n" +
          "2. Thông tư số 32/2014/TT-BLĐTBXH ngày 15/8/2014 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn về lao động là người giúp việc gia đình. \n" +
          "3. Quyết định số 33/2006/QĐ-BLĐTBXH ngày 16/02/2006 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Quy chế. \n" +
          END,
      ),
    );
    expect(citedRoles(a)).toEqual(["31 repeals", "32 repeals", "33 repeals"]);
  });

  it("a lead-in that names no documents, a count of other things, governs no list after the stamp", () => {
    const a = analyze(
      circular(
        "Điều 1. Trách nhiệm \nCác đơn vị thực hiện 3 nhiệm vụ sau đây: \n" +
          STAMP +
          "1. Rà soát Thông tư số 31/2013/TT-BLĐTBXH ngày 10/6/2013 của Bộ trưởng. \n" +
          END,
      ),
    );
    expect(citedRoles(a)).toEqual(["31 references"]);
  });
});
