/**
 * Letters and decisions of provincial departments, district offices and tax offices, as scanned and
 * OCR'd files hold them: how they open, what they answer, what they quote. Own sentences in the
 * drafting patterns of such letters (2005–2023).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { citedRoles } from "../helpers/roles.js";

/** A department's letter: its heading, its number line, its subject, the addressees, then the body given. */
const letter = (body: string) =>
  `UBND TỈNH BÌNH PHƯỚC\nSỞ TÀI CHÍNH\nSố: 215/STC-NS\nV/v hướng dẫn lập dự toán năm 2010\nĐồng Xoài, ngày 12 tháng 6 năm 2009\n\nKính gửi: Phòng Tài chính - Kế hoạch các huyện, thị xã\n\n${body}\n`;

describe("'Thi hành' opening a letter or an item, as 'Thực hiện' does", () => {
  it("after the addressees' line: the letter carries the decision out", () => {
    const a = analyze(letter("Thi hành Nghị quyết số 08/NQ-HĐND ngày 12/3/2009 của HĐND tỉnh về phân cấp nguồn thu, Sở Tài chính hướng dẫn như sau:\n1. Các huyện lập dự toán đúng thời hạn."));
    expect(citedRoles(a)).toEqual(["08 implements"]);
  });

  it("opening a numbered item", () => {
    const a = analyze(letter("Sở Tài chính đề nghị các phòng:\n2. Thi hành Chỉ thị số 05/CT-UBND ngày 03/5/2009 của UBND tỉnh, báo cáo kết quả trước ngày 30/6/2009."));
    expect(citedRoles(a)).toEqual(["05 implements"]);
  });

  it("inside a sentence the words are another verb's: 'có hiệu lực thi hành … và thay thế', 'kết quả thi hành'", () => {
    const a = analyze(letter("Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 30/2008/QĐ-UBND ngày 02/4/2008 của UBND tỉnh."));
    expect(citedRoles(a)).toEqual(["30 replaces"]);
    const b = analyze(letter("Các phòng có trách nhiệm báo cáo kết quả\nthi hành Quyết định số 15/QĐ-UBND ngày 03/5/2009 của UBND tỉnh."));
    expect(citedRoles(b)).toEqual(["15 references"]);
  });

  it("an office's name wrapped onto its own line opens no clause ('Chi cục ⏎ Thi hành án dân sự')", () => {
    const a = analyze(letter("Xét đề nghị của Chi cục\nThi hành án dân sự huyện tại Tờ trình số 12/TTr-CCTHADS ngày 03/5/2009."));
    expect(citedRoles(a)).toEqual(["12 proposed_by"]);
  });
});

