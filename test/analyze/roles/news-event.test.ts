import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { roleOfNumber as roleOf } from "../../helpers/roles.js";

// Schools' and portals' news opens as a document would ("Thực hiện công văn số …"), then narrates the
// event held under it from its time of day: the page tells of the letter, it carries nothing out.
describe("a news item that narrates an event held under a document", () => {
  it("the next paragraph opens with the event's day: \"Sáng ngày 04/10/2020, …\" (Thái Nguyên)", () => {
    const a = analyze(
      "Thực hiện công văn số 1580/GDĐT V/v tổ chức ra quân tổng vệ sinh môi trường phục vụ đại biểu Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XX nhiệm kì 2020 - 2025.\n\nSáng ngày 04/10/2020, đoàn thanh niên Trường Mầm non Hoa Hồng đã tổ chức ra quân tổng vệ sinh môi trường.",
    );
    expect(a.citations.map((c) => c.role)).toEqual(["references"]);
    expect(a.relations.filter((r) => r.type !== "references")).toEqual([]);
  });

  it("the main clause opens with it: \"…, sáng ngày 09/01/2015, Quận Hoàng Mai đã tổ chức …\" (Hà Nội)", () => {
    const text =
      "Quận Hoàng Mai: Lễ ra quân thực hiện \"Năm trật tự văn minh đô thị 2015\"\n\nThực hiện Chỉ thị 01/CT-UBND ngày 02/01/2014 của UBND thành phố Hà Nội về thực hiện “Năm trật tự và văn minh đô thị” năm 2015, sáng ngày 09/01/2015, Quận Hoàng Mai đã tổ chức Lễ ra quân.";
    expect(roleOf(text, "01")).toBe("references");
  });

  it("a page that acts or speaks keeps its act: \"… ban hành Kế hoạch … như sau:\", \"Sở … đề nghị …\"", () => {
    expect(
      roleOf(
        "Thực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân”, Ủy ban nhân dân tỉnh Quảng Trị ban hành Kế hoạch triển khai thực hiện Đề án như sau:\n1. Tổ chức triển khai kịp thời.",
        "977",
      ),
    ).toBe("implements");
    expect(
      roleOf(
        "Thực hiện Công văn số 67/TTCS-TTTH ngày 02 tháng 02 năm 2021 của Cục Thông tin cơ sở về tuyên truyền cuộc bầu cử.\n\nSở Thông tin và truyền thông đề nghị UBND các huyện chỉ đạo các Đài Phát thanh các nội dung sau:",
        "67",
      ),
    ).toBe("implements");
  });

  it("a letter's body that tells of its own done act, an instruction from a day, keep the act", () => {
    // A department's letter printed on its portal opens so too: the act done is its own, no news.
    expect(
      roleOf(
        "Về việc tham gia ý kiến vào dự thảo Đề cương Đề án\n\nThực hiện Công văn số 866/UBND-KT2 ngày 18/4/2019 của UBND tỉnh Hưng Yên, Sở Nông nghiệp và PTNT đã xây dựng 02 Đề cương Đề án.\n\nSở Nông nghiệp và PTNT đề nghị các UBND huyện tham gia ý kiến đóng góp.",
        "866",
      ),
    ).toBe("implements");
    expect(
      roleOf(
        "Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, từ ngày 01/4/2020 đến ngày 15/4/2020 các cơ sở kinh doanh dịch vụ tạm dừng hoạt động.",
        "16",
      ),
    ).toBe("implements");
  });

  it("a document under its own heading that narrates keeps the act: a report's \"sáng ngày …, … đã tổ chức\"", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 15/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch năm 2019\n\nThực hiện Kế hoạch số 1642/KH-UBND của UBND huyện về kiểm tra công tác cải cách hành chính năm 2019, sáng ngày 05/3/2019, UBND xã đã tổ chức hội nghị triển khai đến các thôn.";
    expect(roleOf(text, "1642")).toBe("implements");
  });
});

