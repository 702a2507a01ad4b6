import { describe, expect, it } from "vitest";
import { rolesByNumber as rolesOf } from "../../helpers/roles.js";

// A sentence opening with the document's own "Thực hiện X" may go on to tell what other bodies did under
// X ("…, các cơ quan, đơn vị, địa phương đã quán triệt …"): X is cited, not carried out by the document.
describe("a sentence that retells other bodies' work under a document", () => {
  it("\"Thực hiện A; B, C, các cơ quan, đơn vị, địa phương đã quán triệt …\" (a directive of Quảng Bình)", () => {
    const text =
      "CHỈ THỊ\nVỀ VIỆC TĂNG CƯỜNG THỰC HIỆN NHIỆM VỤ NGÂN SÁCH NĂM 2015\nThực hiện Nghị quyết số 01/NQ-CP ngày 03/01/2015 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu năm 2015; Nghị quyết số 95/2014/NQ-HĐND ngày 11/12/2014 của HĐND tỉnh về nhiệm vụ năm 2015, Quyết định số 159/QĐ-UBND ngày 20/01/2015 của UBND tỉnh ban hành kế hoạch hành động, các cơ quan, đơn vị,\nđịa phương đã quán triệt và triển khai thực hiện các nhiệm vụ được giao.\nĐể hoàn thành nhiệm vụ, Chủ tịch UBND tỉnh yêu cầu các Sở, ngành thực hiện tốt các nội dung sau.";
    expect(rolesOf(text)).toEqual({ "01": "references", "95": "references", "159": "references" });
  });

  it("across \";\" clauses, a body at the level of many communes: \"…; đặc biệt Ban giảm nghèo xã phường , thị trấn đã tích cực …\" (a plan of Hà Nội)", () => {
    const text =
      "Thực hiện Kế hoạch liên tịch số 77/KH-LT ngày 03/6/2009 của UBND và UB MTTQ Thành phố về hỗ trợ hộ nghèo , dưới sự chỉ đạo sâu sát của Thành uỷ , UBND Thành phố ; sự phối kết hợp của Ban Chỉ đạo Thành phố , quận huyện ; đặc biệt Ban giảm nghèo xã phường , thị trấn đã tích cực triển khai rà soát . \n";
    expect(rolesOf(text)).toEqual({ "77": "references" });
  });

  it("the issuer's own past act, or no subject, keeps implements", () => {
    // "…; trên cơ sở …, Bộ Giáo dục và Đào tạo đã có Công văn …": one body, named (a ministry's letter, fixtures/fresh/
    // fresh30b-017), under its heading. Session 56 (fixtures/fresh/CONVENTIONS.md §13) overrules the bare sentence's
    // reading: without a heading, and with no request of the body's after it, the page only tells (below).
    const letter = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2102/BGDĐT-NGCBQLCSGD\nV/v tổ chức thi thăng hạng\n\n";
    expect(
      rolesOf(
        letter + "Thực hiện Nghị định số 29/2012/NĐ-CP ngày 12/4/2012 của Chính phủ về tuyển dụng viên chức; trên cơ sở ý kiến thống nhất của Bộ Nội vụ, Bộ Giáo dục và Đào tạo đã có văn bản gửi các Bộ, ngành, địa phương về việc tổ chức thi thăng hạng.",
      ),
    ).toEqual({ "2102": "self", "29": "implements" });
    // A Sở's letter on its site, no heading of its own but its request after the sentence (held fresh29d-008's shape).
    expect(
      rolesOf("Thực hiện Công văn số 866/UBND-KT2 ngày 18/4/2019 của UBND tỉnh Hưng Yên, Sở Nông nghiệp và PTNT đã xây dựng 02 Đề cương Đề án.\n\nĐể bản dự thảo hoàn chỉnh hơn, Sở Nông nghiệp và PTNT đề nghị các UBND huyện tham gia ý kiến."),
    ).toEqual({ "866": "implements" });
    // "các đơn vị đã được giao nhiệm vụ" names the bodies by what befell them; the main verb is an instruction.
    expect(
      rolesOf("Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2020 của UBND tỉnh, các đơn vị đã được giao nhiệm vụ tiếp tục thực hiện các nội dung sau:"),
    ).toEqual({ "12": "implements" });
  });
});

