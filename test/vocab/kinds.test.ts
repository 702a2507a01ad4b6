import { describe, expect, it } from "vitest";
import { kindByStateCode, PARTY_TYPE_CODES } from "../../src/vocab/kinds.js";
import { analyze, extract } from "../../src/index.js";

describe("a justice department's appraisal numbered with its own code ('Báo cáo thẩm định số 18/BCTĐ-STP')", () => {
  it("is a report, its code known", () => {
    expect(kindByStateCode("BCTĐ")?.slug).toBe("report");
    const text =
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 12/2019/QĐ-UBND\nBắc Kạn, ngày 3 tháng 6 năm 2019\nQUYẾT ĐỊNH\nBan hành quy chế\nỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nTheo đề nghị của Sở Nội vụ tại Tờ trình số 41/TTr-SNV ngày 2/5/2019 và Báo cáo thẩm định số 7/BCTĐ-STP ngày 20/4/2019 của Sở Tư pháp.\nQUYẾT ĐỊNH:\n";
    const a = analyze(text);
    expect(a.warnings.filter((w) => w.code === "unknown-type-code")).toEqual([]);
    const appraisal = a.citations.find((c) => c.number === "07");
    expect([appraisal?.kind, appraisal?.role]).toEqual(["report", "proposed_by"]);
  });
});