// "Thực hiện X, …, thời gian qua, <others> …": the main clause tells of work done under X over a past span.
describe("a page that tells of work done under a document over a past span", () => {
  it("a news teaser: \"Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV, …, thời gian qua, ngành Nông nghiệp …\" (vietnam.vn, pairs49-005)", () => {
    const a = analyze(
      "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020-2025 về chủ trương phát triển chăn nuôi (CN) trở thành ngành sản xuất chính trong tổng cơ cấu nông, lâm nghiệp, thời gian qua, ngành Nông nghiệp tập trung triển khai đồng bộ nhiều giải pháp, thúc đẩy hoạt động CN phát triển tương xứng với tiềm năng tại địa phương.",
    );
    expect(a.relations.filter((r) => r.type !== "references")).toEqual([]);
  });

  it("numbered: \"Thực hiện Kế hoạch số X …, trong thời gian qua các ngành, các cấp đã …\" on a headless page", () => {
    const text =
      "Thực hiện Kế hoạch số 120/KH-UBND ngày 05/3/2021 của UBND tỉnh về phát triển chăn nuôi, trong thời gian qua các ngành, các cấp đã tập trung triển khai nhiều giải pháp.";
    expect(roleOf(text, "120")).toBe("references");
  });

  it("the span opening the next sentence: \"… đến năm 2020. Trong thời gian qua, tỉnh đã tập trung chỉ đạo …\" (Tuyên Quang portal, fixtures/fresh/fresh51b-003)", () => {
    const teaser = (next: string) =>
      `Đào tạo nghề cho lao động nông thôn gắn với xây dựng nông thôn mới\n\nThực hiện Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn đến năm 2020. ${next}`;
    expect(roleOf(teaser("Trong thời gian qua, tỉnh đã tập trung chỉ đạo, triển khai thực hiện các nhiệm vụ của Đề án."), "1956")).toBe("references");
    expect(roleOf(teaser("Thời gian vừa qua, các huyện đã mở nhiều lớp dạy nghề."), "1956")).toBe("references");
    // The next sentence acting, or naming the span inside it, is no such telling: the act stays.
    expect(roleOf(teaser("Sở Lao động đề nghị các huyện báo cáo kết quả trong thời gian qua."), "1956")).toBe("implements");
  });

  it("a span of days with both ends: \"…, từ ngày 25/5/2019 đến ngày 10/6/2019 các Tổ đại biểu HĐND tỉnh đã …\" (fresh52d-009), \"…, từ ngày 17 đến ngày 22-8 …, Bộ Chính trị tiếp tục …\" (nld.com.vn, fresh47e-018)", () => {
    const council =
      "Kết quả giải quyết kiến nghị cử tri trước kỳ họp thứ 10\nThực hiện Kế hoạch số 154/KH-HĐND, ngày 16/5/2019 của HĐND tỉnh về việc tiếp xúc cử tri trước kỳ họp thứ mười HĐND tỉnh khóa XIV, nhiệm kỳ 2016 - 2021, từ ngày 25/5/2019 đến ngày 10/6/2019 các Tổ đại biểu HĐND tỉnh đã phối hợp với Thường trực HĐND tổ chức cho đại biểu tiếp xúc cử tri.";
    expect(roleOf(council, "154")).toBe("references");
    // The span before a later document that another word binds ("theo tinh thần Chỉ thị số 35-CT/TW"), the work told
    // as done, or one named body's dated act told without "đã" (CONVENTIONS.md §13 (a)): the teaser's "tiếp tục làm việc".
    const teaser = (verb: string) =>
      `Bộ Chính trị làm việc với 11 đảng bộ trực thuộc Trung ương\nThực hiện Kết luận số 79-KL/TW ngày 16-6-2020 của Bộ Chính trị, từ ngày 17 đến ngày 22-8 (tuần đầu, đợt 2), Bộ Chính trị ${verb} theo nhóm với 11 đảng bộ trực thuộc Trung ương theo tinh thần Chỉ thị số 35-CT/TW, ngày 30-5-2019 của Bộ Chính trị.`;
    expect(roleOf(teaser("đã làm việc"), "79")).toBe("references");
    expect(roleOf(teaser("tiếp tục làm việc"), "79")).toBe("references");
    // One end alone says when an act takes effect; a span inside the description (no comma) is the document's own;
    // under a heading the span may open an instruction or a report on its own work: the act stays.
    expect(roleOf("Thực hiện Kế hoạch số 154/KH-HĐND ngày 16/5/2019 của HĐND tỉnh, từ ngày 25/5/2019 các Tổ đại biểu tổ chức tiếp xúc cử tri.", "154")).toBe("implements");
    expect(roleOf("Thực hiện Kế hoạch số 154/KH-HĐND ngày 16/5/2019 về đợt cao điểm từ ngày 25/5/2019 đến ngày 10/6/2019, Sở đề nghị các huyện báo cáo.", "154")).toBe("implements");
    const plan =
      "ỦY BAN NHÂN DÂN\nHUYỆN AN BÌNH\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nTổ chức tiếp xúc cử tri\n\nThực hiện Kế hoạch số 154/KH-HĐND ngày 16/5/2019 của HĐND tỉnh, từ ngày 25/5/2019 đến ngày 10/6/2019, UBND huyện tổ chức cho đại biểu tiếp xúc cử tri.";
    expect(roleOf(plan, "154")).toBe("implements");
  });

  it("a span's ends joined by a spaced dash: \"…, từ ngày 23/3 - 20/4/2022, Sở Tư pháp đã tổ chức …\" (baocamau.vn, fixtures/fresh/pairs60b-001), \"…, trong 02 ngày 15 - 16/9/2022, Đoàn công tác … đã tổ chức …\" (Hà Tĩnh justice portal, pairs60-001)", () => {
    // The Hà Tĩnh page: a ";" inside the first decision's description leaves the later members of the list unbound to
    // the cue, and the span opens the sentence's main clause after them; both decisions are told, neither carried out.
    const hatinh =
      "Đoàn công tác của Bộ Tư pháp làm việc tại Hà Tĩnh\n\nThực hiện Quyết định số 458/QĐ-BTP ngày 28/3/2022 của Bộ trưởng Bộ Tư pháp ban hành Kế hoạch thực hiện các Đề án về phổ biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2022, Quyết định số 1320/QĐ-BTP ngày 18/8/2021 của Bộ trưởng Bộ Tư pháp ban hành Kế hoạch thực hiện Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật, trong 02 ngày 15 - 16/9/2022, Đoàn công tác của Vụ Phổ biến, giáo dục pháp luật - Bộ Tư pháp đã tổ chức các Hội nghị tập huấn, toạ đàm và kiểm tra tại tỉnh Hà Tĩnh.";
    expect(roleOf(hatinh, "458")).toBe("references");
    expect(roleOf(hatinh, "1320")).toBe("references");
    // One named body's act over the dashed span, told without "đã", as over "từ ngày … đến ngày …".
    const page = (span: string, body = "Sở Tư pháp") =>
      `Thực hiện Kế hoạch số 25/KH-UBND ngày 02/3/2022 của UBND tỉnh về tổ chức hội nghị phổ biến pháp luật tại 7 đơn vị cấp xã, ${span} ${body} tổ chức các cuộc hội nghị phổ biến các văn bản pháp luật mới.`;
    expect(roleOf(page("từ ngày 23/3 - 20/4/2022,"), "25")).toBe("references");
    expect(roleOf(page("trong 02 ngày 15 - 16/9/2022,"), "25")).toBe("references");
    // A day written with dashes is one day (one end alone: an act taking effect), an unspaced dash is not read as the
    // span's join, many bodies may be an instruction's addressees, and a heading of its own keeps its act.
    expect(roleOf(page("từ ngày 15-9-2022,"), "25")).toBe("implements");
    expect(roleOf(page("trong 02 ngày 15-16/9/2022,"), "25")).toBe("implements");
    expect(roleOf(page("từ ngày 23/3 - 20/4/2022,", "các huyện"), "25")).toBe("implements");
    const plan = `ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: 30/KH-UBND\n\nKẾ HOẠCH\nPhổ biến pháp luật\n\n${page("từ ngày 23/3 - 20/4/2022,")}`;
    expect(roleOf(plan, "25")).toBe("implements");
  });

  it("one named body's act on a day, told without \"đã\": \"…; ngày 06/10/2021, Phòng Tư pháp huyện phối hợp …\" (Hà Tĩnh justice portal, fixtures/fresh/fresh56h-011)", () => {
    const page = (main: string) =>
      `Thực hiện Kế hoạch số 19/KH-UBND ngày 02/02/2021 của UBND huyện về thực hiện nhiệm vụ công tác tư pháp năm 2021; Văn bản số 131/TGPL-NV ngày 29/9/2021 của Trung tâm Trợ giúp pháp lý Nhà nước tỉnh; ${main}`;
    const told = page("ngày 06/10/2021, Phòng Tư pháp huyện phối hợp với Trung tâm Trợ giúp pháp lý tỉnh tổ chức cấp phát tờ gấp trợ giúp pháp lý.");
    expect(roleOf(told, "19")).toBe("references");
    expect(roleOf(told, "131")).toBe("references");
    // The same day in a comma clause of one sentence.
    expect(roleOf("Thực hiện Kế hoạch số 19/KH-UBND ngày 02/02/2021 của UBND huyện về công tác tư pháp năm 2021, ngày 06/10/2021, Phòng Tư pháp huyện tổ chức cấp phát tờ gấp.", "19")).toBe("references");
    // The body speaking as itself (its letter printed without a heading), many bodies, no day, or a heading: the act stays.
    expect(roleOf(page("ngày 06/10/2021, Phòng Tư pháp huyện đề nghị UBND các xã báo cáo kết quả."), "19")).toBe("implements");
    expect(roleOf(page("ngày 06/10/2021, các xã tổ chức cấp phát tờ gấp."), "19")).toBe("implements");
    expect(roleOf(page("Phòng Tư pháp huyện tổ chức cấp phát tờ gấp."), "19")).toBe("implements");
    const plan = `ỦY BAN NHÂN DÂN\nHUYỆN VŨ QUANG\nSố: 25/KH-UBND\n\nKẾ HOẠCH\nTruyền thông trợ giúp pháp lý\n\n${page("ngày 06/10/2021, Phòng Tư pháp huyện tổ chức cấp phát tờ gấp.")}`;
    expect(roleOf(plan, "19")).toBe("implements");
    // A date after the document's comma is its own ("Công văn số 123/UBND-VX, ngày 12/3/2021, …"), no act's day.
    expect(roleOf("Thực hiện Công văn số 123/UBND-VX, ngày 12/3/2021, Sở Y tế tổ chức kiểm tra các cơ sở.", "123")).toBe("implements");
  });

  it("the dated act opens the next sentence, its day written out: \"… (sau đây gọi là Nghị quyết hội nghị Trung ương 7). Ngày 21 tháng 7 năm 2018, Ban thường vụ Đảng ủy Trường … tổ chức hội nghị …\" (a college's news, fixtures/fresh/fresh58d-002)", () => {
    const page = (next: string) =>
      `Thực hiện Kế hoạch số 78-KH/TU, ngày 15/6/2018 của Ban Thường vụ Thành ủy Sông Công; Kế hoạch số 61-KH/ĐU của Ban Thường vụ Đảng ủy Trường CĐCN Việt Đức về tổ chức học tập, quán triệt và triển khai thực hiện Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa XII (sau đây gọi là Nghị quyết hội nghị Trung ương 7). ${next}`;
    const told = page("Ngày 21 tháng 7 năm 2018, Ban thường vụ Đảng ủy Trường CĐCN Việt Đức tổ chức hội nghị học tập, quán triệt.");
    expect(roleOf(told, "78")).toBe("references");
    expect(roleOf(told, "61")).toBe("references");
    expect(roleOf(page("Ngày 21/7/2018, Ban thường vụ Đảng ủy Trường tổ chức hội nghị học tập."), "78")).toBe("references");
    // The body speaking as itself after the day, or no body after it: the act stays.
    expect(roleOf(page("Ngày 21 tháng 7 năm 2018, Ban thường vụ Đảng ủy Trường đề nghị các chi bộ tổ chức học tập."), "78")).toBe("implements");
    expect(roleOf(page("Ngày 21 tháng 7 năm 2018, các chi bộ tổ chức học tập."), "78")).toBe("implements");
  });

  it("the day and the body opening the next sentence: \"… tỉnh Điện Biên. Ngày 4/10, Sở Nội vụ phối hợp …\" (Tủa Chùa district portal, fixtures/fresh/fresh58e-005)", () => {
    const page = (next: string) =>
      `Thực hiện Kế hoạch số 4801/KH-UBND ngày 30/12/2020 của UBND tỉnh về cải cách hành chính nhà nước năm 2021 trên địa bàn tỉnh Điện Biên.${next}`;
    expect(roleOf(page(" Ngày 4/10, Sở Nội vụ phối hợp với UBND huyện Tủa Chùa tổ chức bồi dưỡng nghiệp vụ cải cách hành chính."), "4801")).toBe("references");
    expect(roleOf(page("\n\nNgày 10/11/2015, Huyện ủy đã triển khai kế hoạch tới các chi bộ."), "4801")).toBe("references");
    // No named body after the day, or the body speaking as itself, or a heading of its own: the act stays.
    expect(roleOf(page(" Ngày 4/10, các xã tổ chức bồi dưỡng."), "4801")).toBe("implements");
    expect(roleOf(page(" Ngày 4/10, Sở Nội vụ đề nghị UBND các huyện báo cáo kết quả."), "4801")).toBe("implements");
    const plan = `ỦY BAN NHÂN DÂN\nHUYỆN TỦA CHÙA\nSố: 25/KH-UBND\n\nKẾ HOẠCH\nBồi dưỡng nghiệp vụ\n\n${page(" Ngày 4/10, Sở Nội vụ phối hợp với UBND huyện tổ chức bồi dưỡng.")}`;
    expect(roleOf(plan, "4801")).toBe("implements");
  });

  it("under a heading the same words keep the act (a report on its own work), and a present act keeps it", () => {
    const report =
      "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 15/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch năm 2021\n\nThực hiện Kế hoạch số 120/KH-UBND ngày 05/3/2021 của UBND huyện, thời gian qua, UBND xã đã tổ chức triển khai đến các thôn.";
    expect(roleOf(report, "120")).toBe("implements");
    expect(roleOf("Thực hiện Kế hoạch số 120/KH-UBND ngày 05/3/2021 của UBND tỉnh, Sở Nông nghiệp đề nghị các huyện báo cáo kết quả thời gian qua.", "120")).toBe("implements");
  });
});

