import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const read = (...p: string[]) => readFileSync(join(import.meta.dirname, "..", "..", "..", "fixtures", ...p), "utf8");
const shape = (text: string) => (analyze(text).parts ?? []).map((p) => p.type);
const partText = (text: string, type: string) => {
  const p = analyze(text).parts?.find((x) => x.type === type);
  return p ? text.slice(p.start, p.end) : null;
};

describe("document parts", () => {
  it("a plan from a PDF: header, title, body, recipients, signature", () => {
    const text = read("004_2d26f027d69bfb37.txt");
    expect(shape(text)).toEqual(["header", "title", "body", "recipients", "signature"]);
    expect(partText(text, "title")).toMatch(/^KẾ HOẠCH \n\nTuyên truyền Cải cách hành chính Nhà nước/);
    expect(partText(text, "recipients")).toMatch(/^Nơi nhận:/);
    expect(partText(text, "signature")).toMatch(/^TM\. ỦY BAN NHÂN DÂN/);
  });

  it("an addressee's address line opening with \"Q.\" (Quận) is no signature; \"Q. GIÁM ĐỐC\" is (fresh54b-002)", () => {
    // Tổng cục Hải quan's 185/TCHQ-TXNK: the address wrapped under "Kính gửi:" read as "Q. …" (quyền)
    // made the whole answer a signature block, and its "Căn cứ … Nghị định số 134/2016/NĐ-CP" no basis.
    const text = read("fresh", "fresh54b", "texts", "fresh54b-002.txt");
    expect(shape(text)).not.toContain("signature");
    const basis = analyze(text).citations.find((c) => c.raw.startsWith("Nghị định số 134/2016/NĐ-CP"));
    expect(basis?.role).toBe("based_on");
    const letter = [
      "Kính gửi: Công ty TNHH A.",
      "(Số 5 đường B,",
      "Q. Bình Thạnh, TP. Hồ Chí Minh)",
      "",
      "Căn cứ Nghị định số 134/2016/NĐ-CP ngày 01/9/2016 của Chính phủ, Cục Hải quan có ý kiến như sau: …",
      "",
      "Q. GIÁM ĐỐC",
      "Nguyễn Văn C",
    ].join("\n");
    expect(partText(letter, "signature")).toMatch(/^Q\. GIÁM ĐỐC/);
  });

  it("a decision: its preamble ends at the enacting line, the closing article is apart", () => {
    const text = read("dev", "texts", "dev-007.txt");
    expect(shape(text)).toEqual(["title", "preamble", "body", "closing"]);
    expect(partText(text, "preamble")).toMatch(/^Căn cứ Luật Tổ chức HĐND và UBND/);
    expect(partText(text, "closing")).toMatch(/^Điều \d+ \. /);
    expect(partText(text, "closing")).toContain("hiệu lực");
  });

  it("a subject line wrapped as a PDF wraps it stays one title, up to the line that opens in capitals", () => {
    const text = "Quyết định về việc bổ sung một số điều của quy định hạn mức giao đất ở \n\nđối với trường hợp thửa đất có vườn ao cho hộ gia đình \n\ntrên địa bàn tỉnh khánh hòa ban hành \n\nkèm theo quyết định số 30/qđ-ub \n\nngày 31/3/2005 của ubnd tỉnh khánh hòa \n\nCăn cứ Luật Đất đai năm 2003;\nQuyết định :\nĐiều 1 . Nay bổ sung.";
    expect(shape(text)).toEqual(["title", "preamble", "body"]);
    expect(partText(text, "title")).toMatch(/khánh hòa \s*$/);
    expect(analyze(text).relations.find((r) => r.to.startsWith("30/QĐ-UB"))?.type).toBe("amends");
  });

  it("a subject line alone is a title; every part's offsets are into the text as given (NFD kept)", () => {
    expect(shape("thực hiện quyết định số 362/qđ-ttg")).toEqual(["title"]);
    const nfd = "KẾ HOẠCH\nTriển khai\nCăn cứ Quyết định số 12/QĐ-UBND;\nI. MỤC ĐÍCH".normalize("NFD");
    const parts = analyze(nfd).parts!;
    expect(parts.map((p) => p.type)).toEqual(["title", "preamble", "body"]);
    expect(nfd.slice(parts[1].start, parts[1].end).normalize("NFC")).toBe("Căn cứ Quyết định số 12/QĐ-UBND;\n");
    expect(analyze("").parts).toEqual([]);
  });
});

describe("a note a page prints above the document's own heading", () => {
  const heading = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH HÀ NAM",
    "-------",
    "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "Số: 27/2012/QĐ-UBND",
    "",
    "Hà Nam, ngày 05 tháng 10 năm 2012",
    "",
    "QUYẾT ĐỊNH",
    "Ban hành quy chế quản lý cụm công nghiệp",
    "",
    "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
    "Căn cứ Nghị định số 105/2009/NĐ-CP ngày 11/11/2009 của Chính phủ;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.",
  ];

  it("a status note ('… đã được thay thế bởi Quyết định số Y') is read: Y replaces the document", () => {
    const text = ["Tình trạng: hết hiệu lực", "Quyết định số 27/2012/QĐ-UBND của UBND tỉnh Hà Nam đã được thay thế bởi Quyết định số 40/2016/QĐ-UBND ngày 15/11/2016.", "", ...heading].join("\n");
    const a = analyze(text);
    expect(shape(text).slice(0, 3)).toEqual(["note", "header", "title"]);
    expect(partText(text, "header")).toMatch(/^ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM/);
    expect(a.self.id).toBe("27/2012/QĐ-UBND~ha-nam");
    expect(a.relations.filter((r) => r.type === "replaces").map((r) => `${r.from} -> ${r.to}`)).toEqual(["40/2016/QĐ-UBND~ha-nam -> 27/2012/QĐ-UBND~ha-nam"]);
  });

  it("a heading with nothing above it, or only capitals above it, is all header", () => {
    expect(shape(heading.join("\n"))[0]).toBe("header");
    expect(shape(["TRANG CHỦ", "VĂN BẢN", ...heading].join("\n"))[0]).toBe("header");
  });

  it("the heading's number line and a flattened table row stay the heading's", () => {
    const text = ["Tóm tắt: quy chế cụm công nghiệp", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 27/2012/QĐ-UBND | Hà Nam, ngày 05 tháng 10 năm 2012 |", ...heading.slice(11)].join("\n");
    expect(partText(text, "note")).toBe("Tóm tắt: quy chế cụm công nghiệp\n");
    expect(partText(text, "header")).toMatch(/^ỦY BAN NHÂN DÂN \| CỘNG HÒA/);
  });
});

