/**
 * "Thực hiện X, <body> đã ban hành <document Y> …": X belongs to Y (nested when Y has a number), not to the
 * citing text (fixtures/fresh/CONVENTIONS.md §4; session 48, helper misses48). Three letters tell it so:
 * the issue in the next sentence after the cue's own (fresh46e-009), the date naming its body with
 * "của" (fresh29r-018), and the issued plan unnumbered (fresh39b-003). roles/settle.ts passToIssued,
 * roles/retold.ts retellsOthersWork (ISSUED_UNNUMBERED).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const letter = (body: string) =>
  `HUYỆN ỦY ĐẮK MIL\nSố: 355-CV/HU\nĐắk Mil, ngày 04 tháng 10 năm 2022\nV/v đẩy mạnh triển khai thực hiện\nKính gửi: Các chi, đảng bộ trực thuộc\n${body}\n`;
/** Each relation not a reference, "from type to" with the citing text as SELF, numbers only. */
const rels = (body: string) => {
  const a = analyze(letter(body));
  const short = (id: string) => id.replace(/[/@].*/u, "");
  return a.relations.filter((r) => r.type !== "references").map((r) => `${r.from === a.self.id ? "SELF" : short(r.from)} ${r.type} ${short(r.to)}`);
};

describe("a 'Thực hiện X' opening whose sentence tells of another document's issue", () => {
  it("the issue told in the next sentence, the cue's own sentence with no main clause: Y implements X", () => {
    const body =
      "Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”. Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 24-KH/HU, ngày 27/4/2021 về xây dựng mô hình. Nhằm triển khai thực hiện kế hoạch, Ban Thường vụ Huyện ủy yêu cầu các chi, đảng bộ thực hiện tốt.";
    const found = rels(body);
    expect(found).toContain("24-KH implements 01-KL");
    expect(found).not.toContain("SELF implements 01-KL");
  });

  it("the cue's own sentence with its main clause, or the next sentence's act not told as done, keeps implements", () => {
    expect(rels("Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, Ban Thường vụ Huyện ủy yêu cầu các chi, đảng bộ như sau. Ban Tuyên giáo đã ban hành Kế hoạch số 30-KH/BTGHU ngày 2/6/2021.")).toContain("SELF implements 01-KL");
    expect(rels("Thực hiện Quyết định số 471/QĐ-TTg ngày 26/4/2019 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin”.\nBan Thường vụ Huyện ủy ban hành Kế hoạch số 31-KH/HU như sau:")).toContain("SELF implements 471");
  });

  it("the issue's date naming its body with 'của', an abbreviation in brackets in the name: Y implements X", () => {
    const found = rels(
      "Thực hiện Quyết định số 111/2008/QĐ-TTg ngày 15/8/2008 của Thủ tướng Chính phủ ban hành chế độ báo cáo thống kê tổng hợp áp dụng đối với Bộ, Ngành, ngày 29 tháng 6 năm 2009 của Bảo hiểm xã hội (BHXH) Việt Nam ban hành Công văn số 2070/BHXH-KHTC về báo cáo thống kê hàng tháng.",
    );
    expect(found).toContain("2070 implements 111");
    expect(found).not.toContain("SELF implements 111");
  });

  it("a body that 'có' the document it sent, its date first: Y implements X (fresh62i-010's drafting, session 63)", () => {
    const found = rels(
      "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng; Thông báo Kết luận số 159-TB/TW của Bộ Chính trị về việc thảo luận các văn kiện Đại hội XIII của Đảng, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số 151-HD/BTGTW về việc công bố, thảo luận, lấy ý kiến nhân dân vào dự thảo các văn kiện.",
    );
    expect(found).toContain("151-HD implements 35-CT");
    expect(found).not.toContain("SELF implements 35-CT");
    expect(rels("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy đã có Công văn số 12-CV/HU gửi các chi bộ.")).toContain("12-CV implements 35-CT");
  });

  it("'có' before words that are no document's citation leaves the opening its own", () => {
    expect(rels("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy có ý kiến như sau: các chi bộ tổ chức đại hội theo Hướng dẫn số 26-HD/BTCTW.")).toContain("SELF implements 35-CT");
  });

  it("a document's description naming what it issued ('… của UBND tỉnh về việc ban hành Kế hoạch số Y') passes nothing", () => {
    expect(rels("Thực hiện Quyết định số 5/QĐ-UBND, ngày 20/1/2021 của UBND tỉnh về việc ban hành Kế hoạch số 6/KH-UBND về công tác dân vận.")).toContain("SELF implements 05");
  });

  it("the plan issued unnumbered: X is no relation of the letter's", () => {
    expect(rels("Thực hiện Kế hoạch số 47/KH-BCĐ ngày 5 tháng 6 năm 2017 của Ban Chỉ đạo Chăm sóc sức khỏe nhân dân tỉnh, Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện đã ban hành Kế hoạch hưởng ứng ngày ASEAN phòng, chống sốt xuất huyết năm 2017.")).toEqual([]);
  });
});