// "trong triển khai X", "trong thực hiện X": the work of carrying X out, a noun phrase (vocab/cues.ts NOUN_BEFORE_CUE).
describe("a cue after 'trong' names the carrying out of a document, not the page's act", () => {
  it("a news headline: \"Báo cáo kịp thời những vướng mắc trong triển khai Thông tư 29\" (Báo Đại biểu Nhân dân, 2025, fixtures/fresh/fresh50c-007)", () => {
    const page = (headline: string) => `${headline}\nNgày 11.2, Sở GD-ĐT Hà Nội có văn bản gửi các đơn vị giáo dục trên địa bàn Thủ đô.`;
    expect(roleOf(page("Báo cáo kịp thời những vướng mắc trong triển khai Thông tư 29/2024/TT-BGDĐT"), "29")).toBe("references");
    expect(roleOf(page("Báo cáo kịp thời những vướng mắc trong thực hiện Thông tư 29/2024/TT-BGDĐT"), "29")).toBe("references");
    // Without "trong" the headline reads as a carrying out; under it, a named body that "có văn bản" with no number owns
    // it (roles/retold tellsUnnumberedIssue, fresh61e-001, fresh56d-006), and the page only tells of that letter.
    expect(roleOf(page("Triển khai Thông tư 29/2024/TT-BGDĐT"), "29")).toBe("references");
    const next = (line: string) => `Triển khai Thông tư 29/2024/TT-BGDĐT\n${line}`;
    expect(roleOf(next("Ngày 11.2, các đơn vị giáo dục trên địa bàn Thủ đô tổ chức tập huấn."), "29")).toBe("implements");
    expect(roleOf(next("Sở GD-ĐT Hà Nội đề nghị các đơn vị giáo dục trên địa bàn Thủ đô báo cáo."), "29")).toBe("implements");
  });

  it("in a sentence: \"có thành tích xuất sắc trong thực hiện Chỉ thị 05\" (fresh40b-007), \"trong triển khai thực hiện Nghị quyết số 57-NQ/TW\" (party32-003)", () => {
    expect(roleOf("Huyện đã biểu dương 19 tập thể có thành tích xuất sắc trong thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", "05")).toBe("references");
    expect(roleOf("Tạo sự thống nhất cao về nhận thức và hành động trong triển khai thực hiện Nghị quyết số 57-NQ/TW.", "57")).toBe("references");
  });

  it("the last of a list of works after 'trong': \"trong công tác chỉ đạo, triển khai thực hiện Nghị quyết số 26-NQ/TW\" (fresh57d-007), \"trong lãnh đạo, chỉ đạo và tổ chức thực hiện\"", () => {
    const page = (lead: string) => `${lead} Nghị quyết số 26-NQ/TW, ngày 05/8/2008 của Ban Chấp hành Trung ương Đảng khoá X về nông nghiệp, nông dân, nông thôn trên địa bàn tỉnh.`;
    expect(roleOf(page("Kế hoạch hành động đã chỉ ra những kết quả đạt được, tồn tại hạn chế trong công tác chỉ đạo, triển khai thực hiện"), "26")).toBe("references");
    expect(roleOf(page("Tạo sự thống nhất trong lãnh đạo, chỉ đạo và tổ chức thực hiện"), "26")).toBe("references");
    expect(roleOf(page("Kịp thời phát hiện vướng mắc trong quá trình triển khai, tổ chức thực hiện"), "26")).toBe("references");
    // A work outside the list (WORK_LIST_WORDS) may end a purpose before the page's own clause: left as it was.
    expect(roleOf(page("Để nâng cao hiệu quả trong công tác quản lý, thực hiện"), "26")).toBe(roleOf(page("Để nâng cao hiệu quả quản lý, thực hiện"), "26"));
  });
});

