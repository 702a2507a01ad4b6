import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

const roleOf = (text: string, number: string) => analyze(text).citations.find((c) => c.number === number)?.role;

// Schools' and portals' news opens as a document would ("Thực hiện công văn số …"), then narrates the
// event held under it: the page tells of the letter, it carries nothing out (no relation in gold).
describe("a news item that narrates an event held under a document", () => {
  it("the subject has done the act: \", … đã tổ chức kiểm tra\" (Bình Dương newspaper)", () => {
    const text =
      "Thực hiện Kế hoạch số 1642/KH-UBND của UBND tỉnh về kiểm tra công tác cải cách hành chính (CCHC) năm 2019 trên địa bàn tỉnh, đoàn kiểm tra công tác CCHC của tỉnh đã tổ chức kiểm tra đối với 11 cơ quan, đơn vị.\nNội dung kiểm tra tập trung vào 6 nhóm nhiệm vụ trọng tâm của công tác CCHC.";
    expect(roleOf(text, "1642")).toBe("references");
  });

  it("a list of two letters, then \"100% trường học … đã lập kế hoạch\" (Hà Tĩnh education office)", () => {
    const a = analyze(
      "Thực hiện công văn số 1578/SGDĐT- CTTT ngày 28/8/2020 của Sở Giáo dục - Đào tạo ; Công văn số 357/PGDĐT ngày 29/8/2020 của Phòng Giáo dục - Đào tạo về hướng dẫn các hoạt động sinh  hoạt đầu năm, 100%  trường học trên thành phố đã lập kế hoạch tổ chức nhiều hoạt động ý nghĩa thiết thực",
    );
    expect(a.citations.map((c) => c.role)).toEqual(["references", "references"]);
    expect(a.relations.filter((r) => r.type !== "references")).toEqual([]);
  });

  it("the next clause opens with the event's span: \"; Từ ngày 23 - 29/9/2019, trường …\" (Bình Liêu)", () => {
    const text =
      "TỔ CHỨC CÁC HOẠT ĐỘNG HƯỞNG ỨNG CHIẾN DỊCH LÀM CHO THẾ GIỚI SẠCH HƠN NĂM 2019\n\n     Thực hiện công văn số 778/PGD&ĐT – GDMN ngày 29 tháng 9 năm 2019 của Phòng GD&ĐT Bình Liêu “Về việc tổ chức các hoạt động hưởng ứng chiến dịch làm cho thế giới sạch hơn năm 2019”; Từ ngày 23 - 29/9/2019, trường PTDT Nội Trú tổ chức các hoạt động thiết thực hưởng ứng chiến dịch.";
    expect(roleOf(text, "778")).toBe("references");
  });

  it("the next paragraph opens with the event's day: \"Sáng ngày 04/10/2020, …\" (Thái Nguyên)", () => {
    const text =
      "Thực hiện công văn số 1580/GDĐT V/v tổ chức ra quân tổng vệ sinh môi trường phục vụ đại biểu Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XX nhiệm kì 2020 - 2025.\n\nSáng ngày 04/10/2020, đoàn thanh niên Trường Mầm non Hoa Hồng đã tổ chức ra quân tổng vệ sinh môi trường.";
    expect(roleOf(text, "1580")).toBe("references");
  });

  it("a page that acts or speaks keeps its act: \"… ban hành Kế hoạch … như sau:\", \"Sở … đề nghị …\"", () => {
    expect(
      roleOf(
        "Thực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân”, Ủy ban nhân dân tỉnh Quảng Trị ban hành Kế hoạch triển khai thực hiện Đề án như sau:\n1. Tổ chức triển khai kịp thời.",
        "977",
      ),
    ).toBe("implements");
    expect(
      roleOf(
        "Thực hiện Công văn số 67/TTCS-TTTH ngày 02 tháng 02 năm 2021 của Cục Thông tin cơ sở về tuyên truyền cuộc bầu cử.\n\nSở Thông tin và truyền thông đề nghị UBND các huyện chỉ đạo các Đài Phát thanh các nội dung sau:",
        "67",
      ),
    ).toBe("implements");
  });

  it("a document under its own heading that narrates keeps the act: a report's \"đã tổ chức\"", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 15/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch năm 2019\n\nThực hiện Kế hoạch số 1642/KH-UBND của UBND huyện về kiểm tra công tác cải cách hành chính năm 2019, UBND xã đã tổ chức triển khai đến các thôn.";
    expect(roleOf(text, "1642")).toBe("implements");
  });
});
