/**
 * The role reading (src/analyze/roles/): an article that acts (Bãi bỏ, thay thế, sửa đổi …), its lists,
 * and the closing article.
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

  it("words put in or left out of a provision ('thay thế cụm từ …', 'bỏ cụm từ …') amend the document; words repealed ('bãi bỏ cụm từ …') repeal it (fixtures/fresh/CONVENTIONS.md §2); a part replaced is still replaced", () => {
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
    expect(roles(a).slice(1)).toEqual(["51 amends", "52 amends", "53 repeals", "54 replaces"]);
  });

  it("a document named inside the quoted words a wording cue replaces is not amended (fresh46b-010, fresh41a-015); one named after the quotes still is", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Điều 1. Sửa đổi một số quy định như sau:\n" +
          "1. Thay thế cụm từ “khoản 4 Điều 60 Nghị định số 102/2024/NĐ-CP” tại Điều 5 bằng cụm từ “Mục 4 Chương I Phần VII Nghị định số 151/2025/NĐ-CP”.\n" +
          "2. Thay thế cụm từ “khoản 3 Điều 6 Nghị định số 63/2019/NĐ-CP” bằng cụm từ “khoản 1 Điều 6 Nghị định số 63/2019/NĐ-CP” tại khoản 3 Điều 4.\n" +
          "3. Thay thế cụm từ “Nghị định số 29/2018/NĐ-CP” bằng cụm từ “Nghị định số 77/2025/NĐ-CP” tại khoản 1 Điều 10 Quyết định số 55/2024/QĐ-UBND.",
      ),
    );
    expect(roles(a).slice(1)).toEqual(["102 references", "151 references", "63 references", "63 references", "29 references", "77 references", "55 amends"]);
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