// A page with no heading of its own that tells one named body's past act under X, and does not speak as that body,
// tells of the act: X is not the page's (session 56, conv56: fixtures/fresh/CONVENTIONS.md §13 (a), fresh54h-011;
// dev-050's press article). Before session 56 the bare sentence kept implements (the case above, overruled).
describe("a page of no heading that tells one named body's act under a document", () => {
  const portal = (after: string) =>
    "Tiên Phước: công tác Khoa giáo- văn hóa, văn nghệ quý I đạt nhiều kết quả\n\nThực hiện Quyết định 238- QĐ/TW của Ban Bí thư Trung ương Đảng, khóa XII về ban hành Quy chế phối hợp giữa Ban Tuyên giáo các cấp với cơ quan Nhà nước cùng cấp; Ban Tuyên giáo Huyện ủy đã phối hợp chặt chẽ với Hội đồng Nhân dân, Ủy ban Nhân dân huyện trên các nhiệm vụ." +
    after;

  it("\"Thực hiện Quyết định 238- QĐ/TW …; Ban Tuyên giáo Huyện ủy đã phối hợp …\" (a district portal) cites X", () => {
    expect(rolesOf(portal(""))).toEqual({ "238": "references" });
    expect(rolesOf("Thực hiện Công văn số 866/UBND-KT2 ngày 18/4/2019 của UBND tỉnh Hưng Yên, Sở Nông nghiệp và PTNT đã xây dựng 02 Đề cương Đề án.")).toEqual({ "866": "references" });
  });

  it("the body speaking after the sentence (a request, a report), or a heading of the page's own, keeps implements", () => {
    expect(rolesOf(portal("\n\nĐể hoàn thiện kế hoạch, Ban Tuyên giáo Huyện ủy trân trọng đề nghị các cơ quan góp ý."))).toEqual({ "238": "implements" });
    // "…, Trường Đại học Việt Nhật đã tiến hành triển khai theo hướng dẫn và trân trọng báo cáo …" (fresh53b-001's sentence).
    expect(rolesOf("Thực hiện Công văn số 3590/ĐHQGHN-ĐT ngày 10/7/2025 của Đại học Quốc gia Hà Nội, Trường Đại học Việt Nhật đã tiến hành triển khai theo hướng dẫn và trân trọng báo cáo như phụ lục đính kèm.")).toEqual({ "3590": "implements" });
    const report = "HUYỆN ỦY TIÊN PHƯỚC\nSố: 12-BC/HU\n\nBÁO CÁO\nCông tác Khoa giáo quý I\n\n";
    expect(rolesOf(report + portal("").split("\n\n")[1])).toEqual({ "12": "self", "238": "implements" });
  });
});

// A report tells of acts and performs none: past its first division, "Thực hiện X, Bộ đã …" records what its
// issuer did (session 34, segbody34: fixtures/fresh/seg34-007, fresh30v-010). Its opening still states what it answers.
describe("a report's record of its issuer's work under a document", () => {
  const report = (body: string) =>
    `BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 15/BC-LĐTBXH\nHà Nội, ngày 01 tháng 3 năm 2010\n\nBÁO CÁO\nTình hình thực hiện nhiệm vụ công tác tháng 02 năm 2010\n\n${body}\n`;

  it("past the first division, \"Thực hiện Quyết định số X …, Bộ đã phối hợp …\" cites X", () => {
    const roles = rolesOf(report("A. THỰC HIỆN NHIỆM VỤ CÔNG TÁC THÁNG 02\nI. Một số công tác trọng tâm\n1. Công tác người có công\nThực hiện Quyết định số 61/QĐ-CTN ngày 15 tháng 01 năm 2010 , Bộ đã phối hợp và chỉ đạo các địa phương chuyển quà của Chủ tịch nước đến các đối tượng ."));
    expect(roles["61"]).toBe("references");
  });

  it("past a division numbered \"I- \" as older texts write it (fresh55h-011)", () => {
    // The Council of State's 1984 report: "I- CÔNG TÁC LẬP PHÁP" opens its body's first division (reach-limits.ts
    // SECTION_ROMAN_DASH, CONVENTIONS.md §13 (b)), as "1. …" does.
    const state = (body: string) => `BÁO CÁO\nCÔNG TÁC CỦA HỘI ĐỒNG NHÀ NƯỚC\n\nHội đồng Nhà nước báo cáo với Quốc hội về công tác của Hội đồng Nhà nước.\n\n${body}\n`;
    expect(rolesOf(state("I- CÔNG TÁC LẬP PHÁP\n\nThi hành Chỉ thị số 52-CT/TW ngày 01-11-1984 của Ban Bí thư Trung ương Đảng, Văn phòng Quốc hội đã tổ chức cuộc họp báo."))["52"]).toBe("references");
    expect(rolesOf(state("I- CÔNG TÁC LẬP PHÁP\n\nThi hành Chỉ thị số 52-CT/TW ngày 01-11-1984 của Ban Bí thư Trung ương Đảng và quyết định của Hội đồng Nhà nước, Văn phòng Quốc hội và Hội đồng Nhà nước đã tổ chức cuộc họp báo."))["52"]).toBe("references");
    // Without the division the same sentence is the report's opening, and still carries X out.
    expect(rolesOf(state("Thi hành Chỉ thị số 52-CT/TW ngày 01-11-1984 của Ban Bí thư Trung ương Đảng, Văn phòng Quốc hội đã tổ chức cuộc họp báo."))["52"]).toBe("implements");
  });

  it("the report's opening, before any division, still carries X out", () => {
    const opening = rolesOf(report("Thực hiện Quyết định số 61/QĐ-CTN ngày 15 tháng 01 năm 2010 , Bộ đã phối hợp và chỉ đạo các địa phương chuyển quà đến các đối tượng .\nI. Kết quả"));
    expect(opening["61"]).toBe("implements");
  });
});

