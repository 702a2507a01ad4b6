/**
 * Older central documents numbered in their heading, as the Official Gazette sets it
 * (src/analyze/header/gazette.ts).
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

describe("a heading that numbers the document in the Party's shape ('NGHỊ QUYẾT SỐ 53 NQ/UBTVQH10 NGÀY …')", () => {
  const gazette = (number: string) =>
    [`NGHỊ QUYẾT SỐ ${number} NGÀY 4-3-1999`, "CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI", "VỀ VIỆC PHÊ CHUẨN SỐ ỦY VIÊN", "Căn cứ Luật Tổ chức Quốc hội;", "QUYẾT NGHỊ:", "1. Phê chuẩn danh sách kèm theo."].join("\n");

  it("is the document's own number, a space or a dash for the dash, the id the state's shape gets", () => {
    expect(readHeader(gazette("53 NQ/UBTVQH10")).numberLine).toMatchObject({ number: "53", symbolParts: ["NQ", "UBTVQH10"], written: "dash-first" });
    const spaced = analyze(gazette("53 NQ/UBTVQH10"), { path: "nq.txt" });
    expect(spaced.self.id).toBe("53/NQ-UBTVQH10@1999");
    expect(spaced.citations[0].role).toBe("self");
    expect(spaced.relations.filter((r) => r.to === spaced.self.id)).toEqual([]);
    expect(analyze(gazette("53-NQ/UBTVQH10"), { path: "nq.txt" }).self.id).toBe("53/NQ-UBTVQH10@1999");
  });

  it("is a Party document's own number too, its issuer after 'CỦA' before it", () => {
    const text = ["CHỈ THỊ CỦA BAN BÍ THƯ SỐ 21-CT/TW NGÀY 5 THÁNG 9 NĂM 1998", "VỀ CÔNG TÁC THANH NIÊN", "Thực hiện Nghị quyết số 6-NQ/TW ngày 2/2/1998, Ban Bí thư yêu cầu:", "1. Các cấp ủy chỉ đạo."].join("\n");
    const a = analyze(text, { path: "ct.txt" });
    expect(a.self.id).toBe("21-CT/TW@1998");
    expect(a.citations.map((c) => [c.id, c.role])).toEqual([["21-CT/TW@1998", "self"], ["06-NQ/TW@1998", "implements"]]);
  });

  it("is no number where the word after the space is no type code", () => {
    expect(readHeader(gazette("53 UB/TC")).numberLine).toBeNull();
  });

  it("gives the subject as the title, the number, date and issuer after them ('SỐ … NGÀY … ⏎ CỦA …') read past", () => {
    expect(readHeader(gazette("53 NQ/UBTVQH10")).title).toBe("VỀ VIỆC PHÊ CHUẨN SỐ ỦY VIÊN");
    // On one line, the issuer up to the subject's "VỀ" or "V/V"; a date with dots.
    const line = ["CHỈ THỊ SỐ 07/1999/CT-TTG NGÀY 8-4-1999 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÒNG CHỐNG HẠN HÁN", "Để chủ động đối phó với hạn hán, Thủ tướng Chính phủ chỉ thị:", "1. Các Bộ, ngành thực hiện."].join("\n");
    expect(analyze(line).self).toMatchObject({ id: "07/1999/CT-TTg", title: "VỀ VIỆC PHÒNG CHỐNG HẠN HÁN", date: "1999-04-08" });
    const dotted = ["QUYẾT ĐỊNH SỐ 61/QĐ-UB NGÀY 9.7.1998 CỦA UBND TỈNH BẮC NINH V/V THÀNH LẬP BAN CHỈ ĐẠO", "Căn cứ Luật Tổ chức HĐND và UBND ngày 21/6/1994;", "QUYẾT ĐỊNH:", "Điều 1. Thành lập Ban Chỉ đạo."].join("\n");
    expect(analyze(dotted).self).toMatchObject({ title: "V/V THÀNH LẬP BAN CHỈ ĐẠO", date: "1998-07-09" });
    // "CỦA" and what is no issuer stay the title's: only the number and date are read past.
    const notIssuer = ["NGHỊ QUYẾT SỐ 19 NQ/UBTVQH10 NGÀY 2-3-1999", "CỦA CÁC HỘI ĐỒNG HÒA GIẢI Ở CƠ SỞ", "Căn cứ Luật Tổ chức Quốc hội;"].join("\n");
    expect(readHeader(notIssuer).title).toBe("CỦA CÁC HỘI ĐỒNG HÒA GIẢI Ở CƠ SỞ");
  });
});

describe("older central documents numbered in their heading", () => {
  it("a general department head's decision, no 'Số:' line: 'CỦA TỔNG CỤC TRƯỞNG TỔNG CỤC … SỐ … NGÀY …' is its own number (1494/2001/QĐ-TCHQ's heading)", () => {
    const text = ["TỔNG CỤC HẢI QUAN", "", "QUYẾT ĐỊNH", "",
      "CỦA TỔNG CỤC TRƯỞNG TỔNG CỤC HẢI QUAN SỐ 1494/2001/QĐ-TCHQ NGÀY 26 THÁNG 12 NĂM 2001 BAN HÀNH QUY ĐỊNH TẠM THỜI THỦ TỤC HẢI QUAN", "",
      "TỔNG CỤC TRƯỞNG TỔNG CỤC HẢI QUAN", "", "Căn cứ Luật Hải quan ngày 29/6/2001;", ""].join("\n");
    const a = analyze(text, { path: "qd.txt" });
    expect(a.self.id).toBe("1494/2001/QĐ-TCHQ");
    expect(a.self.title).toBe("BAN HÀNH QUY ĐỊNH TẠM THỜI THỦ TỤC HẢI QUAN");
    expect(a.citations.map((c) => c.role)).toEqual(["self", "based_on"]);
  });

  it("reads the number and date in the heading ('CỦA <issuer> SỐ … NGÀY …') as its own; the title is the subject after them", () => {
    const text = ["BỘ XÂY DỰNG", "", "THÔNG TƯ", "", "CỦA BỘ XÂY DỰNG SỐ 07/2006/TT-BXD NGÀY 10 THÁNG 11", "NĂM 2006 HƯỚNG DẪN ĐIỀU CHỈNH DỰ TOÁN CÔNG TRÌNH", "",
      "Căn cứ Nghị định số 36/2003/NĐ-CP ngày 4/4/2003 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Xây dựng;", ""].join("\n");
    const a = analyze(text, { path: "tt.txt" });
    expect(a.self.id).toBe("07/2006/TT-BXD");
    expect(a.self.title).toBe("HƯỚNG DẪN ĐIỀU CHỈNH DỰ TOÁN CÔNG TRÌNH");
    expect(a.citations.map((c) => c.role)).toEqual(["self", "based_on"]);
  });

  it("a justified copy spaces the heading's words twice ('CỦA  BỘ  XÂY  DỰNG  SỐ …'): the subject is still the title, its cue the document's", () => {
    const text = ["BỘ  XÂY  DỰNG", "", "THÔNG  TƯ", "", "CỦA  BỘ  XÂY  DỰNG  SỐ  08/2006/TT-BXD  NGÀY  12  THÁNG  11  NĂM  2006  HƯỚNG  DẪN  THỰC  HIỆN  QUYẾT  ĐỊNH  SỐ  97/2006/QĐ-TTG", "",
      "Căn  cứ  Nghị  định  số  36/2003/NĐ-CP  ngày  4/4/2003  của  Chính  phủ  quy  định  chức  năng,  nhiệm  vụ  của  Bộ  Xây  dựng;", ""].join("\n");
    const a = analyze(text, { path: "tt.txt" });
    expect(a.self.title).toBe("HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 97/2006/QĐ-TTG");
    expect(a.citations.map((c) => c.role)).toEqual(["self", "guides", "based_on"]);
  });

  it("the heading's ký hiệu with spaced dashes ('08/2006/TT - BXD') or its day typed against 'NGÀY' ('NGÀY12') leaves the subject the title", () => {
    for (const number of ["SỐ 08/2006/TT - BXD NGÀY 12", "SỐ 08/2006/TT-BXD NGÀY12"]) {
      const text = ["BỘ XÂY DỰNG", "", "THÔNG TƯ", "", `CỦA BỘ XÂY DỰNG ${number} THÁNG 11 NĂM 2006 HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 97/2006/QĐ-TTG`, "",
        "Căn cứ Nghị định số 36/2003/NĐ-CP ngày 4/4/2003 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Xây dựng;", ""].join("\n");
      const a = analyze(text, { path: "tt.txt" });
      expect(a.self.title, number).toBe("HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 97/2006/QĐ-TTG");
      expect(a.relations.filter((r) => r.to === "97/2006/QĐ-TTg").map((r) => r.type), number).toEqual(["guides"]);
    }
  });

  it("without an issuer ('NGHỊ ĐỊNH ⏎ SỐ … NGÀY …'), and with the issuer and number flattened onto one line", () => {
    const bare = ["NGHỊ ĐỊNH", "SỐ 31/2009/NĐ-CP NGÀY 2 THÁNG 4 NĂM 2009", "VỀ QUẢN LÝ VẬT LIỆU NỔ", "CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;", ""].join("\n");
    const a = analyze(bare, { path: "nd.txt" });
    expect(a.self.id).toBe("31/2009/NĐ-CP");
    expect(a.self.title).toBe("VỀ QUẢN LÝ VẬT LIỆU NỔ");
    expect(a.relations.map((r) => r.type)).toEqual(["based_on"]);
    const flat = ["BỘ Y TẾ Số: 15/2010/TT-BYT |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 20 tháng 5 năm 2010 |", "THÔNG TƯ", "Hướng dẫn tổ chức khám sức khỏe", ""].join("\n");
    expect(readHeader(flat).numberLine).toMatchObject({ number: "15", year: 2010, symbolParts: ["TT", "BYT"] });
  });

  it("a number after a kind word in the heading is another document's: 'CỦA HĐND VỀ VIỆC SỬA ĐỔI NGHỊ QUYẾT SỐ …'", () => {
    const text = ["NGHỊ QUYẾT", "CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ VIỆC SỬA ĐỔI NGHỊ QUYẾT SỐ 12/2005/NQ-HĐND", "Căn cứ Luật Tổ chức HĐND và UBND năm 2003;", ""].join("\n");
    expect(readHeader(text).numberLine).toBeNull();
  });
});

describe("the Official Gazette's heading whose copy glued two words of the issuer's name or title (session 48, misses48)", () => {
  it("'CỦA BỘTÀI CHÍNH SỐ 1140 TC/VP NGÀY …' (pairs40-003) numbers the letter, and its subject line's act is read", () => {
    const text = ["Công văn", "", "CÔNG VĂN", "", "CỦA BỘTÀI CHÍNH SỐ 1140 TC/VP NGÀY 7 THÁNG 2 NĂM 2003", "VỀ VIỆC ĐÍNH CHÍNH THÔNG TƯ SỐ 109/2002/TT-BTC", "",
      "Kính gửi: Các Bộ, cơ quan ngang Bộ", "", "Bộ Tài chính đã ban hành Thông tư số 109/2002/TT-BTC ngày 6/12/2002 quy định chế độ thu phí.", ""].join("\n");
    const a = analyze(text, { path: "cv.txt" });
    expect(a.self.number).toBe("1140");
    expect(a.relations.filter((r) => r.type === "corrects").map((r) => r.to)).toEqual(["109/2002/TT-BTC"]);
  });

  it("'CỦA TỔNGCỤC TRƯỞNG TỔNG CỤC BƯU ĐIỆN SỐ 784/2001/QĐ-TCBĐ NGÀY …' (fresh47d-007) numbers the decision", () => {
    const text = ["QUYẾT ĐỊNH", "", "CỦA TỔNGCỤC TRƯỞNG TỔNG CỤC BƯU ĐIỆN SỐ 784/2001/QĐ-TCBĐ NGÀY 14 THÁNG 9 NĂM 2001 VỀ VIỆC MIỄN CƯỚC THƯ CHUYỂN TIỀN", "",
      "TỔNG CỤC TRƯỞNG TỔNG CỤC BƯU ĐIỆN", "", "- Căn cứ Nghị định số 12/CP ngày 11/03/1996 của Chính phủ;", ""].join("\n");
    expect(readHeader(text).numberLine).toMatchObject({ number: "784", year: 2001, symbolParts: ["QĐ", "TCBĐ"] });
  });

  it("words that are no issuer's name, run together or not, still number nothing ('CỦA ABCXYZ QUẢN LÝ SỐ …')", () => {
    const text = ["QUYẾT ĐỊNH", "", "CỦA ABCXYZ QUẢN LÝ SỐ 784/2001/QĐ-TCBĐ NGÀY 14 THÁNG 9 NĂM 2001 VỀ VIỆC MIỄN CƯỚC", "", "- Căn cứ Nghị định số 12/CP ngày 11/03/1996 của Chính phủ;", ""].join("\n");
    expect(readHeader(text).numberLine).toBeNull();
  });
});

describe("a heading's 'CỦA … SỐ … NGÀY … VỀ …' line in a copy that indents every line, blank lines too (pairs58-005)", () => {
  const heading = "NGHỊ ĐỊNH\n\nCỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 30-HĐBT NGÀY 23-3-1989 VỀ VIỆC THI HÀNH LUẬT ĐẤT ĐAI\n\nHỘI ĐỒNG BỘ TRƯỞNG\n\nCăn cứ Luật tổ chức Hội đồng Bộ trưởng ngày 4 tháng 7 năm 1981;\n";
  it("reads the title under the kind line indented by six spaces as flush", () => {
    expect(readHeader(heading).title).toBe("VỀ VIỆC THI HÀNH LUẬT ĐẤT ĐAI");
    expect(readHeader(heading.replace(/^/gm, "      ")).title).toBe("VỀ VIỆC THI HÀNH LUẬT ĐẤT ĐAI");
  });
});
