/**
 * An official letter's amending words on a rule (NOT_AMENDED_BY_LETTER, src/vocab/kinds.ts;
 * RoleReading.letterAmending, src/analyze/roles/reading.ts): a letter never amends a law, a decree, a
 * circular, a decision; its "Sửa đổi, bổ sung … Thông tư số X" quotes or tells of another's act. It still
 * revokes a decision, corrects any document and replaces a letter. Each case is a probe text's drafting.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { citedRoles } from "../../helpers/roles.js";

describe("a letter quoting or telling of an amendment does not amend", () => {
  it("a tax answer quoting a circular's article '“3. Sửa đổi, bổ sung Khoản 5 Điều 18 Thông tư số 78/2014/TT-BTC …' (26998/CT-TTHT, fresh30b-029)", () => {
    const a = analyze(
      "CỤC THUẾ TP HÀ NỘI\nSố: 26998/CT-TTHT\nV/v ưu đãi thuế TNDN\nHà Nội, ngày 20 tháng 3 năm 2019\nKính gửi: Công ty TNHH ABC\n" +
        "1. Về ưu đãi thuế TNDN\n- Căn cứ Thông tư số 96/2015/TT-BTC ngày 22/6/2015 của Bộ Tài chính hướng dẫn về thuế thu nhập doanh nghiệp:\n+ Tại Khoản 3 Điều 10 quy định:\n" +
        "“3. Sửa đổi, bổ sung Khoản 5 Điều 18 Thông tư số 78/2014/TT-BTC (đã được sửa đổi, bổ sung tại Điều 5 Thông tư số 151/2014/TT-BTC) như sau:\n“5. Về dự án đầu tư mới:\n",
    );
    expect(a.self.kind).toBe("official-letter");
    expect(citedRoles(a)).not.toContain("78 amends");
  });

  it("an item after a quotation '2. Sửa đổi, bổ sung điểm c khoản 2 Điều 2 Quyết định số 118/TTg:' (1414/TCT-CS, full32b-015)", () => {
    const a = analyze(
      "BỘ TÀI CHÍNH TỔNG CỤC THUẾ\nSố: 1414/TCT-CS\nV/v hỗ trợ người có công với cách mạng cải thiện nhà ở.\nHà Nội, ngày 04 tháng 05 năm 2013\nKính gửi: Cục Thuế tỉnh Hà Tĩnh.\n" +
        "- Tại khoản 1, khoản 2, Điều 1 Quyết định số 117/2007/QĐ-TTg ngày 27/7/2007 của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số 118/TTg ngày 27/02/1996 của Thủ tướng Chính phủ quy định:\n" +
        '"1. Đối tượng được hỗ trợ cải thiện nhà ở theo Quyết định này, bao gồm:\nl) Người có công giúp đỡ cách mạng"\n\n2. Sửa đổi, bổ sung điểm c khoản 2 Điều 2 Quyết định số 118/TTg:\n\n"c) Đối tượng thuộc diện được hỗ trợ …"\n',
    );
    expect(a.self.kind).toBe("official-letter");
    expect(citedRoles(a).filter((r) => r.startsWith("118 "))).toEqual(["118 references", "118 references"]);
  });

  it("a subject line 'V/v: điều chỉnh giá hợp đồng theo Thông tư số 09/2008/TT-BXD' (106/BXD-KTXD, pairs32-011)", () => {
    const a = analyze("BỘ XÂY DỰNG\nSố: 106/BXD-KTXD\nV/v: điều chỉnh giá hợp đồng theo Thông tư số 09/2008/TT-BXD .\nHà Nội, ngày 14 tháng 01 năm 2009\nKính gửi: Công ty Cổ phần Sông Đà\n");
    expect(a.self.kind).toBe("official-letter");
    expect(citedRoles(a)).toEqual(["09 references"]);
  });
});

describe("what a letter still does", () => {
  it("corrects a circular ('Bộ Tài chính xin đính chính …'), replaces a letter ('Công văn này thay thế Công văn số …'), revokes a decision ('thu hồi quyết định số …')", () => {
    const a = analyze(
      "BỘ TÀI CHÍNH\nSố: 13158/BTC-VP\nV/v đính chính Thông tư số 96/2006/TT-BTC\nHà Nội, ngày 20 tháng 10 năm 2006\nKính gửi: Các Bộ, cơ quan ngang Bộ\n" +
        "Do sơ suất trong khâu đánh máy, Bộ Tài chính xin đính chính Thông tư số 96/2006/TT-BTC ngày 16/10/2006 như sau:\n" +
        "Công văn này thay thế Công văn số 12000/BTC-VP ngày 01/10/2006 của Bộ Tài chính.\n",
    );
    expect(citedRoles(a)).toContain("96 corrects");
    expect(citedRoles(a)).toContain("12000 replaces");
    // README's listing example: a province's letter revoking a decision.
    const revoked = analyze("thu hồi quyết định số 346/qđ-ubnd", { known: { number: "3637/UBND-VX", date: "01/09/2021" } });
    expect(revoked.self.kind).toBe("official-letter");
    expect(citedRoles(revoked)).toEqual(["346 repeals"]);
  });
});