// "Trên cơ sở X, <a named body> đã <verb> …": the sentence tells what the body did on X's basis; the text
// rests on nothing (session 45, pairs45: fixtures/fresh/fresh44c-002 and a research article on the Học viện
// Ngân hàng's digitisation).
describe("a sentence that tells what a named body did on a basis", () => {
  it("\"Trên cơ sở A và B của Chính phủ, Bộ NN-MT đã ban hành Chương trình hành động …\" (a news page) cites A and B", () => {
    const text =
      "Trên cơ sở Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP của Chính phủ, Bộ NN-MT đã ban hành Chương trình hành động với mục tiêu xuyên suốt là phát triển nông nghiệp theo hướng sinh thái, hiện đại.";
    expect(rolesOf(text)).toEqual({ "01": "references", "02": "references" });
  });

  it("past a quoted description with its commas and years: \"…, Học viện Ngân hàng cũng đã có …\" (a research article)", () => {
    const text =
      "Hoạt động chuyển đổi số diễn ra ở nhiều nghiệp vụ. Trên cơ sở Quyết định số 131/ QĐ-TTg năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022-2025, định hướng đến năm 2030” (Thủ tướng Chính phủ, 2022), Học viện Ngân hàng cũng đã có những hành động thiết thực để thích ứng với bối cảnh phát triển chung của giáo dục đại học.";
    expect(rolesOf(text)).toEqual({ "131": "references" });
  });

  it("a plan's own opening, with no past act told, keeps its basis; \"Thực hiện\" keeps implements", () => {
    expect(
      rolesOf("Trên cơ sở Kế hoạch số 6103/KH-UBND ngày 12/3/2021 của UBND tỉnh, UBND huyện ban hành Kế hoạch thực hiện như sau:"),
    ).toEqual({ "6103": "based_on" });
    // A body's own act told in the past after "Thực hiện", no document issued ("đã có văn bản", "đã xây dựng"): kept
    // (the first describe's last case). A plan it issued, unnumbered, takes X instead: fresh39b-003's gold, revised by
    // fixtures/fresh/CONVENTIONS.md §4 (session 47), no longer keeps implements (retold.ts retellsOthersWork, ISSUED_UNNUMBERED).
    expect(
      rolesOf("Thực hiện Kế hoạch số 47/KH-UBND ngày 10/3/2020 của UBND tỉnh, Ban Chỉ đạo huyện đã ban hành Kế hoạch triển khai thực hiện trên địa bàn."),
    ).toEqual({ "47": "references" });
    // The body's act by "được" befell it: nothing told that it did.
    expect(
      rolesOf("Trên cơ sở Quyết định số 20/QĐ-UBND ngày 05/01/2020 của UBND tỉnh, Sở Tài chính đã được giao chủ trì thực hiện các nội dung sau."),
    ).toEqual({ "20": "based_on" });
  });
});