/** A portal's page of no kind of its own: its date line, then the teaser (TOLD_ISSUED_NEXT). */
const pageRels = (body: string) => {
  const a = analyze(`Hoạt động Đảng\n09/03/2020 11:09\n${body}\n`);
  const short = (id: string) => id.replace(/[/@].*/u, "");
  return a.relations.filter((r) => r.type !== "references").map((r) => `${r.from === a.self.id ? "SELF" : short(r.from)} ${r.type} ${short(r.to)}`);
};

describe("a page of no kind of its own: 'Thực hiện X.', then the next sentence tells another body made Y (fresh54d-007, fresh52d-007)", () => {
  it("a Party committee below the district 'đã xây dựng Kế hoạch số Y', its name holding the district's number: Y implements X", () => {
    const found = pageRels(
      "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ chính trị về Đại hội đảng bộ các cấp, Kế hoạch số 221-KH/QU ngày 12 tháng 11 năm 2019 của Ban Thường vụ Quận ủy Quận 3 về tổ chức Đại hội Đảng bộ Quận lần thứ XII. Đảng ủy cơ quan chính quyền Quận 3 đã xây dựng Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2019 tổ chức Đại hội Đảng bộ cơ quan.",
    );
    expect(found).toEqual(expect.arrayContaining(["65-KH implements 35-CT", "65-KH implements 221-KH"]));
    expect(found.filter((e) => e.startsWith("SELF"))).toEqual([]);
  });

  it("'Sau khi …, UBND tỉnh … đã phê duyệt <plan> tại Quyết định số Y': Y implements X", () => {
    const found = pageRels(
      "Thực hiện Chỉ thị số 38/2005/CT-TTg ngày 05/12/2005 của Thủ tướng Chính phủ về việc rà soát, quy hoạch 03 loại rừng. Sau khi được Bộ Nông nghiệp & PTNT thẩm định, UBND tỉnh tỉnh Bình Phước đã phê duyệt Quy hoạch 03 loại rừng giai đoạn 2006-2010 tại Quyết định số 11/2007/QĐ-UBND ngày 19/3/2007.",
    );
    expect(found).toEqual(["11 implements 38"]);
  });

  it("a document of its own kind keeps its opening's implements (fresh30b-010's drafting), as does a task not told as done", () => {
    const notice = analyze(
      "CỤC THUẾ TP. HỒ CHÍ MINH\nSố: 8625/TB-CTTPHCM\nTHÔNG BÁO\nVề việc hướng dẫn hóa đơn điện tử\nThực hiện Chỉ thị số 38/2005/CT-TTg ngày 05/12/2005 của Thủ tướng Chính phủ về việc rà soát, quy hoạch 03 loại rừng. Đảng ủy cơ quan chính quyền Quận 3 đã xây dựng Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2019.\n",
    );
    expect(notice.relations.filter((r) => r.type === "implements" && r.from === notice.self.id).map((r) => r.to.replace(/@.*/u, ""))).toEqual(["38/2005/CT-TTg"]);
    expect(pageRels("Thực hiện Chỉ thị số 38/2005/CT-TTg ngày 05/12/2005 của Thủ tướng Chính phủ về việc rà soát, quy hoạch 03 loại rừng. UBND tỉnh xây dựng Kế hoạch số 65/KH-UBND ngày 25 tháng 12 năm 2019.")).toContain("SELF implements 38");
  });
});

