import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { CitationGraph } from "../../src/graph/index.js";

const dated = analyze("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.", { path: "a.txt" });
const undated = analyze("Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ.", { path: "b.txt" });
const otherYear = analyze("Căn cứ Nghị quyết số 76/NQ-CP ngày 01/02/2019 của Chính phủ.", { path: "c.txt" });

const candidates = (g: CitationGraph) => g.warnings.filter((w) => w.code === "undated-candidate").map((w) => w.message);

describe("mergeUndatedMentions: a numbered mention without its year", () => {
  it("stays its own node beside the one dated document of its number, and a warning names both", () => {
    const g = CitationGraph.from([dated, undated]);
    expect(g.graph.nodes().sort()).toEqual(["76/NQ-CP@2021", "76/NQ-CP@?", "file:a.txt", "file:b.txt"]);
    expect(g.document("76/NQ-CP@2021")?.citedBy).toBe(1);
    expect(g.document("76/NQ-CP@?")?.citedBy).toBe(1);
    expect(candidates(g)).toEqual([
      "76/NQ-CP@? may be 76/NQ-CP@2021, the one dated document of that number the graph knows; kept apart: a number without its year does not prove it",
    ]);
    expect(g.warnings.filter((w) => w.code === "undated-merged" || w.code === "ambiguous-mention")).toEqual([]);
  });

  it("answers for the dated document what proves it, and offers the undated mention's citers as possible", () => {
    const g = CitationGraph.from([dated, undated]);
    // "nghị quyết 76/nq-cp" names the document; the undated node is a mention of it kept apart, not a second one.
    expect(g.resolve("nghị quyết 76/nq-cp").matches).toEqual(["76/NQ-CP@2021"]);
    expect(g.resolve("76/nq-cp@?").matches).toEqual(["76/NQ-CP@?"]);
    expect(g.implementersOf("nghị quyết 76/nq-cp").map((h) => h.id)).toEqual(["file:a.txt"]);
    expect(g.citedBy("76/NQ-CP@2021").map((h) => h.id)).toEqual(["file:a.txt"]);
    expect(g.possiblyCitedBy("76/NQ-CP@2021")).toEqual([{ id: "file:b.txt", relations: ["implements"], possible: true, via: "76/NQ-CP@?" }]);
    expect(g.possiblyCitedBy("76/NQ-CP@?")).toEqual([]);
  });

  it("gives the same graph whatever the order the files came in", () => {
    const a = JSON.stringify(CitationGraph.from([dated, undated]).toJSON());
    const b = JSON.stringify(CitationGraph.from([undated, dated]).toJSON());
    expect(b).toBe(a);
  });

  it("says ambiguous-mention, not undated-candidate, when two dated documents could be meant; both are possible", () => {
    const g = CitationGraph.from([dated, undated, otherYear]);
    expect(g.graph.nodes().filter((n) => n.startsWith("76/")).sort()).toEqual(["76/NQ-CP@2019", "76/NQ-CP@2021", "76/NQ-CP@?"]);
    expect(candidates(g)).toEqual([]);
    expect(g.possiblyCitedBy("76/NQ-CP@2019").map((h) => h.id)).toEqual(["file:b.txt"]);
    expect(g.possiblyCitedBy("76/NQ-CP@2021").map((h) => h.id)).toEqual(["file:b.txt"]);
  });

  it("says so when it merges nothing for a doubt, the same whatever files came later", () => {
    const doubts = (g: CitationGraph) => g.warnings.filter((w) => w.code === "ambiguous-mention").map((w) => w.message.split(" ")[0]);
    expect(doubts(CitationGraph.from([dated, undated]))).toEqual([]);
    const g = CitationGraph.from([dated, undated, otherYear]);
    expect(doubts(g)).toEqual(["76/NQ-CP@?"]);
    const later = CitationGraph.from([dated, undated, otherYear, analyze("Căn cứ Nghị quyết số 76/NQ-CP ngày 01/02/2018 của Chính phủ.", { path: "d.txt" })]);
    const again = CitationGraph.fromJSON(g.toJSON()).add(analyze("Căn cứ Nghị quyết số 76/NQ-CP ngày 01/02/2018 của Chính phủ.", { path: "d.txt" }));
    again.mergeUndatedMentions();
    expect(JSON.stringify(again.toJSON())).toBe(JSON.stringify(later.toJSON()));
  });

  it("merges nothing when asked again, and warns once", () => {
    const g = new CitationGraph().add(dated).add(undated);
    expect(g.mergeUndatedMentions()).toEqual([]);
    expect(g.mergeUndatedMentions()).toEqual([]);
    expect(g.hasDocument("76/NQ-CP@?")).toBe(true);
    expect(candidates(g)).toHaveLength(1);
  });

  it("is still dated by a full citation in the same text: the text itself proves it", () => {
    const both = analyze("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ. Triển khai Nghị quyết số 76/NQ-CP, các sở xây dựng kế hoạch.", { path: "e.txt" });
    const g = CitationGraph.from([both]);
    expect(g.graph.nodes().filter((n) => n.startsWith("76/"))).toEqual(["76/NQ-CP@2021"]);
  });
});

