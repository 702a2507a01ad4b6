import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/types.js";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "..", "fixtures", name), "utf8");
const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.type} ${r.from} -> ${r.to}`);
const roleOf = (a: Analysis, number: string) => a.citations.filter((c) => c.number === number).map((c) => c.role);

describe("analyze: self", () => {
  it("reads kind, title, a blank number and a blank day as unknown, with warnings", () => {
    const a = analyze(fixture("002_4540b16e731d674a.txt"), { path: "002.txt" });
    expect(a.self).toMatchObject({
      id: "file:002.txt",
      kind: "plan",
      title: "Thông tin, tuyên truyền cải cách hành chính năm 2022",
      number: null,
      symbol: "KH-SKHĐT",
      date: null,
      issuer: { code: "SKHĐT" },
      jurisdiction: { level: "province", province: "Trà Vinh", provinceSuccessor: "Vĩnh Long" },
    });
    expect(a.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["blank-number", "blank-date"]));
  });

  it("takes its own number from an annex and gives that mention role self", () => {
    const a = analyze(fixture("001_69a87f8fa69e4c9a.txt"));
    expect(a.self).toMatchObject({ number: "103", symbol: "KH-UBND", date: "2021-04-12", id: "103/KH-UBND@2021~tien-giang" });
    expect(roleOf(a, "103")).toEqual(["self"]);
  });

  it("reads a header number line and date", () => {
    const text = "UBND TỈNH NGHỆ AN\nSố: 12/KH-UBND\nNghệ An, ngày 05 tháng 3 năm 2022\nKẾ HOẠCH\nPhòng chống thiên tai\nCăn cứ Luật Tổ chức chính quyền địa phương;";
    const a = analyze(text);
    expect(a.self).toMatchObject({ number: "12", symbol: "KH-UBND", date: "2022-03-05", id: "12/KH-UBND@2022~nghe-an", title: "Phòng chống thiên tai" });
    expect(a.citations.map((c) => c.role)).toEqual(["self", "based_on"]);
    expect(a.citations[1]).toMatchObject({ form: "named", kind: "law", name: "Tổ chức chính quyền địa phương", id: "law:to-chuc-chinh-quyen-dia-phuong@?" });
  });

  it("finds the promulgating decision and the district", () => {
    const a = analyze(fixture("003_b25d2e1b7847da88.txt"));
    expect(a.self.promulgatedBy?.id).toBe("608/QĐ-UBND@2022~vinh-long/huyen-long-ho");
    expect(a.self.jurisdiction).toMatchObject({ level: "district", district: "huyện Long Hồ", province: "Vĩnh Long" });
    expect(a.citations[0]).toMatchObject({ role: "promulgated_by", id: "608/QĐ-UBND@2022~vinh-long/huyen-long-ho" });
  });

  it("copes with no header, no preamble, or a summary line alone", () => {
    const a = analyze("nghị quyết số 17/nq-cp ngày 07/3/2019 của chính phủ về một số nhiệm vụ");
    expect(a.self).toMatchObject({ kind: null, title: null, number: null, issuer: null });
    expect(a.self.id).toMatch(/^text:[0-9a-f]{16}$/);
    expect(analyze("Một văn bản khác").self.id).not.toBe(a.self.id);
    expect(a.citations.map((c) => [c.role, c.id])).toEqual([["references", "17/NQ-CP@2019"]]);
    expect(analyze("").citations).toEqual([]);
    expect(analyze("Chỉ là một câu văn.").relations).toEqual([]);
  });
});

describe("analyze: identity from real header shapes", () => {
  const header = (issuer: string, number: string, date: string, kind: string, title: string) =>
    `${issuer}\nSố: ${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${date}\n\n${kind}\n${title}\n`;

  it("reads a legal normative number n/yyyy/SYMBOL as the document's own", () => {
    const text =
      header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "15/2022/QĐ-UBND", "Quảng Nam, ngày 12 tháng 5 năm 2022", "QUYẾT ĐỊNH", "Ban hành Quy định quản lý cụm công nghiệp") +
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n";
    const a = analyze(text, { path: "qd.txt" });
    expect(a.self).toMatchObject({ id: "15/2022/QĐ-UBND~quang-nam", number: "15", year: 2022, symbol: "QĐ-UBND" });
    expect(roleOf(a, "15")).toEqual(["self"]);
    const cp = analyze(header("CHÍNH PHỦ", "61/2018/NĐ-CP", "Hà Nội, ngày 23 tháng 4 năm 2018", "NGHỊ ĐỊNH", "Về thực hiện cơ chế một cửa"));
    expect(cp.self).toMatchObject({ id: "61/2018/NĐ-CP", year: 2018, issuer: { code: "CP" } });
    const ct = analyze(header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "20/2022/CT-UBND", "Quảng Nam, ngày 01 tháng 8 năm 2022", "CHỈ THỊ", "Về tăng cường kỷ luật"));
    expect(ct.self.id).toBe("20/2022/CT-UBND~quang-nam");
  });

  it("a district named in the header makes the level district; a same-numbered provincial plan stays apart", () => {
    const text =
      header("ỦY BAN NHÂN DÂN\nHUYỆN ĐẠI LỘC", "30/KH-UBND", "Đại Lộc, ngày 06 tháng 4 năm 2020", "KẾ HOẠCH", "Phòng, chống dịch bệnh năm 2020") +
      "Thực hiện Kế hoạch số 30/KH-UBND ngày 10/3/2020 của UBND tỉnh Quảng Nam về phòng, chống dịch bệnh, UBND huyện ban hành Kế hoạch như sau:\n";
    const a = analyze(text, { path: "dai-loc.txt" });
    expect(a.self).toMatchObject({ id: "30/KH-UBND@2020~?/huyen-dai-loc", date: "2020-04-06" });
    expect(a.self.jurisdiction).toMatchObject({ level: "district", district: "huyện Đại Lộc", province: null });
    const cited = a.citations.filter((c) => c.role !== "self");
    expect(cited.map((c) => [c.id, c.role, c.date])).toEqual([["30/KH-UBND@2020~quang-nam", "implements", "2020-03-10"]]);
    // With the province stated in its own words, the district keeps it.
    const stated = analyze(text + "Phạm vi: trên địa bàn huyện Đại Lộc, tỉnh Quảng Nam.\n");
    expect(stated.self.id).toBe("30/KH-UBND@2020~quang-nam/huyen-dai-loc");
  });

  it("a heading broken after its place type names the place on the next line", () => {
    // "ỦY BAN NHÂN DÂN THÀNH PHỐ ⏎ HỒ CHÍ MINH", a narrow header cell or a PDF's wrap: the same place as
    // "ỦY BAN NHÂN DÂN ⏎ THÀNH PHỐ HỒ CHÍ MINH" (a line-break fuzzer found the province lost, the ids
    // of the document and of every local citation without their "~ho-chi-minh").
    const own = (issuer: string) => analyze(header(issuer, "12/2009/QĐ-UBND", "ngày 05 tháng 3 năm 2009", "QUYẾT ĐỊNH", "Về việc ban hành quy chế")).self;
    for (const [broken, whole] of [
      ["ỦY BAN NHÂN DÂN THÀNH PHỐ\nHỒ CHÍ MINH", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH"],
      ["ỦY BAN NHÂN DÂN HUYỆN\nĐẠI LỘC", "ỦY BAN NHÂN DÂN\nHUYỆN ĐẠI LỘC"],
      ["UBND THỊ XÃ\nHOÀNG MAI", "UBND THỊ XÃ HOÀNG MAI"],
    ]) {
      const got = own(broken);
      expect(got.jurisdiction.level, broken).not.toBeNull();
      expect([got.id, got.jurisdiction, got.issuer], broken).toEqual([own(whole).id, own(whole).jurisdiction, own(whole).issuer]);
    }
  });

  it("a mention of the own number with another date is another document", () => {
    const text =
      header("UBND TỈNH NGHỆ AN", "12/KH-UBND", "Nghệ An, ngày 05 tháng 3 năm 2022", "KẾ HOẠCH", "Phòng chống thiên tai") +
      "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2022 của UBND tỉnh về phòng chống thiên tai;\n";
    const a = analyze(text);
    expect(a.citations.map((c) => [c.role, c.date])).toEqual([["self", null], ["based_on", "2022-01-10"]]);
  });

  it("the title ends where the header's next part begins", () => {
    const text =
      header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "15/2022/QĐ-UBND", "Quảng Nam, ngày 12 tháng 5 năm 2022", "QUYẾT ĐỊNH", "Ban hành Quy định quản lý\ntrên địa bàn tỉnh") +
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n";
    expect(analyze(text).self.title).toBe("Ban hành Quy định quản lý trên địa bàn tỉnh");
    // A list's marks end a title: the body's first item is no part of it (nor its district).
    const listed = header("UBND TỈNH QUẢNG NAM", "338/KH-UBND", "Quảng Nam, ngày 11 tháng 7 năm 2024", "KẾ HOẠCH", "Thông tin, tuyên truyền cải cách hành chính năm 2021") +
      "\n2. Phòng Nội vụ huyện Long Hồ\n- Phối hợp tham mưu\n";
    expect(analyze(listed).self).toMatchObject({ title: "Thông tin, tuyên truyền cải cách hành chính năm 2021", jurisdiction: { level: "province", district: null } });
    for (const item of ["- Phối hợp phòng Văn hóa", "a) Cử cán bộ", "\uf0b7 Phối hợp", "1.2. Nội dung", "Điều 1. Phạm vi điều chỉnh"]) {
      expect(analyze(header("UBND TỈNH QUẢNG NAM", "338/KH-UBND", "Quảng Nam, ngày 11 tháng 7 năm 2024", "KẾ HOẠCH", `Thông tin năm 2021\n${item}`)).self.title, item).toBe("Thông tin năm 2021");
    }
    // A title written whole on one line is not continued by the body's next paragraph, nor by a paragraph-long line.
    const body = "Đổi mới nội dung và hình thức tuyên truyền; kết hợp công tác tuyên truyền về cải cách hành chính lồng ghép với phổ biến pháp luật";
    expect(analyze(header("UBND TỈNH QUẢNG NAM", "338/KH-UBND", "Quảng Nam, ngày 11 tháng 7 năm 2024", "KẾ HOẠCH", `Kết quả thực hiện công tác cải cách hành chính quý I năm 2022\n${body}`)).self.title).toBe("Kết quả thực hiện công tác cải cách hành chính quý I năm 2022");
    const oneLine = "Về việc ban hành Quy định quản lý, vận hành và khai thác hệ thống thông tin báo cáo của tỉnh Quảng Nam giai đoạn 2021 - 2025 theo Nghị quyết";
    expect(analyze(header("UBND TỈNH QUẢNG NAM", "338/KH-UBND", "Quảng Nam, ngày 11 tháng 7 năm 2024", "KẾ HOẠCH", `${oneLine}\nđổi mới nội dung`)).self.title).toBe(oneLine);
    // A wrapped title goes on, a dash before a year included ("giai đoạn 2021 ⏎- 2025").
    expect(analyze(header("UBND TỈNH QUẢNG NAM", "338/KH-UBND", "Quảng Nam, ngày 11 tháng 7 năm 2024", "KẾ HOẠCH", "Phát triển du lịch giai đoạn 2021\n- 2025")).self.title).toBe("Phát triển du lịch giai đoạn 2021 - 2025");
    const chairman = header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "150/QĐ-UBND", "Quảng Nam, ngày 12 tháng 5 năm 2022", "QUYẾT ĐỊNH", "Về việc phê duyệt kế hoạch") + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật;\n";
    expect(analyze(chairman).self.title).toBe("Về việc phê duyệt kế hoạch");
  });
});

describe("analyze: roles", () => {
  it("a cue covers every document at the head of its clauses", () => {
    const a = analyze(fixture("002_4540b16e731d674a.txt"));
    expect(roleOf(a, "551")).toEqual(["implements"]);
    expect(roleOf(a, "103")).toEqual(["implements"]);
    expect(roleOf(a, "251")).toEqual(["references"]);
  });

  it("Căn cứ gives based_on", () => {
    const a = analyze(fixture("001_69a87f8fa69e4c9a.txt"));
    expect(roleOf(a, "424")).toEqual(["based_on"]);
    expect(roleOf(a, "342")).toEqual(["based_on"]);
  });

  it("a cue that does not name a document is not a cue ('Thực hiện công khai ngân sách ... theo Thông tư')", () => {
    // In a plan's body, as seed 000 writes it; a subject line alone reads "theo" as its purpose (roles/subject-line.test.ts).
    const a = analyze(
      "KẾ HOẠCH\nCông khai ngân sách năm 2022\nI. NHIỆM VỤ\n" +
        "Thực hiện công khai ngân sách đối với đơn vị dự toán ngân sách, tổ chức được ngân sách nhà nước hỗ trợ theo Thông tư số 61/2017/TT-BTC và Thông tư số 90/2018/TT-BTC.",
    );
    expect(a.citations.map((c) => c.role)).toEqual(["references", "references"]);
  });

  it("'<kind> này ... thay thế': the citing document's own act, on every member of the list", () => {
    const a = analyze(
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1234/QĐ-UBND ngày 01/02/2020 và Quyết định số 56/QĐ-UBND ngày 03/4/2020 của UBND tỉnh.\n" +
        "Kế hoạch này sửa đổi, bổ sung một số điều của Kế hoạch số 12/KH-UBND ngày 05/01/2021.\n" +
        "Quyết định số 7/QĐ-UBND thay thế Quyết định số 8/QĐ-UBND.",
    );
    expect(a.citations.map((c) => [c.number, c.role])).toEqual([
      ["1234", "replaces"],
      ["56", "replaces"],
      ["12", "amends"],
      ["07", "references"],
      ["08", "references"],
    ]);
    expect(a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.type} ${r.from} -> ${r.to}`)).toEqual([
      "replaces 07/QĐ-UBND@? -> 08/QĐ-UBND@?",
    ]);
  });

  it("proposed_by, and the citing document's own amends/repeals", () => {
    const a = analyze("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 02/3/2022.\nBãi bỏ Quyết định số 23/2014/QĐ-UBND ngày 08 tháng 9 năm 2014.\nSửa đổi, bổ sung Quyết định số 12/2019/QĐ-UBND.");
    expect(a.citations.map((c) => c.role)).toEqual(["proposed_by", "repeals", "amends"]);
  });

  it("an amendment keeps the parts it acts on in its evidence", () => {
    const text = "Căn cứ Luật Đất đai năm 2013;\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi điểm a khoản 2 Điều 5 Quyết định số 12/2019/QĐ-UBND ngày 3/4/2019 như sau:";
    const a = analyze(text, { path: "qd.txt" });
    const amends = a.relations.find((r) => r.type === "amends")!;
    expect(amends.evidence).toMatchObject({ file: "qd.txt", pinpoint: { point: "a", clause: "2", article: "5" } });
    expect(text.slice(amends.evidence.pinpoint!.start, amends.evidence.pinpoint!.end)).toBe("điểm a khoản 2 Điều 5");
    expect(a.relations.find((r) => r.type === "based_on")!.evidence).not.toHaveProperty("pinpoint");
  });
});