// A page tells of a letter, then gives its words after "Công văn nêu rõ:": the cue there is the letter's.
describe("a page that gives a retold document's words after \"<kind> nêu rõ:\"", () => {
  const told =
    "Ngày 26/11, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 53 -CV/ĐU về việc Hướng dẫn nội dung tuyên truyền. Công văn nêu rõ: Thực hiện các Hướng dẫn của Ban Tuyên giáo Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh: Số 11-HD/BTGĐUK, ngày 17/11/2020 về tuyên truyền kỷ niệm; số 12-HD/BTGĐUK về tuyên truyền kỷ niệm. Đảng ủy hướng dẫn như sau:";

  it("takes the cue as the letter's: its documents are the page's references (fresh51c-006)", () => {
    expect(roleOf(told, "11")).toBe("references");
    expect(roleOf(told, "12")).toBe("references");
  });

  it("keeps the cue where no kind word and \"nêu rõ:\" stand before it, or the text has a heading of its own", () => {
    expect(roleOf(told.replace("Công văn nêu rõ: ", ""), "11")).toBe("implements");
    // Under a heading of its own the text is the document, whatever words stand before the cue.
    expect(roleOf("KẾ HOẠCH\nTuyên truyền năm 2020\n\nKế hoạch nêu rõ: Thực hiện Hướng dẫn số 11-HD/BTGĐUK ngày 17/11/2020 của Ban Tuyên giáo, Đảng ủy xây dựng kế hoạch như sau:", "11")).toBe("implements");
  });
});