describe("a law named without its year", () => {
  const numbered2003 = analyze("Căn cứ Luật Đất đai số 13/2003/QH11;\nCăn cứ Luật Đất đai năm 2013;\n", { path: "a.txt" });
  const bare = analyze("Căn cứ Luật Đất đai;\n", { path: "b.txt" });
  const named2003 = analyze("Căn cứ Luật Đất đai năm 2003;\n", { path: "c.txt" });

  it("stays apart when the graph knows two laws of that name, one only by its number", () => {
    // "law:dat-dai@2013" was the only dated node of its key, and took the mention the 2003 law may be.
    const g = CitationGraph.from([numbered2003, bare]);
    expect(g.hasDocument("law:dat-dai@?")).toBe(true);
    expect(g.document("law:dat-dai@2013")?.citedBy).toBe(1);
    expect(g.resolve("Luật Đất đai").ambiguous).toBe(true);
    expect(g.warnings.filter((w) => w.code === "ambiguous-mention").map((w) => w.message.split(" ")[0])).toEqual(["law:dat-dai@?"]);
  });

  it("joins the one law of that name, named with its year or only with its number", () => {
    const byName = CitationGraph.from([analyze("Căn cứ Luật Đất đai số 13/2003/QH11;\n", { path: "a.txt" }), bare, named2003]);
    expect(byName.graph.nodes().filter((n) => !n.startsWith("file:"))).toEqual(["13/2003/QH11"]);
    expect(byName.document("13/2003/QH11")?.citedBy).toBe(3);
    const byNumber = CitationGraph.from([analyze("Căn cứ Luật Đất đai số 13/2003/QH11;\n", { path: "a.txt" }), bare]);
    expect(byNumber.graph.nodes().filter((n) => !n.startsWith("file:"))).toEqual(["13/2003/QH11"]);
  });

  it("joins a law named without a year to the one law of that name the corpus dates, named with its year alone", () => {
    // Issue 14: "A law named without a year stays @? and merges only where one dated node exists."
    const yearless = analyze("Các hộ gia đình được bồi thường theo quy định của Luật Đất đai.\n", { path: "d.txt" });
    const dated = analyze("Căn cứ Luật Đất đai năm 2013;\n", { path: "e.txt" });
    const g = CitationGraph.from([yearless, dated]);
    expect(g.graph.nodes().filter((n) => !n.startsWith("file:"))).toEqual(["law:dat-dai@2013"]);
    expect(g.document("law:dat-dai@2013")?.citedBy).toBe(2);
    expect(g.warnings.filter((w) => w.code === "ambiguous-mention")).toEqual([]);
  });

  it("keeps it apart when the corpus dates two laws of that name, each named with its year alone", () => {
    const yearless = analyze("Các hộ gia đình được bồi thường theo quy định của Luật Đất đai.\n", { path: "d.txt" });
    const g = CitationGraph.from([yearless, named2003, analyze("Căn cứ Luật Đất đai năm 2013;\n", { path: "e.txt" })]);
    expect(g.graph.nodes().filter((n) => !n.startsWith("file:")).sort()).toEqual(["law:dat-dai@2003", "law:dat-dai@2013", "law:dat-dai@?"]);
    expect(g.document("law:dat-dai@2003")?.citedBy).toBe(1);
    expect(g.document("law:dat-dai@2013")?.citedBy).toBe(1);
    expect(g.resolve("Luật Đất đai").ambiguous).toBe(true);
    expect(g.warnings.filter((w) => w.code === "ambiguous-mention").map((w) => w.message.split(" ")[0])).toEqual(["law:dat-dai@?"]);
  });

  it("says so when two numbered laws have the name and year of a law named without its number", () => {
    const two = analyze("Căn cứ Luật Đất đai số 13/2003/QH11;\nCăn cứ Luật Đất đai số 14/2003/QH11;\n", { path: "a.txt" });
    const g = CitationGraph.from([two, named2003]);
    expect(g.hasDocument("law:dat-dai@2003")).toBe(true);
    expect(g.warnings.filter((w) => w.code === "ambiguous-mention").map((w) => w.message.split(" ")[0])).toEqual(["law:dat-dai@2003"]);
  });
});