// A sector ("ngành" and its name) is one body but never a document's issuer: "Thực hiện X, ngành <Name> đã …" tells
// the sector's work (session 49, pairs49: fixtures/fresh/fresh49c-019 and the shape of pairs49-003).
describe("a sentence that tells a sector's work under a document", () => {
  it("\"Thực hiện Nghị quyết số 21-NQ/TW …, ngành Dân số tỉnh Nghệ An đã và đang chuẩn bị …\" (a tag page) cites X", () => {
    const text =
      "\nNâng cao chất lượng dân số vùng khó khăn của tỉnh Nghệ An\nThực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ 6, Ban Chấp hành Trung ương khóa XII về công tác dân số trong tình hình mới, ngành Dân số tỉnh Nghệ An đã và đang chuẩn bị những điều kiện tốt nhất.";
    expect(rolesOf(text)).toEqual({ "21": "references" });
  });

  it("\"…, ngành Công thương đã xây dựng kế hoạch …\" cites X; a sector's work still to come keeps implements", () => {
    expect(rolesOf("Thực hiện Nghị quyết số 11/NQ-CP ngày 24/02/2011 của Chính phủ, ngành Công thương đã xây dựng kế hoạch và triển khai thực hiện đồng bộ các giải pháp.")).toEqual({ "11": "references" });
    expect(rolesOf("Thực hiện Nghị quyết số 11/NQ-CP ngày 24/02/2011 của Chính phủ, ngành Công thương tập trung triển khai các giải pháp sau:")).toEqual({ "11": "implements" });
  });
});

// "năm (học) thứ N thực hiện X" names a year by X, as "năm thực hiện X" does (session 49, pairs49: fresh49c-018,
// fresh29o-021, dev-009, pairs49-001).
describe("a year counted as the Nth of carrying a document out", () => {
  it("\"Năm 2019 là năm thứ 3 thực hiện Nghị quyết 21/NQ-TW … và Nghị quyết 11/2017/NQ-HĐND …\" cites both", () => {
    const text =
      "Năm 2019 là năm thứ 3 thực hiện Nghị quyết 21/NQ-TW, ngày 25/10/2017 của BCH Trung ương Đảng về công tác dân số trong tình hình mới và Nghị quyết 11/2017/NQ-HĐND ngày 29/7/2017 của HĐND tỉnh về chính sách dân số.";
    expect(rolesOf(text)).toEqual({ "21": "references", "11": "references" });
  });

  it("in words, \"năm học thứ hai\"; without the count the year's own plan still carries X out", () => {
    expect(rolesOf("Năm học 2016-2017 là năm học thứ hai thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương.")).toEqual({ "29": "references" });
    expect(rolesOf("Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương, Sở Giáo dục và Đào tạo hướng dẫn nhiệm vụ năm học như sau:")).toEqual({ "29": "implements" });
  });
});

// A page of no heading that follows "Thực hiện X" with a named body that has ("có", "vừa có") a document it names by no
// number: X is that document's (fixtures/fresh/CONVENTIONS.md §4), and the page only tells of it (§3). Session 61
// (fresh61e-001, fresh56d-006).
describe("a page of no heading that tells of a body's unnumbered letter under a document", () => {
  const notice =
    "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 253/TB-VPCP ngày 25/7/2020 của Văn phòng Chính phủ về Kết luận cuộc họp Thường trực Chính phủ về phòng, chống dịch Covid - 19";

  it("\"Thực hiện … Thông báo số 253/TB-VPCP …. UBND tỉnh Tuyên Quang có Công văn gửi …\" (Tuyên Quang TV) cites X", () => {
    expect(rolesOf(`(TTV) Văn bản chỉ đạo của UBND tỉnh\n\n${notice}. UBND tỉnh Tuyên Quang có Công văn gửi các sở, ban, ngành về việc tăng cường các biện pháp phòng, chống dịch. Đài xin đăng toàn văn Văn bản.`)).toEqual({ "253": "references" });
    // The told letter's own request in the clause ("vừa có công văn yêu cầu …", the Yên Lạc portal's drafting).
    expect(rolesOf(`${notice}, Chủ tịch UBND huyện vừa có công văn yêu cầu các cơ quan nâng cao mức cảnh báo.`)).toEqual({ "253": "references" });
  });

  it("a heading of the page's own, the body speaking after the sentence, or its content following, keeps implements", () => {
    expect(rolesOf(`UBND TỈNH TUYÊN QUANG\nSố: 12/UBND-VX\n\n${notice}, UBND tỉnh có Công văn gửi các sở, ban, ngành.`)).toEqual({ "12": "self", "253": "implements" });
    expect(rolesOf(`${notice}. UBND tỉnh Tuyên Quang có Công văn gửi các sở, ban, ngành.\n\nĐể thực hiện tốt, UBND tỉnh đề nghị các sở nghiêm túc thực hiện.`)).toEqual({ "253": "implements" });
    expect(rolesOf(`${notice}, UBND tỉnh có kế hoạch triển khai như sau:`)).toEqual({ "253": "implements" });
  });
});
