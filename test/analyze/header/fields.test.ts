import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

/**
 * Pages that print a document's attributes as fields above (or instead of) its heading: a legal
 * database's list of fields, an agency portal's record. The phrasings are the pages' own
 * (caselaw.vn, hieuluat.vn, batdongsan.xaydung.gov.vn, nifc.gov.vn, dgmv.gov.vn), shortened.
 */
describe("the document's own number in a page's fields", () => {
  it("'- Số hiệu văn bản:' in a bulleted list of fields, '- Ngày ban hành:' with dashes", () => {
    const text =
      "Thông tư số 12/2012/TT-BTNMT ngày 30/10/2012 của Bộ trưởng Bộ Tài nguyên và Môi trường Sửa đổi Quy trình và Định mức kinh tế-kỹ thuật xây dựng cơ sở dữ liệu tài nguyên và môi trường kèm theo Thông tư 30/2009/TT-BTNMT (Văn bản hết hiệu lực)\n- Số hiệu văn bản: 12/2012/TT-BTNMT\n- Loại văn bản: Thông tư\n- Cơ quan ban hành: Bộ Tài nguyên và Môi trường\n- Ngày ban hành: 30-10-2012\n- Ngày có hiệu lực: 14-12-2012\n- Ngày bị bãi bỏ, thay thế: 15-07-2014\n";
    const h = readHeader(text);
    expect([h.numberLine?.number, h.numberLine?.year, h.numberLine?.symbolParts.join("-"), h.date]).toEqual(["12", 2012, "TT-BTNMT", "2012-10-30"]);
    // The page prints the circular's record and nothing of it: it tells of the circular (fixtures/fresh
    // CONVENTIONS §20 (a), session 59; this test read it as the circular before). The title's act stays
    // the circular's own, an edge between the two documents; the page has no number and no act.
    const a = analyze(text);
    expect(a.self.number).toBeNull();
    expect(a.relations.filter((r) => r.from === a.self.id && r.type !== "references")).toEqual([]);
    expect(a.relations.filter((r) => r.from === "12/2012/TT-BTNMT").map((r) => `${r.type} ${r.to}`)).toEqual(["amends 30/2009/TT-BTNMT"]);
  });

  it("an agency portal's 'Số/ Ký hiệu' without a colon: the label, not a blank number", () => {
    const text =
      "Số/ Ký hiệu 27/2016/TT-BXD\nNgày ban hành 15/12/2016\nĐơn vị ban hành Bộ Xây dựng\nTrích yếu QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 117/2015/NĐ-CP NGÀY 12 THÁNG 11 NĂM 2015 CỦA CHÍNH PHỦ VỀ XÂY DỰNG, QUẢN LÝ VÀ SỬ DỤNG HỆ THỐNG THÔNG TIN VỀ NHÀ Ở";
    const h = readHeader(text);
    expect([h.numberLine?.number, h.numberLine?.symbolParts.join("-"), h.date]).toEqual(["27", "TT-BXD", "2016-12-15"]);
    expect(h.warnings.map((w) => w.code)).not.toContain("blank-number");
    // A record and nothing of the circular: the page tells of it (CONVENTIONS §20 (a), session 59).
    expect(analyze(text).self.number).toBeNull();
  });

  it("the value after a run of spaces, or on the next line", () => {
    expect(readHeader("Năm: 2014\n\nSố/Ký hiệu                   100/2014/NĐ-CP\n\n\nNgày ban hành             06/11/2014\n").numberLine?.number).toBe("100");
    expect(readHeader("Năm: 2014\n\nSố/Ký hiệu                   100/2014/NĐ-CP\n\n\nNgày ban hành             06/11/2014\n").date).toBe("2014-11-06");
    expect(readHeader("Loại văn bản\nSố / Ký hiệu\n02/2013/TT-BTNMT\nNgày ban hành\nTệp toàn văn").numberLine?.symbolParts).toEqual(["TT", "BTNMT"]);
  });

  it("the label with no number after it reads nothing", () => {
    const h = readHeader("STT\nSố/Ký hiệu\nNgày ban hành\nTrích yếu\n");
    expect(h.numberLine).toBeNull();
  });
});

describe("the next field's label glued to the ký hiệu", () => {
  it("'Số hiệu:1449/QĐ-BGDĐTNgày đăng công báo' (hieuluat.vn): the ký hiệu ends before 'Ngày'", () => {
    const text =
      "hieuluat\n\nQuyết định 1449/QĐ-BGDĐT thủ tục hành chính được thay thế lĩnh vực thi và tuyển sinh\n\n • Thuộc tính văn bản\n\n  Cơ quan ban hành:Bộ Giáo dục và Đào tạoSố công báo:Đang cập nhật\n  Số hiệu:1449/QĐ-BGDĐTNgày đăng công báo:Đang cập nhật\n  Loại văn bản:Quyết địnhNgười ký:Phạm Ngọc Thưởng\n";
    expect(readHeader(text).numberLine?.symbolParts).toEqual(["QĐ", "BGDĐT"]);
    expect(readHeader("  Số hiệu:19/2023/TT-BTNMTNgày đăng công báo:Đang cập nhật\n").numberLine?.symbolParts).toEqual(["TT", "BTNMT"]);
  });

  it("a ký hiệu with a lower-case letter of its own, followed by a space, is left whole", () => {
    expect(readHeader("Số hiệu: 45/TTr-LĐTBXH Ngày ban hành: 28/06/2021\n").numberLine?.symbolParts).toEqual(["TTr", "LĐTBXH"]);
    expect(readHeader("Số: 12/QĐ-TTg\n").numberLine?.symbolParts).toEqual(["QĐ", "TTg"]);
  });
});
