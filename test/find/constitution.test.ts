import { describe, expect, it } from "vitest";
import { findConstitutionMentions, withConstitution } from "../../src/find/constitution.js";
import { prepare } from "../../src/prepare/prepare.js";
import { analyze, extract } from "../../src/index.js";

const read = (text: string) => findConstitutionMentions(text, prepare).map((m) => [text.slice(m.start, m.end), m.year]);

describe("the Constitution named by its name and year", () => {
  it.each([
    // Luật Tổ chức Chính phủ số 76/2015/QH13 and every law since: no year.
    ["Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Tổ chức Chính phủ.", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", null],
    // Luật Tổ chức Chính phủ 1992: the year before the country, the space after it lost in the copy.
    ["Căn cứ vào Hiến pháp năm 1992của nước Cộng hoà xã hội chủ nghĩa Việt Nam, Luật này quy định", "Hiến pháp năm 1992của nước Cộng hoà xã hội chủ nghĩa Việt Nam", 1992],
    // Nghị quyết 51/2001/QH10, Pháp lệnh 28-L/CTN: the articles first, the year after the country.
    ["Căn cứ vào Điều 84 và Điều 147 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;", "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", 1992],
    // Luật số 32/2001/QH10: the amending resolution follows, outside the mention.
    ["Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10", "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", 1992],
    ["Căn cứ Hiến pháp năm 2013;", "Hiến pháp năm 2013", 2013],
    // Hội đồng Bộ trưởng's decisions of the 1980s (Quyết định 67-HĐBT, 88-HĐBT): the day of adoption after the country.
    ["Căn cứ Điều 107 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam ngày 18 tháng 12 năm 1980;\nCăn cứ Điều 16", "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam ngày 18 tháng 12 năm 1980", 1980],
    ["Căn cứ điều 107 của Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam ngày 18-12-1980;QUYẾT ĐỊNH:", "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam ngày 18-12-1980", 1980],
    // A date in a year no constitution was adopted in is not its own: the mention stops at the country.
    ["Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam ngày 12 tháng 6 năm 1997", "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam", null],
    ["Căn cứ Hiến pháp năm 1992 (sửa đổi, bổ sung năm 2001);", "Hiến pháp năm 1992 (sửa đổi, bổ sung năm 2001)", 1992],
    ["37 Khoản 1, Điều 113 Hiến pháp năm 2013.", "Hiến pháp năm 2013", 2013],
    // A line broken inside, as PDF text and crawled pages break it.
    ["Căn\ncứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc\nhội ban hành", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", null],
    // Prose: the Constitution, undated.
    ["Tuân thủ Hiến pháp và pháp luật, quản lý xã hội bằng Hiến pháp", "Hiến pháp", null],
    // A year no constitution was adopted in is the plan's, not the Constitution's.
    ["Kế hoạch tuyên truyền Hiến pháp năm 2024", "Hiến pháp", null],
  ])("%s", (text, whole, year) => {
    expect(read(text)[0]).toEqual([whole, year]);
  });

  it("decomposed text (NFD) is read as composed, offsets into the caller's text", () => {
    const text = "Căn cứ Hiến pháp năm 2013;".normalize("NFD");
    expect(read(text)).toEqual([["Hiến pháp năm 2013".normalize("NFD"), 2013]]);
  });

  it("every spelling of 'Hiến' before 'pháp' passes the two-character test: composed, either order of its marks, capitals", () => {
    for (const hien of ["Hiến", "HIẾN", "Hiê\u0301n", "Hie\u0302\u0301n", "HIÊ\u0301N"]) {
      expect(read(`Căn cứ ${hien} pháp năm 2013;`)).toEqual([[`${hien} pháp năm 2013`, 2013]]);
    }
    // "biện pháp" ends in "n" after "ệ", "giải pháp" in "i": neither is read.
    expect(read("Các biện pháp, giải pháp năm 2013 và tư pháp")).toEqual([]);
  });

  it("no other word: 'chiến pháp', 'hiến máu', 'cống hiến', and lower case in a text with capitals unless dated", () => {
    expect(read("Phong trào hiến máu tình nguyện và cống hiến cho Tổ quốc")).toEqual([]);
    expect(read("Nhân dân bảo vệ hiến pháp và pháp luật. Ủy ban")).toEqual([]);
    expect(read("Nhân dân bảo vệ hiến pháp năm 2013. Ủy ban")).toEqual([["hiến pháp năm 2013", 2013]]);
  });

  it("a mention inside a law's span is that law's", () => {
    const law = { start: 0, end: 30 } as Parameters<typeof withConstitution>[0][number];
    const inside = { ...law, start: 10, end: 20 };
    const after = { ...law, start: 31, end: 40 };
    expect(withConstitution([law], [inside, after])).toEqual([law, after]);
  });
});

describe("the Constitution as a document", () => {
  it("extract: form named, kind constitution, id constitution:hien-phap@<year>, made by the National Assembly", () => {
    const [c] = extract("Căn cứ Hiến pháp năm 2013;");
    expect(c).toMatchObject({ form: "named", kind: "constitution", name: "Hiến pháp", year: 2013, id: "constitution:hien-phap@2013", issuer: { code: "QH", level: "central" } });
  });

  it("analyze: 'Căn cứ Hiến pháp …' is a basis; 'theo quy định của Hiến pháp' in the articles a reference, dated by the basis", () => {
    const a = analyze(
      "CHÍNH PHỦ\nSố: 12/2016/NĐ-CP\nHà Nội, ngày 19 tháng 02 năm 2016\nNGHỊ ĐỊNH\nQuy định chi tiết\nCăn cứ Hiến pháp năm 2013;\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nTheo đề nghị của Bộ trưởng Bộ Tư pháp;\nChính phủ ban hành Nghị định.\nĐiều 1. Công dân có quyền theo quy định của Hiến pháp.\n",
    );
    expect(a.citations.filter((c) => c.kind === "constitution").map((c) => `${c.role} ${c.id}`)).toEqual(["based_on constitution:hien-phap@2013", "references constitution:hien-phap@2013"]);
    expect(a.relations.filter((r) => r.type === "based_on").map((r) => r.to)).toEqual(["constitution:hien-phap@2013", "law:to-chuc-chinh-phu@2015"]);
  });
});

// A web page gives U+00A0 for its spaces: "Hiến&nbsp;pháp" is looked for in the caller's text.
describe("the Constitution named with U+00A0 between its words", () => {
  it("\"Căn cứ Hiến\u00a0pháp năm 2013;\" as with a space", () => {
    expect(read("Căn cứ Hiến\u00a0pháp\u00a0năm\u00a02013;")).toEqual([["Hiến\u00a0pháp\u00a0năm\u00a02013", 2013]]);
  });
});
