/**
 * Lists of repealed documents in whole-document circulars (src/analyze/roles/act-lists.ts, annex.ts,
 * settle.ts): a lead-in that counts its objects with the Công báo's stamp and page number before item 1
 * (Thông tư 15/2024/TT-BLĐTBXH, fresh47a-007; Thông tư 10/2024/TT-BNV's "Bãi bỏ toàn bộ 20 văn bản …
 * sau đây:"), an annex list grouped under field headings, an item's ";" inside its description, and
 * a chain of units across ";" (Thông tư 18/2022/TT-BLĐTBXH, fresh47a-005). Numbers are made up; the
 * layouts are the published ones.
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

describe("an annex's repeal list grouped by field", () => {
  const annex = (list: string) =>
    circular(
      "Điều 1. Bãi bỏ văn bản quy phạm pháp luật \n1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật do Bộ trưởng ban hành tại Phụ lục I ban hành kèm theo Thông tư này. \n2. Bãi bỏ một phần các văn bản quy phạm pháp luật do Bộ trưởng ban hành tại Phụ lục II ban hành kèm theo Thông tư này. \n" +
        END +
        list,
    );

  it("the items under 'II. Lĩnh vực …', numbered again from 1 or with no number, repeal each (fresh47a-005's Phụ lục I)", () => {
    const a = analyze(
      annex(
        " \nPhụ lục I \nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ TOÀN BỘ \n(Kèm theo Thông tư số 15/2024/TT-BLĐTBXH ngày 31 tháng 12 năm 2024 \ncủa Bộ trưởng Bộ Lao động - Thương binh và Xã hội) \n \n" +
          "I. Lĩnh vực Quan hệ lao động và Tiền lương \n1. Thông tư số 41/2005/TT-LĐTBXH ngày 04/10/2005 của Bộ trưởng hướng dẫn chế độ tiền lương. \n" +
          "II. Lĩnh vực Việc làm \n1. Thông tư số 42/2014/TT-BLĐTBXH ngày 29/8/2014 của Bộ trưởng hướng dẫn về việc làm. \n" +
          "III. Lĩnh vực Trẻ em \nThông tư số 43/2008/TT-BLĐTBXH ngày 28/11/2008 của Bộ trưởng hướng dẫn việc cấp thẻ khám bệnh. \n",
      ),
    );
    expect(citedRoles(a).slice(-3)).toEqual(["41 repeals", "42 repeals", "43 repeals"]);
  });

  it("an item's ';' inside its description ends no list (fresh47a-005's 'thân nhân; quản lý các công trình ghi công liệt sĩ')", () => {
    const a = analyze(
      annex(
        " \nPhụ lục I \nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ TOÀN BỘ \n(Kèm theo Thông tư số 15/2024/TT-BLĐTBXH ngày 31 tháng 12 năm 2024) \n \n" +
          "I. Lĩnh vực Người có công \n1. Thông tư liên tịch số 44/2014/TTLT-BLĐTBXH-BTC ngày 03/6/2014 của Bộ trưởng về chế độ điều dưỡng đối với người có công và thân nhân; quản lý các công \ntrình ghi công liệt sĩ. \n" +
          "II. Lĩnh vực khác \n1. Thông tư số 45/2010/TT-BLĐTBXH ngày 05/8/2010 của Bộ trưởng ban hành Quy chế. \n",
      ),
    );
    expect(citedRoles(a).slice(-2)).toEqual(["44 repeals", "45 repeals"]);
  });

  it("a chain of units across ';' and lines repeals its document (fresh47a-005's Phụ lục II)", () => {
    const a = analyze(
      annex(
        " \nPhụ lục II \nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ MỘT PHẦN \n(Kèm theo Thông tư số 15/2024/TT-BLĐTBXH ngày 31 tháng 12 năm 2024) \n \n" +
          "I. Lĩnh vực Người có công \nMục 1, Mục 2 Chương I; Điều 24, khoản 1 \nĐiều 26 Mục 7 Chương I; \nChương II; Điều 52, Điều 53 Chương III Thông tư số 46/2013/TT-BLĐTBXH \nngày 15/5/2013 của Bộ trưởng về hướng dẫn hồ sơ. \n",
      ),
    );
    expect(citedRoles(a).slice(-1)).toEqual(["46 repeals"]);
  });
});
