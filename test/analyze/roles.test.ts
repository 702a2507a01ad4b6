/**
 * Each way real drafting states a relation (issue 12; DOMAIN.md §4), one sentence shape per test,
 * taken from published documents (the development corpus and the seeds).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/types.js";
import { cpuRatio } from "../helpers/linear.js";
import { CUES } from "../../src/vocab/cues.js";

/** Numbered citations' roles; laws named without a number have their own test. */
const roles = (a: Analysis) => a.citations.filter((c) => c.form === "full").map((c) => `${c.number} ${c.role}`);
const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`);
/** A decision laid out as published: title, preamble, enacting line, articles, signature, recipients. */
const decision = (preamble: string, articles: string, tail = "") =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 150/QĐ-UBND\nBình Dương, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành quy định\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\n${articles}\n${tail}`;

describe("subject line (listings publish only this, lower-cased)", () => {
  it.each([
    ["thực hiện quyết định số 362/qđ-ttg của thủ tướng chính phủ", "362 implements"],
    ["triển khai thực hiện nghị định số 81/2019/nđ-cp ngày 11/11/2019 của chính phủ", "81 implements"],
    ["v/v tiếp tục thực hiện kế hoạch số 2844/kh-ubnd ngày 25/8/2014 của ubnd tỉnh", "2844 implements"],
    ["ban hành kế hoạch hành động thực hiện nghị quyết số 17/nq-cp về chính phủ điện tử", "17 implements"],
    ["thực hiện chỉ đạo của tỉnh ủy tại thông báo số 143-tb/tu ngày 05/6/2021", "143 implements"],
    ["về việc điều chỉnh, bổ sung một số nội dung tại quyết định số 3783/qđ-ubnd ngày 30/12/2016", "3783 amends"],
    ["điều chỉnh hình thức sử dụng đất tại khoản 1 điều 1 quyết định số 3822/qđ-ubnd ngày 28/12/2018", "3822 amends"],
    ["bổ sung danh mục dự án, công trình chuyển mục đích sử dụng đất tại quyết định số 3824/qđ-ubnd", "3824 amends"],
    ["thu hồi quyết định số 346/qđ-ubnd ngày 06/02/2020 của ubnd tỉnh", "346 repeals"],
    ["hủy quyết định số 512/qđ-ubnd ngày 03/4/2021 của chủ tịch ubnd tỉnh", "512 repeals"],
    ["chấm dứt hiệu lực quyết định số 640/qđ-ubnd ngày 15/5/2019 của ubnd tỉnh", "640 repeals"],
    ["về việc bãi bỏ quyết định số 2125/qđ-ubnd ngày 18/8/2015 của ủy ban nhân dân tỉnh", "2125 repeals"],
    ["đính chính quyết định số 119/qđ-ubnd ngày 22/02/2020 của ubnd tỉnh", "119 corrects"],
    ["Thông tư hướng dẫn thi hành Nghị định số 38/2006/NĐ-CP", "38 guides"],
    ["thực hiện kiểm kê đất đai năm 2014 theo chỉ thị số 21/ct-ttg ngày 01/8/2014", "21 implements"],
    // Two verbs of one act, joined: the first one's short reach runs from the second.
    ["v/v thu hồi, hủy bỏ quyết định số 512/qđ-ubnd ngày 03/4/2019 của ubnd huyện", "512 repeals"],
    ["Thu hồi và bãi bỏ Quyết định số 77/QĐ-UBND ngày 10/01/2020", "77 repeals"],
  ])("%s", (line, expected) => {
    expect(roles(analyze(line))[0]).toBe(expected);
  });

  it("a subject line in capitals joins its list with VÀ as with và", () => {
    expect(roles(analyze("V/V THỰC HIỆN NGHỊ QUYẾT SỐ 92/NQ-CP VÀ CHỈ THỊ SỐ 14/CT-TTG"))).toEqual(["92 implements", "14 implements"]);
  });

  it.each([
    // The verb is a noun's: a review, a rectification, a time.
    "chấn chỉnh việc thực hiện giãn cách theo chỉ thị 16/ct-ttg ngày 31/3/2020 tại các khu phong tỏa.",
    "hội nghị sơ kết thực hiện quyết định số 08/qđ-ttg của thủ tướng chính phủ",
    "vận chuyển hàng hóa trong thời gian thực hiện giãn cách xã hội theo chỉ thị số 16/ct-ttg",
    // "thu hồi đất" recovers land; a long object before "theo" is the manner, not the purpose.
    "thu hồi đất xây dựng cơ sở y tế và đất giáo dục, đào tạo tại quyết định số 1163/qđ-ubnd ngày 07/5/2018",
    "tổ chức xét tuyển công chức năm 2020 theo chính sách thu hút sinh viên tốt nghiệp xuất sắc theo nghị định số 140/2017/nđ-cp",
    // A letter commenting on a draft: the draft would amend, guide or replace; the letter does not.
    "v/v góp ý dự thảo thông tư sửa đổi, bổ sung một số điều của thông tư số 28/2019/tt-bgtvt",
    "V/v tham gia ý kiến vào Dự thảo Nghị định quy định chi tiết thi hành Nghị định số 91/2019/NĐ-CP",
    "lấy ý kiến dự thảo quyết định thay thế quyết định số 4027/qđ-ubnd ngày 14/12/2018",
    // Halting, ending or extending the carrying out of a document does not carry it out.
    "tạm dừng thực hiện quyết định số 417/qđ-ubnd ngày 09/4/2019 của ubnd tỉnh",
    "v/v ngừng thực hiện chỉ thị số 08/ct-ubnd ngày 02/3/2020",
    "gia hạn tiến độ thực hiện dự án khu tái định cư tại quyết định số 2231/qđ-ubnd ngày 14/8/2018",
    // Oversight of a document's carrying out is no carrying out.
    "kế hoạch kiểm tra thực hiện chỉ thị số 26/ct-ttg năm 2021",
    "giám sát thực hiện nghị quyết số 14/2019/nq-hđnd ngày 11/12/2019 của hđnd tỉnh",
    "v/v chấn chỉnh thực hiện công điện số 05/cđ-ubnd",
    // The act is on the plan named by its kind alone; the plan, not the document, carries the other out.
    "điều chỉnh kế hoạch triển khai thực hiện quyết định số 1560/qđ-ttg của thủ tướng chính phủ",
    "sửa đổi, bổ sung kế hoạch hành động thực hiện nghị quyết số 41/nq-cp ngày 09/4/2021",
    "bãi bỏ chương trình thực hiện chỉ thị số 12/ct-ttg ngày 25/4/2019",
    // The plan named by its kind and its owner ("của Chính phủ", "của UBND tỉnh X") before the cue.
    "sửa đổi, bổ sung nhiệm vụ trong chương trình hành động của chính phủ thực hiện nghị quyết số 18-nq/tw ngày 25/10/2017",
    "bãi bỏ kế hoạch của ủy ban nhân dân tỉnh kon tum triển khai chỉ thị số 09/ct-ttg ngày 10/3/2022",
    "điều chỉnh kế hoạch hành động của sở tài chính thực hiện quyết định số 1250/qđ-ttg ngày 21/10/2021",
  ])("no relation: %s", (line) => {
    expect(analyze(line).citations.map((c) => c.role)).toEqual(["references"]);
  });

  it.each([
    // The plan is promulgated by a decision: the act on the plan reaches that decision.
    ["điều chỉnh kế hoạch thực hiện nghị quyết số 41/nq-cp ban hành kèm theo quyết định số 905/qđ-ubnd ngày 12/5/2021", ["41 references", "905 amends"]],
    // The plan's object is work, not a document: the act still reaches the decision after "tại".
    ["điều chỉnh kế hoạch thực hiện dự án khu dân cư an bình tại quyết định số 733/qđ-ubnd ngày 03/3/2020", ["733 amends"]],
    // An owner named between the plan's kind and the cue leaves the act on the plan and what issued it.
    ["sửa đổi kế hoạch của ubnd huyện thực hiện chỉ thị số 22/ct-ttg ban hành kèm theo quyết định số 418/qđ-ubnd ngày 02/4/2021", ["22 references", "418 amends"]],
  ])("an act on a plan named by its kind: %s", (line, expected) => {
    expect(roles(analyze(line))).toEqual(expected);
  });

  it.each([
    // A subject line's second verb after "và" or "," right after a document's mention is its own, not that document's.
    ["thực hiện công điện số 970/cđ-ttg và triển khai nghị quyết số 105/nq-cp ngày 09/9/2021", ["970 implements", "105 implements"], []],
    ["ban hành quy chế phối hợp thực hiện nghị định số 30/2020/nđ-cp, thay thế quyết định số 881/qđ-ubnd ngày 02/4/2018", ["30 implements", "881 replaces"], []],
    ["ban hành kế hoạch thực hiện quyết định số 1719/qđ-ttg và bãi bỏ kế hoạch số 3302/kh-ubnd ngày 15/7/2020", ["1719 implements", "3302 repeals"], []],
  ])("two verbs of a subject line: %s", (line, expected, relations) => {
    const a = analyze(line);
    expect(roles(a)).toEqual(expected);
    expect(nested(a)).toEqual(relations);
  });

  it("a document dated after the one before it cannot be in its description", () => {
    const a = analyze(
      "thực hiện nghị quyết số 82/nq-cp ngày 06/12/2012 của chính phủ về chương trình hành động thực hiện kết luận số 21-kl/tw ngày 25/5/2012 và kế hoạch 45-kh/tu ngày 8/11/2013 của ban thường vụ tỉnh ủy",
    );
    expect(roles(a)).toEqual(["82 implements", "21 references", "45 implements"]);
    expect(nested(a)).toEqual(["82/NQ-CP@2012 implements 21-KL/TW@2012"]);
  });
});

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

