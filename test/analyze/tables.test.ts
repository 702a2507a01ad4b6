import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/types.js";

/*
 * Tables as users paste them from a web page, a PDF or Word: one row a line with its cells between
 * tabs or bars, or each cell on a line of its own with a bar line after it. The rows are the list
 * their introduction names, as numbered items would be.
 */

const own = (a: Analysis) => a.relations.filter((r) => r.from === a.self.id).map((r) => `${r.type} ${r.to}`);
const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.type} ${r.from} -> ${r.to}`);

const HEAD = [
  "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
  "Số: 41/2023/QĐ-UBND",
  "Cao Bằng, ngày 12 tháng 9 năm 2023",
  "QUYẾT ĐỊNH",
  "Về việc bãi bỏ một số quyết định của Ủy ban nhân dân tỉnh",
  "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
  "QUYẾT ĐỊNH:",
  "Điều 1. Bãi bỏ các văn bản sau:",
].join("\n");
const TAIL = ["Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 9 năm 2023.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT."].join("\n");

const ROWS = [
  ["1", "Quyết định", "08/2016/QĐ-UBND ngày 14/4/2016", "Quy định giá dịch vụ trông giữ xe trên địa bàn tỉnh"],
  ["2", "Quyết định", "19/2018/QĐ-UBND ngày 02/8/2018", "Sửa đổi, bổ sung một số điều của Quyết định số 08/2016/QĐ-UBND"],
  ["3", "Chỉ thị", "05/2019/CT-UBND ngày 20/5/2019", "Về tăng cường quản lý bến xe khách"],
];
const HEADER = ["STT", "Tên loại văn bản", "Số, ký hiệu; ngày, tháng, năm ban hành", "Trích yếu"];

const LAYOUTS: Record<string, string> = {
  "one row a line, cells between tabs": [HEADER, ...ROWS].map((r) => r.join("\t")).join("\n"),
  "one row a line, cells between bars": [HEADER, ...ROWS].map((r) => `| ${r.join(" | ")} |`).join("\n"),
  "each cell on its own line, a bar line after it": [HEADER, ...ROWS].map((r) => r.map((c) => `${c}\n|`).join("\n")).join("\n"),
};

describe("tables: a list of documents laid out as a table's rows", () => {
  for (const [name, table] of Object.entries(LAYOUTS)) {
    it(`"Bãi bỏ các văn bản sau:" governs every row (${name})`, () => {
      const a = analyze(`${HEAD}\n${table}\n${TAIL}`);
      expect(a.self.id).toBe("41/2023/QĐ-UBND~cao-bang");
      expect(own(a)).toEqual(
        expect.arrayContaining(["repeals 08/2016/QĐ-UBND~cao-bang", "repeals 19/2018/QĐ-UBND~cao-bang", "repeals 05/2019/CT-UBND~cao-bang"]),
      );
      // The summary cell describes its row's document: it is that one which amends, not the decision.
      expect(own(a)).not.toContain("amends 08/2016/QĐ-UBND~cao-bang");
      expect(nested(a)).toContain("amends 19/2018/QĐ-UBND~cao-bang -> 08/2016/QĐ-UBND~cao-bang");
    });
  }

  it("reads the same as the numbered list the table stands for", () => {
    const list = ROWS.map((r) => `${r[0]}. ${r[1]} số ${r[2]} ${r[3].charAt(0).toLowerCase()}${r[3].slice(1)}.`).join("\n");
    const rel = (a: Analysis) => a.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`).sort();
    const asList = rel(analyze(`${HEAD}\n${list}\n${TAIL}`));
    for (const table of Object.values(LAYOUTS)) expect(rel(analyze(`${HEAD}\n${table}\n${TAIL}`))).toEqual(asList);
  });

  it("a row whose summary cell comes first and names another document: the row's document is the one alone in its cell", () => {
    const header = ["STT", "Tên văn bản", "Số, ký hiệu", "Ngày ban hành"];
    const rows = ROWS.map((r) => [r[0], `${r[1]} ${r[3].charAt(0).toLowerCase()}${r[3].slice(1)}`, r[2].split(" ngày ")[0], r[2].split(" ngày ")[1]]);
    for (const layout of [
      (t: string[][]) => t.map((r) => r.join("\t")).join("\n"),
      (t: string[][]) => t.map((r) => `| ${r.join(" | ")} |`).join("\n"),
      (t: string[][]) => t.map((r) => r.map((c) => `${c}\n|`).join("\n")).join("\n"),
    ]) {
      const a = analyze(`${HEAD}\n${layout([header, ...rows])}\n${TAIL}`);
      expect(own(a).sort()).toEqual(
        [
          "based_on law:to-chuc-chinh-quyen-dia-phuong@2015", "references 08/2016/QĐ-UBND~cao-bang",
          "repeals 05/2019/CT-UBND~cao-bang", "repeals 08/2016/QĐ-UBND~cao-bang", "repeals 19/2018/QĐ-UBND~cao-bang",
        ].sort(),
      );
    }
  });

  it("a basis heading over a table: every row is a basis", () => {
    const plan = (table: string) =>
      `ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nSố: 120/KH-UBND\nCao Bằng, ngày 12 tháng 9 năm 2023\nKẾ HOẠCH\nChuyển đổi số năm 2024\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n${table}\nII. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận thức theo Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ.`;
    const rows = [
      ["STT", "Văn bản", "Cơ quan ban hành"],
      ["1", "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị", "Bộ Chính trị"],
      ["2", "Quyết định số 749/QĐ-TTg ngày 03/6/2020", "Thủ tướng Chính phủ"],
    ];
    for (const table of [rows.map((r) => r.join("\t")).join("\n"), rows.map((r) => r.join(" | ")).join("\n"), rows.map((r) => r.map((c) => `${c}\n|`).join("\n")).join("\n")]) {
      expect(own(analyze(plan(table))).sort()).toEqual(["based_on 52-NQ/TW@2019", "based_on 749/QĐ-TTg@2020", "references 942/QĐ-TTg@2021"]);
    }
  });

  it("ends the list where the table does: a paragraph after it is read on its own", () => {
    const table = [HEADER, ...ROWS.slice(0, 1)].map((r) => r.join("\t")).join("\n");
    const after = "Điều 2. Giao Sở Tư pháp theo dõi việc thi hành Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ.";
    const a = analyze(`${HEAD}\n${table}\n${after}\n${TAIL}`);
    expect(own(a)).toContain("repeals 08/2016/QĐ-UBND~cao-bang");
    expect(own(a)).toContain("references 34/2016/NĐ-CP");
  });

  it("a row's evidence is its row, not the rows before it", () => {
    const table = [HEADER, ...ROWS].map((r) => r.join("\t")).join("\n");
    const text = `${HEAD}\n${table}\n${TAIL}`;
    const a = analyze(text);
    const third = a.relations.find((r) => r.to === "05/2019/CT-UBND~cao-bang")!;
    expect(text.slice(third.evidence.start, third.evidence.end)).not.toContain("19/2018");
  });

  it("a number alone that is a year, or a bar in a header cell, opens no row", () => {
    const text = "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n|\nSố:\n41/2023/QĐ-UBND\n|\nCao Bằng, ngày 12 tháng 9\nnăm 2023\n|\nKẾ HOẠCH\nPhòng chống thiên tai năm 2023\nThực hiện Chỉ thị số 05/2019/CT-UBND ngày 20/5/2019 của Ủy ban nhân dân tỉnh.";
    const a = analyze(text);
    expect(a.self.id).toBe("41/2023/QĐ-UBND~cao-bang");
    expect(own(a)).toContain("implements 05/2019/CT-UBND~cao-bang");
  });
});

