import { describe, expect, it } from "vitest";
import { roleOfNumber as roleOf } from "../../helpers/roles.js";

// The development corpus's source folder holds press and research articles beside its documents
// (dev-050, fixtures/fresh/articles33): under a headline, prose that tells what Party and State bodies
// issued and carried out. "Thực hiện X, …" there is what the chi bộ or the provinces did, never the text's.
const paragraphs = [
  "Tính đến cuối năm 2012 , trên địa bàn Tây Nguyên có 3.828 tổ chức cơ sở đảng với 157.105 đảng viên . ",
  "Cấp uỷ các cấp đã phát huy tốt vai trò trong việc lựa chọn nội dung sinh hoạt . ",
  "Tuy nhiên , chất lượng sinh hoạt chi bộ ở xã , phường , thị trấn còn những hạn chế . ",
  "Nhiều nơi sinh hoạt không đều kỳ , có khi 2-3 tháng mới sinh hoạt một lần . ",
].join("\n");
const article = (headline: string, lead: string) => `${headline} \n${lead}\n${paragraphs}\n`;
const LEAD =
  "Thực hiện Chỉ thị số 10-CT / TW ngày 30-3-2007 của Ban Bí thư Trung ương Đảng khoá X về nâng cao chất lượng sinh hoạt chi bộ , trong những năm qua , các chi bộ đảng trên địa bàn Tây Nguyên đã chú trọng đổi mới , nâng cao chất lượng sinh hoạt . ";
// The same opening with the document's own main clause: a document's, where the text is one (a sentence
// that tells what the chi bộ did is a reference in a document too: roles/retold.ts, retold.test.ts).
const OWN_LEAD = LEAD.replace("trong những năm qua , các chi bộ đảng trên địa bàn Tây Nguyên đã chú trọng đổi mới , nâng cao chất lượng sinh hoạt", "Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau :");

describe("an article about documents carries none of them out", () => {
  it("a headline, then \"Thực hiện Chỉ thị số 10-CT / TW …, trong những năm qua , các chi bộ … đã …\" (articles33-003)", () => {
    expect(roleOf(article("Nâng cao chất lượng sinh hoạt chi bộ ở xã , phường , thị trấn trên địa bàn Tây Nguyên", LEAD), "10")).toBe("references");
  });

  it("a headline that opens with \"Thực hiện\" but names no document (dev-050)", () => {
    const lead = "Để thực hiện Nghị quyết số 36-NQ / TW của Bộ Chính trị về đẩy mạnh ứng dụng , phát triển công nghệ thông tin , thành phố đã triển khai nhiều giải pháp . ";
    expect(roleOf(article("Thực hiện dịch vụ công trực tuyến ở Hà Nội và những vấn đề đặt ra", lead), "36")).toBe("references");
  });

  it("a document whose header was lost keeps its act: the first line names the document it carries out", () => {
    const text = `${OWN_LEAD}\n${paragraphs}\n`;
    expect(roleOf(text, "10")).toBe("implements");
  });

  it("a document under a sentence-case title keeps its act when it shows a document's marks (Căn cứ, Điều 1., Số:, Kính gửi, TM.)", () => {
    for (const mark of ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 ;", "Điều 1 . Ban hành kèm theo Quyết định này Quy chế .", "Số : 12/KH-HU", "Kính gửi : Các chi bộ trực thuộc", "TM . BAN THƯỜNG VỤ"]) {
      expect(roleOf(`${article("Kế hoạch nâng cao chất lượng sinh hoạt chi bộ", OWN_LEAD)}${mark}\n`, "10"), mark).toBe("implements");
      expect(roleOf(`${article("Nâng cao chất lượng sinh hoạt chi bộ năm 2024", OWN_LEAD)}${mark}\n`, "10"), mark).toBe("implements");
    }
  });

  it("a title in capitals, a body part or a stub is no article's headline", () => {
    expect(roleOf(article("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020", OWN_LEAD), "10")).toBe("implements");
    expect(roleOf(article("Điều 7. Hiệu lực thi hành", OWN_LEAD), "10")).toBe("implements");
    expect(roleOf(`Nâng cao chất lượng sinh hoạt chi bộ \n${OWN_LEAD}\n`, "10")).toBe("implements");
  });
});

