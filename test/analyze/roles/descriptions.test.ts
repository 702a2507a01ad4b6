/**
 * The role reading (src/analyze/roles/): a cited document's description: what it says of other documents,
 * where it ends, who acts.
 * Each way real drafting states a relation (issue 12; DOMAIN.md §4), one sentence shape per test,
 * taken from published documents (the development corpus and the seeds).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";
import { cpuRatio } from "../../helpers/linear.js";
import { roles } from "../../helpers/roles.js";

const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`);
/** A decision laid out as published: title, preamble, enacting line, articles, signature, recipients. */
const decision = (preamble: string, articles: string, tail = "") =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 150/QĐ-UBND\nBình Dương, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành quy định\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\n${articles}\n${tail}`;

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
    expect(cpuRatio((t) => analyze(t), run(8_000), run(2_000), 3, 8)).toBeLessThan(8);
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

describe("a member known only by its number's year, after a document whose description ends with another", () => {
  // fresh29t-005 (Lâm Đồng, 2005): "Nghị định số 175/CP ngày 18/10/1994 … về hướng dẫn thi hành Luật Bảo vệ
  // môi trường và Nghị định số 143/2004/NĐ-CP ngày 1217/2004 …" (the date misprinted); fresh29p-001
  // (Nghị quyết 27/2004/QH11): "Hiến pháp … năm 1992 đãđược sửa đổi, bổ sung theo Nghịquyết số 51/2001/QH10".
  it("joins the list when its year is after the describing document's date: a document never names a later one", () => {
    const a = analyze(decision("Căn cứ Luật Bảo vệ môi trường ngày 27/12/1993; Nghị định số 175/CP ngày 18/10/1994 của Chính phủ về hướng dẫn thi hành Luật Bảo vệ môi trường và Nghị định số 143/2004/NĐ-CP của Chính phủ về việc sửa đổi, bổ sung điều 14 Nghị định 175/CP;", "Điều 1. Ban hành quy định."));
    expect(roles(a).slice(1, 3)).toEqual(["175 based_on", "143 based_on"]);
    expect(nested(a)).not.toContain("175/CP@1994 guides 143/2004/NĐ-CP");
  });

  it("stays in the description when its year is the describing document's (the day unknown)", () => {
    const a = analyze(decision("Căn cứ Nghị định số 12/2004/NĐ-CP ngày 05/3/2004 của Chính phủ hướng dẫn thi hành Luật Đất đai và Nghị định số 181/2004/NĐ-CP của Chính phủ;", "Điều 1. Ban hành quy định."));
    expect(roles(a).slice(1, 3)).toEqual(["12 based_on", "181 references"]);
  });

  it("makes no twins of two undated documents of one year and series: a year is not a day", () => {
    const a = analyze(decision("Căn cứ Nghị định số 50/2009/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 12/2009/NĐ-CP của Chính phủ hướng dẫn thi hành Luật Xây dựng số 16/2003/QH11 và Nghị định số 10/2009/NĐ-CP của Chính phủ;", "Điều 1. Ban hành quy định."));
    expect(nested(a)).not.toContain("50/2009/NĐ-CP amends 10/2009/NĐ-CP");
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
