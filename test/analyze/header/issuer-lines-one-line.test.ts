import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

// A heading flattened or abbreviated onto one line, its body and its place together, with no "Số:" line
// whose ký hiệu would name the body: read as the two lines a heading splits it into.
const text = (heading: string) =>
  [
    heading,
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "KẾ HOẠCH",
    "Tổ chức ngày hội đọc sách năm 2021",
    "",
    "Thực hiện Quyết định số 329/QĐ-TTg ngày 15 tháng 3 năm 2017 của Thủ tướng Chính phủ;",
  ].join("\n");

describe("a local body's heading on one line with its place", () => {
  it("a council's or a people's committee's initials and its place name the issuer", () => {
    expect(analyze(text("HĐND TỈNH BẮC KẠN")).self.issuer?.name).toBe("Hội đồng nhân dân tỉnh Bắc Kạn");
    expect(analyze(text("UBND HUYỆN CHỢ MỚI")).self.issuer?.name).toBe("Ủy ban nhân dân huyện Chợ Mới");
  });

  it("the body's name written out is read so too", () => {
    const a = analyze(text("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG"));
    expect(a.self.issuer?.name).toBe("Ủy ban nhân dân thành phố Đà Nẵng");
    expect(a.self.jurisdiction.province).toBe("Đà Nẵng");
  });

  it("a line naming the body above the issuer stays whole: the office under it issues", () => {
    expect(analyze(text("UBND HUYỆN CHỢ MỚI\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO")).self.issuer?.name).toBe("Phòng Giáo dục và Đào tạo huyện Chợ Mới");
    // An office no table names: not the committee above it either.
    expect(analyze(text("UBND HUYỆN CHỢ MỚI\nTRUNG TÂM VĂN HÓA THỂ THAO")).self.issuer?.code).not.toBe("UBND");
    expect(analyze(text("UBND TỈNH BẮC KẠN\nSỞ TƯ PHÁP")).self.issuer?.code).toBe("STP");
  });

  it("no other body is split from its place: a national body's branch is no people's committee", () => {
    expect(analyze(text("BẢO HIỂM XÃ HỘI TỈNH BẮC KẠN")).self.jurisdiction.level).not.toBe("central");
    expect(analyze(text("BẢO HIỂM XÃ HỘI TỈNH BẮC KẠN")).self.issuer?.code).not.toBe("UBND");
  });
});

/*
 * A Party committee's heading on one line with its place and no number under it (a conclusion, a
 * programme): "TỈNH ỦY QUẢNG TRỊ", "HUYỆN ỦY CAM LỘ" above "ĐẢNG CỘNG SẢN VIỆT NAM". Own headings.
 */
describe("a local Party committee's heading on one line, no number", () => {
  const doc = (heading: string, place: string) =>
    `${heading}\nĐẢNG CỘNG SẢN VIỆT NAM\n*\n${place}, ngày 10 tháng 3 năm 2023\nKẾT LUẬN\nvề công tác cán bộ năm 2023\nThực hiện Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị, Ban Thường vụ kết luận như sau:\n`;

  it("'TỈNH ỦY QUẢNG TRỊ': the province's committee", () => {
    const a = analyze(doc("TỈNH ỦY QUẢNG TRỊ", "Quảng Trị"));
    expect([a.self.issuer?.code, a.self.issuer?.place]).toEqual(["TU", "Quảng Trị"]);
  });

  it("'HUYỆN ỦY CAM LỘ': the district's committee, its place kept", () => {
    const a = analyze(doc("HUYỆN ỦY CAM LỘ", "Cam Lộ"));
    expect([a.self.issuer?.code, a.self.jurisdiction.district]).toEqual(["HU", "huyện Cam Lộ"]);
  });

  it("a committee's name followed by words that name no place gives no issuer", () => {
    const a = analyze(doc("TỈNH ỦY BAN CHỈ ĐẠO", "Quảng Trị"));
    expect(a.self.issuer).toBeNull();
  });
});