describe("a page's note states no act of the document's own", () => {
  it("'(Văn bản hết hiệu lực)', 'Bãi bỏ …' in a related-documents list above the heading are references; relations between the listed ones hold", () => {
    const text = [
      "Văn bản liên quan:",
      "- Quyết định số 08/2009/QĐ-UBND ngày 02/3/2009 của UBND tỉnh về quy chế phối hợp (Văn bản hết hiệu lực)",
      "- Bãi bỏ Quyết định số 09/2010/QĐ-UBND ngày 05/4/2010 của UBND tỉnh",
      "- Thông tư 02/2019/TT-BNV hướng dẫn Nghị định 90/2018/NĐ-CP",
      "ỦY BAN NHÂN DÂN",
      "TỈNH HÀ NAM",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 27/2012/QĐ-UBND",
      "Hà Nam, ngày 05 tháng 10 năm 2012",
      "QUYẾT ĐỊNH",
      "Ban hành quy chế quản lý cụm công nghiệp",
      "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
      "Căn cứ Nghị định số 105/2009/NĐ-CP ngày 11/11/2009 của Chính phủ;",
      "QUYẾT ĐỊNH:",
      "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.",
    ].join("\n");
    const a = analyze(text);
    const own = a.relations.filter((r) => r.from === a.self.id).map((r) => `${r.type} ${r.to}`);
    expect(own).toContain("references 08/2009/QĐ-UBND~ha-nam");
    expect(own).toContain("references 09/2010/QĐ-UBND~ha-nam");
    expect(own).toContain("based_on 105/2009/NĐ-CP");
    expect(a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(["02/2019/TT-BNV guides 90/2018/NĐ-CP"]);
  });
});

describe("a page that dropped the kind line and the title ('ỦY BAN NHÂN DÂN ⏎ TỈNH X ⏎ Số: … ⏎ X, ngày … ⏎ Căn cứ …')", () => {
  const plan = (heading: string) =>
    `${heading}Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nỦy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Kế hoạch số 7-KH/TU ngày 2/3/2023 của Tỉnh ủy, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n`;
  const headings = [
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 31/KH-UBND\nBắc Giang, ngày 12 tháng 3 năm 2023\n",
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 31/KH-UBND\nBắc Giang, ngày 12 tháng 3 năm 2023\n",
  ];
  it("finds the preamble under the heading's lines, and the plan carries out what its enacting sentence names", () => {
    for (const heading of headings) {
      const text = plan(heading);
      expect(partText(text, "preamble"), heading).toMatch(/^Căn cứ Luật/);
      const a = analyze(text);
      expect(a.relations.filter((r) => r.from === a.self.id && r.type !== "based_on").map((r) => `${r.type} ${r.to}`), heading).toEqual(["implements 07-KH/TU@2023~bac-giang"]);
    }
  });
  it("prose between the heading and the bases still ends the look for a preamble", () => {
    const text = `${headings[0]}Năm 2022, tỉnh đã đạt nhiều kết quả quan trọng trong chuyển đổi số, được Trung ương ghi nhận và đánh giá cao về mọi mặt.\nTuy nhiên còn một số hạn chế.\nCác sở còn chậm triển khai.\n${plan("")}`;
    expect(partText(text, "preamble")).toBeNull();
  });
});

describe("a whole document a page printed on one line", () => {
  const oneLine =
    "UBND TỈNH HÒA BÌNH Số: 41/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hòa Bình, ngày 3 tháng 3 năm 2022 " +
    "KẾ HOẠCH THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI NĂM 2022 Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; " +
    "Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ; Quyết định số 1012/QĐ-UBND ngày 20/5/2021 của UBND tỉnh; " +
    "UBND tỉnh ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Nâng cao năng lực ứng phó.";

  it("ends its title where the preamble's 'Căn cứ' opens, and its preamble at the ':' before the body: each basis is based_on", () => {
    // The kind word right after the date starts the title (header/date-line-title.ts): what stands before it is the heading.
    expect(shape(oneLine)).toEqual(["header", "title", "preamble", "body"]);
    expect(partText(oneLine, "title")?.trim()).toBe("KẾ HOẠCH THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI NĂM 2022");
    expect(partText(oneLine, "preamble")).toMatch(/^Căn cứ Luật .* như sau:$/);
    const a = analyze(oneLine);
    expect(a.self.id).toBe("41/KH-UBND@2022~hoa-binh");
    expect(a.self.title).toBe("THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI NĂM 2022");
    expect(a.citations.map((c) => c.role)).toEqual(["self", "based_on", "based_on", "based_on"]);
  });

  it("keeps a listing's subject line, which has no 'Số:', all title", () => {
    const subject = "Quyết định về việc phê duyệt kế hoạch Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ";
    expect(shape(subject)).toEqual(["title"]);
  });
});