describe("analyze: relations between cited documents", () => {
  const a = analyze(fixture("000_d68bdff47092aead.txt"));
  const rel = nested(a);

  it("binds nested cues whoever cites them", () => {
    expect(rel).toContain("implements 63/KH-UBND@2021~hau-giang -> 43/CT-TTg@2020");
    expect(rel).toContain("implements 63/KH-UBND@2021~hau-giang -> 05-CT/TU@2021~hau-giang");
    expect(rel).toContain("amends 107/2021/NĐ-CP -> 61/2018/NĐ-CP");
    expect(rel).toContain("guides 04/2021/TT-BTP -> 59/2012/NĐ-CP");
    expect(rel).toContain("guides 04/2021/TT-BTP -> 32/2020/NĐ-CP");
    expect(rel).toContain("amends 32/2020/NĐ-CP -> 59/2012/NĐ-CP");
    expect(rel).toContain("repeals 24/2021/QĐ-UBND~hau-giang -> 23/2014/QĐ-UBND~hau-giang");
  });

  it("a relation read after the document's own number in its title is the document's own", () => {
    const b = analyze(
      "BỘ TÀI CHÍNH\nSố: 88/2005/TT-BTC\nHà Nội, ngày 10 tháng 10 năm 2005\nTHÔNG TƯ\n" +
        "CỦA BỘ TÀI CHÍNH SỐ 88/2005/TT-BTC NGÀY 10 THÁNG 10 NĂM 2005 VỀ VIỆC CẤP PHÁT KINH PHÍ THỰC HIỆN QUYẾT ĐỊNH SỐ 20/2005/QĐ-TTG NGÀY 25/01/2005 CỦA THỦ TƯỚNG CHÍNH PHỦ\n" +
        "Căn cứ Nghị định số 77/2003/NĐ-CP ngày 01/7/2003 của Chính phủ;",
    );
    expect(b.citations.map((c) => c.role)).toEqual(["self", "self", "implements", "based_on"]);
    expect(b.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toEqual(["implements 88/2005/TT-BTC -> 20/2005/QĐ-TTg", "based_on 88/2005/TT-BTC -> 77/2003/NĐ-CP"]);
  });

  it("does not bind documents across clauses", () => {
    expect(rel.some((r) => r.includes("-> 45/2020/NĐ-CP"))).toBe(false);
  });

  it("evidence is the clause a relation was read in, not its whole paragraph", () => {
    const dir = join(import.meta.dirname, "..", "..", "fixtures", "dev", "texts");
    for (const f of ["dev-007.txt", "dev-040.txt", "dev-053.txt"]) {
      const text = readFileSync(join(dir, f), "utf8");
      const b = analyze(text, { path: f });
      for (const r of b.relations) {
        expect(r.evidence.sentence.length, `${f} ${r.type} ${r.to}`).toBeLessThanOrEqual(800);
        expect(r.evidence.start).toBeLessThanOrEqual(r.evidence.end);
      }
      // Each citation's own relation shows the citation's number in its evidence.
      for (const c of b.citations.filter((x) => x.role !== "self" && x.form === "full")) {
        const r = b.relations.find((x) => x.from === b.self.id && x.to === c.id && x.type === c.role)!;
        expect(r.evidence.sentence).toContain(c.number!.replace(/^0/, ""));
      }
    }
  });

  it("reads the same relations when the lines are broken as a PDF breaks them", () => {
    // Text taken from a PDF ends every printed line with a blank line, in mid-sentence and in mid-name:
    // "Căn cứ Luật Tổ chức Hội đồng nhân dân và \n\nUỷ ban nhân dân ngày 26 tháng 11 năm 2003".
    const dir = join(import.meta.dirname, "..", "..", "fixtures", "dev", "texts");
    // Document-level relations, as the gold counts them: each type and pair once.
    const relations = (t: string) => [...new Set(analyze(t, { path: "x" }).relations.filter((r) => r.type !== "references").map((r) => `${r.type} ${r.from} -> ${r.to}`))].sort();
    for (const f of ["dev-000.txt", "dev-001.txt", "dev-005.txt", "dev-008.txt", "dev-023.txt", "dev-041.txt", "dev-055.txt"]) {
      const text = readFileSync(join(dir, f), "utf8");
      let k = 0;
      const wrapped = text.replace(/ /g, (m) => (++k % 7 === 0 ? " \n\n" : m));
      expect(relations(wrapped), f).toEqual(relations(text));
    }
  });

  it("reads the same relations with punctuation written tight as with it spaced (word-segmented sources)", () => {
    // The development texts write "đô thị , Nghị định số …"; most documents write "đô thị, Nghị định số …".
    const dir = join(import.meta.dirname, "..", "..", "fixtures", "dev", "texts");
    const relations = (t: string) => [...new Set(analyze(t, { path: "x" }).relations.filter((r) => r.type !== "references").map((r) => `${r.type} ${r.from} -> ${r.to}`))].sort();
    for (const f of ["dev-021.txt", "dev-041.txt", "dev-056.txt"]) {
      const text = readFileSync(join(dir, f), "utf8");
      const tight = text.replace(/ ([,;:.)])/g, "$1").replace(/\( /g, "(");
      expect(relations(tight), f).toEqual(relations(text));
    }
  });

  it("reads a parenthesis a PDF line opens with as part of its sentence, unless a cue opens it", () => {
    const text = readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "dev", "texts", "dev-023.txt"), "utf8");
    const wrapped = text.replace("của Chính phủ ( dưới đây gọi chung là", "của Chính phủ \n\n( dưới đây gọi chung là");
    expect(wrapped).not.toBe(text);
    const guides = (t: string) => analyze(t, { path: "x" }).relations.some((r) => r.type === "guides" && r.from === "file:x" && r.to === "121/2007/NĐ-CP");
    expect(guides(text)).toBe(true);
    expect(guides(wrapped)).toBe(true);
  });

  it("carries the sentence and offsets as evidence", () => {
    const r = a.relations.find((x) => x.type === "amends" && x.from === "107/2021/NĐ-CP")!;
    expect(r.evidence.sentence).toContain("sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP");
    expect(r.evidence.end).toBeGreaterThan(r.evidence.start);
  });

  it("reads the proposal after 'Căn cứ' lines that end without ';'", () => {
    const roles = (proposal: string) =>
      analyze(["QUYẾT ĐỊNH", "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ", `${proposal} số 15/TTr-STNMT ngày 01/02/2020 của Sở Tài nguyên và Môi trường`, "QUYẾT ĐỊNH:"].join("\n"))
        .citations.map((c) => c.role);
    expect(roles("Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình")).toEqual(["based_on", "proposed_by"]);
    expect(roles("Xét Tờ trình")).toEqual(["based_on", "proposed_by"]);
    expect(roles("Trên cơ sở xem xét Tờ trình")).toEqual(["based_on", "proposed_by"]);
  });

  it("shows a short list item with its introduction, and a clause with its own cue alone", () => {
    const text = [
      "QUYẾT ĐỊNH",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
      "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
      "Căn cứ các văn bản sau:",
      "a) Nghị định số 43/2014/NĐ-CP;",
      "QUYẾT ĐỊNH:",
      "Điều 1. Ban hành kèm theo Quyết định này Quy định về giá đất.",
    ].join("\n");
    const evidence = (to: string) => analyze(text, { path: "x" }).relations.find((r) => r.to === to)!.evidence.sentence;
    expect(evidence("law:dat-dai@2013")).toBe("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;");
    expect(evidence("43/2014/NĐ-CP")).toBe("Căn cứ các văn bản sau: a) Nghị định số 43/2014/NĐ-CP;");
  });
});

