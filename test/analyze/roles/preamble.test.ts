/**
 * The role reading (src/analyze/roles/): a preamble's bases and proposals (Căn cứ …; Xét đề nghị …), and
 * their lists.
 * Each way real drafting states a relation (issue 12; DOMAIN.md §4), one sentence shape per test,
 * taken from published documents (the development corpus and the seeds).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";
import { roles } from "../../helpers/roles.js";

const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`);
/** A decision laid out as published: title, preamble, enacting line, articles, signature, recipients. */
const decision = (preamble: string, articles: string, tail = "") =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 150/QĐ-UBND\nBình Dương, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành quy định\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\n${articles}\n${tail}`;

describe("preamble", () => {
  it("a joint submission ('Tờ trình liên ngành số …/TTrLN-…', 'Tờ trình liên Sở') is the proposal it names", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nTheo đề nghị của Giám đốc Sở Tài chính và Giám đốc Sở Xây dựng tại Tờ trình liên ngành số 88/TTrLN-STC-SXD ngày 9/9/2021;",
        "Điều 1. Ban hành kèm theo Quyết định này Bảng đơn giá nhà.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["88 proposed_by"]);
    const b = analyze(decision("Xét Tờ trình liên Sở số 89/TTrLS-SNV-STC ngày 1/10/2021 của Sở Nội vụ và Sở Tài chính;", "Điều 1. Ban hành Quy định về phụ cấp."));
    expect(roles(b).slice(1)).toEqual(["89 proposed_by"]);
  });

  it("a law named with its number is the numbered document, whatever words its name holds ('… của Quốc hội và Hội đồng nhân dân số 87/2015/QH13')", () => {
    const a = analyze("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;\nCăn cứ Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14;\n");
    expect(a.citations.map((c) => `${c.id} ${c.role}`)).toEqual(["87/2015/QH13 based_on", "64/2020/QH14 based_on"]);
  });

  it("an act by documents left unnamed ('các Nghị định sửa đổi …', 'các Luật sửa đổi …') is not the document's before them", () => {
    const a = analyze(
      decision(
        "Căn cứ Nghị định số 52/2005/NĐ-CP ngày 12/4/2005 của Chính phủ hướng dẫn thi hành Pháp lệnh Dân quân tự vệ năm 2004, các Nghị định sửa đổi, bổ sung Nghị định số 52/2005/NĐ-CP và các văn bản hiện hành;\nCăn cứ Nghị định số 90/2009/NĐ-CP ngày 5/10/2009 của Chính phủ quy định chi tiết Luật Thanh tra năm 2004 và các Luật sửa đổi, bổ sung Luật Thanh tra năm 2004;",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về công tác tự vệ.",
      ),
    );
    expect(nested(a)).toEqual(["52/2005/NĐ-CP guides ordinance:dan-quan-tu-ve@2004", "90/2009/NĐ-CP guides law:thanh-tra@2004"]);
    // Written without the comma, the same: the unnamed laws amend, not the decree.
    const b = analyze(decision("Căn cứ Nghị định số 75/2012/NĐ-CP ngày 03/10/2012 của Chính phủ quy định chi tiết một số điều của Luật khiếu nại và các Luật sửa đổi bổ sung một số điều của Luật Khiếu nại, tố cáo;", "Điều 1. Ban hành quy định."));
    expect(nested(b)).toEqual([]);
  });

  it("each head of a Căn cứ list is based_on; a document inside another's description is nested", () => {
    const a = analyze(
      decision(
        "Căn cứ các Nghị định của Chính phủ : số 181/2004/NĐ-CP ngày 29/10/2004 về thi hành Luật Đất đai ; số 44/2008/NĐ-CP ngày 09/4/2008 về sửa đổi , bổ sung một số điều của Nghị định số 198/2004/NĐ-CP ngày 03/12/2004 về thu tiền sử dụng đất ;",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về giao đất.",
      ),
    );
    expect(roles(a)).toEqual(["150 self", "181 based_on", "44 based_on", "198 references"]);
    expect(nested(a)).toEqual(["44/2008/NĐ-CP amends 198/2004/NĐ-CP"]);
  });

  it("a cue is carried over several list introductions that name no document to the items that do", () => {
    const a = analyze(decision("Căn cứ các văn bản sau:\nvề đất đai;\nvà về nhà ở:\nNghị định số 43/2014/NĐ-CP;\nNghị định số 99/2015/NĐ-CP;", "Điều 1. Ban hành quy định."));
    expect(roles(a)).toEqual(["150 self", "43 based_on", "99 based_on"]);
  });

  it("a number in parentheses after a document named in words is that document: the cue reaches it", () => {
    const a = analyze(
      decision(
        "Căn cứ Đề án thành lập các Tổng công ty điện lực hoạt động theo mô hình công ty mẹ - công ty con ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 của Tập đoàn Điện lực Việt Nam ) ;",
        "Điều 1. Thành lập Tổng công ty.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["565 based_on"]);
  });

  it("a new cue opens a new clause in one line: implements, then based_on", () => {
    const a = analyze(
      decision("Thực hiện Chỉ thị số 05/CT-TTg ngày 15/01/2021; Căn cứ Quyết định số 12/QĐ-UBND ngày 02/02/2021; Căn cứ Nghị quyết số 20/NQ-HĐND ngày 03/3/2021;", "Điều 1. Ban hành quy định."),
    );
    expect(roles(a).slice(1)).toEqual(["05 implements", "12 based_on", "20 based_on"]);
  });

  it("every submission and report of a proposal is proposed_by, also when it is a Công văn", () => {
    const a = analyze(
      decision(
        "Xét đề nghị của Sở Tư pháp tại Báo cáo thẩm định số 102/BC-STP ngày 30/12/2009 và đề nghị của Ban Quản lý các khu công nghiệp tại Tờ trình số 70/TTr-BQLKCN ngày 30/12/2009;\n" +
          "Trên cơ sở xem xét Tờ trình số 45/TTr-UBND ngày 12/11/2019; Báo cáo thẩm tra số 57/BC-KTNS ngày 20/11/2019;\n" +
          "Xét đề nghị của Ban Tài chính tại Văn bản số 488/TCQT-NS ngày 18/8/2004 về điều chỉnh dự toán năm 2004 và ý kiến của Sở Tài chính tại Công văn số 6573/TC-HCSN ngày 06/10/2004;",
        "Điều 1. Ban hành quy định.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["102 proposed_by", "70 proposed_by", "45 proposed_by", "57 proposed_by", "488 proposed_by", "6573 proposed_by"]);
  });

  it("what a submission asks to act on ('Xét Tờ trình số X … về việc sửa đổi … Nghị quyết số Y') is its subject, not a proposal", () => {
    const a = analyze(
      decision(
        "Xét Tờ trình số 52/TTr-UBND ngày 10/5/2021 của Ủy ban nhân dân tỉnh về việc sửa đổi khoản 3 Điều 2 Nghị quyết số 14/2019/NQ-HĐND ngày 12/7/2019 của Hội đồng nhân dân tỉnh; Báo cáo thẩm tra số 30/BC-HĐND ngày 20/5/2021 của Ban Pháp chế;\n" +
          "Xét Tờ trình số 61/TTr-UBND ngày 02/6/2021 về việc bãi bỏ Nghị quyết số 08/2017/NQ-HĐND ngày 09/8/2017 và Báo cáo thẩm tra số 33/BC-HĐND ngày 05/6/2021;",
        "Điều 1. Sửa đổi khoản 3 Điều 2 Nghị quyết số 14/2019/NQ-HĐND ngày 12/7/2019 của Hội đồng nhân dân tỉnh.\nĐiều 2. Bãi bỏ Nghị quyết số 08/2017/NQ-HĐND ngày 09/8/2017.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["52 proposed_by", "14 references", "30 proposed_by", "61 proposed_by", "08 references", "33 proposed_by", "14 amends", "08 repeals"]);
    expect(nested(a)).toEqual([]);
  });

  it("'Căn cứ <kind> <its issuer> số …': older drafting names the issuer between the kind word and the number", () => {
    const a = analyze(
      decision(
        "Căn cứ Thông tư liên tịch của Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nội vụ số 15/2008/TTLT-BNN-BNV ngày 10/2/2008 hướng dẫn chức năng của Sở;\n" +
          "Căn cứ Chương trình công tác năm 2020 của Ủy ban nhân dân tỉnh đã được Hội đồng nhân dân tỉnh thông qua tại kỳ họp thứ năm và Kế hoạch số 12/KH-UBND ngày 3/1/2020;",
        "Điều 1. Ban hành quy định.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["15 based_on", "12 references"]);
  });

  it("the enacting formula of a circular guides what it names", () => {
    const a = analyze(
      "Thông tư hướng dẫn thực hiện nghĩa vụ thuế\nCăn cứ Nghị định số 118/2008/NĐ-CP ngày 27/11/2008 của Chính phủ;\n" +
        "Bộ Tài chính hướng dẫn việc thực hiện nghĩa vụ thuế đối với nhà đầu tư Việt Nam đầu tư ra nước ngoài theo quy định tại Nghị định số 78/2006/NĐ-CP ngày 09/8/2006 của Chính phủ ( dưới đây gọi chung là Nghị định số 78/2006/NĐ-CP ) và Nghị định số 121/2007/NĐ-CP ngày 25/7/2007 như sau :\nĐiều 1. Phạm vi điều chỉnh",
    );
    expect(roles(a)).toEqual(["118 based_on", "78 guides", "78 guides", "121 guides"]);
  });

  it("an alias '(gọi tắt là …)' closes a listed document's description; the list goes on past it", () => {
    const a = analyze(
      decision(
        "Thực hiện Kết luận số 12-KL/TW ngày 3/2/2023 của Bộ Chính trị về tiếp tục thực hiện sắp xếp đơn vị hành chính (gọi tắt là Kết luận số 12-KL/TW), Nghị quyết số 45/2023/UBTVQH15 ngày 5/7/2023 của Ủy ban Thường vụ Quốc hội (sau đây viết tắt là Nghị quyết 45); Nghị quyết số 90/NQ-CP ngày 1/8/2023 của Chính phủ;",
        "Điều 1. Ban hành kế hoạch.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["12 implements", "12 implements", "45 implements", "90 implements"]);
    expect(a.citations.find((c) => c.raw === "Nghị quyết 45")?.role).toBe("implements");
  });

  it("an alias opened otherwise ('(sau đây gọi tắt …' without 'là', '( sau đây viết gọn là …') is an alias too: it closes the description, the list goes on", () => {
    // UBND tỉnh Đồng Tháp, Kế hoạch số 42/KH-UBND ngày 23/7/2025 (fresh44a-010), shortened: the first
    // alias has no "là", and the list "Thực hiện A (…), B (…), C (…)" goes on past it.
    const a = analyze(
      "Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân (sau đây gọi tắt Nghị quyết số 68-NQ/TW của Bộ Chính trị), " +
        "Nghị quyết số 198/2025/QH15 của Quốc hội về một số cơ chế, chính sách đặc biệt phát triển kinh tế tư nhân (sau đây gọi tắt là Nghị quyết số 198/2025/QH15 của Quốc hội), " +
        "Nghị quyết số 138/NQ-CP ngày 16/5/2025 của Chính phủ ban hành Kế hoạch hành động, Ủy ban nhân dân tỉnh Đồng Tháp ban hành Kế hoạch triển khai thực hiện, cụ thể như sau:",
    );
    expect(roles(a)).toEqual(["68 implements", "68 implements", "198 implements", "198 implements", "138 implements"]);
    // Bộ Công an's circular on seals (seg33d-011): "viết gọn là" names the decree the enacting line guides.
    const b = analyze(
      "Thông tư quy định chi tiết thi hành Nghị định về con dấu\nCăn cứ Nghị định số 77/2009/NĐ-CP ngày 15/9/2009 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;\n" +
        "Bộ Công an quy định chi tiết thi hành một số điều của Nghị định số 58/2001/NĐ-CP ngày 24/8/2001 về quản lý và sử dụng con dấu ( sau đây viết gọn là Nghị định số 58/2001/NĐ-CP ), như sau:\nĐiều 1. Phạm vi điều chỉnh",
    );
    expect(roles(b)).toEqual(["77 based_on", "58 guides", "58 guides"]);
  });

  it("an alias after a description's own citation names the describing document: it closes that description, the list goes on", () => {
    // Quảng Ngãi, Kế hoạch số 57/KH-UBND ngày 29/4/2020 (fresh27f probe 015), shortened: each member's
    // description carries out 36-NQ/TW, and each member's alias follows that citation.
    const a = analyze(
      "Thực hiện nội dung Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII về Chiến lược phát triển bền vững kinh tế biển Việt Nam (viết tắt là Nghị quyết số 36-NQ/TW), " +
        "Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ ban hành Kế hoạch tổng thể và kế hoạch 5 năm của Chính phủ thực hiện Nghị quyết số 36-NQ/TW (viết tắt là Nghị quyết số 26/NQ-CP của Chính phủ) " +
        "và Kế hoạch số 187-KH/TU ngày 24/4/2019 của Tỉnh ủy thực hiện Nghị quyết số 36-NQ/TW (viết tắt là Kế hoạch số 187-KH/TU của Tỉnh ủy), UBND tỉnh ban hành kế hoạch thực hiện giai đoạn 2021-2025 như sau:",
    );
    expect(roles(a)).toEqual(["36 implements", "36 implements", "26 implements", "36 references", "26 implements", "187 implements", "36 references", "187 implements"]);
    expect(nested(a)).toEqual(expect.arrayContaining([expect.stringMatching(/^26\/NQ-CP.* implements 36-NQ\/TW/u), expect.stringMatching(/^187-KH\/TU.* implements 36-NQ\/TW/u)]));
  });

  it("an alias of another kind, named in the description before it, is what that description names: not the document's basis", () => {
    // Invented: a decision approving a scheme, the scheme's short name in the alias; the list goes on after it.
    const a = analyze(
      decision(
        "Căn cứ Quyết định số 214/QĐ-TTg ngày 10/02/2023 của Thủ tướng Chính phủ phê duyệt Đề án chuyển đổi số trong quản lý đất đai (gọi tắt là Đề án 214/CP), Nghị định số 47/2024/NĐ-CP ngày 9/5/2024 của Chính phủ;",
        "Điều 1. Ban hành kế hoạch.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["214 based_on", "214 references", "47 based_on"]);
    // The same kind in the alias, or another kind no word of which the description holds: the same document.
    const b = analyze(
      decision(
        "Căn cứ Thông tư liên tịch số 20/2016/TTLT-BYT-BTC ngày 30/6/2016 của Bộ Y tế, Bộ Tài chính quy định khám sức khỏe (sau đây gọi tắt là Thông tư 20/2016/TTLT-BYT-BTC);",
        "Điều 1. Ban hành kế hoạch.",
      ),
    );
    expect(roles(b).slice(1)).toEqual(["20 based_on", "20 based_on"]);
  });

  it("a law's short name for the numbered law just cited ('… số 143/2025/QH15 (sau đây gọi là Luật Đầu tư)') is that law again: no relation of its own", () => {
    // Nghị quyết 66.17/2026/NQ-CP (fresh47a-003) and Nghị định 172/2026/NĐ-CP (fresh47a-010), shortened: the
    // numbered mention holds the basis or the guidance; the name in brackets is a reference.
    const a = analyze(
      decision(
        "Căn cứ Luật Đầu tư số 143/2025/QH15 (sau đây gọi là Luật Đầu tư);\nCăn cứ Nghị định số 47/2024/NĐ-CP ngày 9/5/2024 của Chính phủ;",
        "Điều 1. Ban hành kế hoạch.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["143 based_on", "47 based_on"]);
    expect(a.citations.filter((c) => c.form === "named").map((c) => c.role)).toEqual(["references"]);
    const b = analyze(
      "CHÍNH PHỦ\nSố: 172/2026/NĐ-CP\nHà Nội, ngày 15 tháng 5 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết chi phí thực hiện công tác dẫn độ\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị định.\nĐiều 1. Phạm vi điều chỉnh\n" +
        "Nghị định này quy định chi tiết Điều 11 của Luật Dẫn độ số 100/2025/QH15 (sau đây gọi là Luật Dẫn độ).",
    );
    expect(roles(b).slice(1)).toEqual(["63 based_on", "100 guides"]);
    expect(b.citations.filter((c) => c.form === "named").map((c) => c.role)).toEqual(["references"]);
    // A numbered alias of the same document keeps the relation, as before.
    const c = analyze(decision("Căn cứ Thông tư liên tịch số 20/2016/TTLT-BYT-BTC ngày 30/6/2016 (sau đây gọi tắt là Thông tư 20/2016/TTLT-BYT-BTC);", "Điều 1. Ban hành kế hoạch."));
    expect(roles(c).slice(1)).toEqual(["20 based_on", "20 based_on"]);
  });

  it("a council's 'Qua xem xét Báo cáo … ; Báo cáo thẩm tra …' is its proposal", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n" +
          "Qua xem xét Báo cáo số 210/BC-UBND ngày 25/11/2022 của Ủy ban nhân dân tỉnh về tình hình thu chi ngân sách; Báo cáo thẩm tra số 58/BC-HĐND ngày 02/12/2022 của Ban Kinh tế - Ngân sách và ý kiến của đại biểu,",
        "Điều 1. Thông qua dự toán.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["210 proposed_by", "58 proposed_by"]);
  });

  it("the enacting formula after a proposal closed by a comma states what the document does", () => {
    const a = analyze(
      "BỘ NỘI VỤ\nSố: 07/2019/TT-BNV\nHà Nội, ngày 1 tháng 6 năm 2019\nTHÔNG TƯ\nQuy định chi tiết chế độ báo cáo\n" +
        "Căn cứ Nghị định số 34/2017/NĐ-CP ngày 3 tháng 4 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Nội vụ;\n" +
        "Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ,\n" +
        "Bộ trưởng Bộ Nội vụ ban hành Thông tư quy định chi tiết một số điều của Nghị định số 09/2019/NĐ-CP ngày 24 tháng 1 năm 2019 của Chính phủ.\n" +
        "Điều 1. Phạm vi điều chỉnh",
    );
    expect(roles(a).slice(1)).toEqual(["34 based_on", "09 guides"]);
  });

  it("'hướng dẫn <a long activity> thực hiện Quyết định số X' guides X, the reach running from 'thực hiện'", () => {
    const a = analyze(
      "BỘ TÀI CHÍNH\nSố: 45/2006/TT-BTC\nHà Nội, ngày 5 tháng 6 năm 2006\nTHÔNG TƯ\nHướng dẫn cấp phát kinh phí\n" +
        "Căn cứ Nghị định số 77/2003/NĐ-CP ngày 01/7/2003 của Chính phủ;\n" +
        "Bộ Tài chính hướng dẫn việc lập, phân bổ, chấp hành và quyết toán kinh phí hỗ trợ nhà ở cho hộ nghèo ở các xã đặc biệt khó khăn thực hiện Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ như sau:\n" +
        "Điều 1. Phạm vi",
    );
    expect(roles(a).slice(1)).toEqual(["77 based_on", "167 guides"]);
  });

  it("'một số điều của' before the document is no pinpoint: its 'của' links a long filler", () => {
    const a = analyze(
      "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 21/KH-UBND\nBến Tre, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\n" +
        "Triển khai công tác theo dõi, kiểm tra, đôn đốc và đánh giá tình hình thi hành một số điều của Nghị định số 118/2021/NĐ-CP ngày 23 tháng 12 năm 2021 của Chính phủ\nI. MỤC ĐÍCH",
    );
    expect(roles(a).slice(1)).toEqual(["118 implements"]);
  });

  it("'Ban hành kèm theo Quyết định này Hướng dẫn thực hiện Thông tư số X': the attached text is the decision's own, and guides X", () => {
    const a = analyze(decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn thực hiện Thông tư số 22/2019/TT-BYT ngày 28/8/2019 của Bộ Y tế.\nĐiều 2. Ban hành kèm theo Quyết định này Kế hoạch triển khai Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ."));
    expect(roles(a).slice(1)).toEqual(["22 guides", "16 implements"]);
  });

  it("'kèm' written for 'kèm theo': 'Quy định ban hành kèm Quyết định số X' is X's, 'Ban hành kèm Quyết định này' the decision's own", () => {
    const a = analyze(
      decision(
        "Căn cứ Quyết định số 14/2018/QĐ-UBND ngày 02/5/2018 của UBND tỉnh ban hành Quy chế quản lý cụm công nghiệp;",
        "Điều 1. Sửa đổi Điều 5 của Quy chế ban hành kèm Quyết định số 14/2018/QĐ-UBND ngày 02/5/2018 của UBND tỉnh.\nĐiều 2. Ban hành kèm Quyết định này Kế hoạch triển khai Nghị định số 66/2020/NĐ-CP ngày 11/6/2020 của Chính phủ.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["14 based_on", "14 amends", "66 implements"]);
  });

  it("a cited document's description wrapped onto a line that opens with its title's cue ('… ngày 06/01/2003 ⏎Hướng dẫn thực hiện …') goes on with it", () => {
    const preamble = (br: string) =>
      `Căn cứ Thông tư liên tịch số 01/2003/TTLT-BKH-BTC ngày 06/01/2003${br}Hướng dẫn thực hiện Quyết định số 42/2002/QĐ-TTg ngày 19/3/2002 của Thủ tướng Chính phủ;\nCăn cứ Nghị định số 60/2003/NĐ-CP ngày 6/6/2003\nQuy định chi tiết thi hành Luật Ngân sách nhà nước;`;
    for (const br of [" ", "\n"]) {
      const a = analyze(decision(preamble(br), "Điều 1. Ban hành quy định."));
      expect(roles(a).slice(1), JSON.stringify(br)).toEqual(["01 based_on", "42 references", "60 based_on"]);
      expect(nested(a)).toEqual(["01/2003/TTLT-BKH-BTC guides 42/2002/QĐ-TTg", "60/2003/NĐ-CP guides law:ngan-sach-nha-nuoc@?"]);
    }
    // A preamble's own opener on the next line ends the item, ";" or not.
    const b = analyze(decision("Căn cứ Nghị định số 60/2003/NĐ-CP ngày 6/6/2003\nCăn cứ Thông tư số 59/2003/TT-BTC ngày 23/6/2003;", "Điều 1. Ban hành quy định."));
    expect(roles(b).slice(1)).toEqual(["60 based_on", "59 based_on"]);
  });

  it("an older drafting's issuer between the kind word and 'số' keeps them one document, the number typed against 'số' too", () => {
    for (const so of ["số ", "số"]) {
      const a = analyze(decision(`Căn cứ Thông tư liên tịch Bộ Kế hoạch và Đầu tư và Bộ Tài chính ${so}01/2003/TTLT-BKH-BTC ngày 06/01/2003;`, "Điều 1. Ban hành quy định."));
      expect(roles(a).slice(1), so).toEqual(["01 based_on"]);
    }
  });

  it("a list member naming its kind and issuer before 'số:' ('; các Quyết định của Thủ tướng Chính phủ số: A …; B …') goes on with the list", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Trẻ em ngày 05/4/2016; các Quyết định của Thủ tướng Chính phủ số: 1437/QĐ-TTg ngày 29/10/2021 phê duyệt Chương trình phòng ngừa tai nạn; 23/2021/QĐ-TTg ngày 2/7/2021 quy định về hỗ trợ trẻ em;",
        "Điều 1. Ban hành quy định.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["1437 based_on", "23 based_on"]);
  });

  it("a kind's initials before 'số' open the citation as its word does: a list's second item after 'và', a cue before it", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Bảo vệ môi trường ngày 29/11/2005; NĐ số 80/2006/NĐ-CP ngày 09/8/2006 và NĐ số 21/2007/NĐ-CP ngày 28/02/2007 của Chính phủ;",
        "Điều 1. Ban hành quy định.\nĐiều 2. Quyết định này thay thế QĐ số 33/2016/QĐ-UBND ngày 2/6/2016 của UBND tỉnh.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["80 based_on", "21 based_on", "33 replaces"]);
  });

  it("'Căn cứ Hiến pháp … đã được sửa đổi, bổ sung … theo Nghị quyết số B': the document rests on the Constitution and on B, which amends it", () => {
    const a = analyze(
      decision(
        "Căn cứ Hiến pháp năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội;\n" +
          "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam được sửa đổi, bổ sung bởi Nghị quyết số 203/2025/QH15;\n" +
          "Căn cứ Hiến pháp năm 1992 ( đã được sửa đổi , bổ sung năm 2001 theo Nghị quyết số 51/2001/QH10 ) ;\n",
        "Điều 1. Ban hành quy định.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["51 based_on", "203 based_on", "51 based_on"]);
    expect(a.citations.filter((c) => c.kind === "constitution").map((c) => c.role)).toEqual(["based_on", "based_on", "based_on"]);
    expect(new Set(nested(a))).toEqual(new Set(["51/2001/QH10 amends constitution:hien-phap@1992", "203/2025/QH15 amends constitution:hien-phap@1992"]));
  });

  it("'A được sửa đổi, bổ sung bởi B': B amends A (not A amends B), and the document rests on both", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Xây dựng số 50/2014/QH13 được sửa đổi, bổ sung một số điều theo Luật số 62/2020/QH14 và Luật số 03/2022/QH15;\n" +
          "Căn cứ Nghị định số 06/2021/NĐ-CP ngày 26 tháng 01 năm 2021 của Chính phủ quy định chi tiết một số nội dung của Luật Xây dựng, đã được sửa đổi, bổ sung tại Nghị định số 35/2023/NĐ-CP ngày 20 tháng 6 năm 2023 của Chính phủ;\n",
        "Điều 1. Ban hành quy định.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["50 based_on", "62 based_on", "03 based_on", "06 based_on", "35 based_on"]);
    // A decree amends the decree, never the law it details.
    expect(nested(a).filter((r) => !r.includes(" guides "))).toEqual([
      "62/2020/QH14 amends 50/2014/QH13", "03/2022/QH15 amends 50/2014/QH13", "35/2023/NĐ-CP amends 06/2021/NĐ-CP",
    ]);
  });

  it("a ';' between a Căn cứ item and its amender ('Căn cứ Luật A …; được sửa đổi, bổ sung bởi Luật số B;'): the document rests on B as without it", () => {
    // Hà Nội's council resolution of 2026 (pairs59-001) and Bộ NN&MT's 04/2026/TT-BNNMT (fresh58f-002).
    const a = analyze(
      decision(
        "Căn cứ Luật Ngân sách nhà nước số 89/2015/QH15;\n" +
          "Căn cứ Luật Công an nhân dân số 37/2018/QH14; được sửa đổi, bổ sung bởi Luật số 21/2023/QH15;\n" +
          "Căn cứ Luật Địa chất và khoáng sản ngày 29 tháng 11 năm 2024; được sửa đổi, bổ sung một số điều theo Luật số 147/2025/QH15;\n" +
          "Căn cứ Nghị định số 06/2021/NĐ-CP ngày 26 tháng 01 năm 2021 của Chính phủ; đã được sửa đổi, bổ sung tại Nghị định số 35/2023/NĐ-CP;\n",
        "Điều 1. Ban hành quy định.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["89 based_on", "37 based_on", "21 based_on", "147 based_on", "06 based_on", "35 based_on"]);
  });

  it("an amender after a ';' that ends no basis ('Luật A …; được sửa đổi, bổ sung bởi Luật số B' opening a consolidated text, 'Thực hiện X; …') is not the document's basis", () => {
    const a = analyze(
      "LUẬT\nBẢO HIỂM XÃ HỘI\n\nLuật Bảo hiểm xã hội số 58/2014/QH13 ngày 20 tháng 11 năm 2014 của Quốc hội; được sửa đổi, bổ sung bởi Luật số 74/2025/QH15;\nVăn phòng Quốc hội xác thực văn bản hợp nhất Luật Bảo hiểm xã hội.",
    );
    expect(roles(a).map((r) => r.split(" ")[1]).filter((r) => r === "based_on")).toEqual([]);
    const b = analyze(decision("Thực hiện Quyết định số 12/QĐ-UBND ngày 01/02/2020 của UBND tỉnh; được sửa đổi, bổ sung bởi Quyết định số 15/QĐ-UBND;", "Điều 1. Ban hành quy định."));
    expect(roles(b).slice(1).filter((r) => r.startsWith("15 "))).not.toEqual(["15 based_on"]);
  });

  it("a cue inside one document's description that reaches nothing does not break the list: 'Thực hiện A về … thực hiện … và B'", () => {
    const a = analyze(
      decision(
        "Thực hiện Chỉ thị số 08/CT-TTg ngày 10/3/2022 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện các biện pháp bảo đảm trật tự an toàn giao thông trên các tuyến quốc lộ và Kế hoạch số 41/KH-UBND ngày 25/3/2022 của Ủy ban nhân dân tỉnh;",
        "Điều 1. Ban hành quy định.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["08 implements", "41 implements"]);
    expect(nested(a)).toEqual([]);
  });

  it("a ';' inside one document's subject does not break the list: 'Thực hiện A về X; Y; Z và B'", () => {
    const a = analyze(
      decision(
        "Thực hiện Công văn số 512/BVHTTDL-GĐ ngày 2/3/2022 của Bộ Văn hóa, Thể thao và Du lịch về công tác gia đình; phòng, chống bạo lực gia đình; xây dựng gia đình văn hóa năm 2022 và Kế hoạch số 41/KH-UBND ngày 25/3/2022 của Ủy ban nhân dân tỉnh, Sở ban hành hướng dẫn như sau:",
        "Điều 1. Ban hành quy định.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["512 implements", "41 implements"]);
  });

  it("a review's noun before a cue in a cited document's description ('báo cáo kết quả thực hiện') is no nested relation; 'về việc' still is", () => {
    const a = analyze(
      decision(
        "Thực hiện Công văn số 2207/SNV-CCHC ngày 05/10/2022 của Sở Nội vụ về việc báo cáo sơ kết 02 năm thực hiện Chỉ thị số 23/CT-TTg ngày 02/9/2020 của Thủ tướng Chính phủ;\n" +
          "Căn cứ Quyết định số 31/2021/QĐ-UBND ngày 10/8/2021 của UBND tỉnh về việc sửa đổi Quyết định số 12/2019/QĐ-UBND ngày 03/4/2019 của UBND tỉnh;",
        "Điều 1. Ban hành quy định.",
      ),
    );
    expect(nested(a)).toEqual(["31/2021/QĐ-UBND~binh-duong amends 12/2019/QĐ-UBND~binh-duong"]);
  });

  it("cue, then words, then the document", () => {
    const a = analyze(decision("Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số 2600/TTg-KTTH ngày 30/12/2009;", "Điều 1. Giao nhiệm vụ."));
    expect(roles(a)[1]).toBe("2600 implements");
  });
});

describe("a preamble whose items lack their ';'", () => {
  const grounds = [
    "Căn cứ Luật Quản lý thuế ngày 29 tháng 11 năm 2006",
    "Căn cứ Nghị định số 118/2008/NĐ-CP ngày 27 tháng 11 năm 2008 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính",
  ];
  const circular = (lines: string[]) =>
    `BỘ TÀI CHÍNH\nSố: 04/2010/TT-BTC\nHà Nội, ngày 6 tháng 1 năm 2010\nTHÔNG TƯ\nHướng dẫn nghĩa vụ thuế\n${lines.join("\n")}\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định về nghĩa vụ thuế.`;

  it("the issuer's enacting formula on its own line acts for the document", () => {
    const a = analyze(circular([...grounds, "Bộ Tài chính hướng dẫn việc thực hiện nghĩa vụ thuế theo quy định tại Nghị định số 78/2006/NĐ-CP ngày 09/8/2006 của Chính phủ như sau:"]));
    expect(roles(a).slice(1)).toEqual(["118 based_on", "78 guides"]);
    expect(nested(a)).toEqual([]);
  });

  it("a ground on its own line, 'Theo …', is the document's", () => {
    const a = analyze(circular([...grounds, "Theo báo cáo cuộc họp ngày 11/5/2009 và xét đề nghị của Vụ trưởng Vụ Chính sách thuế tại Tờ trình số 213/TTr-CST ngày 03/6/2009,"]));
    expect(roles(a).slice(1)).toEqual(["118 based_on", "213 proposed_by"]);
  });

});

describe("a preamble's items printed with their first letters lost", () => {
  it("'n cứ' opening an item, a copy's 'Căn cứ' that lost its first letters, is the item's basis (fresh30m-030, fresh66a-009)", () => {
    // UBND Hưng Yên's 1124/QĐ-UBND as hethongphapluat.com prints it: every item so, the issuer's line before the first.
    const a = analyze(
      decision(
        "n cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n\nn cứ các Nghị quyết của Chính phủ: Số 19/NQ-CP ngày 18/3/2014; số 19/NQ-CP ngày 12/3/2015 về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh;\n\nXét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại văn bản số 671/SKHĐT-KTĐN ngày 31/5/2016,",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
      ),
    );
    expect(a.citations.filter((c) => c.role !== "self").map((c) => `${c.id} ${c.role}`)).toEqual([
      "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003 based_on",
      "19/NQ-CP@2014 based_on",
      "19/NQ-CP@2015 based_on",
      "671/SKHĐT-KTĐN@2016~binh-duong proposed_by",
    ]);
    // UBND Bến Tre's 2895/QĐ-UBND: the first item alone so, the next written whole.
    const b = analyze(decision("n cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ;", "Điều 1. Công bố thủ tục."));
    expect(b.citations.filter((c) => c.role !== "self").map((c) => `${c.id} ${c.role}`)).toEqual(["law:to-chuc-chinh-quyen-dia-phuong@2015 based_on", "63/2010/NĐ-CP based_on"]);
    // Inside a sentence "n cứ" is no cue: the law stays a mention.
    const c = analyze(decision("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ;", "Điều 1. Với hệ số n cứ theo Luật Đất đai năm 2013 mà tính."));
    expect(c.citations.filter((x) => x.role !== "self").map((x) => `${x.id} ${x.role}`)).toEqual(["63/2010/NĐ-CP based_on", "law:dat-dai@2013 references"]);
  });
});