describe("two laws of one name and year (Luật Tổ chức chính quyền địa phương, 2025), one named with its day", () => {
  const both = analyze("Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15;\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n", { path: "a.txt" });
  const byDay = analyze("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n", { path: "b.txt" });
  const byYear = analyze("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\n", { path: "c.txt" });

  it("gives the dated mention to the law of that day, and keeps the mention with the year alone apart", () => {
    const g = CitationGraph.from([both, byDay, byYear]);
    expect(g.document("72/2025/QH15")?.citedBy).toBe(2);
    expect(g.document("65/2025/QH15")?.citedBy).toBe(1);
    expect(g.hasDocument("law:to-chuc-chinh-quyen-dia-phuong@2025")).toBe(true);
    expect(g.warnings.filter((w) => w.code === "ambiguous-mention").map((w) => w.message.split(" ")[0])).toEqual(["law:to-chuc-chinh-quyen-dia-phuong@2025"]);
  });
});

describe("an undated mention cited by a document issued before the one dated candidate", () => {
  const older = analyze(
    "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 12/KH-UBND\nTrà Vinh, ngày 01 tháng 3 năm 2019\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 76/NQ-CP của Chính phủ.",
    { path: "old.txt" },
  );
  const newer = analyze(
    "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 30/KH-UBND\nTrà Vinh, ngày 01 tháng 9 năm 2022\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 76/NQ-CP của Chính phủ.",
    { path: "new.txt" },
  );

  it("stays apart, the warning saying why: a 2019 plan cannot carry out a resolution of 2021 (the number comes back every year)", () => {
    const g = CitationGraph.from([dated, older]);
    expect(g.hasDocument("76/NQ-CP@?")).toBe(true);
    expect(g.document("76/NQ-CP@2021")?.citedBy).toBe(1);
    expect(candidates(g)).toEqual([
      "76/NQ-CP@? may be 76/NQ-CP@2021, the one dated document of that number the graph knows; kept apart: a number without its year does not prove it, and it is cited by a document issued before the one dated document it may be",
    ]);
    // The older plan is no possible citer of the 2021 resolution; the newer one is.
    expect(g.possiblyCitedBy("76/NQ-CP@2021")).toEqual([]);
    expect(CitationGraph.from([dated, older, newer]).possiblyCitedBy("76/NQ-CP@2021").map((h) => h.id)).toEqual(["30/KH-UBND@2022~tra-vinh"]);
  });

  it("stays apart too when every document citing it was issued in that year or later", () => {
    const g = CitationGraph.from([dated, newer]);
    expect(g.hasDocument("76/NQ-CP@?")).toBe(true);
    expect(g.document("76/NQ-CP@2021")?.citedBy).toBe(1);
    expect(candidates(g)).toHaveLength(1);
  });
});