describe("analyze: the evidence of a clause with no end", () => {
  it("is the window of it the citation opens in, so that what is written out grows with the text, not its square", () => {
    // Fuzzing found a text with one citation repeated 5,000 times and no stop (135 KB) give 5,001 relations each
    // with the whole text as its sentence: 675 M characters, past what JSON.stringify can write.
    const make = (n: number) => "Căn cứ Nghị định số 61/2018/NĐ-CP" + " và Quyết định số 12/2020/QĐ-UBND của UBND tỉnh Hà Giang".repeat(n) + ";";
    const small = analyze(make(500));
    const large = analyze(make(2000));
    expect(large.relations.length).toBe(2001);
    for (const r of large.relations) expect(r.evidence.sentence.length).toBeLessThanOrEqual(2000);
    const written = (a: Analysis) => JSON.stringify(a.relations).length;
    expect(written(large) / written(small)).toBeLessThan(5);
    // Each window holds the citation it is the evidence of (it opens in the window's first half).
    const c = large.citations[1500];
    expect(large.relations[1500].evidence.sentence).toContain(c.raw);
    // A clause within the window is given whole, as before.
    const short = analyze(make(3));
    expect(short.relations[0].evidence.sentence).toBe(make(3));
  });
});

describe("analyze: jurisdiction and identity", () => {
  it("an undated mention takes the year of the dated mention of the same document", () => {
    const a = analyze(
      "Thực hiện Kế hoạch số 215/KH-UBND ngày 22/12/2021 của UBND tỉnh Hậu Giang. Tuyên truyền Kế hoạch số 215/KH-UBND; Quyết định 12/QĐ-UBND.",
    );
    expect(a.citations.map((c) => c.id)).toEqual(["215/KH-UBND@2021~hau-giang", "215/KH-UBND@2021~hau-giang", "12/QĐ-UBND@?~hau-giang"]);
    const twoYears = analyze("Quyết định số 12/QĐ-UBND ngày 1/2/2020; Quyết định số 12/QĐ-UBND ngày 1/2/2021; Quyết định số 12/QĐ-UBND.");
    expect(twoYears.citations.map((c) => c.id)).toEqual(["12/QĐ-UBND@2020", "12/QĐ-UBND@2021", "12/QĐ-UBND@?"]);
  });

  it("a law named by its name alone after the text named it with its number is that numbered law", () => {
    const a = analyze(
      "Căn cứ Luật Thủy sản số 18/2017/QH14;\nCăn cứ Nghị định số 26/2019/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản;\nTheo đề nghị của Giám đốc Sở Nông nghiệp,",
    );
    expect(a.citations.map((c) => c.id)).toEqual(["18/2017/QH14", "26/2019/NĐ-CP", "18/2017/QH14"]);
    expect(a.relations.filter((r) => r.type === "guides").map((r) => `${r.from} -> ${r.to}`)).toEqual(["26/2019/NĐ-CP -> 18/2017/QH14"]);
    // A mention dated in the number's year is the same law; another year is another law, and the bare name stays unknown.
    const sameYear = analyze("Căn cứ Luật Thủy sản số 18/2017/QH14; Luật Thủy sản ngày 21 tháng 11 năm 2017; thực hiện Luật Thủy sản.");
    expect(sameYear.citations.map((c) => c.id)).toEqual(["18/2017/QH14", "law:thuy-san@2017", "18/2017/QH14"]);
    const twoLaws = analyze("Căn cứ Luật Thủy sản số 18/2017/QH14; Luật Thủy sản năm 2003; thực hiện Luật Thủy sản.");
    expect(twoLaws.citations.map((c) => c.id)).toEqual(["18/2017/QH14", "law:thuy-san@2003", "law:thuy-san@?"]);
  });

  it("a local issuer without a place is the citing document's; a named place wins", () => {
    const a = analyze(fixture("004_2d26f027d69bfb37.txt"));
    const ids = a.citations.map((c) => c.id);
    expect(ids).toContain("64/QĐ-UBND@2022~nghe-an");
    expect(ids).toContain("50/QĐ-UBND@2022~nghe-an/thi-xa-hoang-mai");
    expect(ids).toContain("03-NQ/ThU@2021~nghe-an/thi-xa-hoang-mai");
  });

  it("keeps the two 103/KH-UBND apart and merges 05-CT/TU with 05/CT-TU", () => {
    const tienGiang = analyze(fixture("001_69a87f8fa69e4c9a.txt")).self.id;
    const traVinh = analyze(fixture("002_4540b16e731d674a.txt")).citations.find((c) => c.number === "103")!.id;
    expect(tienGiang).toBe("103/KH-UBND@2021~tien-giang");
    expect(traVinh).toBe("103/KH-UBND@2021~tra-vinh");
    const hauGiang = analyze(fixture("000_d68bdff47092aead.txt")).citations.filter((c) => c.number === "05" && c.symbol === "CT/TU");
    expect(hauGiang.map((c) => c.id)).toEqual(["05-CT/TU@2021~hau-giang", "05-CT/TU@2021~hau-giang", "05-CT/TU@2015~hau-giang"]);
  });

  it("never throws", () => {
    expect(() => analyze("\ud800".repeat(10) + "KẾ HOẠCH\n" + "Số: /".repeat(1000))).not.toThrow();
  });
});

