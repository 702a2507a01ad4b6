/**
 * src/analyze/roles/reach-limits.ts: where a pending cue stops short of a document within its reach.
 * Here guidesWorkUnder for a guidance document (HƯỚNG DẪN): its title "hướng dẫn thực hiện <việc> theo X"
 * guides X (fixtures/fresh/CONVENTIONS.md §6, dev-023), as "hướng dẫn thực hiện X" does; an opening
 * "Thực hiện X" implements X beside it. And workUnderRule:
 * past the body's first division, "thực hiện <việc> theo X" is a task done the way X says, not carrying X out,
 * and so is "thực hiện <việc> quy định tại <Điều|Mục …> X" (a letter's dashed addressees are no division).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { taskItem } from "../../../src/analyze/roles/reach-limits.js";
import { SELF, type Binding } from "../../../src/analyze/roles/reading.js";
import type { Cue } from "../../../src/vocab/cues.js";
import { cpuRatio } from "../../helpers/linear.js";

const edges = (text: string) => new Set(analyze(text).relations.filter((r) => r.type !== "references").map((r) => `${r.to.split("@")[0]} ${r.type}`));

/** A guidance as ministries and banks publish it: heading, number line, "HƯỚNG DẪN", its title, then the body given. */
const guidance = (title: string, body: string) =>
  `BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 215/HD-BNN\nHà Nội, ngày 12 tháng 3 năm 2019\n\nHƯỚNG DẪN\n\n${title}\n\n${body}\n`;

describe("a guidance's 'hướng dẫn thực hiện <việc> theo X' (fixtures/fresh/fresh47b-010, fresh30g-003, fresh30i-007)", () => {
  it("the title's work done under a decision guides the decision; the opening 'Thực hiện' implements it too", () => {
    const e = edges(
      guidance(
        "THỰC HIỆN HỖ TRỢ GIỐNG CÂY TRỒNG THEO QUYẾT ĐỊNH SỐ 1150/QĐ-TTG NGÀY 20/8/2018 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CHÍNH SÁCH HỖ TRỢ SẢN XUẤT",
        "Thực hiện Quyết định số 1150/QĐ-TTg ngày 20/8/2018 của Thủ tướng Chính phủ về chính sách hỗ trợ sản xuất, Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn thực hiện một số nội dung sau:",
      ),
    );
    expect(e.has("1150/QĐ-TTg guides")).toBe(true);
    expect(e.has("1150/QĐ-TTg implements")).toBe(true);
  });

  it("a title 'THỰC HIỆN <chính sách> … THEO NGHỊ ĐỊNH SỐ X' over a Căn cứ of X guides X", () => {
    const e = edges(
      guidance(
        "THỰC HIỆN CHÍNH SÁCH HỖ TRỢ GIỐNG CÂY TRỒNG THEO NGHỊ ĐỊNH SỐ 62/2019/NĐ-CP CỦA CHÍNH PHỦ TRÊN ĐỊA BÀN TỈNH",
        "Căn cứ Nghị định số 62/2019/NĐ-CP ngày 11/7/2019 của Chính phủ;\n\nBộ Nông nghiệp và Phát triển nông thôn hướng dẫn thực hiện chính sách hỗ trợ giống cây trồng theo Nghị định số 62/2019/NĐ-CP như sau:",
      ),
    );
    expect(e.has("62/2019/NĐ-CP guides")).toBe(true);
    expect(e.has("62/2019/NĐ-CP based_on")).toBe(true);
  });

  it("a title naming the document it guides, with no 'theo', still guides it", () => {
    const e = edges(
      guidance(
        "THỰC HIỆN MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 1150/QĐ-TTG NGÀY 20/8/2018 CỦA THỦ TƯỚNG CHÍNH PHỦ",
        "Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn thực hiện một số điều như sau:",
      ),
    );
    expect(e.has("1150/QĐ-TTg guides")).toBe(true);
  });
});