/**
 * "Căn cứ A; Thực hiện B. ⏎ Ngày 13/3/2020, Sở Xây dựng đã ban hành Công văn số Y …" (a Sở's portal news,
 * fixtures/fresh/fresh62j-009; session 66, helper roles66): the next sentence opens with the issue's date, and the cue
 * sentence's items under both cues are Y's, none the page's (CONVENTIONS.md §4). roles/settle.ts TOLD_ISSUED_NEXT,
 * passSentenceAbove.
 */
describe("a page of no kind of its own: 'Căn cứ A; Thực hiện B.', then 'Ngày <date>, <body> đã ban hành Y'", () => {
  const cues =
    "Căn cứ ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 712/UBND-KT ngày 14/02/2021 về việc kiểm tra trật tự xây dựng; Thực hiện Kế hoạch số 41/KH-SXD ngày 02/3/2021 của Sở Xây dựng về việc kiểm tra công trình trên địa bàn tỉnh.";

  it("the issue's date opens the next sentence: Y implements B and rests on A, the page neither", () => {
    const found = pageRels(`${cues}\nNgày 10/3/2021, Sở Xây dựng đã ban hành Công văn số 305/SXD-TTr về việc hướng dẫn các huyện kiểm tra.`);
    expect(found).toEqual(expect.arrayContaining(["305 implements 41", "305 based_on 712"]));
    expect(found.filter((e) => e.startsWith("SELF"))).toEqual([]);
  });

  it("a date written out, the same; a sentence break between the items keeps the earlier one the page's", () => {
    expect(pageRels(`${cues} Ngày 10 tháng 3 năm 2021, Sở Xây dựng đã ban hành Công văn số 305/SXD-TTr.`)).toContain("305 implements 41");
    const apart = pageRels(`Căn cứ Công văn số 712/UBND-KT ngày 14/02/2021 của UBND tỉnh. Thực hiện Kế hoạch số 41/KH-SXD ngày 02/3/2021 của Sở Xây dựng. Ngày 10/3/2021, Sở Xây dựng đã ban hành Công văn số 305/SXD-TTr.`);
    expect(apart).toContain("305 implements 41");
    expect(apart).not.toContain("305 based_on 712");
  });

  it("a document of its own kind keeps its opening's implements under a dated next sentence (fresh30b-010's drafting)", () => {
    const notice = analyze(
      "CỤC THUẾ TP. HỒ CHÍ MINH\nSố: 8625/TB-CTTPHCM\nTHÔNG BÁO\nVề việc hướng dẫn hóa đơn điện tử\nThực hiện chỉ đạo của Bộ trưởng Bộ Tài chính theo Quyết định số 1832/QĐ-BTC ngày 20/09/2021 về việc triển khai hóa đơn điện tử. Ngày 18/11/2021, Cục Thuế TP. Hồ Chí Minh đã ban hành Công văn số 8777/CTTPHCM-TTHT.\n",
    );
    expect(notice.relations.filter((r) => r.type === "implements" && r.from === notice.self.id).map((r) => r.to.replace(/@.*/u, ""))).toEqual(["1832/QĐ-BTC"]);
  });
});

describe("a document another body issued, its sentence wrapped and indented as a PDF's layout text sets it", () => {
  // fresh57b-003's letter: the comma before the issue's date and its body stands within 120 characters of the
  // circular as written; a copy that doubles every space put it further, and the decree was read as the letter's.
  const text = "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n       Số: 9389 /BNNMT-BĐKH\n    V/v triển khai thực hiện các quy định về giảm nhẹ phát thải khí nhà kính\n                 Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n        Triển khai thực hiện Nghị định số 06/2022/NĐ-CP của Chính phủ,\n        ngày 17 tháng 6 năm 2025 Bộ trưởng Bộ Nông nghiệp và Môi trường đã ban\n        hành Thông tư số 08/2025/TT-BNNMT sửa đổi, bổ sung một số điều của Thông\n        tư số 01/2022/TT-BTNMT ngày 07 tháng 01 năm 2022.\n";
  it.each([["one space", " "], ["two spaces", "  "], ["a tab", "\t"]])("reads the circular as carrying the decree out, with %s between words", (_, space) => {
    const a = analyze(text.replaceAll(" ", space));
    expect(a.relations.map((r) => `${r.type} ${r.from} ${r.to}`)).toContain("implements 08/2025/TT-BNNMT 06/2022/NĐ-CP");
    expect(a.relations.filter((r) => r.from === a.self.id).map((r) => `${r.type} ${r.to}`)).toContain("references 06/2022/NĐ-CP");
  });
});