describe("analyze: never throws", () => {
  it("takes null or junk options as none", () => {
    const text = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;";
    for (const options of [null, 42, "a.txt", { path: 7 }]) {
      const result = analyze(text, options as never);
      expect(result.warnings.map((w) => w.code)).not.toContain("internal-error");
      expect(result.citations.map((c) => c.id)).toEqual(["61/2018/NĐ-CP"]);
      expect(result).not.toHaveProperty("path");
    }
  });
});

describe("analyze: a body named before the citation it issued", () => {
  const plan = (body: string) =>
    "UBND HUYỆN ĐẠI LỘC\nTỈNH QUẢNG NAM\nSố: 30/KH-UBND\nĐại Lộc, ngày 12 tháng 5 năm 2022\n\nKẾ HOẠCH\nTriển khai công tác cải cách hành chính\n\n" + body;
  const ids = (body: string) => analyze(plan(body), { path: "x" }).citations.filter((c) => c.role !== "self").map((c) => c.id);

  it("'của UBND tỉnh tại Công văn số …' is the province's, not the citing district's", () => {
    expect(ids("Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 1234/UBND-KT ngày 5/3/2022, UBND huyện ban hành Kế hoạch.")).toEqual(["1234/UBND-KT@2022~quang-nam"]);
    expect(ids("Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh về việc cải cách tại Công văn số 1234/UBND-KT ngày 5/3/2022;")).toEqual(["1234/UBND-KT@2022~quang-nam"]);
    expect(ids("Thực hiện chỉ đạo của UBND huyện Long Hồ tại Công văn số 1234/UBND-KT ngày 5/3/2022;")).toEqual(["1234/UBND-KT@2022~quang-nam/huyen-long-ho"]);
    // Without such a body before it, a bare UBND is the citing document's own.
    expect(ids("Thực hiện Công văn số 1234/UBND-KT ngày 5/3/2022;")).toEqual(["1234/UBND-KT@2022~quang-nam/huyen-dai-loc"]);
    // Another body before it says nothing of a UBND ký hiệu.
    expect(ids("Thực hiện chỉ đạo của Tỉnh ủy tại Công văn số 1234/UBND-KT ngày 5/3/2022;")).toEqual(["1234/UBND-KT@2022~quang-nam/huyen-dai-loc"]);
  });

  it("a report's 'UBND tỉnh (đã) ban hành Kế hoạch số …' names the body as the subject", () => {
    expect(ids("Năm 2021, UBND tỉnh đã ban hành Kế hoạch số 88/KH-UBND ngày 5/3/2021 về cải cách hành chính.")).toEqual(["88/KH-UBND@2021~quang-nam"]);
    expect(ids("Ủy ban nhân dân huyện Duy Xuyên ban hành Kế hoạch số 15/KH-UBND ngày 5/3/2021.")).toEqual(["15/KH-UBND@2021~quang-nam/huyen-duy-xuyen"]);
    // The citing district's own committee, as the bare code is.
    expect(ids("UBND huyện đã ban hành Kế hoạch số 15/KH-UBND ngày 5/3/2021.")).toEqual(["15/KH-UBND@2021~quang-nam/huyen-dai-loc"]);
  });

  it("a Party committee or a department named before a document of its own code gives that document its place", () => {
    // A province the text names wins over the citing document's own.
    expect(ids("Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy Bình Định tại Kế hoạch số 40-KH/TU ngày 5/3/2022;")).toEqual(["40-KH/TU@2022~binh-dinh"]);
    expect(ids("Ngày 7/4/2021, Tỉnh ủy Gia Lai vừa ban hành Chương trình số 18-CTr/TU về chuyển đổi số.")).toEqual(["18-CTr/TU@2021~gia-lai"]);
    expect(ids("Căn cứ đề nghị của Giám đốc Sở Tư pháp tỉnh Kon Tum tại Tờ trình số 77/TTr-STP ngày 9/6/2022;")).toEqual(["77/TTr-STP@2022~kon-tum"]);
    // A district's committee: its district, in the citing document's province.
    expect(ids("Thực hiện ý kiến chỉ đạo của Thường trực Huyện ủy Quế Sơn tại Công văn số 210-CV/HU ngày 5/3/2022;")).toEqual(["210-CV/HU@2022~quang-nam/huyen-que-son"]);
    // Named without its place, the body says nothing new: the citing document's own, as before.
    expect(ids("Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Kế hoạch số 40-KH/TU ngày 5/3/2022;")).toEqual(["40-KH/TU@2022~quang-nam"]);
    // Another body before it says nothing of a Party ký hiệu.
    expect(ids("Ngày 7/4/2021, UBND tỉnh Gia Lai đã ban hành Chương trình số 18-CTr/TU về chuyển đổi số.")).toEqual(["18-CTr/TU@2021~quang-nam"]);
    // "Tỉnh ủy" before a name that is no province's: the name is not read.
    expect(ids("Thực hiện chỉ đạo của Tỉnh ủy Quế Sơn tại Kế hoạch số 40-KH/TU ngày 5/3/2022;")).toEqual(["40-KH/TU@2022~quang-nam"]);
  });
});