// The same page gives the words after "Công văn có nội dung chủ yếu:" or "Nội dung văn bản yêu cầu:".
describe("a page that gives a told document's words after \"<kind> có nội dung (chủ yếu):\" or \"Nội dung <kind> yêu cầu:\"", () => {
  const archive =
    "Ngày 31 tháng 3 năm 2020, Chi cục Văn thư - Lưu trữ ban hành Công văn số 58/CCVTLT-QL gửi các cơ quan, tổ chức đề nghị báo cáo tổng kết thực hiện Luật Lưu trữ.\n\nCông văn có nội dung chủ yếu:\n\nThực hiện Công văn số 1515/BNV-VTLTNN ngày 25 tháng 3 năm 2020 của Bộ Nội vụ về việc hướng dẫn báo cáo tổng kết thực hiện Luật Lưu trữ;\n\nĐể có cơ sở tổng hợp, tham mưu Giám đốc Sở Nội vụ báo cáo, Chi cục đề nghị các cơ quan báo cáo.";
  const farming =
    "Ngày 06/02/2023, Sở Nông nghiệp và PTNT đã ban hành Văn bản số 212/KH-SNN về thực hiện Chỉ thị số 03/CT-TTg ngày 27/01/2023 của Thủ tướng Chính phủ gửi các phòng, đơn vị trực thuộc. Nội dung văn bản yêu cầu:\n\n\nCăn cứ Kế hoạch số 43/KH-SNN ngày 17/5/2022 của Sở Nông nghiệp và PTNT về giúp đỡ xã Trần Phú xây dựng NTM.\n";

  it("takes the cue as the told document's: a reference of the page (fresh50a-013, fresh52b-014)", () => {
    expect(roleOf(archive, "1515")).toBe("references");
    expect(roleOf(farming, "43")).toBe("references");
  });

  it("keeps the cue without the introducing words, or under a heading of its own", () => {
    expect(roleOf(archive.replace("Công văn có nội dung chủ yếu:", ""), "1515")).toBe("implements");
    expect(roleOf(farming.replace("Nội dung văn bản yêu cầu:", ""), "43")).toBe("based_on");
    expect(roleOf("KẾ HOẠCH\nBáo cáo tổng kết Luật Lưu trữ\n\nKế hoạch có nội dung chủ yếu: Thực hiện Công văn số 1515/BNV-VTLTNN ngày 25 tháng 3 năm 2020 của Bộ Nội vụ, Sở Nội vụ xây dựng kế hoạch như sau:", "1515")).toBe("implements");
  });
});

