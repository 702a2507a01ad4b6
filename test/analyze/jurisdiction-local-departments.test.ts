import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

// Documents of districts, communes and provincial departments before the 2025 reform, phrased as
// the probe texts of set fresh29d (session 29) print them. These pin what the set found right:
// the unit's place, its own number, and the edges of a commune's mixed-level preamble.

const roleOf = (a: ReturnType<typeof analyze>, number: string) => a.citations.filter((c) => c.number === number).map((c) => c.role);

describe("a department under its province's committee: 'UBND THÀNH PHỐ HÀ NỘI ⏎ SỞ GIÁO DỤC VÀ ĐÀO TẠO'", () => {
  // fresh29d-013, Công văn 2928/SGDĐT-KHTC (2022), a unit's ký hiệu.
  const letter = [
    "UBND THÀNH PHỐ HÀ NỘI",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    " -------",
    "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "Số: 2928/SGDĐT-KHTC",
    "",
    "V/v hướng dẫn tăng cường công tác quản lý thu chi năm học 2022-2023",
    "",
    "Hà Nội, ngày 21 tháng 9 năm 2022",
    "",
    "Kính gửi:",
    "- Ủy ban nhân dân các quận, huyện, thị xã;",
    "",
    "Thực hiện chỉ đạo của Bộ Giáo dục và Đào tạo, Ủy ban nhân dân Thành phố về việc thực hiện các khoản thu, Sở Giáo dục và Đào tạo đã ban hành Công văn số 2062/SGDĐT-KHTC ngày 15/7/2022 về việc thực hiện các khoản thu trong lĩnh vực giáo dục, đào tạo;",
    "",
    "Đối với các cơ sở giáo dục công lập: Thực hiện theo Nghị quyết số 17/2022/NQ-HĐND ngày 12/9/2022 của Hội đồng nhân dân Thành phố quy định mức học phí.",
  ].join("\n");

  it("is the department's letter, of the province its committee's line names", () => {
    const a = analyze(letter);
    expect([a.self.number, a.self.symbol, a.self.date]).toEqual(["2928", "SGDĐT-KHTC", "2022-09-21"]);
    expect(a.self.jurisdiction).toMatchObject({ level: "province", province: "Hà Nội", district: null });
  });

  it("implements nothing: its own earlier letter is told of, 'thực hiện theo' a resolution is what schools apply", () => {
    const a = analyze(letter);
    expect(roleOf(a, "2062")).toEqual(["references"]);
    expect(roleOf(a, "17").every((r) => r === "references")).toBe(true);
  });
});

describe("a commune's plan resting on its province's, district's and its own bodies' documents", () => {
  // fresh29d-001, Kế hoạch 14/KH-UBND (2019) of xã Cát Vân: 'số:' with a colon, Party and state numbers.
  const plan = [
    "ỦY BAN NHÂN DÂN",
    "XÃ CÁT VÂN",
    "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "",
    "Số: 14/KH-UBND",
    "",
    "Cát Vân, ngày 12 tháng 02 năm 2019",
    "KẾ HOẠCH",
    "Giảm nghèo năm 2019",
    "",
    "Căn cứ quyết định số: 289-QĐ/TU ngày 27/05/2016 của Ban chấp hành Đảng bộ Tỉnh khóa XVIII ban hành chương trình giảm nghèo nhanh và bền vững tỉnh Thanh Hóa, giai đoạn 2016 – 2020;",
    "Căn cứ nghị quyết số 12-NQ/HU ngày 18 tháng 12 năm 2018 của Ban chấp hành Đảng bộ huyện khóa XXII về phương hướng nhiệm vụ năm 2019;",
    "Căn cứ kế hoạch số: 16/KH-UBND ngày 25 tháng 01 năm 2019 của UBND huyện Như Xuân về kế hoạch thực hiện chương trình giảm nghèo năm 2019;",
    "Căn cứ Nghị quyết số: 41/NQ-ĐU, ngày 25/12/2018 Nghị quyết của Ban chấp hành Đảng uỷ về nhiệm vụ năm 2019;",
    "Ủy ban nhân dân xã Cát Vân xây dựng kế hoạch thực hiện chương trình giảm nghèo năm 2019 với các nội dung cụ thể sau:",
  ].join("\n");

  it("is the commune's, in the province its preamble names", () => {
    const a = analyze(plan);
    expect(a.self.jurisdiction).toMatchObject({ level: "commune", province: "Thanh Hóa", district: "xã Cát Vân" });
    expect(a.self.id).toBe("14/KH-UBND@2019~thanh-hoa/xa-cat-van");
  });

  it("rests on every item of the Căn cứ list, whatever level issued it", () => {
    const a = analyze(plan);
    for (const n of ["289", "12", "16", "41"]) expect(roleOf(a, n)).toEqual(["based_on"]);
  });
});

describe("a department's letter a portal prints under a sentence of its own", () => {
  // fresh29d-003, Sở Tư pháp tỉnh Bắc Kạn, 473/STP-PBGDPL (2020), on the department's site.
  const page = [
    "Hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật năm 2020",
    "Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật năm 2020, cụ thể như sau:",
    "",
    "Thực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 của Bộ Tư pháp về việc hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật năm 2020 và Văn bản số 1445/UBND-NCPC ngày 23/3/2020 của UBND tỉnh về việc thực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 của Bộ Tư pháp, Sở Tư pháp hướng dẫn một số nội dung như sau:",
  ].join("\n");

  it("is the letter the sentence announces, implementing the ministry's and the province's letters", () => {
    const a = analyze(page);
    expect([a.self.number, a.self.symbol, a.self.date]).toEqual(["473", "STP-PBGDPL", "2020-03-25"]);
    expect(roleOf(a, "979")).toContain("implements");
    expect(roleOf(a, "1445")).toEqual(["implements"]);
  });
});

describe("a commune committee's working rules, printed as its decision's annex", () => {
  // fresh29d-006, Quy chế làm việc of xã Xuân Phú (2021), the header flattened with '|' lines.
  it("is promulgated by the commune's decision and belongs to the commune", () => {
    const a = analyze(
      "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\nQUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH\nCHUNG\nĐiều 1. Phạm vi,\nđối tượng điều chỉnh\n",
    );
    expect(roleOf(a, "59")).toEqual(["promulgated_by"]);
    expect(a.self.number).toBeNull();
    expect(a.self.jurisdiction).toMatchObject({ level: "commune", district: "xã Xuân Phú" });
  });
});
