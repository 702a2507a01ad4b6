/**
 * Where a title under the kind line ends (src/analyze/header/title.ts).
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

describe("a notice whose title opens with 'Kết luận của …' under the kind word ('THÔNG BÁO ⏎ Kết luận của Phó Thủ tướng … tại …')", () => {
  const head = (title: string) => ["VĂN PHÒNG CHÍNH PHỦ", "-------", "Số: 41/TB-VPCP", "Hà Nội, ngày 12 tháng 3 năm 2024", "", "THÔNG BÁO", title, "", "Ngày 05 tháng 3 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng đã chủ trì cuộc họp với các bộ, ngành và địa phương về tiến độ dự án; sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:", ""].join("\n");

  it("is a notice whose title is that line, in sentence case or in capitals", () => {
    expect(readHeader(head("Kết luận của Phó Thủ tướng Trần Văn Bình tại cuộc họp về dự án cầu Rạch Miễu 2"))).toMatchObject({ kind: "notice", title: "Kết luận của Phó Thủ tướng Trần Văn Bình tại cuộc họp về dự án cầu Rạch Miễu 2" });
    expect(readHeader(head("KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH BÌNH PHƯỚC"))).toMatchObject({ kind: "notice", title: "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH BÌNH PHƯỚC" });
  });

  it("a kind broken over two lines and ending its line is still one kind line ('CHƯƠNG TRÌNH ⏎ HÀNH ĐỘNG')", () => {
    const h = readHeader(["TỈNH ỦY BÌNH PHƯỚC", "Số 12-CTr/TU", "Bình Phước, ngày 03 tháng 02 năm 2023", "", "CHƯƠNG TRÌNH", "HÀNH ĐỘNG", "THỰC HIỆN NGHỊ QUYẾT SỐ 05-NQ/TU", "", "I. MỤC ĐÍCH, YÊU CẦU"].join("\n"));
    expect(h).toMatchObject({ kind: "program", title: "THỰC HIỆN NGHỊ QUYẾT SỐ 05-NQ/TU" });
  });
});

describe("a title followed, past a blank line, by the body's first paragraph wrapped as the page wraps it", () => {
  const directive = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 07/CT-UBND\nHà Tĩnh, ngày 4 tháng 5 năm 2022\nCHỈ THỊ\nVề tăng cường quản lý hoạt động khai thác cát, sỏi\n\n${body}\nĐể chấn chỉnh tình trạng trên, Chủ tịch UBND tỉnh yêu cầu:`;

  it("ends the title before a paragraph whose line ends as no title does, or that holds a sentence's stop", () => {
    const recount = analyze(directive("Những năm qua, thực hiện Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ về\ntăng cường công tác quản lý hoạt động khai thác cát, sỏi lòng sông,\ncác ngành, địa phương đã có nhiều cố gắng. Tuy nhiên, vẫn còn sai phạm."), { path: "ct.txt" });
    expect(recount.self.title).toBe("Về tăng cường quản lý hoạt động khai thác cát, sỏi");
    const stop = analyze(directive("Thời gian qua, hoạt động khai thác cát, sỏi trên địa bàn tỉnh từng bước\nđi vào nền nếp. Tuy nhiên, tình trạng khai thác trái phép vẫn diễn ra."), { path: "ct.txt" });
    expect(stop.self.title).toBe("Về tăng cường quản lý hoạt động khai thác cát, sỏi");
  });

  it("keeps a title wrapped in small letters, one ending with a full stop, and a short label after it", () => {
    const wrapped = analyze(directive("Những năm qua, thực hiện Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ về\ntăng cường công tác quản lý hoạt động khai thác cát, sỏi lòng sông,\ncác ngành, địa phương đã có nhiều cố gắng.").replace("khai thác cát, sỏi\n", "khai thác cát, sỏi\nlòng sông trên địa bàn tỉnh\n"), { path: "ct.txt" });
    expect(wrapped.self.title).toBe("Về tăng cường quản lý hoạt động khai thác cát, sỏi lòng sông trên địa bàn tỉnh");
    const stopped = readHeader("UBND TỈNH BẮC NINH\nSố: 53/QĐ-UBND\nBắc Ninh, ngày 24 tháng 1 năm 2019\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\n\nBộ phận Tiếp nhận và trả kết quả Sở Kế hoạch và Đầu tư.\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    expect(stopped.title).toBe("Về việc ban hành Quy chế làm việc Bộ phận Tiếp nhận và trả kết quả Sở Kế hoạch và Đầu tư.");
  });
});

describe("an amending circular's title in capitals wrapped past six lines, up to the preamble", () => {
  it("the title runs on to 'Căn cứ' when only its capitals lines stand between", async () => {
    const { analyze } = await import("../../../src/index.js");
    const title = [
      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 78/2021/TT-BTC NGÀY 17 THÁNG 9 NĂM 2021",
      "CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ",
      "VÀ NGHỊ ĐỊNH SỐ 123/2020/NĐ-CP NGÀY 19 THÁNG 10 NĂM 2020 CỦA CHÍNH PHỦ QUY ĐỊNH VỀ",
      "HÓA ĐƠN, CHỨNG TỪ VÀ THÔNG TƯ SỐ 39/2014/TT-BTC NGÀY 31 THÁNG 3 NĂM 2014 CỦA BỘ",
      "TRƯỞNG BỘ TÀI CHÍNH HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 51/2010/NĐ-CP NGÀY 14 THÁNG 5",
      "NĂM 2010 VÀ NGHỊ ĐỊNH SỐ 04/2014/NĐ-CP NGÀY 17 THÁNG 01 NĂM 2014 CỦA CHÍNH PHỦ QUY",
      "ĐỊNH VỀ HÓA ĐƠN BÁN HÀNG HÓA, CUNG ỨNG DỊCH VỤ VÀ THÔNG TƯ SỐ 26/2015/TT-BTC NGÀY",
      "27 THÁNG 02 NĂM 2015 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH",
    ];
    const text = ["BỘ TÀI CHÍNH", "Số: 32/2025/TT-BTC", "Hà Nội, ngày 20 tháng 5 năm 2025", "THÔNG TƯ", ...title,
      "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ;", "Bộ trưởng Bộ Tài chính ban hành Thông tư.", "Điều 1. Sửa đổi khoản 2 Điều 3."].join("\n");
    const a = analyze(text);
    expect(a.self.title).toBe(title.join(" "));
    expect(a.relations.filter((r) => r.from === a.self.id && r.type === "amends").map((r) => r.to)).toEqual(["78/2021/TT-BTC", "39/2014/TT-BTC", "26/2015/TT-BTC"]);
  });

  it("a sentence-case line after six capitals lines still ends the title (no preamble right after)", async () => {
    const { analyze } = await import("../../../src/index.js");
    const text = ["BỘ TÀI CHÍNH", "Số: 32/2025/TT-BTC", "Hà Nội, ngày 20 tháng 5 năm 2025", "THÔNG TƯ",
      "QUY ĐỊNH", "VỀ QUẢN LÝ", "VÀ SỬ DỤNG", "KINH PHÍ", "CHI THƯỜNG XUYÊN", "NĂM 2025",
      "Hướng dẫn này áp dụng cho các đơn vị dự toán.", "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ;"].join("\n");
    expect(analyze(text).self.title).toBe("QUY ĐỊNH VỀ QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ CHI THƯỜNG XUYÊN NĂM 2025");
  });
});
