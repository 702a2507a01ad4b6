/**
 * The role reading (src/analyze/roles/cue.ts, citation.ts): "ban hành theo" written without "kèm"
 * after a regulation's name names the decision that issued it, as "ban hành kèm theo" does (vocab
 * PLAIN_PROMULGATION). Shapes from the development corpus's source (word-segmented provincial
 * documents: spaces around every mark) and a Thanh Hóa decision; session 33, helper seg33b.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { citedRoles, roles } from "../../helpers/roles.js";

/** A provincial decision as the word-segmented corpus prints it: subject line, issuer, preamble, articles. */
const decision = (subject: string, preamble: string, articles: string) =>
  `${subject} \nỦy ban nhân dân tỉnh long an \n${preamble}\nQuyết định : \n${articles}\n`;

describe("an act on a regulation 'ban hành theo' a decision", () => {
  it("a subject line's supplement of a regulation issued 'theo' a decision amends that decision", () => {
    // Thanh Hóa's decision on parking prices (fixtures/fresh/fresh30y-006), its subject line.
    const a = analyze(
      decision(
        "Quyết định bổ sung một số nội dung quy định về giá dịch vụ trông giữ xe trên địa bàn tỉnh thanh hóa ban hành theo quyết định số 3352/2017/qđ-ubnd ngày 07/9/2017 của ubnd tỉnh",
        "Căn cứ Nghị định số 177/2013/NĐ-CP ngày 14/11/2013 của Chính phủ ;",
        "Điều 1 . Bổ sung khoản 3 Điều 2 như sau : mức thu 5.000 đồng / lượt . ",
      ),
    );
    expect(roles(a)).toEqual(["3352 amends", "177 based_on"]);
  });

  it("an item of a closing repeal names the part of a regulation issued 'theo' a decision, at length: the decision is repealed", () => {
    // UBND Long An 2009 (fixtures/fresh/seg33b-021): "… có hiệu lực … và bãi bỏ : ⏎ 1 . Điểm b … ⏎ 2 . Khoản 3 …".
    const a = analyze(
      decision(
        "Quyết định về việc sửa đổi , bổ sung chế độ đi học đối với cán bộ , công chức , viên chức nhà nước",
        "Căn cứ Thông tư số 51/2008/TT-BTC ngày 16/6/2008 của Bộ Tài chính ;",
        "Điều 1 . Giao Sở Tài chính hướng dẫn thực hiện . \nQuyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký và bãi bỏ : \n" +
          "1 . Điểm b , khoản 3 , mục III của Bản quy định chế độ trợ cấp đối với cán bộ , công chức đi học , cán bộ , công chức được điều động , tăng cường về công tác ở xã và chính sách thu hút nhân tài ban hành theo quyết định số 2751/2002/QĐ-UB ngày 23/8/2002 của UBND tỉnh . \n" +
          "2 . Khoản 3 , điều 1 quyết định số 23/2007/QĐ-UBND ngày 25/6/2007 của UBND tỉnh . ",
      ),
    );
    expect(roles(a)).toEqual(["51 based_on", "2751 repeals", "23 repeals"]);
  });

  it("a regulation's name that lists its subjects with ';' goes on past the ';': the item's act reaches the decision", () => {
    // UBND Long An 2009 (fixtures/fresh/seg33b-021), Điều 1's item 2; a name so written: "Quy định hỗ trợ
    // đối với cán bộ, công chức, viên chức được cử đi đào tạo sau đại học; mức thưởng … và thu hút nhân
    // tài" (UBND Hưng Yên 01/2018/QĐ-UBND).
    const a = analyze(
      decision(
        "Quyết định về việc sửa đổi , bổ sung chế độ đi học đối với cán bộ , công chức , viên chức nhà nước",
        "Căn cứ Thông tư số 51/2008/TT-BTC ngày 16/6/2008 của Bộ Tài chính ;",
        "Điều 1 . Sửa đổi , bổ sung chế độ đi học như sau : \nHỗ trợ tiền ăn : 15.000 đồng / người / ngày . \n" +
          "2 . Sửa đổi , bổ sung điểm b , khoản 3 , mục III của bản quy định chế độ trợ cấp đối với cán bộ , công chức đi học ; cán bộ , công chức được điều động , tăng cường về công tác ở xã và chính sách thu hút nhân tài ban hành theo quyết định số 2751/QĐ-UB ngày 23/8/2002 của UBND tỉnh , như sau : \n" +
          "Các chi phí đi học được trợ cấp : tiền học phí . ",
      ),
    );
    expect(roles(a)).toEqual(["51 based_on", "2751 amends"]);
  });

  it("a ';' after a document ends a list's member: the next clause's regulation is not the line's name", () => {
    const a = analyze(
      decision(
        "Quyết định về việc sửa đổi chế độ",
        "Căn cứ Thông tư số 51/2008/TT-BTC ngày 16/6/2008 của Bộ Tài chính ;",
        "Điều 1 . Sửa đổi , bổ sung như sau : \n" +
          "2 . Sửa đổi quy định tại Quyết định số 23/2007/QĐ-UBND ngày 25/6/2007 ; cán bộ được điều động thực hiện chế độ ban hành theo quyết định số 2751/QĐ-UB ngày 23/8/2002 của UBND tỉnh . ",
      ),
    );
    expect(roles(a).filter((r) => r.startsWith("2751"))).not.toContain("2751 amends");
  });

  it("after a plan's name, not a regulation's, 'ban hành theo' carries no act: the decision is a rule the task follows", () => {
    // HĐND Lai Châu's resolution on rubber (dev-045): a listed solution, no amendment of the resolution's own.
    const a = analyze(
      decision(
        "Nghị quyết về chương trình phát triển cây cao su",
        "Căn cứ Quyết định số 87/2006/QĐ-TTg ngày 20/4/2006 của Thủ tướng Chính phủ ;",
        "Điều 1 . Thông qua chương trình với các giải pháp sau : \n1 . Giải pháp về qui hoạch . \n" +
          "- Điều chỉnh bổ sung qui hoạch phát triển kinh tế - xã hội tỉnh Lai Châu thời kỳ 2006-2020 đã ban hành theo Quyết định 87/2006/QĐ-TTg ngày 20/4/2008 của Thủ tướng Chính phủ . ",
      ),
    );
    expect(roles(a)).toEqual(["87 based_on", "87 references"]);
  });

  it("a basis over a regulation issued 'theo' a decision still rests on the decision", () => {
    const a = analyze(
      decision(
        "Quyết định ban hành quy định về quản lý chợ",
        "Căn cứ Quy chế quản lý chợ ban hành theo Quyết định số 14/2017/QĐ-UBND ngày 02/6/2017 của UBND tỉnh ;",
        "Điều 1 . Ban hành kèm theo Quyết định này Quy định về quản lý chợ . ",
      ),
    );
    expect(roles(a)).toEqual(["14 based_on"]);
  });
});