describe("tables: an annex after the signature that lists the documents repealed", () => {
  const decision = [
    "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
    "Số: 41/2023/QĐ-UBND",
    "Cao Bằng, ngày 12 tháng 9 năm 2023",
    "QUYẾT ĐỊNH",
    "Bãi bỏ một số văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành",
    "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Bãi bỏ toàn bộ 03 văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành (có Danh mục kèm theo).",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 9 năm 2023.",
    "Nơi nhận:",
    "- Như Điều 2;",
    "- Cục Kiểm tra văn bản quy phạm pháp luật (Bộ Tư pháp);",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
  ].join("\n");
  const annex = (heading: string, table: string) =>
    `${decision}\nPHỤ LỤC\n${heading}\n(Kèm theo Quyết định số 41/2023/QĐ-UBND ngày 12 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Cao Bằng)\n${table}\n`;

  for (const [name, table] of Object.entries(LAYOUTS)) {
    it(`"DANH MỤC … BỊ BÃI BỎ" governs its rows (${name})`, () => {
      const a = analyze(annex("DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BỊ BÃI BỎ", table));
      expect(a.parts?.map((p) => p.type)).toEqual(["header", "title", "preamble", "body", "closing", "recipients", "signature", "annex"]);
      expect(own(a).sort()).toEqual(
        ["based_on law:to-chuc-chinh-quyen-dia-phuong@2015", "repeals 05/2019/CT-UBND~cao-bang", "repeals 08/2016/QĐ-UBND~cao-bang", "repeals 19/2018/QĐ-UBND~cao-bang", "references 08/2016/QĐ-UBND~cao-bang"].sort(),
      );
      expect(nested(a)).toEqual(["amends 19/2018/QĐ-UBND~cao-bang -> 08/2016/QĐ-UBND~cao-bang"]);
      // The annex's own line names the decision it is attached to: that is the decision itself.
      expect(a.citations.filter((c) => c.number === "41").map((c) => c.role)).toEqual(["self", "self"]);
    });
  }

  it("a list proposed or reviewed, not repealed, stays references", () => {
    for (const heading of ["DANH MỤC VĂN BẢN ĐỀ NGHỊ BÃI BỎ", "DANH MỤC VĂN BẢN CẦN BÃI BỎ", "DANH MỤC VĂN BẢN CÒN HIỆU LỰC", "DANH MỤC NHIỆM VỤ TRIỂN KHAI"]) {
      const a = analyze(annex(heading, LAYOUTS["one row a line, cells between tabs"]));
      expect(own(a).filter((r) => !r.startsWith("based_on")), heading).toEqual(
        expect.not.arrayContaining([expect.stringMatching(/^repeals/)]),
      );
    }
  });

  it("the recipients and the signature before the annex name nothing the document acts on", () => {
    const text = annex("DANH MỤC VĂN BẢN BỊ BÃI BỎ", LAYOUTS["one row a line, cells between bars"]).replace(
      "- Lưu: VT.",
      "- Sở Tư pháp (thực hiện Quyết định số 05/2020/QĐ-UBND);\n- Lưu: VT.",
    );
    const a = analyze(text);
    expect(a.citations.find((c) => c.number === "05" && c.symbol === "QĐ-UBND")?.role).toBe("references");
  });
});

