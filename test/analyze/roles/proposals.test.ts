/**
 * The role reading (src/analyze/roles/): proposals: who proposes, in which paper, and what the proposal is
 * about.
 * Each way real drafting states a relation (issue 12; DOMAIN.md §4), one sentence shape per test,
 * taken from published documents (the development corpus and the seeds).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";
import { roleOfNumber, roles } from "../../helpers/roles.js";

const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`);
/** A decision laid out as published: title, preamble, enacting line, articles, signature, recipients. */
const decision = (preamble: string, articles: string, tail = "") =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 150/QĐ-UBND\nBình Dương, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành quy định\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\n${articles}\n${tail}`;

describe("a cited document that proposes an act performs none", () => {
  it("'Công văn số A … đề nghị bãi bỏ Quyết định số B', 'Tờ trình số C … về việc bãi bỏ …', 'Kết luận … chủ trương thay thế …': no nested act", () => {
    const a = analyze(
      decision(
        "Căn cứ Công văn số 318/STP-VBPQ ngày 12/4/2022 của Sở Tư pháp đề nghị bãi bỏ Quyết định số 27/2015/QĐ-UBND ngày 09/9/2015 của Ủy ban nhân dân tỉnh;\nCăn cứ Kết luận số 45-KL/TU ngày 03/3/2022 của Ban Thường vụ Tỉnh ủy thống nhất chủ trương thay thế Quyết định số 28/2015/QĐ-UBND;\nXét Tờ trình số 64/TTr-SNN ngày 20/4/2022 của Sở Nông nghiệp và Phát triển nông thôn về việc bãi bỏ Quyết định số 29/2015/QĐ-UBND ngày 11/9/2015.",
        "Điều 1. Bãi bỏ Quyết định số 27/2015/QĐ-UBND ngày 09/9/2015 của Ủy ban nhân dân tỉnh.",
      ),
    );
    expect(nested(a)).toEqual([]);
    expect(roles(a)).toContain("27 repeals");
  });

  it("a decision in a description still acts: 'Căn cứ Quyết định số A … về việc bãi bỏ Quyết định số B'", () => {
    const a = analyze(decision("Căn cứ Quyết định số 1205/QĐ-UBND ngày 02/6/2022 của Chủ tịch Ủy ban nhân dân tỉnh về việc bãi bỏ Quyết định số 30/2015/QĐ-UBND ngày 15/9/2015;", "Điều 1. Ban hành quy định."));
    expect(nested(a)).toEqual(["1205/QĐ-UBND@2022~binh-duong repeals 30/2015/QĐ-UBND~binh-duong"]);
  });
});

describe("a preamble item telling of the consultation the document followed ('Sau khi có ý kiến … tại Công văn số …')", () => {
  const pre = (items: string) => decision(`${items}\n`, "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n");
  it.each([
    // The consulted body's letter is named after the ";" that ended the basis: it is no more of that list.
    ["Căn cứ Nghị định số 21/2012/NĐ-CP ngày 05/4/2012 của Chính phủ về quản lý cảng;\nSau khi có ý kiến của Sở Tư pháp tại Công văn số 310/STP-VB ngày 02/3/2020;\nTheo đề nghị của Giám đốc Sở Xây dựng,", ["21 based_on", "310 references"]],
    ["Căn cứ Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ;\nSau khi báo cáo và được sự đồng ý của Thường trực Tỉnh ủy tại Văn bản số 88-CV/TU ngày 14/02/2020;", ["45 based_on", "88 references"]],
    ["Căn cứ Thông tư số 07/2019/TT-BYT ngày 28/3/2019 của Bộ Y tế ;\nĐược sự nhất trí của Thường trực HĐND tỉnh tại Công văn số 27/HĐND-KTNS ngày 11/02/2020 ;", ["07 based_on", "27 references"]],
    // A list that goes on after its ";" still does.
    ["Căn cứ các Nghị định của Chính phủ: số 21/2012/NĐ-CP ngày 05/4/2012; số 58/2017/NĐ-CP ngày 10/5/2017;", ["21 based_on", "58 based_on"]],
  ])("%s", (items, expected) => {
    expect(roles(analyze(pre(items))).filter((r) => !r.startsWith("150 "))).toEqual(expected);
  });
});

describe("a decree or a decision named inside a proposal's clause ('… tại Công văn số A về việc … theo quy định tại Quyết định số B')", () => {
  const pre = (items: string) => decision(`Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n${items}\n`, "Điều 1. Ban hành kèm theo Quyết định này Quy định.\n");
  it.each([
    // What the proposal is about is no proposal: B stays a reference.
    ["Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Công văn số 412/SLĐTBXH-NCC ngày 05/9/2019 về việc nâng mức hỗ trợ hằng tháng cho người hưởng chính sách theo quy định tại Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013,", ["412 proposed_by", "22 references"]],
    ["Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 77/TTr-SYT ngày 12/3/2018 về mức chi hỗ trợ cán bộ y tế thôn bản thực hiện theo Nghị định số 117/2014/NĐ-CP ngày 08/12/2014,", ["77 proposed_by", "117 references"]],
    // The submissions and letters after it go on with the proposal, with their kind word or bare.
    ["Xét đề nghị của Sở Tài chính tại Tờ trình số 31/TTr-STC ngày 02/4/2019 và ý kiến của Sở Tư pháp tại Công văn số 58/STP-XDKTVB ngày 28/3/2019,", ["31 proposed_by", "58 proposed_by"]],
    ["Xét đề nghị của Sở Xây dựng tại Tờ trình số 15/TTr-SXD ngày 10/01/2019 và số 27/SXD-QLN ngày 20/01/2019,", ["15 proposed_by", "27 proposed_by"]],
  ])("%s", (items, expected) => {
    expect(roles(analyze(pre(items))).filter((r) => !r.startsWith("150 "))).toEqual(expected);
  });
});

describe("a proposal's clause joined to 'Xét' said of no document, and a council's list of the papers it considered", () => {
  const pre = (items: string) => decision(`Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n${items}\n`, "Điều 1. Ban hành kèm theo Quyết định này Quy định.\n");
  it.each([
    // "Xét" weighs the situation, no document: the proposal joined to it governs the letter or the submission.
    ["Xét tình hình thực tế ở địa phương và theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 92/TTr-STC ngày 4/6/2019,", ["92 proposed_by"]],
    ["Xét điều kiện thực tế của tỉnh, theo đề nghị của Sở Nội vụ tại Công văn số 15/SNV-TCBC ngày 4/6/2019,", ["15 proposed_by"]],
    ["Xét Tờ trình số 71/TTr-SNV ngày 4/6/2019 của Sở Nội vụ và theo đề nghị của Sở Tư pháp tại Công văn số 16/STP ngày 5/6/2019,", ["71 proposed_by", "16 proposed_by"]],
    // A report described at length (a cue of its own inside), then the submission: the proposal's.
    ["Sau khi xem xét Báo cáo của Ủy ban nhân dân tỉnh về đánh giá tình hình thực hiện kế hoạch đầu tư công trung hạn giai đoạn 2016 - 2020 và Tờ trình số 64/TTr-UBND ngày 2 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu,", ["64 proposed_by"]],
    // A decision in that place proposes nothing: the long stretch stays out of the proposal's reach.
    ["Sau khi xem xét Báo cáo của Ủy ban nhân dân tỉnh về đánh giá tình hình thực hiện kế hoạch đầu tư công trung hạn giai đoạn 2016 - 2020 và Quyết định số 33/2019/QĐ-UBND ngày 2 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách,", ["33 references"]],
  ])("%s", (items, expected) => {
    expect(roles(analyze(pre(items))).filter((r) => !r.startsWith("150 "))).toEqual(expected);
  });
});

describe("the preamble's last clause joined to a basis ('Căn cứ … và theo đề nghị của … tại Công văn số …')", () => {
  const pre = (items: string) => decision(`Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21 tháng 6 năm 1994;\n${items}\n`, "Điều 1. Ban hành kèm theo Quyết định này Quy định.\n");
  it.each([
    // The basis names no document; the proposal governs the letter.
    ["Căn cứ vào yêu cầu quản lý giá trên địa bàn và theo đề nghị của Sở Tài chính - Vật giá tại Công văn số 118/CV-TCVG ngày 14 tháng 3 năm 2001;", ["118 proposed_by"]],
    ["Căn cứ tình hình thực tế của tỉnh, xét đề nghị của Giám đốc Sở Công nghiệp tại Tờ trình số 64/TTr-SCN ngày 02/10/2000,", ["64 proposed_by"]],
    // After a numbered basis, joined by "và": the basis stays one, the proposal is the document's own.
    ["Căn cứ Nghị định số 170/2003/NĐ-CP ngày 25/12/2003 của Chính phủ và theo đề nghị của Sở Tài chính tại Tờ trình số 92/TTr-STC ngày 08/6/2004;", ["170 based_on", "92 proposed_by"]],
  ])("%s", (items, expected) => {
    expect(roles(analyze(pre(items))).filter((r) => !r.startsWith("150 "))).toEqual(expected);
  });
});

describe("a Government Office letter answering the proposal it was sent ('Xét kiến nghị của Bộ … tại …')", () => {
  const letter = (body: string) =>
    `VĂN PHÒNG CHÍNH PHỦ\nSố: 512/VPCP-KTTH\nV/v gia hạn thời gian thực hiện dự án\nHà Nội, ngày 15 tháng 3 năm 2019\nKính gửi: Bộ Giao thông vận tải.\n${body}\nVăn phòng Chính phủ thông báo để Bộ Giao thông vận tải biết, thực hiện./.\n`;
  it.each([
    ["Xét kiến nghị của Bộ Giao thông vận tải tại văn bản số 1893/BGTVT-KHĐT ngày 28 tháng 02 năm 2019 về việc gia hạn thời gian thực hiện dự án, Phó Thủ tướng Chính phủ có ý kiến như sau:\nĐồng ý gia hạn đến hết năm 2020.", ["1893 proposed_by"]],
    ["Xét kiến nghị của Bộ Tài chính tại Tờ trình số 45/TTr-BTC ngày 04 tháng 3 năm 2019 về việc điều chỉnh dự toán theo Nghị định số 163/2016/NĐ-CP, Thủ tướng Chính phủ có ý kiến như sau:\nBộ Tài chính hoàn thiện hồ sơ.", ["45 proposed_by", "163 references"]],
  ])("%s", (body, expected) => {
    expect(roles(analyze(letter(body))).filter((r) => !r.startsWith("512 "))).toEqual(expected);
  });
});

describe("'Xét' a paper named by its kind and its issuer, then 'tại' the letter that carries it", () => {
  const letter = (body: string) =>
    `VĂN PHÒNG CHÍNH PHỦ\nSố: 731/VPCP-CN\nV/v tiến độ dự án đường cao tốc\nHà Nội, ngày 02 tháng 4 năm 2020\nKính gửi: Bộ Giao thông vận tải.\n${body}\nVăn phòng Chính phủ thông báo để Bộ Giao thông vận tải biết, thực hiện./.\n`;
  it.each([
    ["Xét báo cáo của Bộ Giao thông vận tải tại văn bản số 2210/BGTVT-KHĐT ngày 20 tháng 3 năm 2020, Phó Thủ tướng Chính phủ có ý kiến như sau:\nĐồng ý.", ["2210 proposed_by"]],
    ["Xét Báo cáo tổng hợp “Tình hình thực hiện các dự án giao thông trọng điểm” của Tổ công tác tại văn bản số 45/TCT ngày 25 tháng 3 năm 2020, Thủ tướng Chính phủ có ý kiến như sau:\nĐồng ý.", ["45 proposed_by"]],
    // The paper weighed is named by its number first: what "tại" leads to after it is another's.
    ["Xét Tờ trình số 18/TTr-BGTVT ngày 20 tháng 3 năm 2020 của Bộ Giao thông vận tải về việc điều chỉnh dự án tại Quyết định số 1212/QĐ-TTg ngày 10 tháng 8 năm 2018, Thủ tướng Chính phủ có ý kiến như sau:\nĐồng ý.", ["18 proposed_by", "1212 references"]],
  ])("%s", (body, expected) => {
    expect(roles(analyze(letter(body))).filter((r) => !r.startsWith("731 "))).toEqual(expected);
  });
});

describe("a Government Office letter's proposal clause: 'Về đề nghị của … tại công văn số …'", () => {
  const letter = (clause: string) =>
    `VĂN PHÒNG CHÍNH PHỦ\nSố: 3148/VPCP-CN\nHà Nội, ngày 05 tháng 04 năm 2018\nKính gửi: Bộ Giao thông vận tải.\n${clause}, Phó Thủ tướng Trịnh Đình Dũng có ý kiến như sau:\nGiao Bộ Giao thông vận tải xem xét, giải quyết.\n`;
  it.each([
    // 3148/VPCP-CN (2018) and 2582/VPCP-KGVX (2009, the space lost in the copy).
    ["Về đề nghị của Ủy ban nhân dân tỉnh Đồng Tháp tại văn bản số 88/UBND-ĐTXD ngày 23 tháng 3 năm 2018 về việc thống nhất giải phóng mặt bằng"],
    ["Vềđề nghị của Bộ Y tế tại công văn số 2012/BYT-QLD ngày 10 tháng 4 năm 2009 về Kế hoạch tổ chức Hội nghị ngành dược năm 2009"],
  ])("%s: the letter answers the proposal made in it", (clause) => {
    expect(analyze(letter(clause)).citations.slice(1).map((c) => c.role)).toEqual(["proposed_by"]);
  });

  it("'Về đề xuất của … tại văn bản số … tại Báo cáo tình hình triển khai thực hiện Nghị quyết số …' (4361/VPCP-KGVX): the report proposes, what it reports on is its subject", () => {
    const a = analyze(
      letter(
        "Về đề xuất của Bộ Lao động - Thương binh và Xã hội tại văn bản số 72/BC-LĐTBXH ngày 20 tháng 5 năm 2020 tại Báo cáo tình hình triển khai thực hiện Nghị quyết số 42/NQ-CP ngày 09 tháng 4 năm 2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24 tháng 4 năm 2020 của Thủ tướng Chính phủ về các chính sách hỗ trợ người dân gặp khó khăn do đại dịch COVID-19",
      ),
    );
    expect(a.citations.slice(1).map((c) => [c.number, c.role])).toEqual([
      ["72", "proposed_by"],
      ["42", "references"],
      ["15", "references"],
    ]);
  });

  it("'Xét đề nghị của … tại Báo cáo về tình hình thực hiện Chỉ thị … (công văn số …)' (Government Office, 2014): the directive is the report's subject, the letter's number the proposal", () => {
    const a = analyze(
      letter(
        "Xét đề nghị của Bộ Ngoại giao tại Báo cáo về tình hình thực hiện Chỉ thị 1737/CT-TTg về việc tăng cường công tác bảo hộ quyền và lợi ích chính đáng của công dân Việt Nam di cư ra nước ngoài trong tình hình hiện nay (công văn số 864/BNG-LS ngày 21 tháng 3 năm 2014)",
      ),
    );
    expect(a.citations.slice(1).map((c) => [c.number, c.role])).toEqual([
      ["1737", "references"],
      ["864", "proposed_by"],
    ]);
  });

  it("inside a sentence it is no cue: 'có ý kiến về đề nghị của … tại văn bản số …' is a reference", () => {
    const a = analyze(letter("Bộ Tài chính đã có ý kiến về đề nghị của Ủy ban nhân dân tỉnh Đồng Tháp tại văn bản số 88/UBND-ĐTXD ngày 23 tháng 3 năm 2018"));
    expect(a.citations.slice(1).map((c) => c.role)).toEqual(["references"]);
  });
});

describe("a law named without a number is never the paper a proposal is made in", () => {
  it("'Xét đề nghị của Uỷ ban dự thảo sửa đổi, bổ sung một số điều của Hiến pháp năm 1992' (Quốc hội, 2001): the constitution is in the proposer's name, a basis and what is amended", () => {
    const a = analyze(
      "QUỐC HỘI\nSố: 51/2001/QH10\nNGHỊ QUYẾT\nVề việc sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992\nQUỐC HỘI\nNƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCăn cứ vào Điều 84 và Điều 147 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;\nCăn cứ vào Nghị quyết số 43/2001/QH10 ngày 29 tháng 6 năm 2001 của Quốc hội khoá X, kỳ họp thứ 9 về việc thành lập Uỷ ban dự thảo sửa đổi, bổ sung một số điều của Hiến pháp năm 1992;\nXét đề nghị của Uỷ ban dự thảo sửa đổi, bổ sung một số điều của Hiến pháp năm 1992\n\nQUYẾT NGHỊ:\nĐiều 1. Sửa đổi, bổ sung Lời nói đầu và một số điều của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992:",
    );
    expect(a.citations.filter((c) => c.form === "named").map((c) => c.role)).not.toContain("proposed_by");
    expect([...new Set(a.relations.filter((r) => r.from === a.self.id && r.to.startsWith("constitution:") && r.type !== "references").map((r) => r.type))].sort()).toEqual(["amends", "based_on"]);
  });

  it("a judgment's reasoning, 'trên cơ sở xem xét đề nghị của Kiểm sát viên, … quy định tại khoản 1 Điều 51 Bộ luật Hình sự' (TAND TP Lạng Sơn, 2021): the code is the rule weighed, not a proposal", () => {
    const a = analyze(
      "TÒA ÁN NHÂN DÂN\nTHÀNH PHỐ LẠNG SƠN\nBản án số: 19/2021/HS-ST\nNgày: 10 - 3 - 2021\nNHÂN DANH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNHẬN ĐỊNH CỦA TÒA ÁN:\n[8] Từ những nhận định nêu trên, trên cơ sở xem xét đề nghị của Kiểm sát\nviên, Hội đồng xét xử xét thấy bị cáo có nhân thân tốt, có nhiều tình tiết giảm\nnhẹ quy định tại khoản 1 Điều 51 Bộ luật Hình sự, không có tình tiết tăng nặng,\nhiện đang nuôi con nhỏ 14 tháng tuổi, nhất thời phạm tội, có khả năng tự cải tạo.\nVì các lẽ trên,\nQUYẾT ĐỊNH:\nCăn cứ điểm c khoản 1 Điều 47; điểm i, s khoản 1 Điều 51; khoản 1, 2 ,5\nĐiều 65; điểm c khoản 1 Điều 191 Bộ luật Hình sự;",
    );
    expect(a.citations.filter((c) => c.form === "named").map((c) => c.role)).toEqual(["references", "based_on"]);
  });
});

describe("'Theo Tờ trình số …': the submission after 'Theo' is the proposal", () => {
  // The Assembly's 23/2003/QH11 (fixtures/fresh/fresh55i-003) after a Căn cứ item; Tiền Giang's decision (seg33c-001).
  const resolution = (item: string) =>
    `QUỐC HỘI\nSố: 23/2003/QH11\nHà Nội, ngày 26 tháng 11 năm 2003\nNGHỊ QUYẾT VỀ NHÀ ĐẤT\nQUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCăn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001;\n${item}\nQUYẾT NGHỊ\nĐiều 1: Nhà nước không xem xét lại.\n`;
  const typeOf = (a: Analysis, number: string) => a.relations.filter((r) => r.from === a.self.id && String(r.to).startsWith(number)).map((r) => r.type);

  it("reads proposed_by, whatever the submission's ký hiệu", () => {
    expect(typeOf(analyze(resolution("Theo Tờ trình số 1516/CP-CN ngày 05 tháng 11 năm 2003 của Chính phủ, Báo cáo thẩm tra của Uỷ ban pháp luật;")), "1516")).toEqual(["proposed_by"]);
    expect(typeOf(analyze(decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nTheo Tờ trình số 30/TTr-SXD ngày 19/01/2006 của Giám đốc Sở Xây dựng,", "Điều 1. Phê duyệt.")), "30")).toEqual(["proposed_by"]);
  });

  it("reads no proposal in 'Theo' before another kind: 'Theo Quyết định số …' stays the basis it was", () => {
    expect(typeOf(analyze(resolution("Theo Quyết định số 1516/2003/QĐ-TTg ngày 05 tháng 11 năm 2003 của Thủ tướng Chính phủ;")), "1516")).not.toContain("proposed_by");
  });
});

// A proposal's paper named by its kind word and what it records, its number after the description
// (fresh60d-003, Bắc Kạn 2013; fresh54g-005, Ninh Thuận 2010; src/analyze/reach.ts, AT_DESCRIBED_PAPER).
describe("a proposal's paper named by kind word and what it records, then its number", () => {
  const preamble = (proposal: string) => decision(`Căn cứ Luật Xây dựng ngày 26 tháng 11 năm 2003;\n${proposal}`, "Điều 1. Phê duyệt quyết toán dự án hoàn thành.");

  it("\"Theo đề nghị của Sở Tài chính tại Báo cáo kết quả thẩm tra quyết toán công trình hoàn thành số: 90/BC-STC\"", () => {
    const t = preamble("Theo đề nghị của Sở Tài chính tại Báo cáo kết quả thẩm tra quyết toán công trình hoàn thành số: 90/BC-STC ngày 04/10/2013,");
    expect(roleOfNumber(t, "90")).toBe("proposed_by");
  });

  it("\"Theo đề nghị … tại Tờ trình số A …; Báo cáo kết quả thẩm định văn bản số B … của Sở Tư pháp\"", () => {
    const t = preamble(
      "Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 198/TTr-SLĐTBXH ngày 12 tháng 3 năm 2010; Báo cáo kết quả thẩm định văn bản số 1238/BC-STP ngày 29 tháng 12 năm 2009 của Sở Tư pháp,",
    );
    expect(roleOfNumber(t, "198")).toBe("proposed_by");
    expect(roleOfNumber(t, "1238")).toBe("proposed_by");
  });

  it("a paper whose description opens its subject (\"về …\") leads to the subject's document, not its own number", () => {
    const t = preamble("Theo đề nghị của Sở Tài chính tại Báo cáo kết quả thẩm tra về việc thực hiện Quyết định số 15/2012/QĐ-UBND ngày 04/10/2012,");
    expect(roleOfNumber(t, "15")).not.toBe("proposed_by");
  });
});
