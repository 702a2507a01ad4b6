/**
 * The role reading (src/analyze/roles/): a plan's section of bases (I. CĂN CỨ …) and the list of documents
 * under it.
 * Each way real drafting states a relation (issue 12; DOMAIN.md §4), one sentence shape per test,
 * taken from published documents (the development corpus and the seeds).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { roles } from "../../helpers/roles.js";

/** A decision laid out as published: title, preamble, enacting line, articles, signature, recipients. */
const decision = (preamble: string, articles: string, tail = "") =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 150/QĐ-UBND\nBình Dương, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành quy định\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\n${articles}\n${tail}`;

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
    // An item wrapped after its cue goes on with the document it names: a task item's, a reference
    // (taskItem, CONVENTIONS.md §11); a purpose item's, implements (§5).
    const c = analyze(plan("II. NỘI DUNG\n1. Triển khai thực hiện\nKết luận số 45-KL/TW ngày 22/5/2022 của Ban Chấp hành Trung ương.\n"));
    expect(roles(c).slice(1)).toEqual(["45 references"]);
    const d = analyze(plan("I. MỤC ĐÍCH\n1. Triển khai thực hiện\nKết luận số 45-KL/TW ngày 22/5/2022 của Ban Chấp hành Trung ương.\n"));
    expect(roles(d).slice(1)).toEqual(["45 implements"]);
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
