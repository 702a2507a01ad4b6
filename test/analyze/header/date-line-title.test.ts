/**
 * The title a crawler's page prints on the place and date line, after the date (src/analyze/header/date-line-title.ts):
 * "Hà Nội, ngày 29 tháng 10 năm 2024 QUYẾT ĐỊNH SỬA ĐỔI, BỔ SUNG … BỘ TRƯỞNG BỘ Y TẾ ⏎ Căn cứ …".
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";

// full32-007's heading (Quyết định 3176/QĐ-BYT), its title shortened.
const decision =
  "Quyết định 3176/QĐ-BYT năm 2024. BỘ Y TẾ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 3176/QĐ-BYT\n" +
  "Hà Nội, ngày 29 tháng 10 năm 2024 QUYẾT ĐỊNH SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 4750/QĐ-BYT  NGÀY 29/12/2023 CỦA BỘ TRƯỞNG BỘ Y TẾ SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 130/QĐ-BYT  NGÀY 18/01/2023 QUY ĐỊNH CHUẨN VÀ ĐỊNH DẠNG DỮ LIỆU ĐẦU RA BỘ TRƯỞNG BỘ Y TẾ\n" +
  "Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;\n";
// full32-009's (Quyết định 1500/QĐ-BHXH): a head of a body as the signer's title.
const agency =
  "BẢO HIỂM XÃ HỘI VIỆT NAM -----------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 1500/QĐ-BHXH\n" +
  "Hà Nội, ngày 14 tháng 12 năm 2015 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH THẺ BẢO HIỂM Y TẾ CẤP CHO QUÂN NHÂN, CÔNG AN NHÂN DÂN VÀ NGƯỜI LÀM CÔNG TÁC CƠ YẾU TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\n" +
  "Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008;\n";
// fresh45b-014's (Luật 47/2019/QH14): a law names no body after its title.
const law =
  "QUỐC HỘI -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nLuật số: 47/2019/QH14\n" +
  "Hà Nội, ngày 22 tháng 11 năm 2019 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG\n" +
  "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n";

describe("a title on the place and date line", () => {
  it("reads the kind word after the date and the title up to the enacting body", () => {
    const h = readHeader(decision);
    expect([h.kind, h.date, h.numberLine?.number]).toEqual(["decision", "2024-10-29", "3176"]);
    expect(h.title).toBe(
      "SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 4750/QĐ-BYT NGÀY 29/12/2023 CỦA BỘ TRƯỞNG BỘ Y TẾ SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 130/QĐ-BYT NGÀY 18/01/2023 QUY ĐỊNH CHUẨN VÀ ĐỊNH DẠNG DỮ LIỆU ĐẦU RA",
    );
    expect(decision.slice(h.kindLineStart, h.kindLineStart! + 10)).toBe("QUYẾT ĐỊNH");
    expect(decision.slice(h.titleStart, h.titleStart + 7)).toBe("SỬA ĐỔI");
    // The body starts where the title ends: the enacting body's words are no part of it.
    expect(decision.slice(h.bodyStart).startsWith(" BỘ TRƯỞNG BỘ Y TẾ\nCăn cứ")).toBe(true);
    const a = readHeader(agency);
    expect([a.kind, a.title]).toEqual(["decision", "VỀ VIỆC BAN HÀNH THẺ BẢO HIỂM Y TẾ CẤP CHO QUÂN NHÂN, CÔNG AN NHÂN DÂN VÀ NGƯỜI LÀM CÔNG TÁC CƠ YẾU"]);
  });

  it("reads a law's title to the line's end where the preamble follows", () => {
    const h = readHeader(law);
    expect([h.kind, h.title]).toEqual(["law", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG"]);
    // A line after it that is neither the preamble, a body nor a session shows no title's end.
    expect(readHeader(law.replace("Căn cứ Hiến pháp", "Trong thời gian qua, Hiến pháp")).title).toBeNull();
  });

  it("ends the title at the preamble's words and cuts the council's session where the text runs on one line", () => {
    const council =
      "HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH HÒA BÌNH Độc lập Tự do Hạnh phúc Số: 46/2017/NQ-HĐND Hoà Bình, ngày 13 tháng 7 năm 2017 NGHỊ QUYẾT QUY ĐỊNH CỤ THỂ MỨC THU PHÍ BẢO VỆ MÔI TRƯỜNG HỘI ĐỒNG NHÂN DÂN TỈNH HOÀ BÌNH KHOÁ XVI KỲ HỌP THỨ TƯ Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;";
    const h = readHeader(council);
    expect([h.kind, h.title]).toEqual(["resolution", "QUY ĐỊNH CỤ THỂ MỨC THU PHÍ BẢO VỆ MÔI TRƯỜNG"]);
  });

  it("reads on the lines in capitals a title wraps onto", () => {
    // fresh45b-005 (Thông tư 22/2019/TT-BTC): the title wraps after ";".
    const circular =
      "Số: 22/2019/TT-BTC\nHà Nội, ngày 16 tháng 04 năm 2019 THÔNG TƯ SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 12/2015/TT-BTC QUY ĐỊNH CHI TIẾT THỦ TỤC CẤP CHỨNG CHỈ NGHIỆP VỤ KHAI HẢI QUAN;\nTRÌNH TỰ, THỦ TỤC CÔNG NHẬN VÀ HOẠT ĐỘNG ĐẠI LÝ LÀM THỦ TỤC HẢI QUAN\nCăn cứ Luật Hải quan ngày 23 tháng 06 năm 2014;\n";
    const h = readHeader(circular);
    expect(h.kind).toBe("circular");
    expect(h.title).toBe(
      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 12/2015/TT-BTC QUY ĐỊNH CHI TIẾT THỦ TỤC CẤP CHỨNG CHỈ NGHIỆP VỤ KHAI HẢI QUAN; TRÌNH TỰ, THỦ TỤC CÔNG NHẬN VÀ HOẠT ĐỘNG ĐẠI LÝ LÀM THỦ TỤC HẢI QUAN",
    );
    expect(circular.slice(h.bodyStart).startsWith("Căn cứ Luật Hải quan")).toBe(true);
  });

  it("keeps a body's name the title's words end with after 'của'", () => {
    const s =
      "Số: 12/QĐ-UBND\nTây Ninh, ngày 30 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH CỦA ỦY BAN NHÂN DÂN TỈNH TÂY NINH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n";
    expect(readHeader(s).title).toBe("VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH CỦA ỦY BAN NHÂN DÂN TỈNH TÂY NINH");
  });

  it("takes the kind from the number's code where the kind word opens the title", () => {
    // A page that dropped the kind line ("NGHỊ QUYẾT"): "QUY ĐỊNH" is the title's verb, the code says resolution.
    const s =
      "Số: 23/2025/NQ-HĐND\nĐồng Tháp, ngày 10 tháng 7 năm 2025 QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÔNG TÁC HÒA GIẢI HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n";
    const h = readHeader(s);
    expect([h.kind, h.title]).toEqual(["resolution", "QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÔNG TÁC HÒA GIẢI"]);
  });

  it("reads nothing from a date line a kind word in capitals does not follow", () => {
    const party =
      "ĐẢNG ỦY XÃ LA BẰNG * Số 09 KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm, đánh giá, xếp loại chất lượng hàng năm\n";
    expect(readHeader(party).title).toBeNull();
    const body = "Số: 12/QĐ-UBND\nTây Ninh, ngày 30 tháng 12 năm 2021 về việc phê duyệt kế hoạch\nCăn cứ Luật Tổ chức chính quyền địa phương;\n";
    expect(readHeader(body).title).toBeNull();
  });
});