describe("an article about documents rests on none of them", () => {
  // A legal-news page (fresh54c-009) reports the rule its paragraph goes on to give: "Căn cứ" there is its
  // "according to", written after a sentence, never a basis line of its own.
  const headline = "Danh sách trụ sở hành chính UBND cấp xã mới tỉnh Bắc Ninh sau sáp nhập 2025";
  const told =
    "Trên cơ sở Đề án của Chính phủ về sắp xếp đơn vị hành chính cấp xã của tỉnh Bắc Ninh (mới) năm 2025, Ủy ban Thường vụ Quốc hội quyết định sắp xếp để thành lập các đơn vị hành chính cấp xã của tỉnh Bắc Ninh. Căn cứ Điều 1 Nghị quyết 1658/NQ-UBTVQH15 sắp xếp các đơn vị hành chính cấp xã của tỉnh Bắc Ninh năm 2025 quy định danh sách xã phường mới tỉnh Bắc Ninh sau sáp nhập tỉnh xã như sau:";

  it("a headline, then \"… . Căn cứ Điều 1 Nghị quyết 1658/NQ-UBTVQH15 … quy định … như sau:\"", () => {
    expect(roleOf(article(headline, told), "1658")).toBe("references");
  });

  it("a document under a sentence-case title keeps its basis when a basis line opens a line", () => {
    const basisLine = "Căn cứ Nghị quyết số 1658/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội;";
    expect(roleOf(article("Kế hoạch bố trí trụ sở hành chính cấp xã năm 2025", basisLine), "1658")).toBe("based_on");
  });
});

describe("a site's template lines above the page are no headline", () => {
  // Bắc Kạn's SharePoint portals print "Skip Ribbon Commands ⏎ Skip to main content" above every page (fresh51b-002,
  // a plan: "Kế hoạch Xây dựng phát triển sản xuất …" then "Thực hiện Công văn số 5038/BNN-KH …"; fresh52b-014, fresh53f-002).
  const chrome = "Skip Ribbon Commands\nSkip to main content\n\n";
  it("a plan under them keeps its act: its title opens with its kind word", () => {
    expect(roleOf(`${chrome}${article("Kế hoạch nâng cao chất lượng sinh hoạt chi bộ năm 2024", OWN_LEAD)}`, "10")).toBe("implements");
  });
  it("an article under them is still an article", () => {
    expect(roleOf(`${chrome}${article("Nâng cao chất lượng sinh hoạt chi bộ ở xã , phường , thị trấn trên địa bàn Tây Nguyên", LEAD)}`, "10")).toBe("references");
  });
  // The search box's label above every item of the portals that end an item's title with "Ngày cập nhật …" (Thừa Thiên
  // Huế Sở Xây dựng, fresh62j-010; fresh49c-011, fresh51d-013): a letter under it opens with its subject line.
  const search = "Tìm kiếm tin tức\n";
  it("a letter under the search box's label keeps its act: its first line is its subject line", () => {
    expect(roleOf(`${search}${article("V/v lấy ý kiến dự thảo Chỉ thị tăng cường sử dụng vật liệu xây dựng không nung", OWN_LEAD)}`, "10")).toBe("implements");
  });
  it("an article under the search box's label is still an article", () => {
    expect(roleOf(`${search}${article("Nâng cao chất lượng sinh hoạt chi bộ ở xã , phường , thị trấn trên địa bàn Tây Nguyên", LEAD)}`, "10")).toBe("references");
  });
});

describe("a document a portal prints under its headline and posting time, without its heading", () => {
  // haugiang.gov.vn (fixtures/fresh/fresh58a-005): the plan's subject as the headline, the posting time, then the plan's
  // own opening "Thực hiện …; Kế hoạch số 8261/KH-BCT … ⏎ Ủy ban nhân dân tỉnh Hậu Giang ban hành Kế hoạch …, với các
  // nội dung như sau:"; a Tỉnh ủy board's letter likewise, "… ⏎ Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương …" (fresh39c-003).
  const OPENING =
    "Thực hiện Kế hoạch số 8261/KH-BCT ngày 31 tháng 10 năm 2019 của Bộ Công Thương về tổ chức các hoạt động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2020;";
  const page = (posted: string, issuerLine: string) =>
    `Tổ chức các hoạt động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2020 trên địa bàn tỉnh\n${posted}\n\n${OPENING}\n\n${issuerLine}\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích và yêu cầu\n\n- Tổ chức các hoạt động thiết thực, hiệu quả.\n`;
  it("its issuer speaking on the line after the opening (\"… ban hành Kế hoạch …, với các nội dung như sau:\") makes it the document", () => {
    const line = "Ủy ban nhân dân tỉnh Hậu Giang ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2020, với các nội dung như sau:";
    expect(roleOf(page("29/4/2020, 15:28 (GMT+7)", line), "8261")).toBe("implements");
  });
  it("a letter's request on that line (\"Ban … đề nghị …\") does too, with or without the posting time", () => {
    const line = "Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tổ chức các hoạt động hưởng ứng.";
    expect(roleOf(page("03/03/2023 17:11", line), "8261")).toBe("implements");
    expect(roleOf(page("", line), "8261")).toBe("implements");
  });
  it("a news item telling the body's act (\"… vừa ban hành …\", \"… đã …\") stays an article", () => {
    expect(roleOf(page("29/4/2020, 15:28 (GMT+7)", "Ủy ban nhân dân tỉnh vừa ban hành Kế hoạch tổ chức các hoạt động hưởng ứng, với các nội dung như sau:"), "8261")).toBe("references");
    expect(roleOf(page("29/4/2020, 15:28 (GMT+7)", "Ban Tuyên giáo Tỉnh ủy đã đề nghị các địa phương, đơn vị quan tâm tổ chức các hoạt động hưởng ứng."), "8261")).toBe("references");
  });
  it("the issuer's line must follow the opening: a request further down an article is the article's telling", () => {
    const later = page("29/4/2020, 15:28 (GMT+7)", "Các hoạt động diễn ra trong tháng 3 tại nhiều địa phương.").replace(
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Ủy ban nhân dân tỉnh đề nghị các địa phương tiếp tục hưởng ứng.",
    );
    expect(roleOf(later, "8261")).toBe("references");
  });
});