describe("analyze: a province's report names a district's committee as the subject", () => {
  const report = (body: string) => `ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 90/BC-UBND\nPhú Yên, ngày 2 tháng 12 năm 2022\nBÁO CÁO\nKết quả phòng chống thiên tai năm 2022\n${body}\n`;
  const ids = (text: string) => analyze(text).citations.filter((c) => c.role !== "self").map((c) => c.id);

  it("is no plan of the province's own", () => {
    expect(ids(report("UBND huyện Tây Hòa đã ban hành Kế hoạch số 30/KH-UBND ngày 2/4/2022 để ứng phó."))).toEqual(["30/KH-UBND@2022~phu-yen/huyen-tay-hoa"]);
    expect(ids(report("Ủy ban nhân dân huyện đã ban hành Kế hoạch số 30/KH-UBND ngày 2/4/2022."))).toEqual(["30/KH-UBND@2022~phu-yen/?"]);
  });
});

describe("analyze: a short form that names no document", () => {
  it("takes part in no typed relation, nested inside another citation's clause either", () => {
    // "Quy chế 11" (rules called by their circular's number, fresh30l-013) is no short form since session 43: a
    // decision numbered without its ký hiệu is one, and names no document of the text.
    const text =
      "KẾ HOẠCH\nTuyển sinh năm học 2023-2024\nCăn cứ Thông tư số 05/2018/TT-BGDĐT ngày 28/2/2018 của Bộ GD&ĐT sửa đổi, bổ sung khoản 1 Điều 2 của Quyết định số 11 và Thông tư số 11/2014/TT-BGDĐT;\n";
    const a = analyze(text, { path: "kh.txt" });
    expect(a.citations.some((c) => c.id.startsWith("short:"))).toBe(true);
    expect(a.relations.filter((r) => r.from.startsWith("short:") || r.to.startsWith("short:")).filter((r) => r.type !== "references")).toEqual([]);
  });
});

describe("analyze: a list's members share the issuer named after the last", () => {
  const plan = (body: string) => analyze(`ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 5/KH-UBND\nCà Mau, ngày 1 tháng 2 năm 2021\nKẾ HOẠCH\nTriển khai\n${body}`, { path: "kh.txt" });
  const ids = (body: string) => plan(body).citations.slice(1).map((c) => c.id);

  it("gives the earlier members of 'A và B của UBND tỉnh X' X's place, the district's province too", () => {
    expect(ids("Căn cứ Quyết định số 12/QĐ-UBND ngày 5/3/2020 và số 14/QĐ-UBND ngày 6/3/2020 của UBND tỉnh Hậu Giang;")).toEqual([
      "12/QĐ-UBND@2020~hau-giang",
      "14/QĐ-UBND@2020~hau-giang",
    ]);
    expect(ids("Căn cứ Quyết định số 11/QĐ-UBND, Quyết định số 12/QĐ-UBND và Kế hoạch số 14/KH-UBND của UBND huyện Long Hồ, tỉnh Vĩnh Long;")).toEqual([
      "11/QĐ-UBND@?~vinh-long/huyen-long-ho",
      "12/QĐ-UBND@?~vinh-long/huyen-long-ho",
      "14/KH-UBND@?~vinh-long/huyen-long-ho",
    ]);
  });

  it("shares it with no member of another body, nor across a ';'", () => {
    expect(ids("Căn cứ Nghị định số 15/2018/NĐ-CP và Quyết định số 12/QĐ-UBND của UBND tỉnh Hậu Giang;")).toEqual(["15/2018/NĐ-CP", "12/QĐ-UBND@?~hau-giang"]);
    expect(ids("Căn cứ Quyết định số 12/QĐ-UBND; Kế hoạch số 14/KH-UBND của UBND tỉnh Hậu Giang;")).toEqual(["12/QĐ-UBND@?~ca-mau", "14/KH-UBND@?~hau-giang"]);
  });
});

describe("analyze: a district or commune the text does not name", () => {
  const doc = (head: string, body: string) =>
    analyze(`ỦY BAN NHÂN DÂN\n${head}\nSố: 5/KH-UBND\nCà Mau, ngày 1 tháng 2 năm 2021\nKẾ HOẠCH\nTriển khai chuyển đổi số trên địa bàn tỉnh Cà Mau\n${body}`, { path: "kh.txt" });

  it("is its own unit in the citing unit's documents, and '?' elsewhere, apart from the province's and the citing unit's", () => {
    const commune = doc("XÃ TÂN PHÚ", "Căn cứ Quyết định số 3/QĐ-UBND ngày 5/1/2021; Kế hoạch số 7/KH-UBND ngày 6/1/2021 của UBND huyện; Kế hoạch số 8/KH-UBND ngày 7/1/2021 của UBND tỉnh;");
    expect(commune.citations.slice(1).map((c) => c.id)).toEqual(["03/QĐ-UBND@2021~ca-mau/xa-tan-phu", "07/KH-UBND@2021~ca-mau/?", "08/KH-UBND@2021~ca-mau"]);
    const province = doc("TỈNH CÀ MAU", "Căn cứ Kế hoạch số 7/KH-UBND ngày 6/1/2021 của UBND huyện;");
    expect(province.citations[1].id).toBe("07/KH-UBND@2021~ca-mau/?");
    expect(province.citations[1].jurisdiction).toMatchObject({ level: "district", province: "Cà Mau", district: null });
  });
});

