import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

// A portal prints a provincial Party committee's document under no heading of its own: its title line or lead
// names the document with the committee and its province. Those mentions are the page's own document, so the
// province is the document's: one node, not the page's placeless id beside its own mention "of Thanh Hóa".
describe("a page with no place of its own takes the place its own mentions name", () => {
  // fixtures/fresh/fresh29a/texts/fresh29a-018.txt's opening.
  const hue = [
    "Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng.",
    "",
    "Ban quản trị website xin đăng toàn văn Chương trình quan trọng này:",
    "",
    "",
    "CHƯƠNG TRÌNH",
    "",
    "Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng",
    "",
    "đối với công tác quản lý, bảo vệ và phát triển rừng",
    "",
    "Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như sau:",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
  ].join("\n");
  // fixtures/fresh/fresh54h/texts/fresh54h-007.txt, whole.
  const thanhHoa = [
    "CHỈ THỊ SỐ 22-CT/TU CỦA BTV TỈNH ỦY THANH HÓA VỀ CUỘC VẬN ĐỘNG HỖ TRỢ XÂY DỰNG NHÀ Ở CHO HỘ NGHÈO, HỘ GIA ĐÌNH CHÍNH SÁCH, HỘ CÒN KHÓ KHĂN VỀ NHÀ Ở TRÊN ĐỊA BÀN TỈNH TRONG 2 NĂM 2024 - 2025",
    "Thứ Năm, 13/06/2024",
    "Ngày 30/3/2024, Ban Thường vụ Tỉnh ủy Thanh Hóa đã ban hành Chỉ thị số 22-CT/TU về Cuộc vận động hỗ trợ xây dựng nhà ở cho hộ nghèo, hộ gia đình chính sách, hộ còn khó khăn về nhà ở trên địa bàn tỉnh trong 02 năm 2024 - 2025. Dưới đây là toàn văn Chỉ thị:",
    "Chỉ thị này được phổ biến sâu rộng đến các chi bộ đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, tổ chức xã hội và cán bộ, đảng viên, Nhân dân trong toàn tỉnh.",
  ].join("\n");

  it("the lead's committee and province: the programme is Thừa Thiên Huế's, its mention the page itself", () => {
    const a = analyze(hue);
    expect(a.self.id).toBe("27-CTr/TU@2017~thua-thien-hue");
    expect(a.self.jurisdiction.province).toBe("Thừa Thiên Huế");
    const own = a.citations.find((c) => c.number === "27")!;
    expect([own.id, own.role]).toEqual([a.self.id, "self"]);
    expect(a.relations.some((r) => r.to === own.id)).toBe(false);
    // The directive it carries out is still carried out.
    expect(a.relations.some((r) => r.type === "implements" && r.to === "13-CT/TW@2017")).toBe(true);
  });

  it("the title line's and the lead's committee: the directive is Thanh Hóa's, dated by the lead", () => {
    const a = analyze(thanhHoa);
    expect([a.self.id, a.self.date]).toEqual(["22-CT/TU@2024~thanh-hoa", "2024-03-30"]);
    expect(a.citations.map((c) => c.role)).toEqual(["self", "self"]);
    expect(a.relations).toEqual([]);
  });

  it("own mentions naming two provinces give neither", () => {
    const a = analyze(thanhHoa.replace("Tỉnh ủy Thanh Hóa đã", "Tỉnh ủy Nghệ An đã"));
    expect(a.self.id).toBe("22-CT/TU@?");
    expect(a.self.jurisdiction.province).toBeNull();
  });

  it("a mention dated otherwise than the page is another document and gives it no date", () => {
    const a = analyze(thanhHoa.replace("CỦA BTV TỈNH ỦY THANH HÓA VỀ", "NGÀY 15/01/2024 CỦA BTV TỈNH ỦY THANH HÓA VỀ"));
    expect([a.self.id, a.self.date]).toEqual(["22-CT/TU@2024~thanh-hoa", "2024-01-15"]);
    expect(a.citations.map((c) => c.role)).toEqual(["self", "references"]);
  });

  it("a page with a place of its own keeps it: a mention naming another place is another document", () => {
    const a = analyze(
      "ỦY BAN NHÂN DÂN\nHUYỆN ĐIỆN BÀN\nSố: 30/KH-UBND\nĐiện Bàn, ngày 20 tháng 3 năm 2020\nKẾ HOẠCH\nTriển khai thực hiện Kế hoạch số 30/KH-UBND ngày 10/3/2020 của UBND tỉnh Quảng Ngãi\n\nThực hiện Kế hoạch số 30/KH-UBND ngày 10/3/2020 của UBND tỉnh Quảng Ngãi, UBND huyện ban hành Kế hoạch như sau:",
    );
    expect(a.self.id).not.toContain("quang-ngai");
    expect(a.citations.filter((c) => c.number === "30" && c.id.includes("quang-ngai")).every((c) => c.role !== "self")).toBe(true);
  });
});