describe("a portal's item whose first paragraph is the document's opening, its issuer speaking in the same sentence", () => {
  // fixtures/fresh/fresh58e-003 (Côn Đảo: "Tin chỉ đạo điều hành ⏎ 22/04/2021 ⏎ <title> ⏎ Thực hiện Hướng dẫn số 06-HD/HU …;
  // Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:") and fresh61b-002 (a Đồng Tháp district: "Chi tiết bài viết Thông
  // báo ⏎ <title> ⏎ Thực hiện Thông báo số 31/TB-UBND …, Uỷ ban nhân dân huyện thông báo việc treo cờ Tổ quốc như sau:").
  const title = "Thông báo treo cờ Tổ quốc ngày bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026";
  const cue = "Thực hiện Thông báo số 31/TB-UBND ngày 20 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp về việc treo cờ Tổ quốc";
  const items =
    "1. Tất cả các trụ sở cơ quan Nhà nước, trường học, bệnh viện và nhà ở của Nhân dân trên địa bàn huyện phải treo cờ Tổ quốc trong 02 ngày.\n\n2. Chủ tịch Uỷ ban nhân dân các xã, thị trấn có trách nhiệm chỉ đạo, đôn đốc và hướng dẫn Nhân dân treo cờ Tổ quốc đúng quy định.\n\nUỷ ban nhân dân huyện yêu cầu các phòng, ban, ngành huyện thực hiện tốt nội dung Thông báo nêu trên./.\n";
  const page = (opening: string) => `Xuất bản thông tin\n\nnull ${title}\n\nChi tiết bài viết Thông báo\n\n${title}\n\n${opening}\n\n${items}`;

  it("\"Thực hiện X …, Uỷ ban nhân dân huyện thông báo … như sau:\" under the portal's lines makes it the notice", () => {
    expect(roleOf(page(`${cue}, Uỷ ban nhân dân huyện thông báo việc treo cờ Tổ quốc như sau:`), "31")).toBe("implements");
  });
  it("\"…; Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:\" under a category and a date does too", () => {
    const text = `Tin chỉ đạo điều hành\n  22/04/2021\n\nTriển khai hướng dẫn tuyên truyền kỷ niệm 30 năm Ngày thành lập tỉnh\n\n${cue}; Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:\n\n${items}`;
    expect(roleOf(text, "31")).toBe("implements");
  });
  it("a news item telling the body's act stays an article: \"… đã thông báo …\", or the act in a sentence of its own", () => {
    expect(roleOf(page(`${cue}, Uỷ ban nhân dân huyện đã thông báo việc treo cờ Tổ quốc như sau:`), "31")).toBe("references");
    expect(roleOf(page(`${cue},\n\nNgày 21/5/2021, Uỷ ban nhân dân huyện ban hành Thông báo về việc treo cờ Tổ quốc. Văn bản yêu cầu:`), "31")).toBe("references");
  });
  it("the issuer's clause must close the opening, introducing what follows (its colon)", () => {
    expect(roleOf(page(`${cue}, Uỷ ban nhân dân huyện thông báo việc treo cờ Tổ quốc trong hai ngày.`), "31")).toBe("references");
  });
});
