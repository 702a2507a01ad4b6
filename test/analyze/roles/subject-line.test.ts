/**
 * The role reading (src/analyze/roles/): a document's subject line (V/v, Về việc …), which listings
 * publish alone and lower-cased.
 * Each way real drafting states a relation (issue 12; DOMAIN.md §4), one sentence shape per test,
 * taken from published documents (the development corpus and the seeds).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";
import { roles, citedRoles } from "../../helpers/roles.js";

const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`);

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
    // The work before "theo" in 21 words (fixtures/fresh/listing60 row 69, Bình Dương's 527/UBND-VX): within a subject line's reach.
    ["v/v triển khai tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích theo quyết định số 45/2016/qđ-ttg.", "45 implements"],
    // A scheme's title names a long policy before "theo" (TITLE_THEO_WORDS): 29 words in Bình Phước's 731/QĐ-UBND
    // (fixtures/fresh/fresh65a-001), whose gold reads implements, as fresh29e-027's for a plan's title of 32.
    ["PHÊ DUYỆT ĐỀ ÁN THỰC HIỆN CHÍNH SÁCH ĐẶC THÙ HỖ TRỢ PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC GIAI ĐOẠN 2019-2020 THEO QUYẾT ĐỊNH SỐ 2085/QĐ-TTG NGÀY 31/10/2016 CỦA THỦ TƯỚNG CHÍNH PHỦ", "2085 implements"],
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
    // A review at the term's midpoint (listing50 rows 73, 136): "giữa nhiệm kỳ" between the review and the cue.
    "Báo cáo Sơ kết giữa nhiệm kỳ thực hiện Chương trình số 03-CTr/TU của Thành ủy",
    "Tổ chức sơ kết giữa nhiệm kỳ thực hiện Chương trình số 03-CTr/TU ngày 17/3/2021 của Thành ủy",
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
    // The difficulties met in carrying a document out (body33-002, fresh43b-005): a letter settles them.
    "V/v xử lý vướng mắc thực hiện Công văn số 451/TCHQ-GSQL ngày 25/01/2018",
    // The cue qualifies a noun: the land where projects are expected to be carried out (listing44 row 26).
    "Thông qua danh mục khu đất dự kiến thực hiện dự án thí điểm trên địa bàn tỉnh năm 2026 (đợt 1) theo Nghị quyết số 171/2024/QH15 của Quốc hội.",
    // The act is on the plan named by its kind alone; the plan, not the document, carries the other out.
    "điều chỉnh kế hoạch triển khai thực hiện quyết định số 1560/qđ-ttg của thủ tướng chính phủ",
    "sửa đổi, bổ sung kế hoạch hành động thực hiện nghị quyết số 41/nq-cp ngày 09/4/2021",
    "bãi bỏ chương trình thực hiện chỉ thị số 12/ct-ttg ngày 25/4/2019",
    // The plan named by its kind and its owner ("của Chính phủ", "của UBND tỉnh X") before the cue.
    "sửa đổi, bổ sung nhiệm vụ trong chương trình hành động của chính phủ thực hiện nghị quyết số 18-nq/tw ngày 25/10/2017",
    "bãi bỏ kế hoạch của ủy ban nhân dân tỉnh kon tum triển khai chỉ thị số 09/ct-ttg ngày 10/3/2022",
    "điều chỉnh kế hoạch hành động của sở tài chính thực hiện quyết định số 1250/qđ-ttg ngày 21/10/2021",
    // Past a subject line's reach (TITLE_THEO_WORDS): "theo" after more words than a title's work runs to.
    "thực hiện chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi trên địa bàn tỉnh bình phước giai đoạn 2019-2020 với các nội dung hỗ trợ sản xuất theo quyết định số 2085/qđ-ttg",
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

describe("a guidance that writes into the document it names, and a term extended (fixtures/fresh/CONVENTIONS.md §7, §8)", () => {
  it.each([
    // Thông tư 07/2010/TT-BTC (fixtures/fresh/listing51 row 65); fresh47d-018's subject; fresh39c-006 stays guides.
    ["V/v Hướng dẫn sửa đổi, bổ sung Thông tư số 45/2008/TT-BTC ngày 05/6/2008 của Bộ Tài chính hướng dẫn Chế độ tài chính", ["45 amends"]],
    ["Về việc hướng dẫn bổ sung thông tư số 69/TC-TCT ngày 5/11/1996 của Bộ Tài chính", ["69 amends"]],
    ["Kết luận hướng dẫn bổ sung thực hiện Quy định số 1913-QĐ/TU ngày 20/5/2020", ["1913 guides"]],
    ["Hướng dẫn bổ sung việc thực hiện Thông tư số 45/2008/TT-BTC", ["45 guides"]],
  ])("'hướng dẫn (sửa đổi,) bổ sung' before a document: %s", (line, expected) => {
    expect(citedRoles(analyze(line))).toEqual(expected);
  });

  it.each([
    // Bộ NN&PTNT 86/QĐ-BNN-CB (listing51 row 70); 25/2026/NQ-CP (fresh48a-001).
    ["Quyết định gia hạn thời gian thực hiện quyết định số 1871/QĐ-BNN-CB ngày 05/07/2010 của Bộ nông nghiệp và phát triển nông thôn", ["1871 amends"]],
    ["Về việc kéo dài thời hạn áp dụng của Nghị định số 72/2026/NĐ-CP ngày 09 tháng 3 năm 2026 của Chính phủ", ["72 amends"]],
    // Without "thời gian": Bộ Tài chính 4126/BTC-CST (listing57 row 32); with the new end date before the
    // document: Bộ Thủy sản 553/2006/QĐ-BTS (listing56 row 96).
    ["Về việc gia hạn thực hiện Thông tư 207/2012/TT-BTC", ["207 amends"]],
    ["V/v gia hạn thực hiện đến ngày 31/08/2006 của Quyết định số 344/2001/QĐ-BTS ngày 02/05/2001 của Bộ trưởng Bộ Thủy sản", ["344 amends"]],
    ["gia hạn thực hiện đến hết ngày 30 tháng 6 năm 2026 của nghị định số 72/2026/nđ-cp", ["72 amends"]],
    // A project's work extended, or a carrying out stopped: not the document's term.
    ["Gia hạn thời gian thực hiện dự án tại Quyết định số 33/QĐ-UBND ngày 09/3/2026", ["33 references"]],
    ["Gia hạn thực hiện dự án đến ngày 30/6/2026 tại Quyết định số 33/QĐ-UBND ngày 09/3/2026", ["33 references"]],
    ["V/v dừng thực hiện Thông tư số 06/2015/TT-BTC", ["06 references"]],
  ])("a term extended: %s", (line, expected) => {
    expect(citedRoles(analyze(line))).toEqual(expected);
  });
});