/**
 * "Căn cứ …; ⏎ Căn cứ …; ⏎ Căn cứ các quy định nêu trên, ngày …, Bộ Tài chính đã ban hành Thông tư số …": the last
 * clause's cue points back at the whole list, and its act is another body's issue: every item is the issued document's
 * basis (nested), none the letter's (Tổng cục Thuế's letter on 19/2021/TT-BTC, fixtures/fresh/fresh64c-006; session 66,
 * helper named66). roles/settle.ts passListAbove, vocab/cues.ts LIST_POINTER_OBJECTS.
 */
describe("a Căn cứ list closed by 'Căn cứ các quy định nêu trên, <body> đã ban hành Y'", () => {
  const items =
    "Căn cứ Luật Quản lý thuế ngày 13/6/2019;\n\nCăn cứ Luật Giao dịch điện tử ngày 29/11/2005;\n\n" +
    "Căn cứ Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ\nquy định chi tiết một số điều của Luật Quản lý thuế;\n\n" +
    "Căn cứ Nghị định số 130/2018/NĐ-CP ngày 27/9/2018 của Chính phủ quy định chi tiết thi hành Luật giao dịch điện tử về chữ ký số;\n\n" +
    "Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26/7/2017 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tài chính;\n\n";

  it("every item, laws by name too, is the issued circular's basis, none the letter's", () => {
    const found = rels(`${items}Căn cứ các quy định nêu trên, ngày 18/3/2021, Bộ Tài chính đã ban hành\nThông tư số 19/2021/TT-BTC hướng dẫn giao dịch điện tử trong lĩnh vực thuế.\n\nĐề nghị các Cục Thuế khẩn trương tuyên truyền.`);
    for (const to of ["126", "130", "87", "law:quan-ly-thue", "law:giao-dich-dien-tu"]) {
      expect(found).toContain(`19 based_on ${to}`);
      expect(found).not.toContain(`SELF based_on ${to}`);
    }
  });

  it("the pointer under another cue word, in capitals: 'Trên cơ sở các văn bản trên, …'", () => {
    const found = rels(`${items}TRÊN CƠ SỞ CÁC VĂN BẢN TRÊN, Bộ Tài chính đã ban hành Thông tư số 19/2021/TT-BTC hướng dẫn giao dịch điện tử.`);
    expect(found).toContain("19 based_on 126");
    expect(found).not.toContain("SELF based_on law:quan-ly-thue");
  });

  it("the pointer's clause in the writer's own voice, or no pointer: the items stay the letter's", () => {
    const own = rels(`${items}Căn cứ các quy định nêu trên, Tổng cục Thuế hướng dẫn các Cục Thuế thực hiện thống nhất.`);
    for (const to of ["126", "130", "87", "law:quan-ly-thue"]) expect(own).toContain(`SELF based_on ${to}`);
    const none = rels(`${items}Căn cứ Nghị định số 11/2020/NĐ-CP ngày 20/01/2020 của Chính phủ, ngày 18/3/2021, Bộ Tài chính đã ban hành Thông tư số 19/2021/TT-BTC.`);
    expect(none).toContain("SELF based_on 126");
    expect(none).toContain("SELF based_on law:quan-ly-thue");
  });

  it("the walk stops where the list starts: an opening's own cue before it keeps its relation", () => {
    const found = rels(`Thực hiện Chỉ thị số 11/CT-TTg ngày 04/3/2020 của Thủ tướng Chính phủ;\n\n${items}Căn cứ các quy định nêu trên, ngày 18/3/2021, Bộ Tài chính đã ban hành Thông tư số 19/2021/TT-BTC.`);
    expect(found).toContain("SELF implements 11");
    expect(found).toContain("19 based_on 126");
  });
});