describe("an appraisal report named at length in a proposal's list ('Báo cáo thẩm định bổ sung số', 'Báo cáo kết quả thẩm định văn bản số')", () => {
  const roles = (item: string) => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 2463/QĐ-UBND\nLào Cai, ngày 16 tháng 7 năm 2026\nQUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư\nCăn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;\n${item}\nQUYẾT ĐỊNH:\nĐiều 1. Chấp thuận.\n`;
    return analyze(text).citations.filter((c) => c.number !== null && c.role !== "self").map((c) => [c.number, c.kind, c.role]);
  };

  it("is a report, proposed_by as its list's first member is (invest58-003, fresh54g-005)", () => {
    expect(roles("Xét Báo cáo thẩm định số 17/BC-BQL ngày 23 tháng 01 năm 2026; Báo cáo\nthẩm định bổ sung số 217/BC-BQL ngày 09/7/2026 của Ban Quản lý Khu kinh tế\ntỉnh Lào Cai.")).toEqual([
      ["17", "report", "proposed_by"],
      ["217", "report", "proposed_by"],
    ]);
    expect(
      roles(
        "Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 198/TTr-SLĐTBXH ngày 12 tháng 3 năm 2010; Báo cáo kết quả thẩm định văn bản số 1238/BC-STP ngày 29 tháng 12 năm 2009 của Sở Tư pháp và đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 672/TTr-SNV ngày 29 tháng 3 năm 2010,",
      ),
    ).toEqual([
      ["198", "submission", "proposed_by"],
      ["1238", "report", "proposed_by"],
      ["672", "submission", "proposed_by"],
    ]);
  });
});

describe("a joint circular under its pre-1996 name, 'Thông tư liên bộ', and code TTLB", () => {
  it("is a joint circular, its code known, in a Căn cứ item as written (fresh31f-010, fresh30n-019)", () => {
    expect(kindByStateCode("TTLB")?.slug).toBe("joint-circular");
    const text =
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1114/QĐ-UB | Đông Hà, ngày 16 tháng 6 năm 2003 |\nQUYẾT ĐỊNH\nV/V BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG SỞ TƯ PHÁP\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n- Căn cứ Thông tư liên tịch số 12/TTLB ngày 26/7/1993 của Bộ Tư pháp-Ban Tổ chức-Cán bộ Chính phủ;\n- Căn cứ Thông tư liên bộ số 17/2010/TTLB - BTTTT - BNV ngày 27/7/2010 của liên Bộ Thông tin và Truyền thông, Bộ Nội vụ;\nQUYẾT ĐỊNH\n";
    const a = analyze(text);
    expect(a.warnings.filter((w) => w.code === "unknown-type-code" || w.code === "unknown-code")).toEqual([]);
    expect(a.citations.filter((c) => c.role === "based_on").map((c) => [c.id, c.kind])).toEqual([
      ["12/TTLB@1993", "joint-circular"],
      ["17/2010/TTLB-BTTTT-BNV", "joint-circular"],
    ]);
  });
});

describe("'Nghị đinh', a decree's kind word with the dot under 'i' lost in typing", () => {
  it("is the decree's word: the units before it point into the decree", () => {
    const text = "Người tàn tật quy định tại khoản 1 Điều 1 Nghị đinh số 13/2010/NĐ-CP ngày 27/02/2010 của Chính phủ";
    const [c] = extract(text);
    expect(c).toMatchObject({ kind: "decree", number: "13", symbol: "NĐ-CP", pinpoint: { article: "1", clause: "1" } });
    expect(text.slice(c.start, c.start + 10)).toBe("Nghị đinh ");
  });
});

describe("'Nghị dịnh' and 'Nghị dinh', a decree's kind word with the bar of 'đ' lost to a scan", () => {
  it("is the decree's word: the units before it point into the decree (fresh54e-003, fresh50b-015)", () => {
    const text = "- Tại khoân 1 Điều 2 Nghị dịnh số 20/2017/NĐ-CP ngày 24/02/2017 của\nChính phủ quy định";
    const [a] = extract(text);
    expect(a).toMatchObject({ kind: "decree", number: "20", symbol: "NĐ-CP", pinpoint: { article: "2", clause: "1" } });
    expect(text.slice(a.start, a.start + 10)).toBe("Nghị dịnh ");
    const other = "hướng dẫn tại Điều 5 Nghị dinh số 91/2022/NĐ-CP ngày 30/10/2022 của Chính phủ";
    const [b] = extract(other);
    expect(b).toMatchObject({ kind: "decree", number: "91", symbol: "NĐ-CP", pinpoint: { article: "5" } });
    expect(other.slice(b.start, b.start + 10)).toBe("Nghị dinh ");
  });
});

describe("'Thông tu' and 'Thong tư', a circular's kind word with a mark lost in typing or to a scan", () => {
  it("is the circular's word: the units before it point into the circular (fresh45c-007, fresh50b-015)", () => {
    const wrapped = "phải đáp ứng điều kiện quy định tại khoản 1 Điều 25 Thông\ntu 111/2013/TT-BTC của Bộ Tài chính";
    const [a] = extract(wrapped);
    expect(a).toMatchObject({ kind: "circular", number: "111", symbol: "TT-BTC", pinpoint: { article: "25", clause: "1" } });
    expect(wrapped.slice(a.start, a.start + 9)).toBe("Thông\ntu ");
    const text = "thực hiện đăng ký theo quy định tại Điều 10 Thong tư số 19/2021/TT-BTC ngày 18/3/2021 của Bộ Tài chính";
    const [b] = extract(text);
    expect(b).toMatchObject({ kind: "circular", number: "19", symbol: "TT-BTC", pinpoint: { article: "10" } });
    expect(text.slice(b.start, b.start + 9)).toBe("Thong tư ");
  });
});

describe("the Council of State chairman's order numbered 'N-LCT/HĐNN' (1981–1992)", () => {
  it("is an order, its code known, read with a space for the dash in a Căn cứ item (pairs43-001)", () => {
    expect(PARTY_TYPE_CODES.LCT).toBe("order");
    const text =
      "QUYẾT ĐỊNH\nVề việc chuyển giao nhiệm vụ quản lý Nhà nước về đất lâm nghiệp\nỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ Luật Tổ chức HĐND và UBND (sửa đổi) ngày 21/06/1994;\nCăn cứ Lệnh số: 58 LCT/HĐNN ngày 19/8/1991 của Chủ tịch nước, \"về việc công bố Luật Bảo vệ và phát triển rừng\";\nQUYẾT ĐỊNH:\n";
    const a = analyze(text);
    expect(a.warnings.filter((w) => w.code === "unknown-type-code")).toEqual([]);
    const order = a.citations.find((c) => c.number === "58");
    expect([order?.kind, order?.id, order?.role]).toEqual(["order", "58-LCT/HĐNN@1991", "based_on"]);
    // Written with its dash and term, as the laws it promulgated are numbered.
    expect(extract("Lệnh số 58-LCT/HĐNN8").map((c) => [c.kind, c.typeCode])).toEqual([["order", "LCT"]]);
  });
});