describe("analyze: a report's narrative dates a document before naming it", () => {
  const report = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 71/BC-UBND\nBình Định, ngày 30 tháng 6 năm 2023\nBÁO CÁO\nKết quả cải cách hành chính 6 tháng đầu năm 2023\n${body}\n`;
  const ids = (text: string) => analyze(text).citations.filter((c) => c.role !== "self").map((c) => c.id);

  it("takes the date that opens the clause, the issuer alone between it and the verb", () => {
    expect(ids(report("Ngày 10/01/2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 08/KH-UBND về cải cách hành chính năm 2023."))).toEqual(["08/KH-UBND@2023~binh-dinh"]);
    expect(ids(report("Ngày 02 tháng 3 năm 2023, Sở Nội vụ đã có Công văn số 410/SNV-CCHC đề nghị các huyện báo cáo."))).toEqual(["410/SNV-CCHC@2023~binh-dinh"]);
  });

  it("makes the mention the same node as the document cited with its date elsewhere", () => {
    const text = report(
      "Ngày 10/01/2023, UBND tỉnh ban hành Kế hoạch số 08/KH-UBND về cải cách hành chính.\nII. NHIỆM VỤ\nTiếp tục thực hiện Kế hoạch số 08/KH-UBND ngày 10/01/2023 của UBND tỉnh.",
    );
    expect(new Set(ids(text))).toEqual(new Set(["08/KH-UBND@2023~binh-dinh"]));
  });

  it("takes the date a signature gives, whatever the signer's words between hold", () => {
    expect(ids(report("Ngày 04/5/2023, thừa lệnh Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh đã ký ban hành văn bản số 1770/UBND-KSTTHC về việc rà soát thủ tục."))).toEqual([
      "1770/UBND-KSTTHC@2023~binh-dinh",
    ]);
    expect(ids(report("Ngày 9 tháng 5 năm 2023, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh đã ký Quyết định số 1500/QĐ-UBND phê duyệt danh mục."))).toEqual(["1500/QĐ-UBND@2023~binh-dinh"]);
  });

  it("reads the narrative's date, the body before a citation and a list's shared issuer in decomposed (NFD) text too", () => {
    const texts = [
      "Ngày 04/5/2023, thừa lệnh Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh đã ký ban hành văn bản số 1770/UBND-KSTTHC về việc rà soát thủ tục.",
      "Ngày 02 tháng 3 năm 2023, Sở Nội vụ đã có Công văn số 410/SNV-CCHC đề nghị các huyện báo cáo.",
      "Thực hiện Quyết định số 12/QĐ-UBND ngày 5/3/2020 và số 14/QĐ-UBND ngày 6/3/2020 của UBND huyện Tuy Phước, các xã đã triển khai.",
    ];
    for (const t of texts) expect(ids(report(t).normalize("NFD"))).toEqual(ids(report(t)));
    // Wrapped over lines, as a PDF or a narrow column wraps the sentence.
    expect(ids(report("Ngày 04/5/2023, thừa lệnh Chủ tịch UBND tỉnh, Chánh Văn phòng UBND\ntỉnh đã ký ban hành văn bản số 1770/UBND-KSTTHC."))).toEqual(["1770/UBND-KSTTHC@2023~binh-dinh"]);
    // The day typed against "Ngày", as a hurried typist writes it.
    expect(ids(report("Ngày04/5/2023, thừa lệnh Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh đã ký ban hành văn bản số 1770/UBND-KSTTHC."))).toEqual(["1770/UBND-KSTTHC@2023~binh-dinh"]);
    // The date's separators spaced, as a word-segmented source spaces them.
    expect(ids(report("Ngày 04 / 5 / 2023, thừa lệnh Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh đã ký ban hành văn bản số 1770/UBND-KSTTHC."))).toEqual(["1770/UBND-KSTTHC@2023~binh-dinh"]);
  });

  it("leaves alone a date that is some other event's, or a citation dated after its number", () => {
    expect(ids(report("Ngày 10/01/2023, UBND tỉnh tổ chức hội nghị, ban hành Kế hoạch số 08/KH-UBND."))).toEqual(["08/KH-UBND@?~binh-dinh"]);
    // A date that opens no clause: a time from which, not the document's date.
    expect(ids(report("Từ ngày 01/7/2022, các huyện có Công văn số 95/UBND-VP đề nghị bổ sung."))).toEqual(["95/UBND-VP@?~binh-dinh"]);
    expect(ids(report("Ngày 10/01/2023, UBND tỉnh ban hành Kế hoạch số 08/KH-UBND ngày 05/01/2022."))).toEqual(["08/KH-UBND@2022~binh-dinh"]);
    // A legal normative document's year is in its number already.
    expect(ids(report("Ngày 10/01/2023, UBND tỉnh ban hành Quyết định số 03/2023/QĐ-UBND."))).toEqual(["03/2023/QĐ-UBND~binh-dinh"]);
  });
});

describe("analyze: a bare mention after the dated one, in a district's document", () => {
  const plan = (body: string) =>
    `ỦY BAN NHÂN DÂN\nHUYỆN PHÙ CÁT\nSố: 61/KH-UBND\nPhù Cát, ngày 4 tháng 4 năm 2022\nKẾ HOẠCH\nTriển khai phát triển du lịch\n${body}\n`;
  const ids = (text: string) => [...new Set(analyze(text).citations.filter((c) => c.role !== "self").map((c) => c.id))];

  it("is the dated document, not one of the district's own", () => {
    const text = plan("Thực hiện Nghị quyết số 09/NQ-HĐND ngày 15/01/2022 của Hội đồng nhân dân tỉnh Bình Định về phát triển du lịch;\nI. NỘI DUNG\nQuán triệt Nghị quyết số 09/NQ-HĐND đến cán bộ.");
    expect(ids(text)).toEqual(["09/NQ-HĐND@2022~binh-dinh"]);
    expect(analyze(text).citations.at(-1)!.jurisdiction).toMatchObject({ level: "province", province: "Bình Định" });
  });

  it("stays apart with two dated documents of that number, or with an issuer phrase of its own", () => {
    const two = plan("Căn cứ Nghị quyết số 09/NQ-HĐND ngày 15/01/2022 của HĐND tỉnh Bình Định; Nghị quyết số 09/NQ-HĐND ngày 20/7/2021 của HĐND tỉnh Bình Định;\nQuán triệt Nghị quyết số 09/NQ-HĐND.");
    expect(ids(two).filter((id) => id.includes("@?"))).toHaveLength(1);
    const own = plan("Thực hiện Nghị quyết số 09/NQ-HĐND ngày 15/01/2022 của HĐND tỉnh Bình Định;\nQuán triệt Nghị quyết số 09/NQ-HĐND của HĐND huyện.");
    expect(ids(own)).toEqual(["09/NQ-HĐND@2022~binh-dinh", "09/NQ-HĐND@?~?/huyen-phu-cat"]);
  });
});

describe("analyze: a report tells of a document another body issued to carry one out", () => {
  const report = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 120/BC-UBND\nKon Tum, ngày 5 tháng 7 năm 2021\nBÁO CÁO\nTình hình triển khai công tác dân tộc\n${body}\n`;
  const rels = (text: string) => {
    const a = analyze(text);
    return a.relations.filter((r) => r.type !== "references").map((r) => `${r.from === a.self.id ? "SELF" : r.from} ${r.type} ${r.to}`);
  };

  it("binds the head cue to the document issued, not to the report", () => {
    expect(rels(report("Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 3310/KH-UBND ngày 01/11/2021 để triển khai."))).toEqual([
      "3310/KH-UBND@2021~kon-tum implements 1719/QĐ-TTg@2021",
    ]);
    // A list the cue opens, over ";", and the issuer's date and name before the verb.
    expect(new Set(rels(report("Thực hiện Chỉ thị số 12/CT-TTg ngày 02/4/2021 của Thủ tướng Chính phủ; Nghị quyết số 05/NQ-HĐND ngày 10/3/2021 của HĐND tỉnh, ngày 20/4/2021, Sở Nội vụ ban hành Kế hoạch số 45/KH-SNV.")))).toEqual(
      new Set(["45/KH-SNV@2021~kon-tum implements 12/CT-TTg@2021", "45/KH-SNV@2021~kon-tum implements 05/NQ-HĐND@2021~kon-tum"]),
    );
    // The subject wrapped onto the next line, as a PDF or a narrow column wraps it.
    expect(rels(report("Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân\ntỉnh đã ban hành Kế hoạch số 3310/KH-UBND ngày 01/11/2021 để triển khai."))).toEqual([
      "3310/KH-UBND@2021~kon-tum implements 1719/QĐ-TTg@2021",
    ]);
  });

  it("a document issued by a second verb joined with 'và' is that verb's object, not what the cue before carries out", () => {
    const text = report("Ngày 5/3/2021, UBND tỉnh đã ban hành Kế hoạch số 50/KH-UBND về triển khai Đề án phát triển du lịch, trong đó có nhiệm vụ triển khai ứng dụng du lịch thông minh và ban hành Quyết định số 210/QĐ-UBND ngày 10/4/2021 về Quy chế quản lý.");
    expect(rels(text)).toEqual([]);
    // The cue's own object, a list joined by 'và', still is.
    expect(rels(report("Kế hoạch số 51/KH-UBND ngày 6/3/2021 triển khai Quyết định số 211/QĐ-TTg ngày 1/2/2021 và Quyết định số 212/QĐ-TTg ngày 2/2/2021."))).toEqual([
      "51/KH-UBND@2021~kon-tum implements 211/QĐ-TTg@2021",
      "51/KH-UBND@2021~kon-tum implements 212/QĐ-TTg@2021",
    ]);
  });

  it("a report performs no act: its review's list and its topic labels tell of others' acts", () => {
    const text = report(
      "1. Kết quả rà soát\n- Bãi bỏ Quyết định số 15/2019/QĐ-UBND ngày 3/4/2019: đã trình UBND tỉnh.\n- Về việc bổ sung xã được hưởng chính sách của Nghị quyết số 21/2019/NQ-HĐND ngày 10/7/2019: Sở Tài chính đang tổng hợp.\n- Thay thế Quyết định số 16/2019/QĐ-UBND ngày 3/4/2019: dự kiến trong quý III.",
    );
    expect(rels(text)).toEqual([]);
    // The same lines in a decision are its own acts.
    const decision = text.replace("Số: 120/BC-UBND", "Số: 120/QĐ-UBND").replace("BÁO CÁO", "QUYẾT ĐỊNH");
    expect(rels(decision).length).toBeGreaterThan(0);
  });

  it("the issue's date before the issuer, without its comma, and the body's head as the issuer", () => {
    const a = analyze(report("Thực hiện Kế hoạch số 15/KH-UBND ngày 20/1/2021 của UBND tỉnh, ngày 6/3/2021 Sở Nội vụ đã ban hành Kế hoạch số 35/KH-SNV về công tác năm 2021."));
    expect(a.relations.filter((r) => r.type !== "references").map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(["35/KH-SNV@2021~kon-tum implements 15/KH-UBND@2021~kon-tum"]);
    expect(rels(report("Thực hiện Kế hoạch số 15/KH-UBND ngày 20/1/2021 của UBND tỉnh, Giám đốc Sở Nội vụ đã ký ban hành Kế hoạch số 36/KH-SNV ngày 6/3/2021."))).toEqual([
      "36/KH-SNV@2021~kon-tum implements 15/KH-UBND@2021~kon-tum",
    ]);
    // A date after a comma that names the document before it dates nothing after "của … về việc ban hành".
    const ids = analyze(report("Sở đã nhận Quyết định số 5/QĐ-UBND, ngày 20/1/2021 của UBND tỉnh về việc ban hành Kế hoạch số 6/KH-UBND.")).citations.map((c) => c.id);
    expect(ids).toContain("06/KH-UBND@?~kon-tum");
  });

  it("'Theo chỉ đạo … tại Công văn số …' at a clause's head is said as 'Thực hiện chỉ đạo …'", () => {
    expect(rels(report("Theo chỉ đạo của UBND tỉnh tại Công văn số 512/UBND-NC ngày 3/3/2021, Sở đã tổ chức rà soát thủ tục hành chính."))).toEqual([
      "SELF implements 512/UBND-NC@2021~kon-tum",
    ]);
  });

  it("a submission asks for acts and performs none; a body speaking after a comma is no cited document's act", () => {
    const submission =
      "SỞ TƯ PHÁP\nSố: 88/TTr-STP\nKon Tum, ngày 5 tháng 7 năm 2021\nTỜ TRÌNH\nVề việc ban hành Quyết định bãi bỏ Quyết định số 19/2018/QĐ-UBND\nKính gửi: Ủy ban nhân dân tỉnh.\n" +
      "Thực hiện Công văn số 300/UBND-NC ngày 2/6/2021 của UBND tỉnh, Sở Tư pháp kính trình UBND tỉnh xem xét ban hành Quyết định sửa đổi, bổ sung một số điều của Quyết định số 20/2019/QĐ-UBND ngày 3/5/2019 của UBND tỉnh.\n";
    expect(rels(submission)).toEqual(["SELF implements 300/UBND-NC@2021~kon-tum"]);
    // Inside one document's description the act is still that document's.
    expect(rels(report("Sở đã nhận Quyết định số 301/QĐ-UBND ngày 2/6/2021 của UBND tỉnh sửa đổi, bổ sung Quyết định số 20/2019/QĐ-UBND ngày 3/5/2019."))).toEqual([
      "301/QĐ-UBND@2021~kon-tum amends 20/2019/QĐ-UBND~kon-tum",
    ]);
    // Its joint issuers named after a comma are no other subject.
    expect(rels(report("Sở đã nhận Thông tư liên tịch số 01/2016/TTLT-BTC-BTP ngày 2/3/2016 của Bộ Tài chính, Bộ Tư pháp sửa đổi, bổ sung Thông tư liên tịch số 09/2012/TTLT-BTC-BTP."))).toEqual([
      "01/2016/TTLT-BTC-BTP amends 09/2012/TTLT-BTC-BTP",
    ]);
  });

  it("reads a sentence typed in capitals as in lower case: the issued document, its date before the issuer", () => {
    const a = analyze(report("THỰC HIỆN KẾ HOẠCH SỐ 15/KH-UBND NGÀY 20/1/2021 CỦA UBND TỈNH, NGÀY 6/3/2021 SỞ NỘI VỤ ĐÃ BAN HÀNH KẾ HOẠCH SỐ 39/KH-SNV VỀ CÔNG TÁC NĂM 2021."));
    expect(a.relations.filter((r) => r.type !== "references").map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(["39/KH-SNV@2021~kon-tum implements 15/KH-UBND@2021~kon-tum"]);
  });

  it("reads 'Quán triệt …' as it reads 'Thực hiện …'", () => {
    expect(rels(report("Quán triệt chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 07/CT-TTg ngày 12/3/2021, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 410/KH-UBND ngày 30/3/2021 để tổ chức thực hiện."))).toEqual([
      "410/KH-UBND@2021~kon-tum implements 07/CT-TTg@2021",
    ]);
    // In a plan's own opening, the plan itself carries the document out.
    const plan = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 131/KH-UBND\nKon Tum, ngày 5 tháng 7 năm 2021\nKẾ HOẠCH\nCông tác dân tộc\nQuán triệt và thực hiện Nghị quyết số 14/NQ-CP ngày 2/3/2021 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n";
    expect(rels(plan)).toEqual(["SELF implements 14/NQ-CP@2021"]);
  });

  it("leaves a plan's own opening as it was: the plan itself carries the document out", () => {
    const plan = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 130/KH-UBND\nKon Tum, ngày 5 tháng 7 năm 2021\nKẾ HOẠCH\nCông tác dân tộc\nThực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n";
    expect(rels(plan)).toEqual(["SELF implements 1719/QĐ-TTg@2021"]);
    // A document described as issuing another is no subject after a comma.
    expect(rels(report("Căn cứ Quyết định số 10/QĐ-UBND ngày 5/1/2021 của UBND tỉnh về việc ban hành Kế hoạch số 02/KH-UBND."))).toEqual(["SELF based_on 10/QĐ-UBND@2021~kon-tum"]);
  });
});

describe("analyze: a province's departments by the codes their own ký hiệu carry", () => {
  const decision = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 20/2012/QĐ-UBND\nLào Cai, ngày 3 tháng 8 năm 2012\nQUYẾT ĐỊNH\nVề tổ chức bộ máy\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\n${body}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n`;
  const ids = (text: string) => analyze(text).citations.filter((c) => c.role !== "self").map((c) => c.id);

  it("are the province's, as SNV is", () => {
    expect(ids(decision("Xét đề nghị tại Công văn số 210/SNgV-VP ngày 2/7/2012 của Sở Ngoại vụ,"))).toEqual(["210/SNgV-VP@2012~lao-cai"]);
    expect(ids(decision("Xét đề nghị của Trưởng Ban Dân tộc tại Tờ trình số 45/TTr-BDT ngày 2/7/2012,"))).toEqual(["45/TTr-BDT@2012~lao-cai"]);
    expect(ids(decision("Xét đề nghị của Giám đốc Sở tại Tờ trình số 301/TTr-NN&PTNT ngày 2/7/2012,"))).toEqual(["301/TTr-NN&PTNT@2012~lao-cai"]);
  });

  it("are the province's under the codes of departments since merged, of its boards and without the S", () => {
    expect(ids(decision("Xét đề nghị của Giám đốc Sở tại Tờ trình số 12/TTr-SCN ngày 2/7/2007,"))).toEqual(["12/TTr-SCN@2007~lao-cai"]);
    expect(ids(decision("Xét đề nghị tại Công văn số 30/STM-QLTM ngày 2/7/2006,"))).toEqual(["30/STM-QLTM@2006~lao-cai"]);
    expect(ids(decision("Xét đề nghị tại Tờ trình số 8/TTr-SVHTT ngày 2/7/2006 của Sở Văn hóa - Thông tin,"))).toEqual(["08/TTr-SVHTT@2006~lao-cai"]);
    expect(ids(decision("Xét Tờ trình số 9/TTr-BQL ngày 2/7/2012 của Trưởng Ban Quản lý các khu kinh tế,"))).toEqual(["09/TTr-BQL@2012~lao-cai"]);
    expect(ids(decision("Theo đề nghị của Sở tại Công văn số 431/KHĐT-TH ngày 2/7/2012,"))).toEqual(["431/KHĐT-TH@2012~lao-cai"]);
    expect(ids(decision("Theo đề nghị của Sở tại Tờ trình số 44/TTr-TNMT ngày 2/7/2012,"))).toEqual(["44/TTr-TNMT@2012~lao-cai"]);
  });
});

describe("analyze: a people's council's committees by the codes of their examination reports", () => {
  const resolution = (place: string, body: string) =>
    `HỘI ĐỒNG NHÂN DÂN\n${place}\nSố: 12/NQ-HĐND\nTam Điệp, ngày 8 tháng 12 năm 2020\nNGHỊ QUYẾT\nVề dự toán ngân sách năm 2021\n${body}\nQUYẾT NGHỊ:\nĐiều 1. Thông qua dự toán.\n`;
  const ids = (text: string) => analyze(text).citations.filter((c) => c.role !== "self").map((c) => c.id);

  it("are the council's: its province's, or its own district's", () => {
    expect(ids(resolution("TỈNH NINH BÌNH", "Xét Tờ trình số 90/TTr-UBND ngày 1/12/2020 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 41/BC-KTNS ngày 4/12/2020 của Ban Kinh tế - Ngân sách,"))).toEqual([
      "90/TTr-UBND@2020~ninh-binh",
      "41/BC-KTNS@2020~ninh-binh",
    ]);
    expect(ids(resolution("HUYỆN YÊN MÔ", "Xét Báo cáo thẩm tra số 7/BC-KTXH ngày 4/12/2020 và Báo cáo thẩm tra số 8/BC-VHXH ngày 4/12/2020 của các Ban Hội đồng nhân dân huyện,"))).toEqual([
      "07/BC-KTXH@2020~?/huyen-yen-mo",
      "08/BC-VHXH@2020~?/huyen-yen-mo",
    ]);
  });
});

describe("analyze: a Party committee's plan makes the document above it concrete", () => {
  const plan = (opening: string) =>
    ["ĐẢNG BỘ TỈNH KHÁNH HÒA", "HUYỆN ỦY DIÊN KHÁNH", "*", "Số 71-KH/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Diên Khánh, ngày 3 tháng 10 năm 2022", "KẾ HOẠCH", "về công tác cán bộ", "-----", opening, "I. MỤC ĐÍCH, YÊU CẦU", ""].join("\n");
  const rels = (opening: string) => analyze(plan(opening)).relations.map((r) => `${r.from.startsWith("71-KH/HU") ? "SELF" : r.from} ${r.type} ${r.to}`);

  it("'cụ thể hóa' carries the document out, as 'thực hiện' does", () => {
    expect(rels("Để cụ thể hóa Kế hoạch số 58-KH/TU ngày 2/8/2022 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:")).toEqual([
      "SELF implements 58-KH/TU@2022~khanh-hoa",
    ]);
    expect(rels("Nhằm cụ thể hoá và tổ chức thực hiện có hiệu quả Chỉ thị số 28-CT/TW ngày 9/5/2022 của Ban Bí thư, Huyện ủy ban hành Kế hoạch.")).toEqual([
      "SELF implements 28-CT/TW@2022",
    ]);
    // Said of a cited document, it is that document's.
    expect(rels("Thực hiện Chương trình số 40-CTr/TU ngày 2/8/2022 của Tỉnh ủy cụ thể hóa Chỉ thị số 28-CT/TW ngày 9/5/2022 của Ban Bí thư, Huyện ủy ban hành Kế hoạch.")).toEqual([
      "SELF implements 40-CTr/TU@2022~khanh-hoa",
      "SELF references 28-CT/TW@2022",
      "40-CTr/TU@2022~khanh-hoa implements 28-CT/TW@2022",
    ]);
  });

  it("'triên khai', 'triển' without its hook (a customs record, listing52b; an OCR'd notice, fresh50b-005)", () => {
    expect(rels("Triên khai thực hiện Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành Kế hoạch.")).toEqual([
      "SELF implements 14-KL/TW@2021",
    ]);
    // Said of a cited document, it is that document's.
    expect(rels("Bộ Tài chính đã ban hành Quyết định số 90/QĐ-BTC ngày 08/01/2019 triên khai Nghị quyết số 02/2019/NQ-CP của Chính phủ.")).toContain(
      "90/QĐ-BTC@2019 implements 02/2019/NQ-CP",
    );
  });

  it("'Quán triệt, triển khai thực hiện' with a comma, as with 'và'", () => {
    expect(rels("Quán triệt, triển khai thực hiện Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành Kế hoạch.")).toEqual([
      "SELF implements 14-KL/TW@2021",
    ]);
  });
});

describe("analyze: a basis heading over a list that lost its bullets", () => {
  const plan = (items: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 31/KH-UBND\nPhú Thọ, ngày 8 tháng 3 năm 2021\nKẾ HOẠCH\nPhát triển du lịch cộng đồng\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n${items}II. MỤC TIÊU\nThu hút khách.\n`;
  const rels = (items: string) => analyze(plan(items)).relations.map((r) => `${r.type} ${r.to}`);

  it("reads each item that opens with its document as one of the bases", () => {
    expect(rels("Luật Du lịch số 09/2017/QH14 ngày 19/6/2017.\n\nQuyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ.\nNghị quyết số 12/NQ-HĐND ngày 5/1/2021 của HĐND tỉnh.\n")).toEqual([
      "based_on 09/2017/QH14",
      "based_on 147/QĐ-TTg@2020",
      "based_on 12/NQ-HĐND@2021~phu-tho",
    ]);
  });

  it("ends the list at a sentence that does not open with a document", () => {
    expect(rels("Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ.\nNăm 2020, tỉnh đã thực hiện Kế hoạch số 90/KH-UBND ngày 5/1/2020 của UBND tỉnh.\n")).toEqual([
      "based_on 147/QĐ-TTg@2020",
      "references 90/KH-UBND@2020~phu-tho",
    ]);
  });
});