describe("a plan's section of bases", () => {
  const plan = (body: string) =>
    `ỦY BAN NHÂN DÂN\nHUYỆN A\nSố: 12/KH-UBND\nA, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\nTriển khai công tác cải cách hành chính năm 2022\n${body}`;

  it("a heading that is a cue ('I. CĂN CỨ XÂY DỰNG KẾ HOẠCH') governs the items listed under it, and no further", () => {
    const a = analyze(
      plan(
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n- Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ\n- Quyết định số 1234/QĐ-UBND ngày 20/12/2021 của UBND tỉnh.\nII. MỤC ĐÍCH, YÊU CẦU\n- Bám sát Công văn số 45/UBND-VP ngày 2/2/2022 của UBND huyện.\n",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["76 based_on", "1234 based_on", "45 references"]);
  });

  it("numbered items ('1. Nghị quyết số ….') are items: the number's stop is no full stop; a number alone on its line still is", () => {
    const a = analyze(
      plan(
        "I. CĂN CỨ PHÁP LÝ\n1. Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.\n2. Quyết định số 1234/QĐ-UBND ngày 20/12/2021 của UBND tỉnh.\nII. MỤC ĐÍCH\n",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["76 based_on", "1234 based_on"]);
    const b = analyze(plan("Căn cứ:\n 1.\nCác nhà đầu tư thực hiện theo quy định tại Nghị định số 108/2006/NĐ-CP ngày 22/9/2006.\n"));
    expect(roles(b).slice(1)).toEqual(["108 references"]);
  });

  it("a word segmenter's marks ('I . CĂN CỨ', '1 . Nghị quyết …', 'a ) …') are a heading's and items' marks", () => {
    const a = analyze(
      `ỦY BAN NHÂN DÂN\nHUYỆN A\nSố : 12/KH-UBND\nA , ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\nTRIỂN KHAI CẢI CÁCH HÀNH CHÍNH\nI . CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1 . Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ;\n2 . Quyết định số 1234/QĐ-UBND ngày 20/12/2021 của UBND tỉnh .\nII . MỤC ĐÍCH\n`,
    );
    expect(a.self.title).toBe("TRIỂN KHAI CẢI CÁCH HÀNH CHÍNH");
    expect(roles(a).slice(1)).toEqual(["76 based_on", "1234 based_on"]);
    const b = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 ;",
        "Điều 1 . Bãi bỏ các văn bản sau đây :\na ) Quyết định số 12/2015/QĐ-UBND ngày 3/4/2015 của UBND tỉnh về giá đất .\nb ) Quyết định số 40/2016/QĐ-UBND ngày 5/6/2016 của UBND tỉnh sửa đổi Quyết định số 12/2015/QĐ-UBND .\nĐiều 2 . Quyết định này có hiệu lực từ ngày ký .",
      ),
    );
    expect(roles(b).slice(1)).toEqual(["12 repeals", "40 repeals", "12 references"]);
  });

  it("'Luật này', 'Nghị định này' in a document of another kind speak of the law or decree named before: its act is not the document's", () => {
    // Invented: a ministry's letter retelling what a new law does, then a law's and a decree's own closing articles.
    const letter = analyze(
      "BỘ TƯ PHÁP\nSố: 120/BTP-PLDSKT\nV/v triển khai Luật Thừa phát lại\nHà Nội, ngày 3 tháng 3 năm 2021\nKính gửi: Sở Tư pháp các tỉnh.\n" +
        "Luật Thừa phát lại được Quốc hội thông qua ngày 20/6/2020, có hiệu lực từ ngày 01/01/2021. Luật này thay thế Luật số 82/2006/QH11. Nghị định số 08/2020/NĐ-CP ngày 8/01/2020 quy định chi tiết Luật; Nghị định này thay thế Nghị định số 61/2009/NĐ-CP.\nĐề nghị các Sở triển khai thực hiện.",
    );
    expect(roles(letter).slice(1)).toEqual(["82 references", "08 references", "61 references"]);
    const law = analyze("QUỐC HỘI\nLuật số: 60/2020/QH14\nHà Nội, ngày 20 tháng 6 năm 2020\nLUẬT\nTHỪA PHÁT LẠI\nĐiều 90. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.\nLuật này thay thế Luật số 82/2006/QH11.");
    expect(roles(law).slice(1)).toEqual(["82 replaces"]);
    const decree = analyze("CHÍNH PHỦ\nSố: 23/2015/NĐ-CP\nHà Nội, ngày 16 tháng 02 năm 2015\nNGHỊ ĐỊNH\nVề cấp bản sao\nĐiều 48. Hiệu lực thi hành\nNghị định này thay thế Nghị định số 79/2007/NĐ-CP ngày 18/5/2007 của Chính phủ.");
    expect(roles(decree).slice(1)).toEqual(["79 replaces"]);
  });

  it("an act on the parts listed under it ('Bãi bỏ các danh mục … sau đây:') governs each item's document, however long the parts' names", () => {
    // Invented: a ministry's decision repealing annexes of two earlier decisions, item by item, items ending with a full stop.
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Ban hành danh mục mã dùng chung.\nĐiều 2. Bãi bỏ các danh mục mã dùng chung sau đây:\n" +
          "1. Phụ lục 02 Danh mục mã vật tư theo hạng bệnh viện, Phụ lục 03 Danh mục mã giường bệnh theo hạng bệnh viện và Phụ lục 04 Danh mục mã ngày điều trị ban ngày theo hạng bệnh viện áp dụng trong phục hồi chức năng, y học cổ truyền ban hành kèm theo Quyết định số 3120/QĐ-BYT ngày 12 tháng 8 năm 2019 của Bộ trưởng Bộ Y tế.\n" +
          "2. Phụ lục 6 Danh mục mã khoa phòng ban hành kèm theo Quyết định số 845/QĐ-BYT ngày 02 tháng 3 năm 2022 của Bộ trưởng Bộ Y tế.\n" +
          "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["3120 repeals", "845 repeals"]);
    // Not an act: the items' documents are what the tasks follow.
    const b = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Giao Sở Y tế thực hiện các nội dung sau đây:\n1. Các bệnh viện ghi mã theo Danh mục ban hành kèm theo Quyết định số 3120/QĐ-BYT ngày 12 tháng 8 năm 2019 của Bộ trưởng Bộ Y tế.\n2. Báo cáo kết quả.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
      ),
    );
    expect(roles(b).slice(1)).toEqual(["3120 references"]);
  });

  it("a cue inside a sentence that ends ('Căn cứ hồ sơ …, cơ quan thuế ra quyết định … .') governs no list after it", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Hồ sơ miễn thuế\n2.1. Căn cứ hồ sơ đã nộp, cơ quan thuế ra quyết định miễn thuế cho từng lô hàng.\n2.2. Hàng hoá nhập khẩu chịu thuế theo quy định của Luật Thuế xuất khẩu, thuế nhập khẩu năm 2016 và Nghị định số 134/2016/NĐ-CP ngày 1/9/2016 của Chính phủ.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["134 references"]);
    expect(a.citations.filter((c) => c.form === "named").map((c) => c.role)).toEqual(["based_on", "references"]);
  });

  it("a council's article approving a submission ('Hội đồng nhân dân tỉnh đồng ý theo Tờ trình số …', 'Nhất trí thông qua Tờ trình số …') is proposed by it", () => {
    // Invented: a resolution printed without its heading, the approval in an article's item.
    const council = (articles: string) =>
      analyze(
        `Nghị quyết về việc quy định mức thu phí qua phà trên địa bàn tỉnh \nHội đồng nhân dân tỉnh vĩnh long \nKhóa vii - kỳ họp thứ 15 \nCăn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003 ; \nQuyết nghị : \n${articles}`,
      );
    const a = council("Điều 1 . Mức thu phí qua phà \n1 . Hội đồng nhân dân tỉnh đồng ý theo Tờ trình số 318/TTr-UBND ngày 14 tháng 6 năm 2008 của Uỷ ban nhân dân tỉnh về việc điều chỉnh mức thu phí qua phà . \n2 . Mức thu áp dụng theo Quyết định số 21/2005/QĐ-UBND ngày 3/3/2005 . ");
    expect(roles(a)).toEqual(["318 proposed_by", "21 references"]);
    const b = council("Điều 1 . Nhất trí thông qua Tờ trình số 77/TTr-UBND ngày 2/7/2008 của UBND tỉnh về mức thu phí qua phà . ");
    expect(roles(b)).toEqual(["77 proposed_by"]);
    // A department agreeing with a letter in a plan's body is no proposal of the document's.
    const c = council("Điều 1 . Sở Tài chính nhất trí với Công văn số 12/STC-NS ngày 2/7/2008 về nguồn kinh phí . ");
    expect(roles(c)).toEqual(["12 references"]);
  });

  it("an act ending its clause with a colon ('… và thay thế: ⏎ - Quyết định số A …. ⏎ - Điều 3 và Điều 5 Quyết định số B …') governs each dashed item", () => {
    // Invented: a closing article whose replaced documents are a dashed list, items ended by full stops,
    // one naming articles of its document before it.
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 ;",
        "Điều 3 . Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký và thay thế :\n" +
          "- Điều 3 và Điều 5 Quyết định số 15/2007/QĐ-UBND ngày 02/4/2007 của UBND tỉnh về chế độ hỗ trợ cán bộ ấp .\n" +
          "- Quyết định số 1910/QĐ-UBND ngày 14/9/2008 của UBND tỉnh về mức sinh hoạt phí .\n" +
          "Điều 4 . Giám đốc Sở Nội vụ tổ chức thực hiện theo Quyết định số 30/2009/QĐ-UBND ngày 1/10/2009 .",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["15 replaces", "1910 replaces", "30 references"]);
    // "Bãi bỏ:" so as well; a colon after other words of the act's ("bãi bỏ các nội dung như sau:") is not this.
    const b = analyze(decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Điều 1. Bãi bỏ:\n- Quyết định số 08/2012/QĐ-UBND ngày 5/3/2012 của UBND tỉnh.\n- Quyết định số 19/2013/QĐ-UBND ngày 7/6/2013 của UBND tỉnh."));
    expect(roles(b).slice(1)).toEqual(["08 repeals", "19 repeals"]);
    const c = analyze(decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Điều 1. Sửa đổi Điều 2 như sau:\n- Mức hỗ trợ thực hiện theo Quyết định số 44/2017/QĐ-UBND ngày 3/3/2017.\n- Quyết định số 45/2017/QĐ-UBND ngày 3/3/2017 quy định thời hạn."));
    expect(roles(c).slice(1)).toEqual(["44 references", "45 references"]);
  });

  it("'Bãi bỏ các Quyết định sau:' governs every numbered item under it, each ended by a full stop", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Bãi bỏ các Quyết định sau:\n1. Quyết định số 18/2016/QĐ-UBND ngày 5/5/2016 của UBND tỉnh về giá đất.\n2. Quyết định số 27/2018/QĐ-UBND ngày 9/8/2018 của UBND tỉnh.\nĐiều 2. Giao Sở Tài chính theo dõi việc thi hành Quyết định số 30/2019/QĐ-UBND ngày 1/10/2019.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["18 repeals", "27 repeals", "30 references"]);
    // "… như sau:" quotes new wording: the documents in it are not acted on.
    const b = analyze(decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Điều 1. Sửa đổi khoản 2 Điều 3 như sau:\n1. Mức chi hỗ trợ mỗi người theo Quyết định số 44/2017/QĐ-UBND ngày 3/3/2017.\n2. Mức chi hỗ trợ mỗi hộ theo Quyết định số 45/2017/QĐ-UBND ngày 3/3/2017."));
    expect(roles(b).slice(1)).toEqual(["44 references", "45 references"]);
  });

  it("an article's or a section's heading made of a cue alone ('Điều 3. Tổ chức thực hiện') acts on nothing", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về giá.\nĐiều 2. Tổ chức thực hiện\nQuyết định này có hiệu lực kể từ ngày 15/3/2020 và thay thế Quyết định số 33/2016/QĐ-UBND ngày 2/6/2016 của UBND tỉnh.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["33 replaces"]);
    const b = analyze(plan("IV. TỔ CHỨC THỰC HIỆN\nSở Tư pháp chủ trì, hướng dẫn triển khai Nghị định số 55/2011/NĐ-CP ngày 4/7/2011 của Chính phủ.\n"));
    expect(roles(b).slice(1)).toEqual(["55 references"]);
    // An item wrapped after its cue goes on with the document it names.
    const c = analyze(plan("II. NỘI DUNG\n1. Triển khai thực hiện\nKết luận số 45-KL/TW ngày 22/5/2022 của Ban Chấp hành Trung ương.\n"));
    expect(roles(c).slice(1)).toEqual(["45 implements"]);
  });

  it("'Điều 1. Ban hành Quy chế … thay thế Quyết định số X': the attached text's act, named after its long name, is the document's own", () => {
    const basis = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;";
    const a = analyze(
      decision(
        basis,
        "Điều 1. Ban hành Quy chế về tiếp nhận , xử lý hồ sơ , thời hạn giải quyết các yêu cầu cấp phép xây dựng trên địa bàn tỉnh Bình Dương sửa đổi , bổ sung và thay thế Quyết định số 21/2012/QĐ-UBND ngày 5 tháng 7 năm 2012 của Ủy ban nhân dân tỉnh.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["21 amends"]);
    const b = analyze(decision(basis, "Điều 1. Nay ban hành Danh mục vị trí việc làm trong các đơn vị sự nghiệp công lập thuộc Sở Y tế, thay thế Danh mục ban hành kèm theo Quyết định số 17/2015/QĐ-UBND ngày 3/4/2015."));
    expect(roles(b).slice(1)).toEqual(["17 replaces"]);
    // A procedure for replacing, a proposal, or a task another body is given: no act of the document's.
    const c = analyze(decision(basis, "Điều 1. Ban hành Quy trình phối hợp trong việc thay thế Quyết định số 19/2016/QĐ-UBND ngày 1/2/2016 của UBND tỉnh."));
    expect(roles(c).slice(1)).toEqual(["19 references"]);
    const d = analyze(decision(basis, "Điều 2. Giao Sở Nội vụ tham mưu ban hành văn bản thay thế Quyết định số 11/2017/QĐ-UBND ngày 4/5/2017 của UBND tỉnh."));
    expect(roles(d).slice(1)).toEqual(["11 references"]);
    // Procedures another decision changed, listed: "thủ tục hành chính sửa đổi, bổ sung tại Quyết định số …".
    const e = analyze(decision(basis, "Điều 1. Ban hành Danh mục thủ tục hành chính sửa đổi, bổ sung trong lĩnh vực lâm nghiệp tại Quyết định số 230/QĐ-BNN-TCLN ngày 6/2/2021 của Bộ Nông nghiệp và Phát triển nông thôn."));
    expect(roles(e).slice(1)).toEqual(["230 references"]);
  });

  it("'Điều 1. Hủy Quyết định số X', 'Chấm dứt hiệu lực thi hành của Quyết định số X': the document right after is repealed", () => {
    const basis = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;";
    const a = analyze(decision(basis, "Điều 1. Huỷ các Quyết định số 312/QĐ-UBND ngày 2/3/2021 và số 313/QĐ-UBND ngày 2/3/2021 của Chủ tịch UBND tỉnh."));
    expect(roles(a).slice(1)).toEqual(["312 repeals", "313 repeals"]);
    const b = analyze(decision(basis, "Điều 1. Chấm dứt hiệu lực thi hành của Quyết định số 44/2018/QĐ-UBND ngày 6/9/2018 của UBND tỉnh."));
    expect(roles(b).slice(1)).toEqual(["44 repeals"]);
    // Goods destroyed, or a result cancelled, under a decision: the decision stands.
    const c = analyze(decision(basis, "Điều 1. Tiêu hủy tang vật theo Quyết định số 71/QĐ-XPHC ngày 4/4/2021.\nĐiều 2. Hủy kết quả xét tuyển tại Quyết định số 72/QĐ-UBND ngày 5/4/2021."));
    expect(roles(c).slice(1)).toEqual(["71 references", "72 references"]);
  });

  it("'Chương trình hành động này thay thế …': the program names itself with its kind line's words", () => {
    const a = analyze(
      "TỈNH ỦY NINH BÌNH\n*\nSố 09-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nNinh Bình, ngày 2 tháng 3 năm 2023\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nvề phát triển văn hóa\n-----\nI. MỤC TIÊU\nPhát triển văn hóa.\nII. TỔ CHỨC THỰC HIỆN\n" +
        "Chương trình hành động này thay thế Chương trình hành động số 14-CTr/TU ngày 20/3/2018 của Ban Chấp hành Đảng bộ tỉnh.",
    );
    expect(roles(a).slice(1)).toEqual(["14 replaces"]);
  });

  it("a heading's cue ('II. TỔ CHỨC THỰC HIỆN') does not reach into the paragraph under it; a document listed under a heading it does", () => {
    const a = analyze(
      plan(
        "II. TỔ CHỨC THỰC HIỆN\nVăn phòng HĐND và UBND huyện tổng hợp, báo cáo kết quả theo biểu mẫu kèm theo Công văn số 77/SNV-CCHC ngày 09/3/2022 của Sở Nội vụ.\n" +
          "III. CĂN CỨ PHÁP LÝ\nQuyết định số 1234/QĐ-UBND ngày 20/12/2021 của UBND tỉnh\nIV. KẾT QUẢ\n",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["77 references", "1234 based_on"]);
  });

  it("'Trên cơ sở Kế hoạch số …' names a basis; 'trên cơ sở kết quả …' and 'Trên cơ sở Kế hoạch này, …;' do not", () => {
    const a = analyze(
      plan(
        "Thực hiện Chỉ thị số 12/CT-TTg ngày 03/5/2022 của Thủ tướng Chính phủ. Trên cơ sở Kế hoạch số 2051/KH-UBND ngày 18/5/2022 của UBND tỉnh, UBND huyện ban hành Kế hoạch như sau:\n" +
          "I. MỤC ĐÍCH\nTrên cơ sở kết quả thực hiện Kế hoạch số 98/KH-UBND ngày 02/4/2021 của UBND huyện, rút kinh nghiệm.\n" +
          "II. TỔ CHỨC THỰC HIỆN\n- Trên cơ sở Kế hoạch này, các xã xây dựng kế hoạch của mình;\ntheo quy định tại Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ.\n",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["12 implements", "2051 based_on", "98 references", "63 references"]);
  });

  it("only a basis carries to a list: 'TỔ CHỨC THỰC HIỆN' heads who does what, not what is implemented", () => {
    const a = analyze(plan("I. TỔ CHỨC THỰC HIỆN\n- Công văn số 45/UBND-VP ngày 2/2/2022 của UBND huyện;\n1. Phòng Nội vụ theo dõi.\n"));
    expect(roles(a).slice(1)).toEqual(["45 references"]);
  });
});

describe("articles that act", () => {
  it("amends what a decision promulgated, repeals a list over several items, replaces in the closing article", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Sửa đổi, bổ sung khoản 2 Điều 5 của Quy định ban hành kèm theo Quyết định số 24/2019/QĐ-UBND ngày 02/5/2019 của UBND tỉnh.\n" +
          "Điều 2. Bãi bỏ các văn bản sau:\na) Quyết định số 11/2015/QĐ-UBND ngày 03/4/2015;\nb) Quyết định số 12/2016/QĐ-UBND ngày 04/5/2016.\n" +
          "Điều 3. Nay điều chỉnh, sửa đổi một số điểm tại Quyết định số 1234/QĐ-UBND ngày 05/6/2019.\n" +
          "Điều 4. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 39/2005/QĐ-UB ngày 21/3/2005 về việc giao đất trên địa bàn tỉnh và Quyết định số 156/2006/QĐ-UB ngày 28/12/2006.",
        "Nơi nhận:\n- Như Điều 4;\n- Bộ Tư pháp (Cục Kiểm tra văn bản);\n- Quyết định số 999/QĐ-UBND;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
      ),
    );
    expect(roles(a).slice(1)).toEqual([
      "24 amends", "11 repeals", "12 repeals", "1234 amends", "39 replaces", "156 replaces", "999 references",
    ]);
    expect(a.parts?.map((p) => p.type)).toEqual(["header", "title", "preamble", "body", "closing", "recipients", "signature"]);
  });

  it("an article's introduction ending with ':' governs every item under it, items ending with a full stop too", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Bãi bỏ các quyết định sau:\n1. Quyết định số 14/2017/QĐ-UBND ngày 02/6/2017 của UBND tỉnh ban hành Quy định về quản lý chợ.\n" +
          "2. Quyết định số 880/QĐ-UBND ngày 15/4/2019 của UBND tỉnh.\nĐiều 2. Sở Công Thương thực hiện theo Quyết định số 77/QĐ-UBND ngày 01/3/2020.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["14 repeals", "880 repeals", "77 references"]);
  });

  it("a document named first in a clause that says it ceases to apply is repealed", () => {
    const a = analyze(
      decision("Căn cứ Luật Khiếu nại, tố cáo;", "Điều 17. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2010.\nQuyết định số 154/2003/QĐ-BBCVT ngày 05/9/2003 của Bộ trưởng quy định về việc tiếp công dân hết hiệu lực kể từ ngày Quyết định này có hiệu lực."),
    );
    expect(roles(a)[1]).toBe("154 repeals");
  });

  it("a catalogue decision named first in a clause that says it ceases: the cue after its title's is the clause's own", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\nQuyết định số 228/QĐ-UBND ngày 20/01/2017 của Ủy ban nhân dân tỉnh công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một phần năm 2016 hết hiệu lực kể từ ngày Quyết định này có hiệu lực.",
      ),
    );
    expect(roles(a)[1]).toBe("228 repeals");
  });

  it("'Kể từ ngày … có hiệu lực, Thông tư số X … hết hiệu lực': the time may come before the document repealed", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 7. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2020.\n" +
          "2. Kể từ ngày Quyết định này có hiệu lực thi hành, Quyết định số 36/2016/QĐ-UBND ngày 4/5/2016 của Ủy ban nhân dân tỉnh hướng dẫn thực hiện Nghị định số 37/2015/NĐ-CP ngày 1/3/2015 hết hiệu lực thi hành.\n" +
          "3. Từ ngày 01 tháng 4 năm 2020, Quyết định số 38/2017/QĐ-UBND ngày 5/6/2017 hết hiệu lực. 4.Quyết định số 39/2018/QĐ-UBND ngày 6/7/2018 hết hiệu lực kể từ ngày Quyết định này có hiệu lực.",
      ),
    );
    // The last item's number is glued to its first word, as some published texts print it.
    expect(roles(a).slice(1)).toEqual(["36 repeals", "37 references", "38 repeals", "39 repeals"]);
  });

  it("'A … quy định chi tiết X và B … hết hiệu lực': the list of documents that cease goes on past the one A's description names", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 5. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2021.\n" +
          "2. Quyết định số 40/2015/QĐ-UBND ngày 2/3/2015 của Ủy ban nhân dân tỉnh hướng dẫn thi hành Nghị định số 41/2014/NĐ-CP ngày 1/2/2014 và Quyết định số 42/2016/QĐ-UBND ngày 3/4/2016 sửa đổi Quyết định số 40/2015/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["40 repeals", "41 references", "42 repeals", "40 references"]);
    expect(nested(a)).toEqual(["40/2015/QĐ-UBND~binh-duong guides 41/2014/NĐ-CP", "42/2016/QĐ-UBND~binh-duong amends 40/2015/QĐ-UBND~binh-duong"]);
  });

  it("only a document's own issuer amends or replaces it (Luật BHVBQPPL, Điều 12): a circular's title that names a decree, then 'và sửa đổi … Thông tư số B', amends B itself", () => {
    const circular = (title: string, body = "") =>
      analyze(`BỘ CÔNG THƯƠNG\nSố: 12/2019/TT-BCT\nHà Nội, ngày 30 tháng 7 năm 2019\nTHÔNG TƯ\n${title}\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n${body}`);
    const a = circular(
      "HƯỚNG DẪN MỘT SỐ NỘI DUNG TẠI NGHỊ ĐỊNH SỐ 08/2018/NĐ-CP NGÀY 15/01/2018 CỦA CHÍNH PHỦ VỀ ĐIỀU KIỆN KINH DOANH VÀ SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 43/2013/TT-BCT NGÀY 31/12/2013",
    );
    expect(roles(a).slice(1)).toEqual(["08 guides", "43 amends"]);
    expect(nested(a)).toEqual([]);
    // The Government does replace the Prime Minister's decisions: that nesting stands.
    const b = circular(
      "Về kinh doanh khí",
      "Điều 2. Các mẫu thực hiện theo Nghị định số 87/2018/NĐ-CP ngày 15/6/2018 của Chính phủ thay thế Quyết định số 36/2009/QĐ-TTg ngày 03/3/2009 của Thủ tướng Chính phủ.",
    );
    expect(nested(b)).toEqual(["87/2018/NĐ-CP replaces 36/2009/QĐ-TTg"]);
    // Neither the decree nor the citing document (another ministry's) may amend the circular: no act is read.
    const c = analyze(
      "BỘ TÀI CHÍNH\nSố: 55/2019/TT-BTC\nHà Nội, ngày 30 tháng 7 năm 2019\nTHÔNG TƯ\nVề phí\nCăn cứ Nghị định số 08/2018/NĐ-CP ngày 15/01/2018 của Chính phủ sửa đổi Thông tư số 43/2013/TT-BCT;",
    );
    expect(roles(c).slice(1)).toEqual(["08 based_on", "43 references"]);
    expect(nested(c)).toEqual([]);
  });

  it("words put in or left out of a provision ('thay thế cụm từ …', 'bỏ cụm từ …', 'bãi bỏ cụm từ …') amend the document; a part replaced is still replaced", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Sửa đổi một số quy định như sau:\n" +
          "1. Thay thế cụm từ “Phòng Kinh tế” bằng cụm từ “Phòng Kinh tế, Hạ tầng và Đô thị” tại điểm c khoản 1 Điều 4 Quyết định số 51/2020/QĐ-UBND ngày 2/3/2020.\n" +
          "2. Bỏ cụm từ “cấp huyện” tại khoản 3 Điều 6 Quyết định số 52/2021/QĐ-UBND.\n" +
          "3. Bãi bỏ các cụm từ “thị xã”, “thị trấn” tại Điều 2 Quyết định số 53/2021/QĐ-UBND.\n" +
          "4. Thay thế khoản 2 Điều 9 Quyết định số 54/2022/QĐ-UBND như sau:",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["51 amends", "52 amends", "53 amends", "54 replaces"]);
  });

  it("a consolidated text's opening: 'Nghị định số A …, có hiệu lực …, được sửa đổi, bổ sung bởi:' and the list under it: each item amends A", () => {
    const a = analyze(
      "BỘ CÔNG AN\nSố: 05/VBHN-BCA\nHà Nội, ngày 10 tháng 4 năm 2022\nTHÔNG TƯ\nQuy định về đăng ký xe\n" +
        "Thông tư số 58/2020/TT-BCA ngày 16 tháng 6 năm 2020 của Bộ trưởng Bộ Công an quy định quy trình cấp, thu hồi đăng ký, biển số phương tiện giao thông cơ giới đường bộ theo Nghị định số 100/2019/NĐ-CP, có hiệu lực kể từ ngày 01 tháng 8 năm 2020, được sửa đổi, bổ sung bởi:\n" +
        "1. Thông tư số 15/2022/TT-BCA ngày 06 tháng 4 năm 2022 của Bộ trưởng Bộ Công an sửa đổi, bổ sung một số điều của Thông tư số 58/2020/TT-BCA, có hiệu lực kể từ ngày 21 tháng 5 năm 2022;\n" +
        "2. Thông tư số 16/2022/TT-BCA ngày 07 tháng 4 năm 2022 của Bộ trưởng Bộ Công an, có hiệu lực kể từ ngày 22 tháng 5 năm 2022.\n" +
        "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;\nĐiều 1. Phạm vi điều chỉnh",
    );
    expect(nested(a)).toEqual(["15/2022/TT-BCA amends 58/2020/TT-BCA", "15/2022/TT-BCA amends 58/2020/TT-BCA", "16/2022/TT-BCA amends 58/2020/TT-BCA"]);
  });

  it("'(Kể từ ngày …,) các quy định tại Điều 3 và Điều 4 Nghị định số X … hết hiệu lực': the provisions named before their document cease", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 9. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2021.\n" +
          "2. Kể từ ngày Quyết định này có hiệu lực, các quy định tại khoản 2 Điều 6 và Điều 7 Quyết định số 61/2017/QĐ-UBND ngày 2/3/2017 của Ủy ban nhân dân tỉnh hết hiệu lực.\n" +
          "3. Những nội dung về định mức chi tại Chương III Quyết định số 62/2018/QĐ-UBND ngày 3/4/2018 hết hiệu lực thi hành.\n" +
          "4. Các quy định về phí tại Quyết định số 63/2019/QĐ-UBND được áp dụng đến hết năm 2021.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["61 repeals", "62 repeals", "63 references"]);
    expect(a.relations.find((r) => r.to.startsWith("62/"))!.evidence.pinpoint).toMatchObject({ chapter: "III" });
  });

  it("a correction notice's 'xin đính chính' after the signer's mandate is the notice's own act, also after another document", () => {
    const letter = analyze(
      "BỘ TÀI CHÍNH\nSố: 1234/BTC-PC\nV/v đính chính văn bản\nHà Nội, ngày 5 tháng 3 năm 2015\nKính gửi: Các bộ, ngành.\n" +
        "Do sơ suất trong khâu in ấn, thừa ủy quyền Thủ tướng Chính phủ, Bộ Tài chính xin đính chính một số lỗi tại Thông tư số 45/2014/TT-BTC ngày 10 tháng 4 năm 2014 của Bộ Tài chính hướng dẫn Nghị định số 12/2013/NĐ-CP như sau:\nTại trang 3, dòng 5 viết là: 10%, nay sửa lại là: 12%.",
    );
    expect(roles(letter).slice(1)).toEqual(["45 corrects", "12 references"]);
    expect(nested(letter)).toEqual(["45/2014/TT-BTC guides 12/2013/NĐ-CP"]);
    // After another document in the same sentence the cue is still the notice's, not that document's;
    // another's request to correct ("đề nghị … đính chính", no "xin") stays a reference.
    const letterOf = (body: string) =>
      analyze(`SỞ TÀI CHÍNH\nSố: 99/STC-NS\nV/v đính chính văn bản\nBình Dương, ngày 5 tháng 3 năm 2020\nKính gửi: Các sở, ngành.\n${body}\nNơi nhận:\n- Như trên.`);
    const after = letterOf("Sau khi rà soát Quyết định số 77/QĐ-UBND ngày 2/3/2020 của Ủy ban nhân dân tỉnh, Sở Tài chính xin đính chính Công văn số 88/STC-NS ngày 2/3/2020 như sau: tại dòng 3, nay sửa lại là 12%.");
    expect(roles(after).slice(1)).toEqual(["77 references", "88 corrects"]);
    expect(nested(after)).toEqual([]);
    const request = letterOf("Sở Tư pháp đề nghị Sở Kế hoạch và Đầu tư đính chính Công văn số 66/SKHĐT-TH ngày 2/3/2020 trước ngày 10/3/2020.");
    expect(roles(request).slice(1)).toEqual(["66 references"]);
  });

  it("'Các Thông tư sau đây hết hiệu lực …:' repeals every item listed after it, inline or under it, its parts named first or not, and no further", () => {
    const inline = analyze(
      decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Điều 4. Các Quyết định sau đây hết hiệu lực thi hành: Quyết định số 31/2012/QĐ-UBND ngày 01/3/2012; Quyết định số 32/2013/QĐ-UBND ngày 02/4/2013."),
    );
    expect(roles(inline).slice(1)).toEqual(["31 repeals", "32 repeals"]);
    const listed = analyze(
      "BỘ TÀI CHÍNH\nSố: 70/2021/TT-BTC\nHà Nội, ngày 12 tháng 8 năm 2021\nTHÔNG TƯ\nQuy định về phí thẩm định\n" +
        "Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ;\nBộ trưởng Bộ Tài chính ban hành Thông tư quy định về phí thẩm định.\n" +
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định mức thu phí thẩm định.\nĐiều 9. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2021.\n" +
        "2. Kể từ ngày Thông tư này có hiệu lực, quy định tại các Thông tư sau đây bị bãi bỏ:\na) Thông tư số 41/2016/TT-BTC ngày 01/3/2016 của Bộ trưởng Bộ Tài chính;\nb) Chương II và điểm a khoản 1 Điều 3 Thông tư số 42/2018/TT-BTC ngày 02/5/2018.\n" +
        "3. Trong quá trình thực hiện, các tổ chức có vướng mắc thì phản ánh về Bộ Tài chính theo hướng dẫn tại Công văn số 1234/BTC-CST ngày 3/9/2021.",
    );
    expect(roles(listed).slice(1)).toEqual(["87 based_on", "41 repeals", "42 repeals", "1234 references"]);
  });

  it("the parts of the next document named after 'và' keep it in the list: 'bãi bỏ Điều 3 Quyết định số A và khoản 2 Điều 1 Quyết định số B'", () => {
    const a = analyze(
      decision(
        "Căn cứ Quyết định số 40/2008/QĐ-TTg ngày 5/3/2008 về việc sửa đổi Quyết định số 10/2005/QĐ-TTg ngày 1/2/2005 và điểm b khoản 1 Điều 3 Quyết định số 11/2006/QĐ-TTg ngày 2/3/2006;",
        "Điều 2. Bãi bỏ Điều 3, Điều 4 của Quy định ban hành kèm theo Quyết định số 26/2014/QĐ-UBND ngày 03/5/2014 và khoản 2 Điều 1 Quyết định số 27/2015/QĐ-UBND ngày 04/6/2015 của Ủy ban nhân dân tỉnh.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["40 based_on", "10 references", "11 references", "26 repeals", "27 repeals"]);
    expect(nested(a)).toEqual(["40/2008/QĐ-TTg amends 10/2005/QĐ-TTg", "40/2008/QĐ-TTg amends 11/2006/QĐ-TTg"]);
  });

  it("a second act joined at once to the document's own ('thay thế A và bãi bỏ B') is its own, not A's", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 28/2018/QĐ-UBND ngày 08/10/2018 và bãi bỏ Điều 5 Quyết định số 29/2019/QĐ-UBND ngày 09/11/2019 của Ủy ban nhân dân tỉnh.\n" +
          "Điều 4. Bãi bỏ Quyết định số 33/2012/QĐ-UBND ngày 1/2/2012 về việc sửa đổi Quyết định số 34/2010/QĐ-UBND và bổ sung Quyết định số 35/2011/QĐ-UBND.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["28 replaces", "29 repeals", "33 repeals", "34 references", "35 references"]);
    expect(nested(a)).toEqual(["33/2012/QĐ-UBND~binh-duong amends 34/2010/QĐ-UBND~binh-duong", "33/2012/QĐ-UBND~binh-duong amends 35/2011/QĐ-UBND~binh-duong"]);
  });

  it("the first document named again with 'nêu trên' ('thay thế Quyết định số 28 nêu trên và bãi bỏ …'): the second act is still the document's own", () => {
    const a = analyze(
      decision(
        "Căn cứ Quyết định số 28/2018/QĐ-UBND ngày 08/10/2018 của Ủy ban nhân dân tỉnh;",
        "Điều 3. Quyết định này thay thế Quyết định số 28 nêu trên và bãi bỏ khoản 2 Điều 6 Quyết định số 29/2019/QĐ-UBND ngày 09/11/2019.\n" +
          "Điều 4. Quyết định này thay thế Quyết định số 28/2018/QĐ-UBND nói trên, đồng thời bãi bỏ Quyết định số 30/2020/QĐ-UBND ngày 1/2/2020.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["28 based_on", "29 repeals", "28 replaces", "30 repeals"]);
    expect(a.citations.filter((c) => c.form === "short").map((c) => `${c.raw} ${c.id} ${c.role}`)).toEqual(["Quyết định số 28 28/2018/QĐ-UBND~binh-duong replaces"]);
    expect(nested(a)).toEqual([]);
    expect(a.relations.find((r) => r.type === "repeals" && r.to.startsWith("29/"))!.evidence.pinpoint).toMatchObject({ clause: "2", article: "6" });
  });

  it("a second guiding verb joined at once to the first ('hướng dẫn A và quy định chi tiết B'): B is guided by the same actor, not by A", () => {
    const circular = (articles: string) =>
      `BỘ XÂY DỰNG\nSố: 07/2019/TT-BXD\nHà Nội, ngày 07 tháng 11 năm 2019\nTHÔNG TƯ\nVề quản lý vật liệu\nCăn cứ Nghị định số 81/2017/NĐ-CP ngày 17 tháng 7 năm 2017 của Chính phủ;\n${articles}`;
    const a = analyze(
      circular(
        "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thi hành Nghị định số 24a/2016/NĐ-CP ngày 05/4/2016 và quy định chi tiết điểm b khoản 2 Điều 7 của Nghị định số 95/2019/NĐ-CP.\n" +
          "Điều 2. Các mẫu báo cáo thực hiện theo Thông tư số 10/2018/TT-BXD hướng dẫn Nghị định số 20/2018/NĐ-CP, quy định chi tiết Nghị định số 21/2018/NĐ-CP.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["81 based_on", "24a guides", "95 guides", "10 references", "20 references", "21 references"]);
    expect(nested(a)).toEqual(["10/2018/TT-BXD guides 20/2018/NĐ-CP", "10/2018/TT-BXD guides 21/2018/NĐ-CP"]);
  });

  it("'sửa đổi … các nghị định quy định chi tiết Luật X': the act is on documents left unnamed; X is not amended", () => {
    const title = (line: string) =>
      analyze(`CHÍNH PHỦ\nSố: 12/2021/NĐ-CP\nHà Nội, ngày 1 tháng 3 năm 2021\nNGHỊ ĐỊNH\n${line}\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định.\n`).relations.filter((r) => r.to !== "law:to-chuc-chinh-phu@2015").map((r) => `${r.type} ${r.to}`);
    expect(title("Sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Khoáng sản")).toEqual(["references law:khoang-san@?"]);
    expect(title("Bãi bỏ một số thông tư hướng dẫn Nghị định số 44/2014/NĐ-CP")).toEqual(["references 44/2014/NĐ-CP"]);
    // A numbered document before the cue is the one acted on; its description's cue is nested as before.
    expect(title("Sửa đổi, bổ sung một số điều của Nghị định số 46/2016/NĐ-CP quy định chi tiết Luật Khoáng sản")).toEqual([
      "amends 46/2016/NĐ-CP", "references law:khoang-san@?", "guides law:khoang-san@?",
    ]);
  });

  it("a body instruction is not the document's relation", () => {
    const a = analyze(
      decision(
        "Căn cứ Nghị định số 08/2005/NĐ-CP ngày 24/01/2005 của Chính phủ;",
        "Điều 1. Thực hiện theo Nghị định số 08/2005/NĐ-CP ngày 24/01/2005 của Chính phủ về quy hoạch xây dựng.\n" +
          "a) Nhà đầu tư đã hoàn thành dự án trước ngày Quyết định này có hiệu lực thì thực hiện ưu đãi theo Quyết định số 101/2007/QĐ-UBND ngày 06/9/2007;\n" +
          "Điều 2. Sở Tài chính chủ trì thực hiện Kế hoạch số 12/KH-UBND ngày 01/02/2020.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["08 based_on", "08 references", "101 references", "12 references"]);
  });
});

describe("a line that opens with 'Quyết định này'", () => {
  // Article 4 laid out as written, and as a PDF or a plain-text export wraps it at 70 columns.
  const heading = "Điều 4. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 39/2005/QĐ-UB ngày 21/3/2005.";
  const wrappedHeading =
    "Điều 4. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số\n39/2005/QĐ-UB ngày 21/3/2005.";
  // "… trước ngày ⏎ Quyết định này có hiệu lực thì thực hiện …": the sentence goes on across the wrap.
  const wrappedItem =
    "Điều 3. Chuyển tiếp\n" +
    "a) Nhà đầu tư đã hoàn thành dự án và đi vào hoạt động trước ngày\n" +
    "Quyết định này có hiệu lực thì thực hiện ưu đãi, hỗ trợ theo Quyết\n" +
    "định số 101/2007/QĐ-UBND ngày 06/9/2007; trường hợp tuyển dụng thêm\n" +
    "lao động thì thực hiện hỗ trợ theo khoản 4 Điều 1 Quyết định này.";

  it.each([
    ["after a heading", heading, "39 replaces"],
    ["after a heading, wrapped", wrappedHeading, "39 replaces"],
    ["after a heading, wrapped, with Windows line ends", wrappedHeading.replaceAll("\n", "\r\n"), "39 replaces"],
    ["after a heading, wrapped, a blank line after each line", wrappedHeading.replaceAll("\n", "\n\n"), "39 replaces"],
    ["in a wrapped sentence", wrappedItem, "101 references"],
    ["in a wrapped sentence, with Windows line ends", wrappedItem.replaceAll("\n", "\r\n"), "101 references"],
    ["in a wrapped sentence, a blank line after each line", wrappedItem.replaceAll("\n", "\n\n"), "101 references"],
  ])("%s", (_, article, expected) => {
    expect(roles(analyze(decision("Căn cứ Luật Khiếu nại, tố cáo;", article))).slice(1)).toEqual([expected]);
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

describe("laws named without a number", () => {
  it("take roles like any citation, and a name before a number joins them", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003 ;\nCăn cứ Luật Đất đai số 13/2003/QH11 ngày 26/11/2003;\n" +
          "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân được Quốc hội thông qua ngày 26 tháng 11 năm 2003;",
        "Điều 1. Hướng dẫn thi hành Luật Phòng, chống tham nhũng năm 2005.",
      ),
    );
    expect(a.citations.filter((c) => c.role !== "self").map((c) => [c.form, c.id, c.role, c.name])).toEqual([
      ["named", "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003", "based_on", "Tổ chức HĐND và UBND"],
      ["full", "13/2003/QH11", "based_on", "Đất đai"],
      ["named", "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003", "based_on", "Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân"],
      ["named", "law:phong-chong-tham-nhung@2005", "guides", "Phòng, chống tham nhũng"],
    ]);
  });

  it("an amending law named by the laws it amends, each with its number, amends each of them ('Luật sửa đổi, bổ sung một số điều của Luật A số X, Luật B số Y … ngày …')", () => {
    // Invented, in the pattern of the official names of 2024; the same as the amending law cited by its own number says with its cue.
    const law = "law:sua-doi-bo-sung-mot-so-dieu-luat-thuy-loi-luat-de-dieu-luat-lam-nghiep@2024";
    const a = analyze(
      decision(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14, Luật Đê điều số 79/2006/QH11 và Luật Lâm nghiệp số 16/2017/QH14 ngày 20 tháng 6 năm 2024;\nCăn cứ Nghị định số 67/2018/NĐ-CP ngày 14/5/2018 của Chính phủ quy định chi tiết một số điều của Luật Thủy lợi;",
        "Điều 1. Ban hành quy định.",
      ),
    );
    // The law named later by its name alone is the first law listed, whose number the list gives.
    expect(a.citations.filter((c) => c.role !== "self").map((c) => [c.id, c.role, c.date])).toEqual([
      [law, "based_on", "2024-06-20"],
      ["08/2017/QH14", "references", null],
      ["79/2006/QH11", "references", null],
      ["16/2017/QH14", "references", null],
      ["67/2018/NĐ-CP", "based_on", "2018-05-14"],
      ["08/2017/QH14", "references", null],
    ]);
    expect(nested(a)).toEqual([`${law} amends 08/2017/QH14`, `${law} amends 79/2006/QH11`, `${law} amends 16/2017/QH14`, "67/2018/NĐ-CP guides 08/2017/QH14"]);
    // Undated, the same relations from the law named without a year.
    const b = analyze(decision("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14 và Luật Đê điều số 79/2006/QH11;", "Điều 1. Ban hành quy định."));
    const undated = "law:sua-doi-bo-sung-mot-so-dieu-luat-thuy-loi-luat-de-dieu@?";
    expect(nested(b)).toEqual([`${undated} amends 08/2017/QH14`, `${undated} amends 79/2006/QH11`]);
    // Laws listed by their numbers in a basis that amends nothing: no relation between them.
    expect(nested(analyze(decision("Căn cứ Luật Thủy lợi số 08/2017/QH14, Luật Đê điều số 79/2006/QH11 ngày 29 tháng 11 năm 2006;", "Điều 1. Ban hành quy định.")))).toEqual([]);
  });
});

describe("linear time on hostile text", () => {
  it.each([
    ["a list of citations one per line", (n: number) => "Căn cứ " + "Quyết định số 12/QĐ-UBND ngày 01/02/2020\n".repeat(n)],
    ["a cue and citations far apart", (n: number) => "Thực hiện " + ("chỉ đạo ".repeat(100) + "Quyết định số 12/QĐ-UBND ").repeat(n)],
    // A line opening with a run of "#" before its list marker: once N² steps a line.
    ["lines opening with runs of '#'", (n: number) => `QUYẾT ĐỊNH\n${("#".repeat(n) + "x Căn cứ Nghị định số 1/2020/NĐ-CP;\n").repeat(4)}`],
    // Quotations opened after a colon and never closed: the closing mark was once looked for from each.
    ["opening quotation marks after colons, none closed", (n: number) => "Thực hiện Quyết định số 12/QĐ-UBND:" + ":\u201c".repeat(100 * n)],
    // Clauses of bare markup ("**" opens a list item) before a quotation: each clause's leading white
    // space and markup was once read on to the run's end, not only its own.
    ["lines of bare markup, then a quotation after a colon", (n: number) => "Thực hiện Quyết định số 12/QĐ-UBND\n" + "\n** ".repeat(5 * n) + "quy định: \u201cthực hiện\u201d"],
    ["quotations after colons, each closed", (n: number) => "Thực hiện Quyết định số 12/QĐ-UBND. " + "Điều 2 quy định: \u201cthực hiện Nghị định số 1/2020/NĐ-CP\u201d. ".repeat(n)],
  ])("%s", (_, make) => {
    // Linear is 8x; quadratic would be 64x. Five pairs: a full run on two loaded cores once gave 28
    // with three (a collection or a compile landing in each large run), on code measured linear.
    expect(cpuRatio((t) => analyze(t), make(800), make(100), 5)).toBeLessThan(24);
  });
});

describe("linear time on an act's list of parts", () => {
  // "Bãi bỏ các danh mục … sau đây:" (bounded qualifier words), and items whose long lead is read up to "kèm theo".
  it.each([
    ["part words before a colon", (n: number) => "QUYẾT ĐỊNH:\nĐiều 2. Bãi bỏ các " + "danh mục mẫu ".repeat(40 * n) + "sau đây:\n1. Quyết định số 12/QĐ-BYT.\n"],
    ["items of long leads", (n: number) => "QUYẾT ĐỊNH:\nĐiều 2. Bãi bỏ các danh mục sau đây:\n" + "1. Phụ lục ".repeat(20).concat("ban hành kèm theo Quyết định số 12/QĐ-BYT.\n").repeat(n)],
  ])("%s", (_, make) => {
    expect(cpuRatio((t) => analyze(t), make(800), make(100), 5)).toBeLessThan(24);
  });
});

describe("linear time on a text on one line", () => {
  // Whether a cue stands on a section heading's line was asked by looking for the line's end with
  // indexOf("\n"): on a text without line breaks (an HTML page's text, flattened) each cue bound to
  // the article's own act walked the rest of the text (5,000,000 characters of a plan's article
  // repeated: 5 s of analyze(), 1 s after). Here 10,000 acts before 2,000,000 characters of one
  // word cost 3x the same text with a line break after the acts; now the line is looked for within
  // a heading's length, and they cost the same.
  it("acts on one line, the text going on long after them, cost as much as with a line break", () => {
    const acts = "Điều 3. Thay thế Quyết định số 72 ".repeat(10_000);
    const rest = "a".repeat(2_000_000);
    expect(cpuRatio((t) => analyze(t), `${acts}${rest}`, `${acts.trimEnd()}\n${rest}`, 3)).toBeLessThan(1.6);
  }, 60_000);

  // A passive cue after a citation asks whether its line opens as a status table's row ("05/11/2019
  // Bị bãi bỏ …"): the line's start was looked for with lastIndexOf, back to the text's start on one
  // line (1,000,000 characters of these: 5 s of analyze(), 20 s at 2,000,000; now 0.3 and 0.65 s).
  it("passive cues after citations on one line cost as much as on lines of their own", () => {
    const unit = "Quyết định số 1/QĐ-UB đã được sửa đổi, ";
    expect(cpuRatio((t) => analyze(t), unit.repeat(8_000), `${unit.trimEnd()}\n`.repeat(8_000), 3)).toBeLessThan(2);
  }, 60_000);
});

describe("linear time on cues read only where they open a clause", () => {
  // "Thi hành" is read only at a clause's or a line's opening: the line's start was once looked for
  // back to the text's start from each, so a text of such clauses and no line break was read once per
  // cue (480,000 characters: 3 s of 4 of analyze(); 270,000 here: 3-4x the same text with "Thực
  // hiện", a cue read anywhere). Now it costs as much as that text.
  it("a line of clauses each opening with 'Thi hành'", () => {
    const make = (cue: string) => `${cue} Luật số 1/2020/QH14; `.repeat(9000);
    expect(cpuRatio((t) => analyze(t), make("Thi hành"), make("Thực hiện"), 3)).toBeLessThan(2);
  });
});

describe("linear time on the marks before a cue", () => {
  // What may stand before a cue at a clause's head: a run of list marks once took 2^n steps ("((((…":
  // 24 of them, a second). Twice the marks: about twice the time; exponential would be 4,096x.
  it.each(["(", "-", "*", "#", "\uf0b7", "1. ", "a) "])("a run of %j", (mark) => {
    const make = (n: number) => `QUYẾT ĐỊNH\n${mark.repeat(n)}x thực hiện Nghị định số 1/2020/NĐ-CP;\n`;
    expect(cpuRatio((t) => analyze(t), make(24), make(12))).toBeLessThan(16);
  });
});

describe("cues in any case", () => {
  const text = "Căn cứ Nghị định số 61/2018/NĐ-CP;\nTHỰC HIỆN Kế hoạch số 12/KH-UBND ngày 02/3/2021;\nsỬa ĐổI Quyết định số 15/QĐ-UBND.";
  it("read alike in any case, and in a text with a dotted İ or a Kelvin sign", () => {
    const expected = roles(analyze(text));
    expect(expected).toEqual(["61 based_on", "12 implements", "15 amends"]);
    for (const variant of [`${text}\nİ`, `${text}\n\u212a`, `İ\u212a\n${text}`]) expect(roles(analyze(variant))).toEqual(expected);
  });

  it("without the u flag, /i matches a text character to a cue's letter exactly when its lower case is that letter, the Kelvin sign aside", () => {
    const letters = [...new Set(CUES.flatMap((c) => c.phrases).join("").toLowerCase().replace(/\s/g, ""))];
    const every = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join("");
    const lower = Array.from(every, (c) => c.toLowerCase());
    for (const letter of letters) {
      const byRegex = [...every.matchAll(new RegExp(letter.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&"), "gi"))].map((m) => m.index);
      const byLowerCase = lower.flatMap((l, i) => (l === letter ? [i] : []));
      expect(byLowerCase.filter((i) => !byRegex.includes(i)), letter).toEqual(letter === "k" ? [0x212a] : []);
      expect(byRegex.filter((i) => !byLowerCase.includes(i)), letter).toEqual([]);
    }
  });

  it("are letters, whitespace and commas only (a cue search stops at any other ASCII character)", () => {
    expect(CUES.flatMap((c) => c.phrases).filter((p) => !/^[\p{L}\s,]+$/u.test(p))).toEqual([]);
  });

  it("only İ changes length when lower-cased, of every code point", () => {
    const longer: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (c.toLowerCase().length !== c.length) longer.push(cp);
    }
    expect(longer).toEqual([0x130]);
  });
});

describe("an act's object described with 'thực hiện theo'", () => {
  it("'thay thế phần danh mục … thực hiện theo cơ chế một cửa … tại Quyết định số X': the replacement reaches X", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Công bố danh mục dịch vụ công của cấp xã.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế phần danh mục dịch vụ công thực hiện theo cơ chế một cửa liên thông thuộc thẩm quyền của UBND cấp xã tại Quyết định số 2210/QĐ-UBND ngày 14/9/2017 của UBND tỉnh.",
      ),
    );
    expect(roles(a)).toContain("2210 replaces");
  });

  it("'thực hiện theo Nghị định số X' after no act of the document's own stays a reference", () => {
    const a = analyze(decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Điều 1. Các sở thực hiện theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ."));
    expect(roles(a)).toContain("61 references");
  });
});

describe("a passive act said of a local document whose description names a central one", () => {
  it("'Quyết định A/QĐ-UB … theo Quyết định B/QĐ-TTg … bị bãi bỏ, thay thế bởi Quyết định C/QĐ-UBND': C acts on A, not on B", () => {
    const text =
      "Ghi chú: Quyết định số 31/2001/QĐ-UB ngày 02/3/2001 ban hành quy định quản lý bảo vệ rừng theo Quyết định số 661/QĐ-TTg ngày 29/7/1998 của Thủ tướng Chính phủ trên địa bàn tỉnh đã bị bãi bỏ, thay thế bởi Quyết định số 2050/QĐ-UBND ngày 11/10/2014 của UBND tỉnh Gia Lai.\n";
    expect(nested(analyze(text))).toEqual(["2050/QĐ-UBND@2014~gia-lai replaces 31/2001/QĐ-UB~gia-lai"]);
  });

  it("a central document acting on a central one keeps the document right before the cue", () => {
    const text =
      "Căn cứ Thông tư số 12/2015/TT-BTC ngày 20/01/2015 hướng dẫn Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ, đã được sửa đổi, bổ sung bởi Nghị định số 20/2016/NĐ-CP ngày 30/3/2016 của Chính phủ;\n";
    expect(nested(analyze(text))).toContain("20/2016/NĐ-CP amends 08/2014/NĐ-CP");
  });
});

describe("a cited guidance of what is carried out under another document", () => {
  it("'Căn cứ Thông tư số A … hướng dẫn một số nội dung thực hiện Nghị định số B': A guides B (the document rests on A)", () => {
    const a = analyze(
      decision(
        "Căn cứ Thông tư số 46/2022/TT-BTC ngày 28 tháng 7 năm 2022 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý, sử dụng kinh phí thực hiện Nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của Chính phủ;",
        "Điều 1. Ban hành quy định về kinh phí.",
      ),
    );
    expect(roles(a).slice(1, 3)).toEqual(["46 based_on", "31 references"]);
    expect(nested(a)).toEqual(["46/2022/TT-BTC guides 31/2021/NĐ-CP"]);
  });
});

describe("a review of acts, told by a report", () => {
  const report = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSố: 301/BC-UBND\nSóc Trăng, ngày 02 tháng 12 năm 2021\nBÁO CÁO\nKết quả kiểm tra, rà soát văn bản năm 2021\n${body}\n`;

  it("'X … đã bị bãi bỏ tại (bởi) Quyết định số Y': Y repeals X", () => {
    const a = analyze(report("1. Điểm c khoản 1 Điều 4 Quy định ban hành kèm theo Quyết định số 18/2016/QĐ-UBND ngày 20/6/2016 của UBND tỉnh đã bị bãi bỏ tại Quyết định số 33/2021/QĐ-UBND ngày 15/9/2021 của UBND tỉnh."));
    expect(nested(a)).toEqual(["33/2021/QĐ-UBND~soc-trang repeals 18/2016/QĐ-UBND~soc-trang"]);
  });

  it("'Quyết định số X … hết hiệu lực' in a report tells that X ceased to apply: the report repeals nothing", () => {
    const a = analyze(report("2. Quyết định số 09/2017/QĐ-UBND ngày 03/4/2017 của UBND tỉnh hết hiệu lực do đã hết thời hạn áp dụng."));
    expect(roles(a)).toContain("09 references");
  });

  it("'Thực hiện Quyết định số A, UBND tỉnh báo cáo như sau:': the items after it are the report's content, not what A is carried out by", () => {
    const a = analyze(report("Thực hiện Quyết định số 871/QĐ-UBND ngày 05/5/2021 của Chủ tịch UBND tỉnh, Ủy ban nhân dân tỉnh báo cáo như sau:\n1. Trong năm, Ủy ban nhân dân tỉnh đã ban hành Quyết định số 21/2021/QĐ-UBND ngày 02/7/2021 bãi bỏ Quyết định số 11/2015/QĐ-UBND ngày 10/3/2015."));
    expect(roles(a).slice(1, 3)).toEqual(["871 implements", "21 references"]);
    expect(nested(a)).toEqual(["21/2021/QĐ-UBND~soc-trang repeals 11/2015/QĐ-UBND~soc-trang"]);
  });

  // Inspectorate news pages (Bà Rịa - Vũng Tàu 2021, Đồng Nai 2025): no header, the act told in prose.
  it("'… ban hành quyết định số A, thu hồi, hủy bỏ quyết định số B … và Thông báo số C …': A repeals B and C, the page none", () => {
    const a = analyze(
      "Cụ thể, Chủ tịch UBND tỉnh ban hành quyết định số 3147/QĐ-UBND, thu hồi, hủy bỏ quyết định số 579/QĐ-UBND ngày 10/3/2021 và Thông báo số 125/TB-UBND ngày 10/3/2021 của UBND tỉnh Bà Rịa - Vũng Tàu.\n" +
        "Chủ tịch UBND xã Phước Thái đã ban hành Quyết định số 3131/QĐ-UBND thu hồi, hủy bỏ Quyết định số 709/QĐ-UBND do việc thụ lý, giải quyết khiếu nại lần đầu chưa đúng quy định pháp luật.\n",
    );
    expect(roles(a)).toEqual(["3147 references", "579 references", "125 references", "3131 references", "709 references"]);
    expect(nested(a).map((r) => r.replace(/[@~][^ ]*/g, ""))).toEqual([
      "3147/QĐ-UBND repeals 579/QĐ-UBND",
      "3147/QĐ-UBND repeals 125/TB-UBND",
      "3131/QĐ-UBND repeals 709/QĐ-UBND",
    ]);
  });
});

describe("a status table: its rows speak of the document it is the history of", () => {
  it("'Lịch sử hiệu lực: Quyết định X ⏎ 10/02/2018 Được sửa đổi Y ⏎ 03/5/2021 Bị thay thế Z': Y amends X, Z replaces X", () => {
    const text = [
      "Lịch sử hiệu lực: Quyết định 07/2016/QĐ-UBND",
      "Ngày Trạng thái Văn bản nguồn",
      "01/3/2016 Văn bản được ban hành 07/2016/QĐ-UBND",
      "10/02/2018 Được sửa đổi 05/2018/QĐ-UBND",
      "20/6/2019 Được bổ sung 12/2019/QĐ-UBND",
      "03/5/2021 Bị thay thế 16/2021/QĐ-UBND",
      "",
    ].join("\n");
    expect(nested(analyze(text))).toEqual(["05/2018/QĐ-UBND amends 07/2016/QĐ-UBND", "12/2019/QĐ-UBND amends 07/2016/QĐ-UBND", "16/2021/QĐ-UBND replaces 07/2016/QĐ-UBND"]);
  });
});

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

describe("a listing's row citing its own number of another year", () => {
  // The row's number carries no year; its date does. A cited number with another year is another document.
  it.each([
    ["bãi bỏ quyết định số 17/2019/qđ-ubnd của ubnd tỉnh", { number: "17/QĐ-UBND", date: "08/04/2021" }, "17 repeals"],
    ["thu hồi quyết định số 230/qđ-ubnd ngày 02/02/2020 của ubnd tỉnh", { number: "230/QĐ-UBND", date: "15/03/2021" }, "230 repeals"],
  ])("%s", (line, known, expected) => {
    expect(roles(analyze(line, { known }))).toEqual([expected]);
  });
});

describe("a listing's row acting 'theo' another body's document", () => {
  // The row's number names its issuer; what it adjusts under another body's document it does not amend.
  it.each([
    ["điều chỉnh kế hoạch đầu tư công năm 2022 theo nghị quyết số 41/nq-hđnd ngày 08/7/2022 của hđnd tỉnh", "2150/QĐ-UBND", "41 references"],
    ["bổ sung dự toán chi thường xuyên theo quyết định số 1535/qđ-ttg", "2151/QĐ-UBND", "1535 references"],
    // Its own body's document, or words placed "tại" another's, stay amended.
    ["điều chỉnh danh mục tài sản mua sắm tập trung theo quyết định số 412/qđ-ubnd ngày 20/02/2019", "2152/QĐ-UBND", "412 amends"],
    ["điều chỉnh một số nội dung tại nghị quyết số 41/nq-hđnd ngày 08/7/2022", "25/NQ-HĐND", "41 amends"],
  ])("%s", (line, number, expected) => {
    expect(roles(analyze(line, { known: { number, date: "15/09/2022" } }))).toEqual([expected]);
  });
});

describe("an act in a description on documents left unnamed, then one named ('các nghị định hướng dẫn … và Nghị định số B')", () => {
  const pre = (basis: string) => decision(`Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n${basis}\n`, "Điều 1. Ban hành kèm theo Quyết định này Quy định.\n");
  it("the act passes over the law the unnamed ones guide and reaches the next decree", () => {
    const a = analyze(pre("Căn cứ Nghị định số 45/2011/NĐ-CP ngày 10/3/2011 của Chính phủ về việc sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Khoáng sản và Nghị định số 88/2009/NĐ-CP ngày 12/10/2009 về cấp giấy phép;"));
    expect(nested(a)).toEqual(["45/2011/NĐ-CP amends 88/2009/NĐ-CP"]);
  });
  it("a second law after the unnamed ones is theirs to guide, not the decree's to amend", () => {
    const a = analyze(pre("Căn cứ Nghị định số 45/2011/NĐ-CP ngày 10/3/2011 của Chính phủ về việc sửa đổi, bổ sung một số điều của các nghị định hướng dẫn thi hành Luật Khoáng sản và Luật Tài nguyên nước;"));
    expect(nested(a)).toEqual([]);
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

describe("the closing article's act after a long statement of when the document takes effect ('… này có hiệu lực …, … và thay thế …')", () => {
  const closing = (article: string) => decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n", `Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n${article}\n`);
  it.each([
    ["Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký, được đăng trên Công báo tỉnh chậm nhất là 05 ngày sau khi ký và thay thế Quyết định số 31/2009/QĐ-UBND ngày 04 tháng 8 năm 2009 của Ủy ban nhân dân tỉnh.", ["31 replaces"]],
    ["Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2014, áp dụng cho việc chi trả từ niên độ ngân sách năm 2014, đồng thời bãi bỏ Quyết định số 08/2011/QĐ-UBND ngày 20 tháng 5 năm 2011.", ["08 repeals"]],
  ])("%s", (article, expected) => {
    expect(roles(analyze(closing(article))).filter((r) => !r.startsWith("150 "))).toEqual(expected);
  });
  it("the document's other statements before a document stay references ('Quyết định này áp dụng … và thay thế' is too far from any verb of force)", () => {
    const a = analyze(closing("Điều 2. Quyết định này áp dụng đối với các cơ quan, đơn vị trực thuộc tỉnh khi tổ chức xét tuyển viên chức sự nghiệp giáo dục và y tế theo các quy định hiện hành của pháp luật và thay thế Quyết định số 31/2009/QĐ-UBND."));
    expect(roles(a).filter((r) => !r.startsWith("150 "))).toEqual(["31 references"]);
  });
});

describe("an act on a text attached to a document, whose name the subject line spells out at length ('… Quy định … ban hành kèm theo Quyết định số X')", () => {
  it("the act reaches the decision the rules were attached to", () => {
    const title =
      "QUYẾT ĐỊNH\nVỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA TỔ CÔNG TÁC LIÊN NGÀNH KIỂM TRA, GIÁM SÁT VIỆC THỰC HIỆN CÁC QUY ĐỊNH VỀ AN TOÀN THỰC PHẨM, PHÒNG CHỐNG DỊCH BỆNH GIA SÚC, GIA CẦM VÀ QUẢN LÝ GIẾT MỔ TẬP TRUNG TẠI CÁC HUYỆN, THỊ XÃ TRÊN ĐỊA BÀN TỈNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 2210/QĐ-UBND NGÀY 14 THÁNG 9 NĂM 2017 CỦA ỦY BAN NHÂN DÂN TỈNH\n";
    const a = analyze(`ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 905/QĐ-UBND\n${title}CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi Điều 3.\n`);
    expect(roles(a)).toContain("2210 amends");
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

describe("an act's list whose items open with 'Tại' and the parts they change ('Đính chính một số nội dung sau: ⏎ 1. Tại khoản … Điều … Quyết định số …')", () => {
  it("each item's document is the one acted on; an item naming parts only names none", () => {
    const corrected = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Đính chính một số nội dung sau đây:\n1. Tại điểm c, khoản 3, Điều 2 Quyết định số 21/2019/QĐ-UBND ngày 14/5/2019 của UBND tỉnh: sửa cụm từ “Phòng Kinh tế” thành “Phòng Tài chính - Kế hoạch”.\n2. Tại khoản 1 Điều 6: sửa “30 ngày” thành “20 ngày”.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
      ),
    );
    expect(roles(corrected)).toEqual(["150 self", "21 corrects"]);
    const amended = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Sửa đổi, bổ sung một số nội dung sau:\n1. Tại khoản 2 Điều 4 Quyết định số 33/2021/QĐ-UBND ngày 02/8/2021 của UBND tỉnh: thay cụm từ “cấp huyện” bằng cụm từ “cấp xã”.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
      ),
    );
    expect(roles(amended)).toEqual(["150 self", "33 amends"]);
  });
});

describe("a plural back-reference ('các Nghị quyết nêu trên')", () => {
  it("carries no role to the documents named before: which of them the words mean is not written, and identity is never guessed", () => {
    const text = [
      "Chính phủ đã ban hành Nghị quyết số 12/NQ-CP ngày 2/3/2021 về phòng dịch và Nghị quyết số 15/NQ-CP ngày 9/3/2021 về hỗ trợ người lao động.",
      "Thực hiện các Nghị quyết nêu trên, Bộ Y tế đề nghị các địa phương khẩn trương triển khai.",
      "Bãi bỏ các Quyết định nêu trên.",
    ].join("\n");
    const a = analyze(text);
    expect(a.citations.map((c) => [c.id, c.role])).toEqual([["12/NQ-CP@2021", "references"], ["15/NQ-CP@2021", "references"]]);
    expect(a.relations.map((r) => r.type)).toEqual(["references", "references"]);
  });
});

describe("a chapter's heading names its act ('Chương I ⏎ SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ …')", () => {
  /** A ministry's circular that changes several others, one chapter each, laid out as published. */
  const circular = (chapters: string) =>
    `BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 45/2026/TT-BTC\n\nHà Nội, ngày 6 tháng 5 năm 2026\n\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của các Thông tư về quản lý phí\n\nCăn cứ Nghị định số 29/2025/NĐ-CP;\n\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của các Thông tư về quản lý phí.\n\n${chapters}`;
  it("the act in a chapter's heading in capitals is the circular's own, the first chapter as the others", () => {
    const a = analyze(
      circular(
        "Chương I\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 12/2023/TT-BTC NGÀY 3 THÁNG 2 NĂM 2023 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH VỀ PHÍ THẨM ĐỊNH\n\nĐiều 1. Sửa đổi khoản 2 Điều 4 như sau.\n\n" +
          "CHƯƠNG II\n\nBÃI BỎ THÔNG TƯ SỐ 30/2022/TT-BTC\n\nĐiều 2. Bãi bỏ toàn bộ Thông tư nêu trên.\n\n" +
          "**Chương 3**\n\n**THAY THẾ THÔNG TƯ SỐ 41/2021/TT-BTC**\n\nĐiều 3. Hiệu lực thi hành.",
      ),
    );
    expect(roles(a)).toEqual(["45 self", "29 based_on", "12 amends", "30 repeals", "41 replaces"]);
  });
  it("a chapter's heading without an act, and 'Chương trình', name no act", () => {
    const a = analyze(circular("Chương I\n\nQUY ĐỊNH VỀ THÔNG TƯ SỐ 12/2023/TT-BTC\n\nĐiều 1. Nội dung như sau.\n\nChương trình số 15/2026/TT-BTC được giữ nguyên.\n\nĐiều 2. Hiệu lực thi hành."));
    expect(roles(a)).toEqual(["45 self", "29 based_on", "12 references", "15 references"]);
  });
});

describe("a passive cue in parentheses after the document it speaks of ('Luật A năm 2015 (được sửa đổi, bổ sung năm 2025) và Nghị quyết số B')", () => {
  it("ends with the parenthesis: a document after its closing mark did not amend A", () => {
    expect(nested(analyze("Việc kiểm tra thực hiện theo Điều 12 của Luật Thanh tra năm 2010 (được sửa đổi, bổ sung năm 2022) và Nghị quyết số 45/2023/UBTVQH15."))).toEqual([]);
    expect(nested(analyze("Áp dụng Quyết định số 30/2019/QĐ-UBND (đã được sửa đổi) và Quyết định số 41/2021/QĐ-UBND của tỉnh."))).toEqual([]);
  });
  it("the amenders inside the parentheses still amend it; the list then goes on with the amended document's cue", () => {
    const a = analyze("Căn cứ Nghị định số 61/2018/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP, Nghị định số 45/2024/NĐ-CP) và Thông tư số 01/2025/TT-VPCP;");
    expect(nested(a)).toEqual(["107/2021/NĐ-CP amends 61/2018/NĐ-CP", "45/2024/NĐ-CP amends 61/2018/NĐ-CP"]);
    expect(roles(a)).toEqual(["61 based_on", "107 based_on", "45 based_on", "01 based_on"]);
  });
  it("a parenthesis opened after the cue does not end it ('… bởi Luật số B (có hiệu lực từ …) và Luật số C')", () => {
    expect(nested(analyze("Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15 (có hiệu lực từ ngày 01/8/2024) và Luật số 47/2024/QH15;"))).toEqual([
      "43/2024/QH15 amends 31/2024/QH15",
      "47/2024/QH15 amends 31/2024/QH15",
    ]);
  });
  it("reads a long run of parentheses in linear time", () => {
    const run = (n: number) => "Căn cứ Quyết định số 30/2019/QĐ-UBND (được sửa đổi bởi " + "(".repeat(n) + "Quyết định số 41/2021/QĐ-UBND" + ")".repeat(n) + " và Quyết định số 42/2021/QĐ-UBND;";
    // Four times the run: about four times the cost when linear, sixteen when quadratic.
    expect(cpuRatio((t) => analyze(t), run(8_000), run(2_000))).toBeLessThan(8);
  });
});

describe("a member after a document whose description ends with another ('A ngày D1 … về tổng kết B và C ngày D2', D2 after D1)", () => {
  const plan = (opening: string) => `Kế hoạch thực hiện các kết luận của Trung ương\n${opening}\nI. MỤC ĐÍCH, YÊU CẦU`;

  it("joins C to the list A heads: C, issued after A, cannot be named in A's description", () => {
    const a = analyze(plan("Để triển khai có hiệu quả các nhiệm vụ nêu tại Kết luận số 45-KL/TW ngày 10/01/2024 của Bộ Chính trị về tổng kết Nghị quyết số 26-NQ/TW và Kết luận số 52-KL/TW ngày 20/3/2024 của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:"));
    expect(roles(a)).toEqual(["45 implements", "26 references", "52 implements"]);
    const b = analyze(plan("Thực hiện Quyết định số 310/QĐ-TTg ngày 02/3/2023 của Thủ tướng Chính phủ về việc sơ kết Chỉ thị số 16/CT-TTg và Quyết định số 615/QĐ-TTg ngày 15/5/2023 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:"));
    expect(roles(b)).toEqual(["310 implements", "16 references", "615 implements"]);
  });

  it("leaves in A's description a member dated before A, or undated", () => {
    const a = analyze(plan("Thực hiện Kết luận số 45-KL/TW ngày 10/01/2024 của Bộ Chính trị về tổng kết Nghị quyết số 26-NQ/TW ngày 03/6/2017 và Nghị quyết số 27-NQ/TW ngày 21/5/2018 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:"));
    expect(roles(a)).toEqual(["45 implements", "26 references", "27 references"]);
    const b = analyze(plan("Thực hiện Kết luận số 45-KL/TW ngày 10/01/2024 của Bộ Chính trị về tổng kết Nghị quyết số 26-NQ/TW và Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:"));
    expect(roles(b)).toEqual(["45 implements", "26 references", "27 references"]);
  });
});

describe("a twin after a document whose description ends with another ('A sửa đổi B ngày D … hướng dẫn Luật X và C ngày D', C of B's series)", () => {
  // Decree 187/2025/NĐ-CP's title, as local regulations of late 2025 cite it in full (Quyết định số
  // 043/2025/QĐ-UBND of Đắk Lắk, and a 2026 report on Công văn 55/KTVB&TCTHPL-KGVX).
  const basis =
    "Căn cứ Nghị định số 187/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;";

  it("joins C to the list B is in: the amender acts on both, and B does not guide its twin", () => {
    const a = analyze(decision(basis, "Điều 1. Ban hành kèm theo Quyết định này Quy định."));
    expect(nested(a)).toEqual([
      "187/2025/NĐ-CP amends 78/2025/NĐ-CP",
      "78/2025/NĐ-CP guides law:ban-hanh-van-ban-quy-pham-phap-luat@?",
      "187/2025/NĐ-CP amends 79/2025/NĐ-CP",
    ]);
    expect(roles(a)).toEqual(["150 self", "187 based_on", "78 references", "79 references"]);
  });
  it("inside a passive parenthesis too ('Điều 28 Nghị định A (được sửa đổi, bổ sung bởi … Nghị định B … của Nghị định C … và Nghị định A …)')", () => {
    const a = analyze(
      "Điều 28 Nghị định 79/2025/NĐ-CP (được sửa đổi, bổ sung bởi khoản 9 Điều 2 Nghị định 187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ Sửa đổi, bổ sung một số điều của Nghị định 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra) quy định.",
    );
    expect(nested(a).filter((e) => e.startsWith("78/2025/NĐ-CP"))).toEqual(["78/2025/NĐ-CP guides law:ban-hanh-van-ban-quy-pham-phap-luat@?"]);
    expect(nested(a)).toContain("187/2025/NĐ-CP amends 78/2025/NĐ-CP");
  });
  it("a member of B's series of another day is left to B's cue", () => {
    const a = analyze(decision(basis.replace("79/2025/NĐ-CP ngày 01 tháng 4 năm 2025", "79/2024/NĐ-CP ngày 01 tháng 4 năm 2024"), "Điều 1. Ban hành kèm theo Quyết định này Quy định."));
    expect(nested(a)).toContain("78/2025/NĐ-CP guides 79/2024/NĐ-CP");
  });
  it("a document of another series dated the same day is left to B's cue", () => {
    const a = analyze(decision(basis.replace("Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ", "Thông tư số 79/2025/TT-BTP ngày 01 tháng 4 năm 2025 của Bộ Tư pháp"), "Điều 1. Ban hành kèm theo Quyết định này Quy định."));
    expect(nested(a)).toContain("78/2025/NĐ-CP guides 79/2025/TT-BTP");
  });
});

describe("'(Ban hành kèm theo …)' under the title", () => {
  const circular = (heading: string) =>
    `BỘ TÀI CHÍNH\n${heading}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 01 tháng 11 năm 2000\nTHÔNG TƯ\nHướng dẫn thực hiện Quy chế quản lý vốn viện trợ\n(Ban hành kèm theo Quyết định số 28/1999/QĐ-TTg ngày 23/2/1999 của Thủ tướng Chính phủ)\n\nThực hiện Quyết định số 28/1999/QĐ-TTg, Bộ Tài chính hướng dẫn như sau:\n`;

  it("names what issued a document printed without a number of its own (attached rules)", () => {
    const a = analyze(circular("").replace("THÔNG TƯ", "QUY CHẾ").replace("Hướng dẫn thực hiện Quy chế", "Quản lý"));
    expect(a.citations[0].role).toBe("promulgated_by");
  });

  it("is not what issued a document numbered on its own: its title names the rules the parenthesis speaks of, and says what it does to them", () => {
    const a = analyze(circular("Số: 04/2000/TT-BTC\n"));
    expect(a.self.id).toBe("04/2000/TT-BTC");
    // Before: promulgated_by, as if the circular were attached to the decision.
    expect(a.citations.map((c) => c.role)).toEqual(["self", "guides", "implements"]);
    const amending = analyze(
      circular("Số: 05/2001/TT-BTC\n")
        .replace("Hướng dẫn thực hiện Quy chế", "Sửa đổi, bổ sung một số điều của Quy chế")
        .replace("Thực hiện Quyết định", "Theo Quyết định"),
    );
    expect(amending.citations.map((c) => c.role)).toEqual(["self", "amends", "references"]);
  });

  it("is read so only right under the title: further down, the clause's own reading stands", () => {
    const a = analyze(circular("Số: 04/2000/TT-BTC\n").replace("(Ban hành kèm theo", "Nội dung sau.\n(Ban hành kèm theo"));
    expect(a.citations[1].role).not.toBe("guides");
  });
});

describe("an amending title's list: the next document of the amended one's own series after a document its description named", () => {
  const circular = (title: string) =>
    `BỘ TÀI CHÍNH\nSố: 12/2024/TT-BTC\nHà Nội, ngày 15 tháng 3 năm 2024\nTHÔNG TƯ\n${title}\nCăn cứ Nghị định số 14/2023/NĐ-CP ngày 20 tháng 4 năm 2023 của Chính phủ;\nBộ trưởng Bộ Tài chính ban hành Thông tư.\n`;
  const own = (a: ReturnType<typeof analyze>) => a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${r.to}`);

  it("'Sửa đổi … Thông tư số A/TT-BTC hướng dẫn Nghị định số B/NĐ-CP và Thông tư số C/TT-BTC …': amends A and C; B is inside A's description", () => {
    const a = analyze(circular(
      "Sửa đổi, bổ sung một số điều của Thông tư số 78/2021/TT-BTC ngày 17 tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ và Thông tư số 39/2014/TT-BTC ngày 31 tháng 3 năm 2014 của Bộ trưởng Bộ Tài chính về hóa đơn",
    ));
    expect(own(a).filter((x) => !x.startsWith("based_on"))).toEqual(["amends 78/2021/TT-BTC", "amends 39/2014/TT-BTC"]);
  });

  it("a document of the described one's kind after 'và' stays inside the description ('… hướng dẫn Nghị định số B và Nghị định số C')", () => {
    const a = analyze(circular(
      "Sửa đổi, bổ sung một số điều của Thông tư số 78/2021/TT-BTC ngày 17 tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 và Nghị định số 41/2019/NĐ-CP ngày 20 tháng 6 năm 2019 của Chính phủ",
    ));
    expect(own(a).filter((x) => !x.startsWith("based_on"))).toEqual(["amends 78/2021/TT-BTC"]);
  });

  it("another body's document of the same kind after 'và' stays inside the description ('… Thông tư số B/TT-BNV và Thông tư số C/TT-BNV')", () => {
    const a = analyze(circular(
      "Sửa đổi, bổ sung một số điều của Thông tư số 78/2021/TT-BTC ngày 17 tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 và Thông tư số 05/2021/TT-BNV ngày 10 tháng 5 năm 2021 của Bộ trưởng Bộ Nội vụ",
    ));
    expect(own(a).filter((x) => !x.startsWith("based_on"))).toEqual(["amends 78/2021/TT-BTC"]);
  });
});

describe("a closing article's heading printed on its line before its first sentence", () => {
  const doc = (article: string) =>
    `ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nSố: 12/2024/QĐ-UBND\nBình An, ngày 04 tháng 9 năm 2024\nQUYẾT ĐỊNH\nBan hành Quy định về quản lý chợ\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.\n${article}\n`;
  const own = (a: ReturnType<typeof analyze>) => a.relations.filter((r) => r.from === a.self.id).map((r) => `${r.type} ${r.to}`);

  it("'Điều 2. Hiệu lực thi hành Quyết định này có hiệu lực … và thay thế Quyết định số X': replaces X", () => {
    expect(own(analyze(doc("Điều 2. Hiệu lực thi hành Quyết định này có hiệu lực thi hành kể từ ngày 14 tháng 9 năm 2024 và thay thế Quyết định số 17/2016/QĐ-UBND ngày 25 tháng 02 năm 2016 của Ủy ban nhân dân tỉnh."))))
      .toEqual(["replaces 17/2016/QĐ-UBND"]);
  });

  it("'Điều 2. Điều khoản thi hành Quyết định này … bãi bỏ Quyết định số X': repeals X", () => {
    expect(own(analyze(doc("Điều 2. Điều khoản thi hành Quyết định này có hiệu lực kể từ ngày ký và bãi bỏ Quyết định số 05/2015/QĐ-UBND ngày 12 tháng 3 năm 2015 của Ủy ban nhân dân tỉnh."))))
      .toEqual(["repeals 05/2015/QĐ-UBND"]);
  });

  it("another heading before 'Quyết định này' is not passed over ('Điều 2. Ông Nguyễn Văn A Quyết định này …' names no act)", () => {
    expect(own(analyze(doc("Điều 2. Các ông bà có tên và Quyết định này thay thế Quyết định số 17/2016/QĐ-UBND ngày 25 tháng 02 năm 2016."))))
      .toEqual(["references 17/2016/QĐ-UBND"]);
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

describe("a second guiding verb in one subject ('quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật X')", () => {
  // The title formula of decrees made under Luật BHVBQPPL 2025 (Nghị định 78/2025/NĐ-CP, 79/2025/NĐ-CP,
  // 163/2025/NĐ-CP): the law is guided, though the words after the first verb run past its reach.
  it("the document's own title guides the law", () => {
    const a = analyze(
      "CHÍNH PHỦ\nSố: 163/2025/NĐ-CP\nHà Nội, ngày 29 tháng 6 năm 2025\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Dược số 44/2024/QH15\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n",
    );
    expect(roles(a)).toEqual(["163 self", "44 guides", "63 based_on"]);
  });
  it("a cited decree's description guides the law it names", () => {
    const a = decision(
      "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;",
      "Điều 1. Ban hành kèm theo Quyết định này Quy định về kiểm tra văn bản.",
    );
    expect(nested(analyze(a))).toContain("78/2025/NĐ-CP guides 64/2025/QH15");
  });
  it("a noun before the second verb still ends the reach ('… và kết quả hướng dẫn thi hành')", () => {
    const a = decision(
      "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, đánh giá kết quả hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;",
      "Điều 1. Ban hành kèm theo Quyết định này Quy định về kiểm tra văn bản.",
    );
    expect(nested(analyze(a))).not.toContain("78/2025/NĐ-CP guides 64/2025/QH15");
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

// fresh28e: pages about list documents (2021-2026). A page that tells of a mass repeal, or a law site's list of
// related documents above a decision, lists documents it does nothing to.
describe("lists a page names but does not act on", () => {
  it("a news page telling which documents a circular repealed ('tại Thông tư số X … đã bãi bỏ …, cụ thể: 1. …'): the page repeals nothing", () => {
    const a = analyze(
      "Cụ thể, tại Thông tư số 47/2025/TT-BYT do Bộ trưởng Bộ Y tế vừa ký ban hành ngày 30/12/2025 đã bãi bỏ toàn bộ 43 văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành, liên tịch ban hành, cụ thể:\n\n" +
        "1. Quyết định số 37-BYT/QĐ ngày 29/01/1972 của Bộ trưởng Bộ Y tế về việc ban hành 5 tiêu chuẩn ngành y tế.\n\n" +
        "2. Quyết định số 1716/1999/QĐ-BYT ngày 04/06/1999 của Bộ trưởng Bộ Y tế về tổ chức và chức năng, nhiệm vụ của Ban phòng chống AIDS.",
    );
    expect(a.self.number).toBeNull();
    expect(roles(a)).toEqual(["47 references", "37 references", "1716 references"]);
  });

  it("'Bộ … vừa ban hành Thông tư số X về việc bãi bỏ …' then 'Các văn bản bị bãi bỏ gồm A; B': the page repeals nothing", () => {
    const a = analyze(
      "Bộ Nội vụ vừa ban hành Thông tư số 02/2026/TT-BNV về việc bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Nội vụ ban hành.\n\n" +
        "Các văn bản bị bãi bỏ gồm Quyết định số 61/2005/QĐ-BNV ngày 15.6.2005 ban hành tạm thời chức danh và mã số ngạch; Thông tư số 09/2007/TT-BNV ngày 26.11.2007 hướng dẫn về kho lưu trữ chuyên dụng.",
    );
    expect(roles(a)).toEqual(["02 references", "61 references", "09 references"]);
  });

  it("a law site's related list above the decision ('- 1Nghị định 63/2010/NĐ-CP về …'): references; the decision's Căn cứ is its basis", () => {
    const a = analyze(
      "- 1Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục hành chính\n- 2Thông tư 01/2018/TT-VPCP hướng dẫn Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa\n" +
        "- 3Quyết định 3279/QĐ-BNN-VP năm 2021 công bố thủ tục hành chính được sửa đổi, bổ sung mức phí, lệ phí\n" +
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1650/QĐ-UBND | Bắc Giang, ngày 03 tháng 8 năm 2021 |\nQUYẾT ĐỊNH\n" +
        "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG MỨC PHÍ, LỆ PHÍ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n" +
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\n",
    );
    expect(a.self.number).toBe("1650");
    expect(roles(a)).toEqual(["63 references", "01 references", "61 references", "3279 references", "1650 self", "63 based_on"]);
  });

  it("a related list's catalogue decision ('- 2Quyết định 318/QĐ-UBND năm 2020 công bố Danh mục văn bản … hết hiệu lực …'): its title's cue is said of the documents it lists", () => {
    // As hethongphapluat prints it above 55/2012/QĐ-UBND (HCM) and 70/2013/NQ-HĐND (Tiền Giang).
    const a = analyze(
      "- 1Quyết định 06/2019/QĐ-UBND bãi bỏ văn bản do thành phố Hồ Chí Minh ban hành\n" +
        "- 2Quyết định 318/QĐ-UBND năm 2020 công bố Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân thành phố Hồ Chí Minh hết hiệu lực, ngưng hiệu lực toàn bộ hoặc một phần năm 2019\n" +
        "- 3Quyết định 4300/QĐ-UBND năm 2017 công bố danh mục các văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh Tiền Giang hết hiệu lực toàn bộ hoặc một phần năm 2016\n" +
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 55/2012/QĐ-UBND | Thành phố Hồ Chí Minh, ngày 10 tháng 12 năm 2012 |\n" +
        "Căn cứ Quyết định số 1792/QĐ-TTg ngày 30 tháng 11 năm 2012 của Thủ tướng Chính phủ về giao dự toán ngân sách nhà nước năm 2013;\n",
    );
    expect(roles(a)).toEqual(["06 references", "318 references", "4300 references", "55 self", "1792 based_on"]);
  });
});