describe("an undated Party document cited with its term", () => {
  const dated2014 = analyze("Thực hiện Nghị quyết số 36-NQ/TW ngày 01/7/2014 của Bộ Chính trị về đẩy mạnh ứng dụng công nghệ thông tin.", { path: "a.txt" });
  const termIX = analyze("Tiếp tục thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị khoá IX về công tác đối với người Việt Nam ở nước ngoài.", { path: "b.txt" });
  const termXI = analyze("Tiếp tục thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa XI về ứng dụng công nghệ thông tin.", { path: "c.txt" });

  const merged = (g: CitationGraph) => g.warnings.filter((w) => w.code === "undated-merged" || w.code === "ambiguous-mention").map((w) => w.message);

  it("takes the term's years for its id, and stays its own node when the one dated document's year lies outside them", () => {
    expect(termIX.citations.map((c) => c.id)).toEqual(["36-NQ/TW@2001-2006"]);
    const g = CitationGraph.from([dated2014, termIX]);
    expect(g.hasDocument("36-NQ/TW@2001-2006")).toBe(true);
    expect(g.document("36-NQ/TW@2014")?.citedBy).toBe(1);
    expect(candidates(g)).toEqual([]);
    expect(merged(g)).toEqual([]);
    // The term rules the 2014 resolution out: its citers are no possible citers of it; a year of the term is the mention's.
    expect(g.possiblyCitedBy("36-NQ/TW@2014")).toEqual([]);
    expect(g.possiblyCitedBy("36-NQ/TW@2004").map((h) => h.id)).toEqual(["file:b.txt"]);
  });

  // fixtures/identity/README.md, session 62 (identity62b): a number runs per term, so number and term are one document.
  it("is joined to the one dated document of its number issued within the term", () => {
    const g = CitationGraph.from([dated2014, termXI]);
    expect(g.hasDocument("36-NQ/TW@2011-2016")).toBe(false);
    expect(g.document("36-NQ/TW@2014")?.citedBy).toBe(2);
    expect(g.citedBy("36-NQ/TW@2014").map((h) => h.id)).toEqual(["file:a.txt", "file:c.txt"]);
    expect(merged(g)).toEqual(["36-NQ/TW@2011-2016 taken for 36-NQ/TW@2014, the one dated document of that number the graph knows in the term"]);
    expect(JSON.stringify(CitationGraph.from([termXI, dated2014]).toJSON())).toBe(JSON.stringify(g.toJSON()));
  });

  it("stays apart when two dated documents of its number lie within the term, or none does", () => {
    const dated2012 = analyze("Căn cứ Nghị quyết số 36-NQ/TW ngày 05/3/2012 của Bộ Chính trị.", { path: "d.txt" });
    const two = CitationGraph.from([dated2014, dated2012, termXI]);
    expect(two.hasDocument("36-NQ/TW@2011-2016")).toBe(true);
    expect(merged(two)).toEqual(["36-NQ/TW@2011-2016 names its term but no date, and the graph knows several dated documents of that number in the term: kept apart"]);
    const dated2018 = analyze("Căn cứ Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương.", { path: "e.txt" });
    const none = CitationGraph.from([dated2018, termXI]);
    expect(none.hasDocument("36-NQ/TW@2011-2016")).toBe(true);
    expect(merged(none)).toEqual([]);
  });

  it("leaves a provincial committee's number cited with its congress's term undated: provincial terms are not the Central Committee's", () => {
    const provincial = analyze("Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy khóa XIX về phát triển du lịch.", { path: "p.txt" });
    expect(provincial.citations.map((c) => c.id).every((id) => id.includes("@?"))).toBe(true);
  });

  it("keeps the evidence after the graph is saved and loaded, and the merge is the same", () => {
    const g = new CitationGraph().add(dated2014).add(termXI);
    const again = CitationGraph.fromJSON(g.toJSON());
    expect(again.mergeUndatedMentions()).toEqual(["36-NQ/TW@2011-2016"]);
    expect(JSON.stringify(again.toJSON())).toBe(JSON.stringify(CitationGraph.from([dated2014, termXI]).toJSON()));
  });
});

describe("the warnings", () => {
  it("leave one undated-candidate warning per numbered mention, the same whatever order the files came in", () => {
    const g = CitationGraph.from([dated, undated]);
    expect(g.warnings.filter((w) => w.code === "undated-candidate")).toEqual([
      {
        file: null,
        code: "undated-candidate",
        message: "76/NQ-CP@? may be 76/NQ-CP@2021, the one dated document of that number the graph knows; kept apart: a number without its year does not prove it",
        start: null,
        end: null,
      },
    ]);
    expect(JSON.stringify(CitationGraph.from([undated, dated]).toJSON())).toBe(JSON.stringify(g.toJSON()));
    expect(g.toGraphML()).toContain("undated-candidate");
    expect(g.toGEXF()).toContain("undated-candidate");
  });

  it("says a law named without its year was taken for the one law of that name", () => {
    const g = CitationGraph.from([analyze("Căn cứ Luật Đất đai số 13/2003/QH11;\n", { path: "a.txt" }), analyze("Căn cứ Luật Đất đai;\n", { path: "b.txt" })]);
    expect(g.warnings.filter((w) => w.code === "undated-merged").map((w) => w.message)).toEqual([
      "law:dat-dai@? taken for 13/2003/QH11, the one dated document of that name the graph knows",
    ]);
  });
});

describe("a Party term's congress months", () => {
  const termXII = analyze("Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII về sắp xếp tổ chức bộ máy.", { path: "t.txt" });

  it("keep apart a mention of a term from the one dated document of its number issued in a congress's month", () => {
    const january2021 = analyze("Căn cứ Nghị quyết số 18-NQ/TW ngày 20/01/2021 của Bộ Chính trị.", { path: "j.txt" });
    const g = CitationGraph.from([january2021, termXII]);
    expect(g.hasDocument("18-NQ/TW@2016-2021")).toBe(true);
    expect(g.warnings.filter((w) => w.code === "ambiguous-mention").map((w) => w.message)).toEqual([
      "18-NQ/TW@2016-2021 names its term but no date, and 18-NQ/TW@2021 was issued as the term began or ended: kept apart",
    ]);
  });

  it("count a document of the next term's first months out of it", () => {
    const june2022 = analyze("Căn cứ Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.", { path: "k.txt" });
    const october2017 = analyze("Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.", { path: "o.txt" });
    const g = CitationGraph.from([june2022, october2017, termXII]);
    expect(g.hasDocument("18-NQ/TW@2016-2021")).toBe(false);
    expect(g.citedBy("18-NQ/TW@2017").map((h) => h.id)).toEqual(["file:o.txt", "file:t.txt"]);
  });
});