/*
 * A letter whose heading table a page prints one cell a line, each cell closed by a line holding only
 * a bar: the last cell is the addressee list ("Kính gửi: …"), then a bar line, then the body's opening.
 * The bar is layout: the opening still speaks for the letter. Own sentences in that pattern.
 */
describe("a bar line between the heading's last cell and the body's opening", () => {
  const letter = (opening: string) =>
    [
      "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "|", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "|",
      "Số: 412/BVHTTDL-VP", "V/v triển khai công tác năm 2024", "|", "Hà Nội, ngày 05 tháng 02 năm 2024", "|",
      "Kính gửi:", "|", "- Sở Văn hóa, Thể thao và Du lịch các tỉnh;", "- Sở Du lịch các tỉnh.", "|",
      opening, "1. Rà soát các nhiệm vụ được giao.",
    ].join("\n");

  it("'Thực hiện Chỉ thị số X …, Bộ đề nghị' after the bar: the letter carries X out", () => {
    const a = analyze(letter("Thực hiện Chỉ thị số 05/CT-TTg ngày 15/01/2024 của Thủ tướng Chính phủ, Bộ đề nghị các Sở thực hiện:"));
    expect(own(a)).toEqual(["implements 05/CT-TTg@2024"]);
  });

  it("'Nhằm thực hiện có hiệu quả các nhiệm vụ nêu tại Nghị quyết số X; Quyết định số Y …, Bộ đề nghị' after the bar: both carried out", () => {
    const a = analyze(letter(
      "Nhằm thực hiện có chất lượng, hiệu quả các nhiệm vụ, giải pháp được nêu trong Nghị quyết số 11/NQ-CP ngày 30/01/2024 của Chính phủ; Quyết định số 88/QĐ-TTg ngày 20/01/2024 của Thủ tướng Chính phủ, Bộ đề nghị các Sở thực hiện:",
    ));
    expect(own(a)).toEqual(["implements 11/NQ-CP@2024", "implements 88/QĐ-TTg@2024"]);
  });

  it("a bar inside a line is no cell's edge: 'Các Sở | rà soát việc thực hiện …' names the departments' task", () => {
    const a = analyze(letter("Các Sở | rà soát việc thực hiện Chỉ thị số 05/CT-TTg ngày 15/01/2024 của Thủ tướng Chính phủ;"));
    expect(own(a)).toEqual(["references 05/CT-TTg@2024"]);
  });
});
