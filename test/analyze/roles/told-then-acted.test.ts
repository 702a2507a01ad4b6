/**
 * A headed document's opening that tells of a document issued or passed, then carries it out (or guides it) by a
 * pointer in a purpose sentence closing on "sau:" (session 64, helper misses64: fixtures/fresh/fresh30b-027,
 * fresh50f-003, fresh57b-003, fresh59d-005, fresh60b-003), or guides it in the writer's own "<body> hướng dẫn … như
 * sau:" (fresh41b-001, fresh56f-002). roles/told-then-acted.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { cpuRatio } from "../../helpers/linear.js";

const FRESH = new URL("../../../fixtures/fresh/", import.meta.url);
const fresh = (path: string) => readFileSync(new URL(path, FRESH), "utf8");
/** The citing text's own relations other than references, "type to", numbers and codes only, sorted. */
const own = (text: string) => {
  const a = analyze(text);
  return [...new Set(a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${r.to.replace(/@.*/u, "")}`))].sort();
};

const letter = (body: string) =>
  `BỘ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 12166/BTC-TCHQ\nV/v triển khai thực hiện các quy định mới\nHà Nội, ngày 31 tháng 8 năm 2016\nKính gửi: Các Cục Hải quan tỉnh, thành phố\n${body}\n1. Về việc miễn thuế\n`;
const TOLD_LAW =
  "Luật thuế xuất khẩu, thuế nhập khẩu được Quốc hội khóa XIII kỳ họp thứ 10 thông qua Luật Thuế xuất khẩu, Thuế nhập khẩu số 107/2016/QH13 ngày 06/4/2016 và có hiệu lực thi hành từ 01/9/2016.";

describe("a document carrying out what its opening told was issued, by a pointer", () => {
  it("'… thông qua Luật … số 107/2016/QH13 …. Để thực hiện thống nhất những quy định mới, quan trọng của Luật …, Bộ Tài chính đề nghị … như sau:' (fresh30b-027)", () => {
    expect(own(fresh("fresh30b/texts/fresh30b-027.txt"))).toContain("implements 107/2016/QH13");
    expect(own(letter(`${TOLD_LAW} Để thực hiện thống nhất những quy định mới, quan trọng của Luật từ ngày 01/9/2016, Bộ Tài chính đề nghị đồng chí Cục trưởng chú ý chỉ đạo thực hiện một số nội dung như sau:`))).toEqual([
      "implements 107/2016/QH13",
    ]);
    // A no-break space after the full stop, "\r\n" line ends: read as the plain text.
    const purpose = "Để thực hiện thống nhất những quy định mới của Luật, Bộ Tài chính đề nghị Cục trưởng chú ý như sau:";
    expect(own(letter(`${TOLD_LAW}\u00a0${purpose}`))).toEqual(["implements 107/2016/QH13"]);
    expect(own(letter(`${TOLD_LAW}\n${purpose}`).replace(/\n/gu, "\r\n"))).toEqual(["implements 107/2016/QH13"]);
  });

  it("'Chính phủ ban hành Nghị định số 119/2025/NĐ-CP …. … đã ban hành Thông tư số 08/2025/TT-BNNMT …. Để triển khai thực hiện các quy định mới được ban hành, …' (fresh57b-003)", () => {
    const acts = own(fresh("fresh57b/texts/fresh57b-003.txt"));
    expect(acts).toContain("implements 119/2025/NĐ-CP");
    expect(acts).toContain("implements 08/2025/TT-BNNMT");
    // What the told documents amend or carry out stays theirs.
    expect(acts).not.toContain("implements 06/2022/NĐ-CP");
    expect(acts).not.toContain("implements 01/2022/TT-BTNMT");
  });

  it("a plan: '… đã thông qua Luật Thủ đô (Luật số 39/2024/QH15). … Để triển khai thi hành Luật Thủ đô …, … ban hành Kế hoạch … với các nội dung sau:' (fresh50f-003)", () => {
    expect(own(fresh("fresh50f/texts/fresh50f-003.txt"))).toContain("implements 39/2024/QH15");
  });

  it("two directives told, then 'Để thực hiện tốt Chỉ thị của Bộ Chính trị, Chỉ thị của Thủ tướng Chính phủ, Bộ … ra Thông tư hướng dẫn như sau:' (fresh59d-005)", () => {
    expect(own(fresh("fresh59d/texts/fresh59d-005.txt"))).toEqual(["implements 14/1998/CT-TTg", "implements 27-CT/TW"]);
  });

  it("guides it where the writer's own verb is 'hướng dẫn': '…, Bộ Công an hướng dẫn áp dụng …, như sau:' (fresh60b-003)", () => {
    expect(own(fresh("fresh60b/texts/fresh60b-003.txt"))).toContain("guides 99/2002/NĐ-CP");
    expect(own(fresh("fresh60b/texts/fresh60b-003.txt"))).not.toContain("implements 99/2002/NĐ-CP");
  });

  it("reads as before where the purpose names a numbered document, the sentence does not close on 'sau:', or no body issued the document", () => {
    // The purpose's own document is the one carried out; the told one stays a reference.
    expect(own(letter(`${TOLD_LAW} Để thực hiện Thông tư số 38/2015/TT-BTC, Bộ Tài chính đề nghị Cục trưởng thực hiện như sau:`))).not.toContain("implements 107/2016/QH13");
    expect(own(letter(`${TOLD_LAW} Để thực hiện thống nhất những quy định mới của Luật, Bộ Tài chính đề nghị Cục trưởng chú ý chỉ đạo thực hiện.`))).toEqual([]);
    expect(own(letter("Luật Thuế xuất khẩu, Thuế nhập khẩu số 107/2016/QH13 có hiệu lực thi hành từ 01/9/2016. Để thực hiện thống nhất những quy định mới của Luật, Bộ Tài chính đề nghị như sau:"))).toEqual([]);
  });

  it("leaves a page of no heading alone: news only retells (CONVENTIONS.md §3)", () => {
    expect(own(`Những điểm mới về thuế xuất khẩu\n\n${TOLD_LAW} Để thực hiện thống nhất những quy định mới, quan trọng của Luật, Bộ Tài chính đề nghị các Cục Hải quan chú ý một số nội dung như sau:\n1. Về việc miễn thuế\n`)).toEqual([]);
  });

  it("guides it where the writer's own clause says '<body> hướng dẫn … như sau:' with no purpose (fresh41b-001, fresh56f-002)", () => {
    expect(own(fresh("fresh41b/texts/fresh41b-001.txt"))).toContain("guides 03/2022/TT-BYT");
    const acts = own(fresh("fresh56f/texts/fresh56f-002.txt"));
    expect(acts).toContain("guides 19/2008/TT-BLĐTBXH");
    // What the told circular amends and its description names stay references.
    expect(acts.filter((a) => a.startsWith("guides"))).toEqual(["guides 19/2008/TT-BLĐTBXH"]);
  });

  it("reads the writer's 'hướng dẫn' wrapped or with other blanks between its words, as the pattern does", () => {
    // fresh41b-001's clause as a PDF's layout wraps it or a portal pads it: the quick check once asked for one space.
    const circular = "Ngày 26/4/2022, Bộ Y tế đã ký, ban hành Thông tư số 03/2022/TT-BYT sửa đổi, bổ sung một số quy định về tiêu chuẩn chức danh nghề nghiệp.";
    for (const verb of ["hướng\ndẫn", "hướng  dẫn", "hướng\tdẫn"]) {
      expect(own(letter(`${circular} Sau khi rà soát, xem xét, Bộ Y tế ${verb} cụ thể như sau:`))).toEqual(["guides 03/2022/TT-BYT"]);
    }
  });

  it("leaves a told letter a reference under the writer's 'hướng dẫn … như sau:' (fresh30b-010), and a clause naming a number", () => {
    const told = "Ngày 18/11/2021, Cục Thuế TP. Hồ Chí Minh đã ban hành Công văn số 8777/CTTPHCM-TTHT về việc triển khai áp dụng hóa đơn điện tử.";
    expect(own(letter(`${told} Trong quá trình áp dụng, Cục Thuế đã tiếp nhận nhiều vướng mắc, Cục Thuế TP. Hồ Chí Minh hướng dẫn một số trường hợp vướng mắc thường gặp như sau:`))).toEqual([]);
    const circular = "Ngày 26/4/2022, Bộ Y tế đã ký, ban hành Thông tư số 03/2022/TT-BYT sửa đổi, bổ sung một số quy định về tiêu chuẩn chức danh nghề nghiệp.";
    expect(own(letter(`${circular} Sau khi rà soát, xem xét, Bộ Y tế hướng dẫn cụ thể như sau:`))).toEqual(["guides 03/2022/TT-BYT"]);
    expect(own(letter(`${circular} Sau khi rà soát, Bộ Y tế hướng dẫn thực hiện Thông tư số 12/2022/TT-BYT như sau:`))).not.toContain("guides 03/2022/TT-BYT");
    // A kind word before the verb names a document: "ra Thông tư hướng dẫn".
    expect(own(letter(`${circular} Sau khi rà soát, Bộ Y tế ra Thông tư hướng dẫn như sau:`))).toEqual([]);
  });

  it("reads many purpose sentences in linear time", () => {
    const make = (n: number) => letter(`${TOLD_LAW} ${"Để thực hiện tốt công tác, Bộ Tài chính đề nghị như sau: ".repeat(n)}`);
    expect(cpuRatio((t) => analyze(t), make(2000), make(1000), 3, 3)).toBeLessThan(3);
    const clauses = (n: number) => letter(`${TOLD_LAW} ${"Sau khi rà soát, Bộ Y tế hướng dẫn cụ thể như sau: ".repeat(n)}`);
    expect(cpuRatio((t) => analyze(t), clauses(2000), clauses(1000), 3, 3)).toBeLessThan(3);
  });
});

// A correction letter tells the issue, then corrects in its own clause (DOMAIN.md §4 "đính chính …" → corrects).
describe("a letter correcting what its opening told was issued: '<body> xin đính chính lại như sau:'", () => {
  const finance = (body: string) =>
    `BỘ TÀI CHÍNH\n********\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n********\nSố: 13158/BTC-VP\nV/v đính chính sai sót\nHà Nội, ngày 24 tháng 10 năm 2006\nKính gửi: Các bộ, cơ quan ngang bộ\n${body}\nĐã in | Đính chính |\n`;

  it("the object named as erring in the clause's sentence (pairs40-001)", () => {
    expect(own(fresh("pairs40/texts/pairs40-001.txt"))).toContain("corrects 96/2006/TT-BTC");
    expect(
      own(finance("Ngày 16/10/2006, Bộ Tài chính ban hành Thông tư số 96/2006/TT-BTC hướng dẫn về mức thu phí đấu giá. Do sơ xuất trong quá trình soạn thảo nên có sai sót tại Tiết a.1, Điểm 1, Mục II, Thông tư số 96/2006/TT-BTC, Bộ Tài chính xin đính chính lại như sau:")),
    ).toEqual(["corrects 96/2006/TT-BTC"]);
  });

  it("the decision told signed, the clause a sentence of its own (pairs40-002's wording under a letter's header)", () => {
    expect(
      own(finance("Ngày 9 tháng 12 năm 2002 Bộ Tài chính đã ký Quyết định 149/2002/QĐ-BTC về việc ban hành bảng giá tính thuế. Do sơ suất trong việc tập hợp bảng giá tối thiểu nên đã có sai sót về đơn vị đo của mặt hàng Bulông, ốc vít. Bộ Tài chính xin đính chính lại như sau:")),
    ).toEqual(["corrects 149/2002/QĐ-BTC"]);
  });

  it("reads as before where no document was told issued, or the clause names a number", () => {
    expect(own(finance("Do sơ xuất có sai sót tại Thông tư số 96/2006/TT-BTC, Bộ Tài chính xin đính chính lại như sau:"))).toEqual([]);
    expect(own(finance("Ngày 16/10/2006, Bộ Tài chính ban hành Thông tư số 96/2006/TT-BTC. Bộ Tài chính xin đính chính Thông tư số 97/2006/TT-BTC như sau:"))).toEqual(["corrects 97/2006/TT-BTC"]);
  });
});