describe("another document's words quoted after a colon", () => {
  it("what the quoted letter carries out is the quoted letter's act, not the quoting one's", () => {
    const a = analyze(letter(
      "Ngày 05/3/2009 Sở Tài chính đã ban hành Công văn số 450/STC-NS về việc lập dự toán, trong đó yêu cầu các phòng thực hiện:\n\n“1. Thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2009 của Thủ tướng Chính phủ, không chi ngoài dự toán.\n\n2. Báo cáo kết quả về Sở trước ngày 30/3/2009.”\n\nSở Tài chính đề nghị các phòng tiếp tục thực hiện.",
    ));
    expect(citedRoles(a)).toEqual(["450 references", "16 references"]);
  });

  it("the colon stands right before the opening mark, or blanks and a few marks before it; not twelve marks away", () => {
    const quoting = (gap: string) =>
      letter(`Ngày 05/3/2009 Sở Tài chính đã ban hành Công văn số 450/STC-NS, trong đó yêu cầu các phòng thực hiện:${gap}“1. Thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2009 của Thủ tướng Chính phủ.”\n\nSở Tài chính đề nghị các phòng tiếp tục thực hiện.`);
    // Spaces and tabs are a layout's indent, however many (a PDF's layout text, fresh57b-006): they are not counted.
    for (const gap of ["", "\n\n** ", "\t_ ", " ".repeat(11), " ".repeat(40), "\t".repeat(12)]) expect(citedRoles(analyze(quoting(gap)))).toEqual(["450 references", "16 references"]);
    // Twelve line breaks or marks between them: the colon introduced something else, the sentence after the mark is the letter's own.
    for (const gap of ["_*".repeat(6), "\t_*".repeat(6)]) expect(citedRoles(analyze(quoting(gap)))).toEqual(["450 references", "16 implements"]);
  });

  it("a subject line in quotation marks after 'V/v:' is the letter's own", () => {
    const a = analyze("UBND TỈNH BÌNH PHƯỚC\nSỞ TÀI CHÍNH\nSố: 215/STC-NS\nV/v: “triển khai thực hiện Nghị quyết số 08/NQ-HĐND ngày 12/3/2009 của HĐND tỉnh”\nĐồng Xoài, ngày 12 tháng 6 năm 2009\n\nKính gửi: Phòng Tài chính các huyện\n\nSở Tài chính hướng dẫn như sau.\n");
    expect(citedRoles(a)).toEqual(["08 implements"]);
  });

  it("a quotation left open before the next one opens quotes nothing: the basis after it is the letter's own", () => {
    const a = analyze(letter(
      "Căn cứ Điều 5 Thông tư số 12/2008/TT-BTC ngày 05/2/2008 của Bộ Tài chính quy định:\n\n“Điều 5. Thời hạn lập dự toán\n\nCăn cứ Quyết định số 30/2008/QĐ-TTg ngày 06/7/2008 của Thủ tướng Chính phủ quy định:\n\n“Điều 3. Danh mục …”\n\nTừ các căn cứ nêu trên, Sở Tài chính hướng dẫn như sau.",
    ));
    expect(citedRoles(a)).toEqual(["12 based_on", "30 based_on"]);
  });
});

describe("a provincial tax department's letter ('CT-' and the drafting division)", () => {
  const taxLetter = `TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH NAM ĐỊNH\nSố: 2145/CT-TTHT\nV/v chính sách thuế GTGT\nNam Định, ngày 14 tháng 9 năm 2017\n\nKính gửi: Công ty TNHH Minh Phát\n\nCục Thuế tỉnh Nam Định nhận được công văn số 12/2017/CV-MP ngày 05/9/2017 của Công ty. Căn cứ Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính, Cục Thuế có ý kiến như sau.\n`;

  it("is a letter of the tax department, not a directive", () => {
    const a = analyze(taxLetter);
    expect(a.self.kind).toBe("official-letter");
    expect(a.self.symbol).toBe("CT-TTHT");
    expect(a.self.issuer?.code).toBe("CT-TTHT");
    expect(a.self.issuer?.name).toMatch(/^Cục Thuế/);
  });

  it("cited as a letter, it raises no doubt over its kind; a numbered division ('TTKT2') too", () => {
    const a = analyze("Thực hiện Công văn số 3302/CT-TTKT2 ngày 12/7/2019 của Cục Thuế tỉnh Bình Dương, Công ty báo cáo như sau.");
    const c = a.citations.find((x) => x.number === "3302")!;
    expect(c.kind).toBe("official-letter");
    expect(a.warnings.filter((w) => w.code === "kind-mismatch")).toEqual([]);
  });

  it("a department whose code carries its province's initials ('CTHN-TTHT', Cục Thuế TP Hà Nội, 2020) is the provincial department, not Tổng cục Thuế", () => {
    const a = analyze("TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 101322/CTHN-TTHT\nV/v chính sách thuế\nGTGT\n|\nHà Nội, ngày 23 tháng 11 năm 2020\n|\nKính gửi: Công ty TNHH Trancy Distribution\n(Việt Nam)\nTrả lời công văn số TDV/01-2020 đề ngày 22/09/2020 của Công\nty TNHH Trancy Distribution (Việt Nam) hỏi về chính sách thuế, Cục Thuế TP Hà Nội\ncó ý kiến như sau:\n");
    expect([a.self.kind, a.self.symbol, a.self.issuer?.code, a.self.issuer?.level, a.self.jurisdiction.province]).toEqual(["official-letter", "CTHN-TTHT", "CTHN-TTHT", "province", "Hà Nội"]);
    expect(a.self.id).toBe("101322/CTHN-TTHT@2020~ha-noi");
    // Cited so by another ("Theo Công văn số 47287/CTHN-TTHT …"), it is a letter of a provincial tax department too.
    const c = analyze("Theo Công văn số 47287/CTHN-TTHT ngày 19/10/2021 của Cục Thuế TP Hà Nội thì doanh nghiệp được lập hóa đơn.").citations[0];
    expect([c.kind, c.issuer?.level]).toEqual(["official-letter", "province"]);
  });

  it("'CT' after another type code ('45/QĐ-CT', a chairman's or a company's) names no tax department", () => {
    const a = analyze("Thực hiện Quyết định số 45/QĐ-CT ngày 05/3/1998 về giao chỉ tiêu, Ủy ban nhân dân huyện báo cáo như sau.");
    const c = a.citations.find((x) => x.number === "45")!;
    expect(c.issuer?.name ?? null).toBeNull();
    expect(c.id).toBe("45/QĐ-CT@1998");
  });

  it("a directive's code after 'CT-' is still a directive's ('CT-UBND')", () => {
    const a = analyze("Thực hiện Chỉ thị số 05/CT-UBND ngày 03/5/2017 của UBND tỉnh, Sở Tài chính hướng dẫn như sau.");
    expect(a.citations.find((x) => x.number === "05")!.kind).toBe("directive");
  });
});

