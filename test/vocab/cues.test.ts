// The preamble's cue words (src/vocab/cues.ts), as real copies print them.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

const roles = (text: string) =>
  analyze(text).citations.filter((c) => c.form === "full" && c.role !== "self").map((c) => `${c.number} ${c.role}`);

describe("a proposal cue whose words lost their space", () => {
  it("'Theo đềnghị của … tại Văn bản số X' is the proposal the decision answers, as 'Theo đề nghị' is (Đồng Nai 36/2011/QĐ-UBND)", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 36/2011/QĐ-UBND\nĐồng Nai, ngày 07 tháng 6 năm 2011\nQUYẾT ĐỊNH\n" +
      "Căn cứ Nghịđịnh số 93/2009/NĐ-CP ngày 22 tháng 10 năm 2009 của Chính phủ;\n\n" +
      "Theo đềnghị của Giám đốc Sở Kế hoạch và Đầu tư tại Văn bản số 600/SKHĐT-TH ngày 21tháng 4 năm 2011,\n\nQUYẾT ĐỊNH:\n";
    expect(roles(text)).toEqual(["93 based_on", "600 proposed_by"]);
  });
});

describe("'Căn cứ' that lost its 'ứ ' and runs into the document's name", () => {
  it("'Căn cLuật … số 57/2014/QH13 …; Căn cứ …' is a basis, as 'Căn cứ Luật' is (QH 227/2025/QH15 as thuviennhadat copies it)", () => {
    const text =
      "QUỐC HỘI\nNghị quyết số: 227/2025/QH15\nHà Nội, ngày 27 tháng 6 năm 2025\nNGHỊ QUYẾT\nKỲ HỌP THỨ 9, QUỐC HỘI KHÓA XV\nQUỐC HỘI\n\n" +
      "Căn cLuật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14;\n\n" +
      "Căn cứ kết quả Kỳ họp thứ 9, Quốc hội khóa XV;\n\nQUYẾT NGHỊ:\n";
    expect(roles(text)).toEqual(["57 based_on", "65 based_on"]);
  });

  it("'Căn cNghị định số 78/2018/NĐ-CP' opening a preamble item is a basis (BXD 21/2019/TT-BXD as hoatieu copies it)", () => {
    const text =
      "BỘ XÂY DỰNG\nSố: 21/2019/TT-BXD\nHà Nội, ngày 31 tháng 12 năm 2019\nTHÔNG TƯ\nBAN HÀNH QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ NHÀ CHUNG CƯ\n\n" +
      "Căn cNghị định số 78/2018/NĐ-CP ngày 16/5/2018 của Chính phủ;\n\nTheo đề nghị của Vụ trưởng Vụ Khoa học công nghệ và môi trường;\n";
    expect(roles(text)).toEqual(["78 based_on"]);
  });

  it("'căn cước' is another word: a document after it is no basis", () => {
    const text =
      "KẾ HOẠCH\nỨng dụng dữ liệu dân cư\nCấp thẻ căn cước công dân theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ.\n";
    expect(roles(text)).not.toContain("06 based_on");
  });
});

describe("'quy định chỉ tiết', a scan's reading of 'quy định chi tiết'", () => {
  // NQ 106/NQ-CP (2021) as an OCR'd copy prints it (fresh36b-013): the decree's description details a
  // law, and the amending decree after "đã được sửa đổi, bổ sung tại" acts on the decree, not the law.
  const text =
    "CHÍNH PHỦ\nSố: 106/NQ-CP\nHà Nội, ngày 11 tháng 9 năm 2021\nNGHỊ QUYẾT\nVề chính sách thuế đối với hàng hóa nhập khẩu\n\nCHÍNH PHỦ\n\n" +
    "Căn cứ Nghị định số 134/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của\nChính phủ quy định chỉ tiết một số điều và biện pháp thi hành Luật Thuế xuất\n" +
    "khẩu, thuế nhập khẩu đã được sửa đổi, bổ sung tại Nghị định số 18/2021/NĐ-CP\nngày 11 tháng 3 năm 2021 của Chính phủ;\n\n" +
    "Theo đề nghị của Bộ trưởng Bộ Tài chính;\n\nQUYẾT NGHỊ:\n";

  it("the amending decree is a basis, as it is after 'quy định chi tiết'", () => {
    expect(roles(text)).toEqual(["134 based_on", "18 based_on"]);
    expect(roles(text.replace("chỉ tiết", "chi tiết"))).toEqual(["134 based_on", "18 based_on"]);
  });

  it("the amendment is the decree's: 18/2021 amends 134/2016", () => {
    const a = analyze(text);
    const id = (n: string) => a.citations.find((c) => c.number === n)!.id;
    expect(a.relations.some((r) => r.type === "amends" && r.from === id("18") && r.to === id("134"))).toBe(true);
  });
});
