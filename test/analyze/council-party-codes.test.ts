import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

const others = (text: string) => {
  const a = analyze(text);
  return a.citations.filter((c) => c.role !== "self").map((c) => `${c.id} ${c.role}`);
};

describe("an older council's resolution", () => {
  const resolution = (preamble: string, articles: string) =>
    `HỘI ĐỒNG NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 30/2007/NQ-HĐND14\nHải Dương, ngày 12 tháng 7 năm 2007\nNGHỊ QUYẾT\nVề mức thu phí vệ sinh\nHỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG\nKHÓA XIV, KỲ HỌP THỨ TÁM\n${preamble}\nQUYẾT NGHỊ:\n${articles}\n`;

  it("'Sau khi nghe Tờ trình số …' names the proposal", () => {
    expect(others(resolution("Căn cứ Luật Phí và lệ phí năm 2015;\nSau khi nghe Tờ trình số 77/TTr-UBND ngày 2/7/2007 của UBND tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách và ý kiến của đại biểu,", "Điều 1. Thông qua mức thu."))).toContain(
      "77/TTr-UBND@2007~hai-duong proposed_by",
    );
  });

  it("a council's code with its term after it ('NQ-HĐND13') is the council's, in the citing province", () => {
    expect(others(resolution("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;", "Điều 1. Nghị quyết này thay thế Nghị quyết số 05/2004/NQ-HĐND13 ngày 10/7/2004."))).toContain(
      "05/2004/NQ-HĐND13~hai-duong replaces",
    );
  });
});

describe("a Party committee's boards by their codes", () => {
  const decision = (party: string, number: string, preamble: string) =>
    `${party}\n*\nSố ${number}\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh Hóa, ngày 2 tháng 8 năm 2019\nQUYẾT ĐỊNH\nvề việc kiện toàn Ban Chỉ đạo\n-----\n${preamble}\nQUYẾT ĐỊNH\nĐiều 1. Kiện toàn Ban Chỉ đạo.\n`;

  it("are the province's or the district's", () => {
    expect(others(decision("TỈNH ỦY THANH HÓA", "12-QĐ/TU", "- Xét đề nghị của Ban Nội chính Tỉnh ủy tại Tờ trình số 40-TTr/BNCTU ngày 25/7/2019,"))).toEqual(["40-TTr/BNCTU@2019~thanh-hoa proposed_by"]);
    expect(others(decision("ĐẢNG BỘ TỈNH THANH HÓA\nHUYỆN ỦY NGA SƠN", "12-QĐ/HU", "- Xét đề nghị của Ban Tổ chức Huyện ủy tại Tờ trình số 41-TTr/BTCHU ngày 25/7/2019,"))).toEqual([
      "41-TTr/BTCHU@2019~thanh-hoa/huyen-nga-son proposed_by",
    ]);
  });
});

describe("Party codes written with dots between the words' initials", () => {
  it("'NQ/T.Ư', 'CT/T.W' are the Central Committee's TW; 'KH/T.U' is TU", () => {
    const plan = "UBND TỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 2 tháng 3 năm 2020\nKẾ HOẠCH\nvề công tác dân vận\nThực hiện Nghị quyết số 25-NQ/T.Ư ngày 3/6/2013 và Chỉ thị số 49-CT/T.W ngày 20/10/2015; Kế hoạch số 30-KH/T.U ngày 2/1/2020.\n";
    expect(analyze(plan).citations.filter((c) => c.role !== "self").map((c) => c.id)).toEqual(["25-NQ/TW@2013", "49-CT/TW@2015", "30-KH/TU@2020~lao-cai"]);
  });

  it("'T.Ư' under a local committee's heading or named as its is that committee's, as 'TƯ' is", () => {
    const plan = "TỈNH ỦY LÀO CAI\n*\nSố 12-KH/T.Ư\nĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 2 tháng 3 năm 2020\nKẾ HOẠCH\nvề công tác dân vận\n-----\nTiếp tục thực hiện Nghị quyết số 13-NQ/T.Ư ngày 2/3/2019 của Tỉnh ủy.\n";
    expect(analyze(plan).citations.map((c) => c.id)).toEqual(["12-KH/TU@2020~lao-cai", "13-NQ/TU@2019~lao-cai"]);
  });
});