describe("a ministry's older code in the number of a local office's document", () => {
  it("'UBND HUYỆN … ⏎ PHÒNG LAO ĐỘNG TB&XH ⏎ Số: 41/TTr-LĐTB&XH': the district office's, local, not the ministry's", () => {
    const a = analyze("UBND HUYỆN CẦN ĐƯỚC\nPHÒNG LAO ĐỘNG TB&XH\n\nSố: 41/TTr-LĐTB&XH\n\nCần Đước, ngày 03 tháng 4 năm 2011\n\nTỜ TRÌNH\nV/v trợ cấp một lần\n\nCăn cứ Nghị định số 54/2006/NĐ-CP ngày 26/5/2006 của Chính phủ;\n");
    expect(a.self.jurisdiction.level).not.toBe("central");
    expect(a.self.issuer?.code ?? null).not.toBe("BLĐTBXH");
    expect(a.self.id).toMatch(/^41\/TTr-LĐTB&XH@2011~/);
  });

  it("under the ministry's own heading the code is still the ministry's", () => {
    const a = analyze("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nSố: 3970/LĐTBXH-BTXH\nV/v hướng dẫn chế độ trợ cấp\nHà Nội, ngày 18 tháng 10 năm 2010\n\nKính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh\n\nThực hiện Nghị định số 54/2006/NĐ-CP ngày 26/5/2006 của Chính phủ, Bộ hướng dẫn như sau.\n");
    expect(a.self.issuer?.code).toBe("BLĐTBXH");
    expect(a.self.jurisdiction.level).toBe("central");
  });
});

describe("'CV' written as a công văn's type code by local offices", () => {
  it("a bare '630/CV-SLĐTBXH' is a letter, with no warning over its code", () => {
    const a = analyze("Phòng báo cáo theo số 630/CV-SLĐTBXH ngày 27/4/2010 của Sở Lao động - Thương binh và Xã hội.");
    const c = a.citations.find((x) => x.number === "630")!;
    expect(c.kind).toBe("official-letter");
    expect(a.warnings.filter((w) => w.code === "unknown-type-code")).toEqual([]);
  });
});
