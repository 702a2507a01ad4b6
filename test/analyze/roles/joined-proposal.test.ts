/**
 * A proposal joined to the clause in which the document spoke for itself before it (session 31,
 * helper pairs31): "Thực hiện …, theo/xét đề nghị của … tại Tờ trình số Y" and "Theo Quyết định số X
 * … và đề nghị của … tại Tờ trình số Y". Y is the proposal the document answers (proposed_by), not
 * a document it carries out or merely mentions. Real texts: fresh29h-013, fresh30s-017.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { roles } from "../../helpers/roles.js";

const decision = (preamble: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 150/QĐ-UBND\nBình Dương, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành quy định\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n`;
const letter = (body: string) =>
  `VĂN PHÒNG CHÍNH PHỦ\nSố: 3319/VPCP-KGVX\nV/v hướng dẫn thi hành\nHà Nội, ngày 26 tháng 04 năm 2013\nKính gửi: Bộ Lao động - Thương binh và Xã hội\n${body}\n`;

describe("a proposal joined to the document's own carrying out", () => {
  it("after the document carried out: \"Thực hiện Kế hoạch số X …, xét đề nghị của … tại Tờ trình số Y\"", () => {
    const a = analyze(decision("Thực hiện Kế hoạch số 10/KH-UBND ngày 02/3/2020 của UBND tỉnh, xét đề nghị của Sở Tư pháp tại Tờ trình số 25/TTr-STP ngày 04/4/2020,"));
    expect(roles(a)).toEqual(["150 self", "10 implements", "25 proposed_by"]);
  });

  it("after a direction named by no document: \"Thực hiện ý kiến chỉ đạo của …, theo đề nghị của … (tại văn bản số Y)\" (fresh29h-013)", () => {
    const a = analyze(
      letter(
        "Thực hiện ý kiến chỉ đạo của Ủy ban thường vụ Quốc hội, theo đề nghị của Ủy ban về các vấn đề xã hội của Quốc hội (tại văn bản số 1863/UBVĐXH13 ngày 06 tháng 4 năm 2013) về hướng xử lý vướng mắc, Thủ tướng Nguyễn Tấn Dũng có ý kiến như sau:",
      ),
    );
    expect(roles(a)).toContain("1863 proposed_by");
  });

  it("\"Thực hiện Quyết định số X … và đề nghị của … tại Tờ trình số Y, Chủ tịch UBND tỉnh ban hành Kế hoạch\"", () => {
    const a = analyze(
      `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1088/KH-UBND\nQuảng Ngãi, ngày 10 tháng 3 năm 2015\nKẾ HOẠCH\nTriển khai thực hiện Chiến lược\nThực hiện Quyết định số 449/QĐ-TTg ngày 12/3/2013 của Thủ tướng Chính phủ và đề nghị của Sở Tư pháp tại Tờ trình số 25/TTr-STP ngày 04/4/2015, Chủ tịch UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n`,
    );
    expect(roles(a)).toEqual(["1088 self", "449 implements", "25 proposed_by"]);
  });
});

describe("\"và đề nghị của\" without its own \"Theo\"", () => {
  it("joined to a basis: \"Theo Quyết định số X … và đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số Y\" (fresh30s-017)", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\nTheo Quyết định số 1381/QĐ-UBND ngày 14/7/2008 của UBND tỉnh về việc chuyển Trung tâm Lưu trữ về trực thuộc Sở Nội vụ và đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 213/TTr-SNV ngày 31 tháng 3 năm 2009,",
      ),
    );
    expect(roles(a)).toContain("213 proposed_by");
  });

  it("not where another's words are retold: the body's \"… và đề nghị của Sở Y tế tại Tờ trình số Y\" stays a mention", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
      ).replace(
        "Điều 1. Ban hành kèm theo Quyết định này Quy định.",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định.\nĐiều 2. Sở Tài chính tổng hợp báo cáo của các huyện và đề nghị của Sở Y tế tại Tờ trình số 77/TTr-SYT ngày 04/4/2020 để trình UBND tỉnh.",
      ),
    );
    expect(roles(a)).toContain("77 references");
  });
});

describe("a preamble's next clause run into the line of the one before (a copy lost the line break)", () => {
  // full32b-013 (Gia Lai, 2011): "… của Bộ Tài chính Xét đề nghị của Cục Thuế tỉnh Gia Lai tại Tờ trình số
  // 2520/TTr-CT …"; fresh30e-018 (Quyết định of the Prime Minister, 2011, copied onto one line): "… ngày 25
  // tháng 12 năm 2001 Căn cứ Nghị quyết số 03 NQ-CP …".
  it("'… của Bộ Tài chính Xét đề nghị của … tại Tờ trình số Y': the proposal is the document's own", () => {
    const a = analyze(decision("Căn cứ Thông tư số 117/2004/TT-BTC ngày 07/12/2004 của Bộ Tài chính Xét đề nghị của Cục Thuế tỉnh tại Tờ trình số 2520/TTr-CT ngày 12/10/2011,"));
    expect(roles(a)).toEqual(["150 self", "117 based_on", "2520 proposed_by"]);
  });

  it("'… ngày 15/5/2014 của Chính phủ Căn cứ Thông tư số B …': B is the next basis, not one A rests on", () => {
    const a = analyze(decision("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ Căn cứ Thông tư số 02/2013/TT-BTC ngày 08/01/2013 của Bộ Tài chính;"));
    expect(roles(a)).toEqual(["150 self", "43 based_on", "02 based_on"]);
  });

  it("a lower-case 'căn cứ' inside a description stays the described document's", () => {
    const a = analyze(decision("Căn cứ Quyết định số 43/2014/QĐ-UBND ngày 15/5/2014 của UBND tỉnh quy định mức thu căn cứ Thông tư số 02/2013/TT-BTC ngày 08/01/2013 của Bộ Tài chính;"));
    expect(roles(a)).toEqual(["150 self", "43 based_on", "02 references"]);
  });

  it("not a cue in lower case after the basis: \"… của Bộ Tài chính xét đề nghị …\" is left as it was read", () => {
    const a = analyze(
      decision(
        "Căn cứ Thông tư số 117/2004/TT-BTC ngày 07/12/2004 của Bộ Tài chính hướng dẫn thực hiện việc xét đề nghị của các Cục Thuế tại Tờ trình số 2520/TTr-CT ngày 12/10/2011;",
      ),
    );
    expect(roles(a)).not.toContain("2520 proposed_by");
  });
});

describe("\"; đề nghị của\": a proposal listed after \";\" with no word of its own (session 53)", () => {
  const plan = (opening: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 95/KH-UBND\nQuảng Ngãi, ngày 15 tháng 4 năm 2025\nKẾ HOẠCH\nTriển khai sắp xếp đơn vị hành chính\n${opening}\nI. MỤC ĐÍCH, YÊU CẦU\n`;

  it("after what the plan carries out: \"Thực hiện X; Y; đề nghị của Sở Nội vụ tại Công văn số Z; UBND tỉnh ban hành Kế hoạch\" (fresh53a-013)", () => {
    const a = analyze(
      plan(
        "Thực hiện Nghị quyết số 74/NQ-CP ngày 07/4/2025 của Chính phủ ban hành kế hoạch thực hiện sắp xếp đơn vị hành chính; Công văn số 2736-CV/TU ngày 04/4/2025 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị; đề nghị của Sở Nội vụ tại Công văn số 527/SNV-XDCQ ngày 11/4/2025; UBND tỉnh ban hành Kế hoạch triển khai sắp xếp các đơn vị hành chính, cụ thể như sau:",
      ),
    );
    expect(roles(a)).toEqual(["95 self", "74 implements", "2736 implements", "137 references", "527 proposed_by"]);
  });

  it("after a proposal's clause: \"Xét đề nghị của A tại Văn bản số X; đề nghị của B tại Văn bản số Y\" (seg33b-010)", () => {
    const a = analyze(
      decision(
        "Căn cứ Nghị định số 51/2008/NĐ-CP ngày 22/4/2008 của Chính phủ;\nXét đề nghị của Ban quản lý dự án 2 tại Văn bản số 3319/BQLDA2-TCKT ngày 4/11/2009; đề nghị của Cục Y tế Giao thông vận tải tại Văn bản số 668/CYT-KHTC ngày 25/12/2009;",
      ),
    );
    expect(roles(a)).toContain("668 proposed_by");
  });

  it("not inside a sentence: \"theo yêu cầu, đề nghị của …\" after a comma stays as it was", () => {
    const a = analyze(
      plan(
        "Thực hiện Nghị quyết số 74/NQ-CP ngày 07/4/2025 của Chính phủ về sắp xếp theo yêu cầu, đề nghị của Bộ Nội vụ tại Công văn số 1200/BNV-CQĐP ngày 01/4/2025, UBND tỉnh ban hành Kế hoạch như sau:",
      ),
    );
    expect(roles(a)).not.toContain("1200 proposed_by");
  });
});