/** A province's decision issuing a plan, its title on one line, then a Căn cứ. */
const planDecision = (title: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 1204/QĐ-UBND\nBình Định, ngày 12 tháng 5 năm 2019\n\nQUYẾT ĐỊNH\n\n${title}\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n`;

describe("a plan carrying out a plan named by its kind and owner, no number (fixtures/fresh/fresh30w-001, plans32-011)", () => {
  it("the document after the owner's verb is the named plan's object, not the document's", () => {
    const e = edges(planDecision("BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA TỈNH ỦY THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG"));
    expect(e.has("19-NQ/TW implements")).toBe(false);
    const opening = edges(`${planDecision("BAN HÀNH KẾ HOẠCH PHÁT TRIỂN Y TẾ CƠ SỞ")}\nThực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n`);
    expect(opening.has("20-NQ/TW implements")).toBe(false);
  });

  it("so with the verb glued as some copies print it, and with a plan of the owner's named in lower case", () => {
    expect(edges(planDecision("BAN HÀNH KẾ HOẠCH TRIỂN KHAI KẾ HOẠCH CỦA TỈNH ỦY THỰCHIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY 15/5/2016 CỦA BỘ CHÍNH TRỊ")).has("05-CT/TW implements")).toBe(false);
  });

  it("a plan's own number, or no owner between, leaves the document the title's own object", () => {
    expect(edges(planDecision("BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG")).has("19-NQ/TW implements")).toBe(true);
    expect(edges(planDecision("BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 45-CTR/TU NGÀY 19/11/2018 CỦA BAN THƯỜNG VỤ TỈNH ỦY")).has("45-CTr/TU implements")).toBe(true);
  });
});

/** A district office's letter: heading, subject line, salutation, a Căn cứ, then the body given. */
const letter = (body: string) =>
  `UBND HUYỆN NAM ĐÀN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 301/PGD&ĐT-THCS\nNam Đàn, ngày 10 tháng 9 năm 2014\nV/v Hướng dẫn thực hiện nhiệm vụ năm học 2014-2015\n\nKính gửi: Hiệu trưởng các trường Trung học cơ sở\n\nCăn cứ Công văn số 1635/SGDĐT-GDTrH ngày 27/8/2014 của Sở Giáo dục và Đào tạo về hướng dẫn nhiệm vụ năm học;\n\n${body}\n`;
/** A tax department's notice: no preamble, a first paragraph, then the body given. */
const notice = (body: string) =>
  `CỤC THUẾ TỈNH NGHỆ AN\nSố: 1234/TB-CT\nNghệ An, ngày 10 tháng 12 năm 2021\n\nTHÔNG BÁO\nVề việc hướng dẫn sử dụng hóa đơn điện tử\n\nLuật Quản lý thuế ngày 13 tháng 6 năm 2019 có quy định về hóa đơn điện tử có hiệu lực thi hành từ ngày 01 tháng 7 năm 2022.\n${body}\n`;
const directed = "Thực hiện chỉ đạo của Bộ trưởng Bộ Tài chính theo Quyết định số 1832/QĐ-BTC ngày 20/09/2021 về việc triển khai áp dụng hóa đơn điện tử";

describe("a task in the body, '(tiếp tục) thực hiện <việc> theo X' (fixtures/fresh/seg33b-014, fresh29s-001)", () => {
  it("under a section's marker, the work done the way X says does not carry X out", () => {
    const e = edges(letter("A. NHIỆM VỤ TRỌNG TÂM\nTriển khai thực hiện 4 nhiệm vụ trọng tâm của giáo dục trung học theo Công văn số 4099/BGDĐT-GDTrH ngày 05/8/2014 của Bộ Giáo dục và Đào tạo."));
    expect(e.has("4099/BGDĐT-GDTRH implements")).toBe(false);
    expect(e.has("1635/SGDĐT-GDTRH based_on")).toBe(true);
  });

  it("under a section numbered in Roman figures and a dash, \"I- NHIỆM VỤ TRỌNG TÂM\", as older texts write it (fresh55h-011, fresh30f-015)", () => {
    const e = edges(notice("I- NHIỆM VỤ TRỌNG TÂM\nTriển khai thực hiện 4 nhiệm vụ trọng tâm về hóa đơn điện tử theo Công văn số 4099/TCT-CS ngày 05/8/2021 của Tổng cục Thuế."));
    expect(e.has("4099/TCT-CS implements")).toBe(false);
  });

  it("inside an article, under an item's marker, so", () => {
    const e = edges(
      "NGHỊ QUYẾT\nVề kế hoạch đầu tư phát triển năm 2009\n\nHỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG\n\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Thông qua kế hoạch đầu tư phát triển năm 2009 như sau:\n1. Nguyên tắc phân bổ vốn:\nTiếp tục thực hiện phân bổ vốn đầu tư cho cấp xã quản lý theo Quyết định số 150/2006/QĐ-TTg ngày 12/9/2006 của Thủ tướng Chính phủ.\n",
    );
    expect([...e].some((x) => x.startsWith("150/2006/") && x.endsWith(" implements"))).toBe(false);
  });

  it("'thực hiện <việc> theo quy định tại X' after ';' in an item: the work done as X rules (seg34-007, session 34 segbody34)", () => {
    const e = edges(directive("1. Các sở, ngành rà soát văn bản.\n2. Các địa phương rà soát ngay những hộ gia đình thiếu lương thực ; thực hiện kịp thời việc chi trả trợ cấp cho các đối tượng bảo trợ xã hội theo quy định tại Nghị định số 67/2007/NĐ-CP ngày 13 tháng 04 năm 2007 ."));
    expect([...e].some((x) => x.startsWith("67/2007/") && x.endsWith(" implements"))).toBe(false);
    // "của" names the rule so too. An item whose head is the task's verbs alone is a task set for others
    // (taskItem, CONVENTIONS.md §11): a reference as well.
    expect([...edges(directive("1. Các sở, ngành rà soát văn bản.\n2. Thực hiện chi trả trợ cấp theo quy định của Nghị định số 67/2007/NĐ-CP ngày 13 tháng 04 năm 2007 ."))].some((x) => x.startsWith("67/2007/") && x.endsWith(" implements"))).toBe(false);
    expect([...edges(directive("1. Các sở, ngành rà soát văn bản.\n2. Triển khai thực hiện Nghị định số 67/2007/NĐ-CP ngày 13 tháng 04 năm 2007 ."))].some((x) => x.startsWith("67/2007/") && x.endsWith(" implements"))).toBe(false);
  });

  it("'thực hiện <việc> phù hợp với X' in an item: the work done in keeping with X (fresh52c-009; leloi.pgdomon.edu.vn)", () => {
    const rules = (item: string) =>
      `QUY CHẾ\nthực hiện dân chủ trong hoạt động của nhà trường\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n\nĐiều 2. Nguyên tắc thực hiện dân chủ trong nhà trường\n1. Đảm bảo sự lãnh đạo của chi bộ Đảng trong nhà trường.\n2. ${item}\n`;
    expect([...edges(rules("Thực hiện dân chủ trong nhà trường phù hợp với Hiến pháp và pháp luật, quyền phải đi đôi với nghĩa vụ."))].some((x) => x.endsWith(" implements"))).toBe(false);
    expect([...edges(rules("Thực hiện việc thu, chi tài chính phù hợp với Nghị định số 60/2021/NĐ-CP ngày 21 tháng 6 năm 2021 của Chính phủ."))].some((x) => x.startsWith("60/2021/") && x.endsWith(" implements"))).toBe(false);
  });

  it("the body's opening, before any division, is the document's own purpose still; the same words in an item are not", () => {
    expect(edges(notice(`${directed}, Cục Thuế thông báo như sau:\n1. Các doanh nghiệp đăng ký sử dụng hóa đơn.`)).has("1832/QĐ-BTC implements")).toBe(true);
    expect(edges(notice(`1. Các doanh nghiệp đăng ký sử dụng hóa đơn.\n2. ${directed}.`)).has("1832/QĐ-BTC implements")).toBe(false);
  });
});

/** A ministry's directive: heading, number line, "CHỈ THỊ", its title, no Căn cứ, then the body given. */
const ministryDirective = (body: string) =>
  `BỘ CÔNG THƯƠNG\nSố: 20/CT-BCT\nHà Nội, ngày 12 tháng 3 năm 2010\n\nCHỈ THỊ\n\nVề tăng cường quản lý hoá chất\n\n${body}\n`;

describe("guidesPeople: 'hướng dẫn' given to people guides no document named after them (session 34, amends34)", () => {
  it("'Hướng dẫn , đôn đốc các cơ sở … vượt ngưỡng quy định tại Phụ lục IV Nghị định số X' (seg33b-013)", () => {
    const e = edges(
      ministryDirective(
        "Bộ trưởng Bộ Công Thương chỉ thị :\n1 . Sở Công Thương các tỉnh :\nc ) Hướng dẫn , đôn đốc các cơ sở sản xuất , kinh doanh , sử dụng hoá chất có khối lượng vượt ngưỡng quy định tại Phụ lục IV Nghị định số 108/2008/NĐ-CP ngày 07 tháng 10 năm 2008 của Chính phủ phải lập Kế hoạch phòng ngừa ;",
      ),
    );
    expect(e.has("108/2008/NĐ-CP guides")).toBe(false);
  });

  it("'hướng dẫn các cơ quan, đơn vị … phân công người thực hiện nhiệm vụ … theo quy định tại khoản 1 điều 7 Nghị định số X' (full32b-010)", () => {
    const e = edges(
      ministryDirective(
        "3. Sở Nội vụ\n- Chủ trì tham mưu; hướng dẫn các cơ quan, đơn vị trực thuộc UBND tỉnh thống nhất phân công người thực hiện nhiệm vụ kiêm nhiệm bảo vệ BMNN theo quy định tại khoản 1 điều 7 Nghị định số 26/2020/NĐ-CP ngày 28/02/2020 của Chính phủ.",
      ),
    );
    expect(e.has("26/2020/NĐ-CP guides")).toBe(false);
    expect(e.has("26/2020/NĐ-CP implements")).toBe(false);
  });

  it("guidance given to people to carry a document out still guides it: 'Hướng dẫn các doanh nghiệp thực hiện Nghị định số X'", () => {
    const e = edges(
      ministryDirective(
        "Bộ trưởng Bộ Công Thương chỉ thị :\n1 . Sở Công Thương các tỉnh :\na ) Hướng dẫn các doanh nghiệp thực hiện Nghị định số 108/2008/NĐ-CP ngày 07 tháng 10 năm 2008 của Chính phủ ;\nb ) Hướng dẫn , đôn đốc các địa phương thực hiện Nghị định số 90/2009/NĐ-CP ngày 20 tháng 10 năm 2009 của Chính phủ .",
      ),
    );
    expect(e.has("108/2008/NĐ-CP guides")).toBe(true);
    expect(e.has("90/2009/NĐ-CP guides")).toBe(true);
  });

  it("guidance of a document's provisions, or of its work, still guides it: 'Hướng dẫn thực hiện …', 'Hướng dẫn , đôn đốc việc thực hiện …'", () => {
    for (const item of ["c ) Hướng dẫn thực hiện các quy định tại", "c ) Hướng dẫn , đôn đốc việc thực hiện các quy định tại"]) {
      const e = edges(ministryDirective(`Bộ trưởng Bộ Công Thương chỉ thị :\n1 . Sở Công Thương các tỉnh :\n${item} Phụ lục IV Nghị định số 108/2008/NĐ-CP ngày 07 tháng 10 năm 2008 của Chính phủ ;`));
      expect(e.has("108/2008/NĐ-CP guides")).toBe(true);
    }
  });
});

/** A city's directive: title, a first paragraph, then numbered sections given. */
const directive = (body: string) =>
  `ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 09/2010/CT-UBND\nCần Thơ, ngày 12 tháng 4 năm 2010\n\nCHỈ THỊ\nVề tăng cường công tác kiểm tra văn bản\n\nThời gian qua, công tác kiểm tra văn bản đã có nhiều chuyển biến.\n${body}\n`;
/** A ministry's letter to addressees listed with dashes, closed by a note, the body opening after it. */
const listed = (body: string) =>
  `BỘ TÀI CHÍNH\nSố: 1520/BTC-HCSN\nV/v hướng dẫn thanh toán chi phí\nHà Nội, ngày 03 tháng 02 năm 2021\nKính gửi:\n- Sở Tài chính các tỉnh, thành phố;\n- Các đơn vị dự toán thuộc Bộ.\n(Sau đây gọi chung là các đơn vị) ${body}\n`;

describe("a task in the body, 'thực hiện <việc> quy định tại <Điều|Mục …> X' (fixtures/fresh/seg33d-009, full32-006, full33-018)", () => {
  it("under an item's marker, the rule one part of X lays down is kept, X is not carried out", () => {
    const e = edges(directive("1. Các sở, ngành rà soát văn bản.\n2. Thực hiện nghiêm chế độ báo cáo đã được quy định tại Mục III Chỉ thị số 12/2007/CT-UBND ngày 02 tháng 5 năm 2007 của Ủy ban nhân dân thành phố."));
    expect([...e].some((x) => x.startsWith("12/2007/") && x.endsWith(" implements"))).toBe(false);
    expect([...edges(directive("1. Các sở, ngành rà soát văn bản.\n2. Thực hiện đúng quy định tại điểm a, khoản 2, Điều 4 Quyết định số 21/2008/QĐ-UBND."))].some((x) => x.startsWith("21/2008/") && x.endsWith(" implements"))).toBe(false);
  });

  it("with no part named, the contents of X laid down there are X carried out still", () => {
    const e = edges(directive("1. Các sở, ngành rà soát văn bản.\n2. Thực hiện nghiêm túc các nội dung đã được quy định tại Quyết định số 12/2007/QĐ-UBND ngày 02 tháng 5 năm 2007 của Ủy ban nhân dân thành phố."));
    expect([...e].some((x) => x.startsWith("12/2007/") && x.endsWith(" implements"))).toBe(true);
  });

  it("a letter's addressees listed with dashes are no division: the body's opening after them carries X out", () => {
    const e = edges(listed("Thực hiện quy định tại Điều 12 Nghị định số 60/2003/NĐ-CP ngày 06 tháng 6 năm 2003 của Chính phủ, Bộ Tài chính hướng dẫn như sau:\n1. Các đơn vị lập dự toán.\n- Thực hiện đúng quy định tại Điều 3 Quyết định số 115/QĐ-BTC ngày 12/01/2021."));
    expect([...e].some((x) => x.startsWith("60/2003/") && x.endsWith(" implements"))).toBe(true);
    expect(e.has("115/QĐ-BTC implements")).toBe(false);
  });
});

/** Each named law's "<id> <role>", in text order. */
const namedRoles = (text: string) => analyze(text).citations.filter((c) => c.form === "named").map((c) => `${c.id} ${c.role}`);

describe("taskOnNamedLaw: a law named without a number in a body's task, past its first division", () => {
  it("is a reference: a section's task (seg34-010, seg34-014), a solution's item listing laws (seg33b-002)", () => {
    const notice =
      "Thông báo kết luận của lãnh đạo bộ tại hội nghị triển khai công tác năm 2010 \nBộ trưởng yêu cầu các cơ quan , đơn vị trực thuộc Bộ triển khai thực hiện nghiêm túc những nhiệm vụ sau : \n1 . \nVề công tác xây dựng văn bản quy phạm pháp luật , thể chế \n- Triển khai mạnh mẽ Luật Giao thông đường bộ năm 2008 và các Nghị định , Thông tư hướng dẫn thi hành Luật ; đẩy mạnh công tác tuyên truyền . \n3.1 . Triển khai thực hiện tốt Luật Quốc tịch Việt Nam ( sửa đổi ) , Luật Lý lịch tư pháp , Luật Trách nhiệm bồi thường của Nhà nước ; phối hợp với các Bộ .";
    expect(namedRoles(notice)).toEqual([
      "law:giao-thong-duong-bo@2008 references",
      "law:quoc-tich-viet-nam@? references",
      "law:ly-lich-tu-phap@? references",
      "law:trach-nhiem-boi-thuong-nha-nuoc@? references",
    ]);
    const plan = "Đề án phát triển kinh tế tập thể \nIV. Một số giải pháp chủ yếu : \n1 . Triển khai Luật HTX , các văn bản hướng dẫn , Luật Dân sự có liên quan đến việc tổ chức hoạt động và quản lý đối với kinh tế tập thể trong các cấp , các ngành .";
    expect(namedRoles(plan)).toEqual(["law:hop-tac-xa@? references", "law:dan-su@? references"]);
  });

  it("carries out the law in the opening, and in a purpose section's items (fresh30d-006)", () => {
    expect(namedRoles("KẾ HOẠCH\nThực hiện Luật Phòng, chống tham nhũng năm 2018, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. NHIỆM VỤ\n1. Tuyên truyền.")).toEqual([
      "law:phong-chong-tham-nhung@2018 implements",
    ]);
    const purpose = "KẾ HOẠCH\nUBND tỉnh ban hành Kế hoạch, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\na) Tổ chức thi hành Luật Đất đai năm 2024 bảo đảm kịp thời, đồng bộ, thống nhất, hiệu lực, hiệu quả.\n";
    expect(namedRoles(purpose)).toEqual(["law:dat-dai@2024 implements"]);
    // Objectives and requirements under "Mục tiêu" (fresh30d-023).
    const objectives =
      "KẾ HOẠCH HÀNH ĐỘNG\nUỷ ban nhân dân tỉnh xây dựng Kế hoạch, với các nội dung như sau:\nI. Mục tiêu, yêu cầu:\n1. Mục tiêu:\n- Nâng cao ý thức trách nhiệm.\n2. Yêu cầu:\n- Tổ chức quán triệt và tuyên truyền sâu rộng Luật Phòng, chống tham nhũng năm 2005 và các văn bản hướng dẫn.\n";
    expect(namedRoles(objectives)).toEqual(["law:phong-chong-tham-nhung@2005 implements"]);
  });

  it("carries out the law in an article's own line (fresh29h-008), not in the items of a plan an article holds (seg33b-002)", () => {
    const decision = "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch về triển khai thi hành Luật Đất đai năm 2003.\n\nĐiều 2. Quyết định này có hiệu lực thi hành sau 15 ngày.";
    expect(namedRoles(decision)).toEqual(["law:dat-dai@2003 implements"]);
    const held = "QUYẾT ĐỊNH :\nĐiều 1 : Phê duyệt kế hoạch phát triển kinh tế tập thể 5 năm với những nội dung sau :\nIV. Một số giải pháp chủ yếu : \n1 . Triển khai Luật HTX , các văn bản hướng dẫn , Luật Dân sự có liên quan đến việc tổ chức hoạt động .";
    expect(namedRoles(held)).toEqual(["law:hop-tac-xa@? references", "law:dan-su@? references"]);
  });

  it("reads a numbered document in the same place as a task item's too (taskItem, CONVENTIONS.md §11)", () => {
    const a = analyze("Thông báo kết luận \nBộ trưởng yêu cầu như sau : \n3.1 . Triển khai thực hiện tốt Luật số 24/2008/QH12 ; phối hợp với các Bộ .");
    expect(a.citations.filter((c) => c.form === "full").map((c) => `${c.number} ${c.role}`)).toEqual(["24 references"]);
  });
});

describe("taskOnNamedLaw: a guidance on a list item's line past the first division is a task, the law named a reference", () => {
  it("a supervision plan's point '- Việc hướng dẫn thủ tục … (theo quy định tại Điều 35 của Luật Bầu cử năm 2015 …)' (fresh38a-005)", () => {
    const plan =
      "KẾ HOẠCH\nKiểm tra, giám sát công tác bầu cử\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm cuộc bầu cử được tiến hành dân chủ.\nII. NỘI DUNG KIỂM TRA, GIÁM SÁT\n" +
      "- Việc hướng dẫn thủ tục hoàn tất danh mục hồ sơ theo quy định, thời hạn nộp hồ sơ đối với người tự ứng cử (theo quy định tại Điều 35 của Luật Bầu cử năm 2015 và các văn bản hướng dẫn của Hội đồng bầu cử Quốc gia).\n";
    expect(namedRoles(plan)).toEqual(["law:bau-cu@2015 references"]);
  });

  it("the Government's tasks in a resolution's article: 'a) Chính phủ quy định chi tiết …; quy định chi tiết Điều 45 của Luật Quy hoạch …', 'đ) Quy định chi tiết việc … tuân thủ quy định của Luật Quy hoạch' (fresh55i-006)", () => {
    const resolution =
      "NGHỊ QUYẾT\nVề tiếp tục tăng cường hiệu lực, hiệu quả thực hiện chính sách, pháp luật về quy hoạch\nQUYẾT NGHỊ:\nĐiều 1. Quốc hội cơ bản tán thành kết quả giám sát.\nĐiều 2. Nhiệm vụ, giải pháp chủ yếu\n" +
      "a) Chính phủ quy định chi tiết quy trình lập quy hoạch cấp quốc gia theo quy định tại Điều 16 của Luật Quy hoạch; quy định chi tiết Điều 45 của Luật Quy hoạch về trình tự, thủ tục ban hành kế hoạch thực hiện quy hoạch;\n" +
      "đ) Quy định chi tiết việc huy động và sử dụng nguồn lực của các tổ chức, cá nhân hỗ trợ cho hoạt động quy hoạch, bảo đảm tuân thủ quy định của Luật Quy hoạch về trình tự, thủ tục lập quy hoạch;\n";
    expect(namedRoles(resolution).filter((r) => !r.endsWith("references"))).toEqual([]);
  });

  it("a guidance's own article still guides the law it names (an article's line, and before the first division)", () => {
    expect(namedRoles("THÔNG TƯ\nHướng dẫn thi hành Luật Công chứng\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thi hành Luật Công chứng năm 2024 về đào tạo nghề công chứng.\n")).toContain(
      "law:cong-chung@2024 guides",
    );
  });
});

/** The roles of the numbered documents, "<number> <role>" in text order. */
const numberedRoles = (text: string) => analyze(text).citations.filter((c) => c.form === "full").map((c) => `${c.number} ${c.role}`);

describe("taskItem: a body's task item whose head is the task's verbs, past the first division (CONVENTIONS.md §11)", () => {
  it("a notice's task line sets work on a directive: a reference (fresh50b-005)", () => {
    const notice =
      "THÔNG BÁO\nKết luận của Bộ trưởng tại Hội nghị\nI. Về tình hình thực hiện nhiệm vụ công tác quí 1/2019:\nKết quả thu đạt khá.\nII. Một số công việc tiếp tục triển khai thực hiện trong năm 2019:\n1. Thực hiện tốt các giải pháp hoàn thành nhiệm vụ thu ngân sách.\n- Tổ chức triển khai thực hiện tốt Chỉ thị số 04/CT-BTC ngày 15/10/2018\ncủa Bộ trưởng Bộ Tài chính về việc tăng cường công tác quản lý nợ thuế.\n";
    expect(numberedRoles(notice)).toEqual(["04 references"]);
  });

  it("a guidance's item 'Tiếp tục quán triệt thực hiện' under its section heading: a reference (fresh39a-002)", () => {
    const guidance =
      "HƯỚNG DẪN\nCông tác phòng, chống tội phạm năm 2019\nCăn cứ vào tình hình nhiệm vụ, Ban Chỉ đạo hướng dẫn như sau:\n1. Công tác phòng, chống tội phạm, mua bán người.\nTiếp tục quán triệt thực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010 về tăng cường sự lãnh đạo của Đảng.\n";
    expect(numberedRoles(guidance)).toEqual(["48 references"]);
  });

  it("the documents listed under a task item's colon are references too (fresh39b-017)", () => {
    const letter =
      "Thực hiện Công văn số 11940/UBND-KT ngày 29/11/2019 của UBND tỉnh về việc công tác đảm bảo trật tự an toàn giao thông năm 2019; Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện một số nội dung sau:\n1. Tiếp tục triển khai các biện pháp bảo đảm trật tự an toàn giao thông trường học.\n2. Tiếp tục triển khai các văn bản chỉ đạo của Sở Giáo dục và Đào tạo:\n- Công văn số 2187/SGDĐT-VP ngày 03/10/2019 của Sở GDĐT về việc tăng cường công tác bảo đảm trật tự ATGT.\n";
    expect(numberedRoles(letter)).toEqual(["11940 implements", "2187 references"]);
  });

  it("a page telling of a letter gives its demands after 'yêu cầu …:', its marks lost: the items are task items (fresh54d-001, fresh52b-009)", () => {
    const portal =
      "Theo đó, UBND huyện đã có Công văn số 3015/UBND-TN ngày 23/8/2018 yêu cầu Thủ trưởng các cơ quan, ban ngành, đoàn thể cấp huyện, Chủ tịch UBND các xã, thị trấn:\nTổ chức quán triệt Kế hoạch số 110/KH-UBND ngày 04/6/2018 đến từng các bộ công nhân viên chức của cơ quan, đơn vị; xây dựng kế hoạch chi tiết của đơn vị.\nĐẩy mạnh và phát huy việc tổ chức ra quân làm vệ sinh môi trường.\n";
    expect(numberedRoles(portal)).toEqual(["3015 references", "110 references"]);
    // A province's monthly summary: the directive's demand, the addressees' line, then the item (its object named directly here).
    const summary =
      "Chỉ đạo, điều hành nổi bật của UBND tỉnh tháng 4/2025.\nĐể bảo đảm công tác văn thư, lưu trữ được thông suốt, ngày 03/04/2025, Chủ tịch UBND tỉnh ban hành Chỉ thị số 03/CT-UBND với yêu cầu như sau:\nThủ trưởng các Sở, ban, ngành; Chủ tịch UBND các huyện, thành phố:\nTổ chức phổ biến, quán triệt và triển khai thực hiện nghiêm túc Công văn số 414/BNV-VTLTNN ngày 19/3/2025 của Bộ Nội vụ.\n";
    expect(numberedRoles(summary)).toEqual(["03 references", "414 references"]);
  });

  it("not a heading's 'Yêu cầu:' (a purpose section, §5), nor a page opening 'Thực hiện X' under a demand, nor a document of its own kind", () => {
    const purpose = "Để thực hiện tốt công tác bảo vệ môi trường trên địa bàn.\nYêu cầu:\nTổ chức quán triệt Kế hoạch số 110/KH-UBND ngày 04/6/2018 đến từng cán bộ.\n";
    expect(numberedRoles(purpose)).toEqual(["110 implements"]);
    const opening = "UBND huyện yêu cầu các cơ quan, đơn vị:\nThực hiện Kế hoạch số 110/KH-UBND ngày 04/6/2018 của UBND tỉnh.\n";
    expect(numberedRoles(opening)).toEqual(["110 implements"]);
    // A decision's own demand, before any division: its kind is its own, the rule is a told page's.
    const decision = "QUYẾT ĐỊNH\nVề việc bảo vệ môi trường\nChủ tịch UBND huyện yêu cầu các cơ quan, đơn vị:\nTổ chức quán triệt Kế hoạch số 110/KH-UBND ngày 04/6/2018 đến từng cán bộ.\n";
    expect(numberedRoles(decision)).toEqual(["110 implements"]);
  });

  it("keeps a purpose section's item the plan's own act (§5), and a bare 'Thực hiện' opening a section (dev-011)", () => {
    const plan =
      "KẾ HOẠCH\nThực hiện Quyết định số 112/QĐ-TTg ngày 22/01/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tổ chức triển khai thực hiện có hiệu quả Chỉ thị số 01/CT-TTg ngày 03/01/2023 của Thủ tướng Chính phủ.\n";
    expect(numberedRoles(plan)).toEqual(["112 implements", "01 implements"]);
    const directive =
      "Chỉ thị về tăng cường quản lý giao thông đường thuỷ\nI. Về công tác quản lý sông, kênh, rạch\na ) Tổ chức quản lý các sông theo phân cấp .\nIi. về công tác tăng cường quản lý trật tự an toàn giao thông đường thủy nội địa\nThực hiện Nghị quyết số 32/2007/NQ-CP ngày 29 tháng 6 năm 2007 của Chính phủ về một số giải pháp cấp bách nhằm kiềm chế tai nạn giao thông .\nĐể tiếp tục tăng cường công tác quản lý Nhà nước , Uỷ ban nhân dân thành phố yêu cầu :\n";
    expect(numberedRoles(directive)).toEqual(["32 implements"]);
  });
});

/** A city's decision setting a department's functions: its articles, then the tasks item by item. */
const functions = (task: string) =>
  `ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 22/2025/QĐ-UBND\nHà Nội, ngày 28 tháng 02 năm 2025\n\nQUYẾT ĐỊNH\nVề việc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hoá và Thể thao\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Vị trí và chức năng\n\nĐiều 2. Nhiệm vụ và quyền hạn\n\n8. Về quyền tác giả, quyền liên quan và công nghiệp văn hoá\n\n${task}\n`;

describe("a task's 'thực hiện' carried past ';' to a later task done 'theo quy định tại <part> X' (fixtures/fresh/fresh42c-006)", () => {
  it("X is the rule the later task keeps, not what the decision carries out", () => {
    const e = edges(
      functions(
        "Tổ chức các hoạt động bảo hộ quyền tác giả, quyền liên quan tại thành phố Hà Nội; thực hiện các biện pháp bảo vệ quyền, lợi ích hợp pháp của Nhà nước, tổ chức, cá nhân về quyền tác giả, quyền liên quan; tổ chức thực hiện phát triển các ngành công nghiệp văn hóa tại thành phố Hà Nội theo quy định tại Điều 4 của Nghị định số 17/2023/NĐ-CP ngày 26/4/2023 của Chính phủ;",
      ),
    );
    expect([...e].some((x) => x.startsWith("17/2023/") && x.endsWith(" implements"))).toBe(false);
    // So with the rule named by "theo" alone, as when the cue stands in the same task (seg34-007).
    expect([...edges(functions("Tổ chức các hoạt động bảo hộ quyền tác giả; thực hiện các biện pháp bảo vệ quyền tác giả; phát triển các ngành công nghiệp văn hóa theo Nghị định số 17/2023/NĐ-CP ngày 26/4/2023 của Chính phủ;"))].some((x) => x.startsWith("17/2023/") && x.endsWith(" implements"))).toBe(false);
  });
});

/** The Finance Department's duties under a city's decision, one lettered task each (fixtures/fresh/fresh43a-002). */
const financeDuties = (tasks: string) =>
  `ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 15/2025/QĐ-UBND\nHà Nội, ngày 28 tháng 02 năm 2025\n\nQUYẾT ĐỊNH\nVề việc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính thành phố Hà Nội\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Vị trí và chức năng\n\nĐiều 2. Nhiệm vụ và quyền hạn\n\n12. Về quản lý ngân sách nhà nước:\n\n${tasks}\n`;
const rolesOf = (text: string) => analyze(text).citations.filter((c) => c.role !== "self").map((c) => `${c.name ?? c.number} ${c.role}`);

describe("a task's 'Hướng dẫn' carried past ';' into the list's next item (fixtures/fresh/fresh43a-002, -003; seg34-017)", () => {
  const guidanceTask =
    "h) Hướng dẫn việc hạch toán, quyết toán ngân sách địa phương và định kỳ báo cáo việc thực hiện dự toán thu, chi ngân sách và tổ chức thực hiện chế độ công khai tài chính ngân sách của nhà nước theo quy định của pháp luật;\n\n";
  it("the next item's law is the rule its own task follows, not guided by the decision", () => {
    const text = financeDuties(`${guidanceTask}i) Tổng hợp, lập quyết toán ngân sách địa phương trình Ủy ban nhân dân Thành phố để trình cấp có thẩm quyền quyết toán ngân sách theo quy định của Luật Ngân sách nhà nước;`);
    expect(rolesOf(text)).toEqual(["Ngân sách nhà nước references"]);
  });
  it("so is a numbered document the next item names", () => {
    const text = financeDuties(`${guidanceTask}i) Tổng hợp, lập quyết toán ngân sách địa phương theo quy định của Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ;`);
    expect(rolesOf(text)).toEqual(["163 references"]);
  });
  it("a cue that heads the list with ':' still governs the items under it", () => {
    const text = financeDuties("Hướng dẫn thực hiện các văn bản sau:\n\na) Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 của Chính phủ;");
    expect(rolesOf(text)).toEqual(["163 guides"]);
  });
});

/** A provincial council's resolution as the stores list it: heading, number line, "NGHỊ QUYẾT", its subject line, a Căn cứ. */
const councilResolution = (subject: string) =>
  `HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA\nSố: 39/NQ-HĐND\nSơn La, ngày 21 tháng 7 năm 2026\n\nNGHỊ QUYẾT\n\n${subject}\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n`;

describe("workUnderRule: money for a work (FUNDING_NOUNS), the document after 'theo quy định tại/của' (listing43 row 88, fresh40b-014)", () => {
  it("a subject line's 'bố trí vốn thực hiện dự án … theo quy định tại Điều 57 Luật Đầu tư công' does not carry the law out", () => {
    const roles = namedRoles(
      councilResolution(
        "Về việc gia hạn thời gian bố trí vốn thực hiện dự án sang năm 2026 đối với các dự án sử dụng vốn ngân sách địa phương không đáp ứng thời gian bố trí vốn theo quy định tại Điều 57 Luật Đầu tư công (đợt 2)",
      ),
    );
    expect(roles).toContain("law:dau-tu-cong@? references");
    expect(roles.some((x) => x.startsWith("law:dau-tu-cong") && x.endsWith(" implements"))).toBe(false);
  });

  // The review's paragraph as the page gives it, no heading (fresh40b-014).
  it("a report's 'kinh phí triển khai các hoạt động … theo quy định của Luật Ngân sách nhà nước' does not carry the law out", () => {
    const report =
      "Tại các doanh nghiệp nhà nước ở Trung ương có 429 người làm công tác pháp chế, trong đó có 341 người làm công tác pháp chế chuyên trách; về kinh phí thực hiện theo dõi tình hình thi hành pháp luật tại Bộ Tư pháp được cấp hằng năm đã cơ bản đáp ứng yêu cầu thực hiện theo dõi tình hình thi hành pháp luật và theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành; đối với các cơ quan Trung ương, địa phương, kinh phí triển khai các hoạt động theo dõi tình hình thi hành pháp luật được bố trí từ nguồn kinh phí chi thường xuyên theo quy định của Luật Ngân sách nhà nước.\n";
    const roles = namedRoles(report);
    expect(roles).toContain("law:ngan-sach-nha-nuoc@? references");
  });

  it("a numbered document after a funded project's 'theo quy định tại' is a reference too", () => {
    const e = edges(councilResolution("Về việc bố trí vốn thực hiện dự án đường giao thông liên xã theo quy định tại Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 của Chính phủ"));
    expect(e.has("99/2021/NĐ-CP implements")).toBe(false);
  });

  it("money for carrying out the document itself implements it (88/2005/TT-BTC), and a plain 'theo' in a subject line still states its purpose", () => {
    expect(edges(councilResolution("Về việc cấp phát kinh phí thực hiện Quyết định số 20/2005/QĐ-TTg ngày 25/01/2005 của Thủ tướng Chính phủ")).has("20/2005/QĐ-TTg implements")).toBe(true);
    expect(edges(councilResolution("Về việc bố trí vốn thực hiện dự án thí điểm theo Nghị quyết số 171/2024/QH15 của Quốc hội")).has("171/2024/QH15 implements")).toBe(true);
  });
});

describe("workUnderRule: a work the cue names on its line, then 'theo quy định tại/của', before the first division (fresh41b-015, fresh43b-007)", () => {
  it("a letter's opening 'Căn cứ Quyết định số A …; thực hiện chế độ báo cáo theo quy định tại Luật Đầu tư công, Nghị định số B …' carries out neither, and A's basis does not carry on to them (14447/BTC-ĐT)", () => {
    const e = edges(
      "BỘ TÀI CHÍNH\nSố: 14447/BTC-ĐT\nHà Nội, ngày 29 tháng 12 năm 2023\nKính gửi: Thủ tướng Chính phủ.\n" +
        "Căn cứ Quyết định số 1513/QĐ-TTg ngày 03/12/2022 của Thủ tướng Chính phủ về việc giao kế hoạch vốn đầu tư nguồn ngân sách nhà nước năm 2023; thực hiện chế độ báo cáo theo quy định tại Luật Đầu tư công, Nghị định số 40/2020/NĐ-CP ngày 06/4/2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đầu tư công, Bộ Tài chính báo cáo tình hình thanh toán vốn đầu tư như sau:\n",
    );
    expect(e.has("1513/QĐ-TTg based_on")).toBe(true);
    // Own edges only: the decree's nested "guides" of the law is its own.
    expect([...e].filter((x) => (x.startsWith("40/2020/NĐ-CP") || x.startsWith("law:dau-tu-cong")) && !x.endsWith(" guides"))).toEqual([]);
  });

  it("a subject line 'V/v: Phối hợp triển khai hóa đơn điện tử theo quy định tại Luật … số 38/2019/QH14 và Nghị định số 123/2020/NĐ-CP' (1799/BTC-TCT)", () => {
    const e = edges("BỘ TÀI CHÍNH\nSố: 1799/BTC-TCT\nV/v: Phối hợp triển khai hóa đơn điện tử theo quy định tại Luật Quản lý thuế số 38/2019/QH14 và Nghị định số 123/2020/NĐ-CP .\nHà Nội, ngày 24 tháng 02 năm 2022\nKính gửi: Ủy ban nhân dân các tỉnh\n");
    expect(e.has("38/2019/QH14 implements")).toBe(false);
    expect(e.has("123/2020/NĐ-CP implements")).toBe(false);
  });

  it("an opening 'Thực hiện Nghị định số …' still carries the document out", () => {
    expect(edges("UBND TỈNH HÀ NAM\nSố: 12/KH-UBND\nHà Nam, ngày 10 tháng 3 năm 2021\nKẾ HOẠCH\nThực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\n").has("61/2018/NĐ-CP implements")).toBe(true);
  });
});

describe("guidesWorkUnder: a document whose provisions name the bodies whose work is guided (fixtures/fresh/fresh55c-014)", () => {
  const circular = (sentence: string) =>
    `THANH TRA CHÍNH PHỦ\nSố: 04/2025/TT-TTCP\nHà Nội, ngày 28 tháng 8 năm 2025\n\nTHÔNG TƯ\n\nHướng dẫn xây dựng kế hoạch thanh tra\n\nĐiều 1. Phạm vi áp dụng\n${sentence}\n`;
  it("'hướng dẫn … của các cơ quan thanh tra quy định tại Điều 7 Luật Thanh tra' names who, not the guided document", () => {
    expect(namedRoles(circular("Thông tư này hướng dẫn việc xây dựng kế hoạch thanh tra hằng năm của các cơ quan thanh tra quy định tại Điều 7 Luật Thanh tra."))).toEqual([
      "law:thanh-tra@? references",
    ]);
    expect(numberedRoles(circular("Thông tư này hướng dẫn việc lập kế hoạch của cơ quan có thẩm quyền quy định tại khoản 1 Điều 4 Nghị định số 43/2023/NĐ-CP."))).toEqual([
      "04 self",
      "43 references",
    ]);
  });
  it("the matter named by the provisions guides as before", () => {
    expect(namedRoles(circular("Thông tư này hướng dẫn việc xây dựng kế hoạch thanh tra hằng năm quy định tại Điều 45 Luật Thanh tra."))).toEqual(["law:thanh-tra@? guides"]);
  });
});

describe("taskItem's line start, looked for in a bounded window (session 58's audit)", () => {
  // A task item's head is a marker, lead words and a few verbs: its line opens at most TASK_HEAD_CHARS before the cue's
  // end. A lastIndexOf from each cue ran back to the start of a text of one line: asked at every cue, quadratic.
  const implementsAt = (end: number): Binding => ({ type: "implements", actor: SELF, cue: { passive: false } as unknown as Cue, end, passive: false, also: null });
  const everyCue = (text: string) => {
    for (let at = 0; at < text.length; at += 20) taskItem(text, implementsAt(at), true, null);
  };
  it("asked at every cue of a text of one line: linear", () => {
    expect(cpuRatio(everyCue, "a".repeat(400_000), "a".repeat(100_000), 5, 9)).toBeLessThan(9);
  });
  it("a task item's line is still read after a long line ('- Tiếp tục triển khai thực hiện' past a division); a head past the window is none", () => {
    const text = "a".repeat(5_000) + "\n- Tiếp tục triển khai thực hiện ";
    expect(taskItem(text, implementsAt(text.length), true, null)).toBe(true);
    expect(taskItem(text.slice(5_000), implementsAt(text.length - 5_000), true, null)).toBe(true);
    const far = `${" ".repeat(5_000)}Triển khai `;
    expect(taskItem(far, implementsAt(far.length), true, null)).toBe(false);
  });
});

describe("a 'hướng dẫn' over 'theo hướng dẫn của/tại X': X's own guidance is followed, X is not guided (fixtures/fresh/fresh59c-006, body33-002)", () => {
  it("a guidance's title 'Hướng dẫn <việc> theo hướng dẫn của Thông tư X' does not guide X", () => {
    const e = edges(
      guidance(
        "HƯỚNG DẪN ĐỊNH KHOẢN TÀI KHOẢN 111 – TIỀN MẶT THEO HƯỚNG DẪN CỦA THÔNG TƯ SỐ 107/2017/TT-BTC",
        "Tài khoản 111 – Tiền mặt được dùng để phản ánh tình hình thu, chi, tồn quỹ tiền mặt của đơn vị.",
      ),
    );
    expect(e.has("107/2017/TT-BTC guides")).toBe(false);
  });

  it("nor through units: 'theo hướng dẫn tại khoản 2 Điều 5 Thông tư X'", () => {
    const e = edges(
      guidance(
        "HƯỚNG DẪN KÊ KHAI HỒ SƠ THEO HƯỚNG DẪN TẠI KHOẢN 2 ĐIỀU 5 THÔNG TƯ SỐ 107/2017/TT-BTC",
        "Các đơn vị thực hiện như sau:",
      ),
    );
    expect(e.has("107/2017/TT-BTC guides")).toBe(false);
  });

  it("the words are read in linear time", () => {
    // Size ratio 4: linear stays near 4, quadratic near 16.
    const text = (n: number) => guidance(`HƯỚNG DẪN ${"theo hướng dẫn của ".repeat(n)}THÔNG TƯ SỐ 107/2017/TT-BTC`, "Nội dung như sau:");
    expect(cpuRatio((t) => analyze(t), text(2_000), text(500), 5, 9)).toBeLessThan(9);
  });
});

describe("a draft law named after 'dự án' or 'dự thảo' (fixtures/fresh/fresh47e-005; fresh30e-007, fresh29h-034, pairs29-002)", () => {
  const programme = (item: string) =>
    `ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNghị quyết số: 45/2024/UBTVQH15\nHà Nội, ngày 15 tháng 4 năm 2024\nNGHỊ QUYẾT\nĐIỀU CHỈNH CHƯƠNG TRÌNH XÂY DỰNG LUẬT, PHÁP LỆNH NĂM 2024\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1. Điều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2024\n${item}\nĐiều 2. Tổ chức thực hiện\n`;

  it("is moved in the programme, not amended: the cue before it reaches no law", () => {
    const e = edges(programme("3. Điều chỉnh từ Chương trình cho ý kiến tại kỳ họp thứ 7 (tháng 5/2024) và thông qua tại kỳ họp thứ 8 (tháng 10/2024) sang Chương trình cho ý kiến tại kỳ họp thứ 8 (tháng 10/2024) và thông qua tại kỳ họp thứ 9 (tháng 5/2025): dự án Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật."));
    expect([...e].filter((x) => x.startsWith("law:"))).toEqual([]);
    expect(e.has("constitution:hien-phap based_on")).toBe(true);
  });

  it("and a draft after 'dự thảo' in any case; the law itself, named without the noun, is still acted on", () => {
    const e = edges(programme("3. Điều chỉnh thời gian trình Dự thảo Luật Đất đai (sửa đổi)."));
    expect([...e].filter((x) => x.startsWith("law:"))).toEqual([]);
    const amended = edges(programme("3. Sửa đổi, bổ sung Luật Tiêu chuẩn và quy chuẩn kỹ thuật ngày 29 tháng 6 năm 2006 như sau:"));
    expect([...amended].filter((x) => x.startsWith("law:"))).toEqual(["law:tieu-chuan-quy-chuan-ky-thuat amends"]);
  });
});

// CONVENTIONS §6, §27: a letter's "hướng dẫn thực hiện <việc> theo X" guides X; its "hướng dẫn <việc> theo X" (no
// "thực hiện") names the rule the work follows (test/analyze/tax-answers.test.ts).
describe("a letter's 'Hướng dẫn thực hiện <việc> theo X' guides X", () => {
  const letter = (subject: string) =>
    `CỤC HẢI QUAN TỈNH ĐỒNG NAI\nSố: 820/HQĐNa-GSQL\n${subject}\n\nĐồng Nai, ngày 14 tháng 4 năm 2015\n\nKính gửi: Các Chi cục Hải quan trực thuộc\n\nNội dung như sau.\n`;

  it("'V/v Hướng dẫn thực hiện một số điểm mới theo Thông tư 38/2015/TT-BTC' (listing60 row 94)", () => {
    expect(edges(letter("V/v Hướng dẫn thực hiện một số điểm mới theo Thông tư 38/2015/TT-BTC"))).toEqual(new Set(["38/2015/TT-BTC guides"]));
  });

  it("a listing's row of it, the subject alone", () => {
    expect(edges("V/v Hướng dẫn thực hiện một số điểm mới theo Thông tư 38/2015/TT-BTC")).toEqual(new Set(["38/2015/TT-BTC guides"]));
  });

  it("'V/v Hướng dẫn khai báo … theo Thông tư 38/2015/TT-BTC', no 'thực hiện': the rule the work follows", () => {
    expect(edges(letter("V/v Hướng dẫn khai báo tờ khai vận chuyển độc lập theo Thông tư 38/2015/TT-BTC"))).toEqual(new Set());
  });
});