// A page of no heading tells of a document by number, then names it again by "<kind> này" at the next sentence's
// head: the act there is the told document's, not the page's (session 55, fresh55d: fixtures/fresh/fresh53e-005,
// fresh53e-001; CONVENTIONS.md §3).
describe("a news page's \"<kind> này\" naming the document it just told of", () => {
  const told = (closing: string) =>
    "Triển khai văn bản của Sở\n\nNgày 26/10/2018, Sở Nông nghiệp và Phát triển Nông thôn ban hành công văn số 2908/SNN-CCKL về phổ biến, thực hiện Quyết định số 3697/QĐ-BNN-TCLN ngày 24/9/2018 của Bộ Nông nghiệp và PTNT. " +
    closing;

  it("\"…, thực hiện Quyết định số 3697/QĐ-BNN-TCLN …. Quyết định này thay thế Quyết định số 3087/QĐ-BNN-TCLN …\": the told decision replaces it (Đắk Lắk)", () => {
    const text = told("Quyết định này thay thế Quyết định số 3087/QĐ-BNN-TCLN ngày 04/8/2015 của Bộ Nông nghiệp và PTNT về ban hành hướng dẫn tạm thời.");
    expect(roleOf(text, "3087")).toBe("references");
    const a = analyze(text);
    expect(a.relations.filter((r) => r.type === "replaces").map((r) => `${r.from} ${r.to}`)).toEqual(["3697/QĐ-BNN-TCLN@2018 3087/QĐ-BNN-TCLN@2015"]);
  });

  it("another kind (\"Thông tư này\" after a decision), or an article between, keeps the page's own reading", () => {
    expect(roleOf(told("Thông tư này thay thế Quyết định số 3087/QĐ-BNN-TCLN ngày 04/8/2015 của Bộ Nông nghiệp và PTNT."), "3087")).toBe("replaces");
    // A headless decision's own closing article (fixtures/fresh/fresh29g-021: articles without the decision's heading).
    const articles =
      "Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính theo Quyết định số 1697/QĐ-UBND ngày 30/6/2016.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 932/QĐ-UBND ngày 13/4/2018 của Ủy ban nhân dân tỉnh.";
    expect(roleOf(articles, "932")).toBe("replaces");
  });

  it("a paragraph opening \"Theo đó,\" between the told decision and \"Quyết định này …\": still the told decision's closing (Cao Bằng, fresh57e-014)", () => {
    const page = (between: string) =>
      "Kiện toàn khối, cụm thi đua thuộc tỉnh Cao Bằng năm 2018\n\nNgày 06/4, UBND tỉnh Cao Bằng đã ban hành Quyết định số 348/QĐ-UBND về việc kiện toàn khối, cụm thi đua thuộc tỉnh Cao Bằng năm 2018.\n\n" +
      between +
      "\n\nQuyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 463/QĐ-UBND ngày 19/4/2016 của UBND tỉnh về việc kiện toàn các khối giao ước thi đua của tỉnh Cao Bằng.";
    const content =
      "Theo đó, trên địa bàn tỉnh Cao Bằng hiện có 17 khối, cụm thi đua với 137 thành viên, trong đó 11 khối thi đua các sở, ban, ngành; cơ quan đảng, đoàn thể tỉnh; các cơ quan Trung ương đóng trên địa bàn tỉnh; các tổ chức chính trị - xã hội - nghề nghiệp; đơn vị sự nghiệp. 4 khối thi đua các doanh nghiệp, hợp tác xã. 2 cụm thi đua các huyện, thành phố.";
    const text = page(content);
    expect(roleOf(text, "463")).toBe("references");
    expect(analyze(text).relations.filter((r) => r.type === "replaces").map((r) => `${r.from} ${r.to}`)).toEqual(["348/QĐ-UBND@?~cao-bang 463/QĐ-UBND@2016~cao-bang"]);
    // As long a paragraph that is not the told decision's content ("Theo đó,") keeps the page's reading.
    expect(roleOf(page(content.replace("Theo đó, trên", "Trên")), "463")).toBe("replaces");
  });

  it("a page with a heading of its own keeps \"Quyết định này\" as itself", () => {
    const text =
      "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nSố: 1528/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\nCăn cứ Quyết định số 1697/QĐ-UBND ngày 30/6/2016 của Ủy ban nhân dân tỉnh. Quyết định này thay thế Quyết định số 932/QĐ-UBND ngày 13/4/2018.";
    expect(roleOf(text, "932")).toBe("replaces");
  });
});