// The regulation's name in quotation marks, its kind word right after the opening mark (src/analyze/roles/patterns.ts
// RULE_NAMED): fresh41c-013's closing article, whose quoted name is too long for the act's plain reach.
describe("a quoted regulation's name 'được ban hành theo' a decision", () => {
  const own = (closing: string) => {
    const a = analyze(`ĐẠI HỌC QUỐC GIA HÀ NỘI\nSố: 4455/QĐ-ĐHQGHN\nQUYẾT ĐỊNH\nVề việc ban hành Quy định\nQUYẾT ĐỊNH:\n${closing}\n`);
    return citedRoles(a);
  };

  it("a closing article replacing “Quy định …, …” issued 'theo' a decision replaces the decision (fresh41c-013)", () => {
    expect(
      own(
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký và thay thế “Quy định về quản lý văn bằng, chứng chỉ tại Đại học Quốc gia Hà Nội” được ban hành theo Quyết định số 3086/QĐ-ĐHQGHN ngày 20 tháng 10 năm 2020.",
      ),
    ).toEqual(["3086 replaces"]);
  });

  it("the same with straight quotes and a repeal; a quoted plan's name is no regulation and stays a reference", () => {
    expect(own('Điều 3. Bãi bỏ "Quy chế tổ chức và hoạt động của Hội đồng khoa học, đào tạo của trường đại học thành viên" ban hành theo Quyết định số 15/QĐ-ĐHQGHN ngày 02 tháng 01 năm 2019.')).toEqual(["15 repeals"]);
    expect(own("Điều 2. Quyết định có hiệu lực kể từ ngày ký và thay thế “Kế hoạch về quản lý hồ sơ học sinh tại các trường thành viên” được ban hành theo Quyết định số 16/QĐ-ĐHQGHN.")).not.toContain("16 replaces");
  });
});
