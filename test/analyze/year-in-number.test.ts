import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

const ids = (text: string) => [...new Set(analyze(text).citations.filter((c) => c.role !== "self").map((c) => c.id))];

describe("analyze: one document written with and without the year in its number, one day, one subject (oneDocumentWithAndWithoutItsYear)", () => {
  const province = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 40/2008/QĐ-UBND\nTân An, ngày 20 tháng 8 năm 2008\nQUYẾT ĐỊNH\nVề việc sửa đổi chế độ trợ cấp đi học\n${body}\n`;
  const plan = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 1234/QĐ-UBND\nĐồng Tháp, ngày 5 tháng 6 năm 2016\nQUYẾT ĐỊNH\nBan hành Kế hoạch triển khai lộ trình\n${body}\n`;

  it("is one decision where the subject after both is the same (fresh60a-001)", () => {
    const text = plan(
      "Căn cứ Quyết định số 53/QĐ-TTg ngày 22 tháng 11 năm 2012 của Thủ tướng Chính phủ về việc ban hành lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống;\nCăn cứ Chỉ thị số 23/CT-TTg ngày 31/08/2015 của Thủ tướng Chính phủ v/v tăng cường sử dụng, phối trộn, phân phối xăng sinh học thực hiện Quyết định số 53/2012/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ;\nQuyết định 53/2012/QĐ-TTg về lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống do Thủ tướng Chính phủ ban hành.",
    );
    expect(ids(text)).toEqual(["53/2012/QĐ-TTg", "23/CT-TTg@2015"]);
    const a = analyze(text);
    expect(a.warnings.some((w) => w.code === "year-missing" && w.message.includes("53/2012/QĐ-TTg"))).toBe(true);
  });

  it("is one decision where the text it issued is named the same before both (seg33b-021)", () => {
    const text = province(
      "Căn cứ Quyết định số 2751/2002/QĐ-UB ngày 23/8/2002 của UBND tỉnh;\n2 . Sửa đổi , bổ sung điểm b , khoản 3 , mục III của bản quy định chế độ trợ cấp đối với cán bộ , công chức đi học ; cán bộ , công chức được điều động , tăng cường về công tác ở xã và chính sách thu hút nhân tài ban hành theo quyết định số 2751/QĐ-UB ngày 23/8/2002 của UBND tỉnh , như sau :\n3 . Bãi bỏ : Điểm b , khoản 3 , mục III của Bản quy định chế độ trợ cấp đối với cán bộ , công chức đi học , cán bộ , công chức được điều động , tăng cường về công tác ở xã và chính sách thu hút nhân tài ban hành theo quyết định số 2751/2002/QĐ-UB ngày 23/8/2002 của UBND tỉnh .",
    );
    expect(ids(text)).toEqual(["2751/2002/QĐ-UB~long-an"]);
  });

  it("stays two on another day, though the subject is the same (dev-026: the text contradicts itself)", () => {
    const text = province(
      "Sửa đổi Quy định hạn mức giao đất ở cho hộ gia đình trên địa bàn tỉnh ban hành kèm theo Quyết định số 30/QĐ-UB ngày 31/3/2005 của UBND tỉnh;\nĐiều 1. Sửa đổi Quy định hạn mức giao đất ở cho hộ gia đình trên địa bàn tỉnh ban hành kèm theo Quyết định số 30/2005/QĐ-UB ngày 31/5/2005 của UBND tỉnh như sau:",
    );
    expect(ids(text)).toEqual(["30/QĐ-UB@2005~long-an", "30/2005/QĐ-UB~long-an"]);
  });

  it("stays two on one day with another subject or none: a council's normative and other resolution of one session", () => {
    const council = `HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 20/2018/NQ-HĐND\nPhú Yên, ngày 12 tháng 7 năm 2018\nNGHỊ QUYẾT\nVề phân bổ vốn\n`;
    const other = `${council}Căn cứ Nghị quyết số 14/2017/NQ-HĐND ngày 08/12/2017 của HĐND tỉnh về ban hành định mức phân bổ chi thường xuyên ngân sách địa phương năm 2018;\nCăn cứ Nghị quyết số 14/NQ-HĐND ngày 08/12/2017 của HĐND tỉnh về dự toán thu ngân sách nhà nước trên địa bàn năm 2018;\n`;
    expect(ids(other)).toEqual(["14/2017/NQ-HĐND~phu-yen", "14/NQ-HĐND@2017~phu-yen"]);
    const none = `${council}Căn cứ Nghị quyết số 14/2017/NQ-HĐND ngày 08/12/2017 của HĐND tỉnh;\nCăn cứ Nghị quyết số 14/NQ-HĐND ngày 08/12/2017 của HĐND tỉnh;\n`;
    expect(ids(none)).toEqual(["14/2017/NQ-HĐND~phu-yen", "14/NQ-HĐND@2017~phu-yen"]);
  });
});
