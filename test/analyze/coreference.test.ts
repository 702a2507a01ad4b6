import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import type { AnalyzedCitation } from "../../src/types.js";
import { dateTitleNamesFromPreamble } from "../../src/analyze/coreference.js";
import { cpuRatio } from "../helpers/linear.js";

const ids = (text: string) => [...new Set(analyze(text).citations.filter((c) => c.role !== "self").map((c) => c.id))];

describe("analyze: a dated mention with no issuer phrase, after the same document cited with its issuer", () => {
  const letter = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSố: 812/UBND-VX\nSóc Trăng, ngày 9 tháng 5 năm 2016\nV/v phối hợp tổ chức lễ hội\nKính gửi: Sở Văn hóa, Thể thao và Du lịch.\n${body}\n`;
  const plan = (body: string) =>
    `ỦY BAN NHÂN DÂN\nHUYỆN MỸ TÚ\nSố: 37/KH-UBND\nMỹ Tú, ngày 2 tháng 6 năm 2016\nKẾ HOẠCH\nTuyên truyền phòng, chống thiên tai\n${body}\n`;

  it("is the other province's letter it forwards, not one of its own province", () => {
    const text = letter(
      "Ủy ban nhân dân tỉnh nhận được Công văn số 455/UBND-VHXH ngày 28 tháng 4 năm 2016 của UBND tỉnh Bạc Liêu về phối hợp tổ chức lễ hội, Chủ tịch UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện./.\n(Gửi kèm Công văn số 455/UBND-VHXH ngày 28/4/2016)",
    );
    expect(ids(text)).toEqual(["455/UBND-VHXH@2016~bac-lieu"]);
    expect(analyze(text).citations.at(-1)!.jurisdiction).toMatchObject({ level: "province", province: "Bạc Liêu" });
  });

  it("is the province's plan a district's plan restates, not one of the district's", () => {
    const text = plan(
      "Thực hiện Kế hoạch số 58/KH-UBND ngày 20/5/2016 của UBND tỉnh Sóc Trăng về phòng, chống thiên tai năm 2016, UBND huyện ban hành Kế hoạch như sau:\n1. Các xã, thị trấn tổ chức thực hiện các nội dung tại Kế hoạch số 58/KH-UBND ngày 20/5/2016.",
    );
    expect(ids(text)).toEqual(["58/KH-UBND@2016~soc-trang"]);
  });

  it("stays apart with another date, with two documents of that number and date, or with an issuer phrase of its own", () => {
    const otherDate = plan("Thực hiện Kế hoạch số 58/KH-UBND ngày 20/5/2016 của UBND tỉnh Sóc Trăng;\n1. Triển khai Kế hoạch số 58/KH-UBND ngày 25/5/2016.");
    expect(ids(otherDate)).toEqual(["58/KH-UBND@2016~soc-trang", "58/KH-UBND@2016~?/huyen-my-tu"]);
    const two = letter(
      "Thực hiện Công văn số 455/UBND-VHXH ngày 28/4/2016 của UBND tỉnh Bạc Liêu và Công văn số 455/UBND-VHXH ngày 28/4/2016 của UBND tỉnh Hậu Giang;\n(Gửi kèm Công văn số 455/UBND-VHXH ngày 28/4/2016)",
    );
    expect(ids(two)).toEqual(["455/UBND-VHXH@2016~bac-lieu", "455/UBND-VHXH@2016~hau-giang", "455/UBND-VHXH@2016~soc-trang"]);
    const own = plan("Thực hiện Kế hoạch số 58/KH-UBND ngày 20/5/2016 của UBND tỉnh Sóc Trăng;\n1. Triển khai Kế hoạch số 58/KH-UBND ngày 20/5/2016 của UBND huyện.");
    expect(ids(own)).toEqual(["58/KH-UBND@2016~soc-trang", "58/KH-UBND@2016~?/huyen-my-tu"]);
  });
});

describe("analyze: a body's two documents of consecutive numbers cited as a pair before the date they share", () => {
  const ids = (t: string) => analyze(t).citations.map((c) => [c.id, c.date]);

  it("dates the first with the pair's date (fresh Party and National Assembly texts)", () => {
    expect(ids("Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị;")).toEqual([
      ["217-QĐ/TW@2013", "2013-12-12"],
      ["218-QĐ/TW@2013", "2013-12-12"],
    ]);
    expect(ids("Xét đề nghị của Chính phủ tại Tờ trình số 361/TTr-CP và Đề án số 362/ĐA-CP ngày 09 tháng 5 năm 2025,")).toEqual([
      ["361/TTr-CP@2025", "2025-05-09"],
      ["362/ĐA-CP@2025", "2025-05-09"],
    ]);
  });

  it("dates each of a run of consecutive numbers before the date", () => {
    expect(ids("Căn cứ Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW và Quyết định số 219-QĐ/TW ngày 12/12/2013 của Bộ Chính trị;").map((x) => x[0])).toEqual([
      "217-QĐ/TW@2013",
      "218-QĐ/TW@2013",
      "219-QĐ/TW@2013",
    ]);
  });

  it("leaves the first undated where the numbers are not consecutive, the bodies differ, or words stand between", () => {
    expect(ids("Căn cứ Quyết định số 12/QĐ-UBND và Quyết định số 14/QĐ-UBND ngày 5/3/2020 của UBND tỉnh;").map((x) => x[1])).toEqual([null, "2020-03-05"]);
    expect(ids("Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TU ngày 12/12/2013;").map((x) => x[1])).toEqual([null, "2013-12-12"]);
    // A comma lists: the date after the second is its own ("thay thế Kế hoạch số 08/KH-UBND, 09/KH-UBND ngày 10/9/2011, 06/KH-UBND …").
    expect(ids("thay thế Kế hoạch số 08/KH-UBND, 09/KH-UBND ngày 10/9/2011 của UBND tỉnh;").map((x) => x[1])).toEqual([null, "2011-09-10"]);
    expect(ids("Căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị và Quyết định số 218-QĐ/TW ngày 12/12/2013;").map((x) => x[1])).toEqual([null, "2013-12-12"]);
  });
});

describe("analyze: a decree dated by the narrative before it (dateFromNarrativeBefore, decree-year.ts)", () => {
  // fresh37a-010: "Ngày 17/4/2023, Chính phủ ban hành Nghị định số 13/NĐ-CP về bảo vệ dữ liệu cá nhân (sau đây gọi
  // tắt là Nghị định số 13/2023/NĐ-CP)": the date before the kind word numbers the decree with its year as the date after it does.
  it("is the decree numbered with that date's year, a circular too; a plan keeps its yearly number", () => {
    const plan = (body: string) => `ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\nSố: 150/KH-UBND\nBà Rịa - Vũng Tàu, ngày 10 tháng 7 năm 2023\nKẾ HOẠCH\nTriển khai thi hành\n${body}\n`;
    const a = analyze(plan("Ngày 17/4/2023, Chính phủ ban hành Nghị định số 13/NĐ-CP về bảo vệ dữ liệu cá nhân."));
    const decree = a.citations.find((c) => c.number === "13")!;
    expect([decree.id, decree.year, decree.date]).toEqual(["13/2023/NĐ-CP", 2023, "2023-04-17"]);
    expect(decree.warnings.map((w) => w.code)).toContain("year-missing");
    expect(ids(plan("Ngày 06/6/2022, Bộ Giáo dục và Đào tạo ban hành Thông tư số 08/TT-BGDĐT về quy chế tuyển sinh."))).toContain("08/2022/TT-BGDĐT");
    expect(ids(plan("Ngày 15/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số."))).toContain("45/KH-UBND@2022~ba-ria-vung-tau");
  });
});

describe("analyze: a law named in the title by name alone, dated by the preamble under it (dateTitleNamesFromPreamble)", () => {
  // pairs58-005 (a site's page of decree 30-HĐBT, its header line "Luật Đất đai 1989"), fresh58g-003 (a judges'
  // council resolution whose transition article names the code of 2005 too): the whole text dates the name twice.
  const decree = (preamble: string, body: string) =>
    `Nghị định về việc thi hành Luật Đất đai 1989\n\nHỘI ĐỒNG BỘ TRƯỞNG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 30-HĐBT\nHà Nội, ngày 23 tháng 3 năm 1989\nNGHỊ ĐỊNH\nVỀ VIỆC THI HÀNH LUẬT ĐẤT ĐAI\nHỘI ĐỒNG BỘ TRƯỞNG\n${preamble}\nNGHỊ ĐỊNH:\n${body}\n`;
  const titleId = (text: string) => analyze(text).citations.find((c) => c.raw === "LUẬT ĐẤT ĐAI")?.id;

  it("is the law of the preamble's date, the text naming the name with another year elsewhere", () => {
    const text = decree("Căn cứ Luật tổ chức Hội đồng Bộ trưởng ngày 4/7/1981;\nCăn cứ Luật đất đai ngày 8/1/1988;", "Điều 1. Nghị định này quy định cụ thể việc thi hành Luật đất đai.");
    expect(titleId(text)).toBe("law:dat-dai@1988");
    const guides = analyze(text).citations.filter((c) => c.role === "guides").map((c) => c.id);
    expect(guides).toEqual(["law:dat-dai@1988"]);
  });

  it("is the numbered law the preamble names with its name before the number", () => {
    const text = decree("Căn cứ Luật đất đai số 3-LCT/HĐNN8 ngày 8/1/1988;", "Điều 1. Nghị định này quy định cụ thể việc thi hành Luật đất đai.");
    expect(titleId(text)).toBe("03-LCT/HĐNN8@1988");
  });

  it("stays unknown where the preamble dates the name twice, or does not name it", () => {
    const twice = decree("Căn cứ Luật đất đai ngày 29/12/1987;\nCăn cứ Luật đất đai ngày 8/1/1988;", "Điều 1. Nghị định này quy định cụ thể việc thi hành Luật đất đai năm 1993.");
    expect(titleId(twice)).toBe("law:dat-dai@?");
    const none = decree("Căn cứ Luật tổ chức Hội đồng Bộ trưởng ngày 4/7/1981;", "Điều 1. Nghị định này thi hành Luật đất đai năm 1988 và Luật đất đai năm 1993.");
    expect(titleId(none)).toBe("law:dat-dai@?");
  });
});

describe("dateTitleNamesFromPreamble reads the preamble once, not once per title mention (session 59's audit)", () => {
  // n named mentions in the title, n dated ones in the preamble: before, each title mention read every citation again.
  const run = (n: number) => () => {
    const title = Array.from({ length: n }, () => ({ form: "named", id: "law:dat-dai@?" }));
    const preamble = Array.from({ length: n }, () => ({ form: "named", id: "law:dat-dai@1988" }));
    const citations = [...title, ...preamble] as unknown as AnalyzedCitation[];
    const spans = citations.map((_, i) => ({ start: i }));
    dateTitleNamesFromPreamble(citations, spans, [{ type: "title", start: 0, end: n }, { type: "preamble", start: n, end: 2 * n }]);
    return citations;
  };

  it("dates every title mention as before", () => {
    expect(run(3)().map((c) => c.id)).toEqual(["law:dat-dai@1988", "law:dat-dai@1988", "law:dat-dai@1988", "law:dat-dai@1988", "law:dat-dai@1988", "law:dat-dai@1988"]);
  });

  it("in time linear in the citations", () => {
    // Size ratio 4: linear stays near 4, quadratic near 16. Sizes large enough that a run takes milliseconds, not the
    // tenths of one a process's CPU clock and a collection make noise of (2,000 citations gave 9.3 once).
    expect(cpuRatio((t) => run(t.length)(), "x".repeat(40_000), "x".repeat(10_000), 7, 9)).toBeLessThan(9);
  });
});

describe("analyze: a local body's dated document named with its place and again without, in a text of no place (takePlacelessDatedMentionsToTheirPlacedOne)", () => {
  // A district's news page and a ministry's answer (fresh54d-009, fresh30b-002): the text itself has no place.
  const page = (body: string) => `Ra quân bảo vệ môi trường\n\n${body}\n`;
  const named = "Thực hiện Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh về cuộc vận động.";

  it("is the document named with its place: same number, ký hiệu, day and body", () => {
    const text = page(`${named} Theo Kế hoạch tiếp tục đẩy mạnh thực hiện Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy.`);
    expect(ids(text)).toEqual(["19-CT/TU@2018~ho-chi-minh"]);
    expect(analyze(text).citations.at(-1)!.jurisdiction).toMatchObject({ province: "Hồ Chí Minh" });
  });

  it("stays without a place with another day, another body, or two places' documents of that number and day", () => {
    const otherDay = page(`${named} Theo Kế hoạch thực hiện Chỉ thị số 19-CT/TU ngày 20/10/2018 của Ban Thường vụ Thành ủy.`);
    expect(ids(otherDay)).toEqual(["19-CT/TU@2018~ho-chi-minh", "19-CT/TU@2018"]);
    const otherBody = page(`${named} Theo Kế hoạch thực hiện Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Huyện ủy.`);
    expect(ids(otherBody)).toEqual(["19-CT/TU@2018~ho-chi-minh", "19-CT/TU@2018~?/?"]);
    const two = page(
      "Thực hiện Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh và Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Tỉnh ủy Đồng Nai. Theo Kế hoạch thực hiện Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy.",
    );
    expect(ids(two)).toEqual(["19-CT/TU@2018~ho-chi-minh", "19-CT/TU@2018~dong-nai", "19-CT/TU@2018"]);
  });
});

describe("analyze: one people's committee's document written with its older code UB and with UBND, one day (oneCommitteeUnderTwoCodes)", () => {
  const decision = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 20/2010/QĐ-UBND\nQuảng Bình, ngày 5 tháng 4 năm 2010\nQUYẾT ĐỊNH\nVề việc bãi bỏ quy định thu phí\n${body}\n`;

  it("is one document, under the id the text writes first (dev-054)", () => {
    const text = decision(
      "Điều 2. Bãi bỏ Quyết định số 1057/QĐ-UB ngày 27 tháng 3 năm 2004 của Uỷ ban nhân dân tỉnh về thu phí.\nĐiều 3. Quyết định này thay thế Quyết định số 1057/QĐ-UBND ngày 27 tháng 3 năm 2004 của Uỷ ban nhân dân tỉnh.",
    );
    expect(ids(text)).toEqual(["1057/QĐ-UB@2004~quang-binh"]);
  });

  it("stays two with another day, or where the codes differ otherwise", () => {
    const otherDay = decision(
      "Điều 2. Bãi bỏ Quyết định số 1057/QĐ-UB ngày 27 tháng 3 năm 2004 của Uỷ ban nhân dân tỉnh.\nĐiều 3. Bãi bỏ Quyết định số 1057/QĐ-UBND ngày 27 tháng 3 năm 2005 của Uỷ ban nhân dân tỉnh.",
    );
    expect(ids(otherDay)).toEqual(["1057/QĐ-UB@2004~quang-binh", "1057/QĐ-UBND@2005~quang-binh"]);
    const chair = decision(
      "Điều 2. Bãi bỏ Quyết định số 1057/QĐ-UB ngày 27 tháng 3 năm 2004 của Uỷ ban nhân dân tỉnh và Quyết định số 1057/QĐ-CT ngày 27 tháng 3 năm 2004 của Chủ tịch Uỷ ban nhân dân tỉnh.",
    );
    expect(ids(chair)).toEqual(["1057/QĐ-UB@2004~quang-binh", "1057/QĐ-CT@2004~quang-binh"]);
  });
});

// fixtures/identity/README.md, session 62 (identity62b): a central Party number cited with its term.
describe("termUndatedPartyMentions", () => {
  const ids = (text: string) => analyze(text).citations.map((c) => c.id);

  it("gives an undated central Party mention the years of the term written after it, and the text's other mentions of it", () => {
    expect(ids("Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII về sắp xếp tổ chức bộ máy. Kết quả thực hiện Nghị quyết số 18-NQ/TW được sơ kết.")).toEqual(["18-NQ/TW@2016-2021", "18-NQ/TW@2016-2021"]);
    expect(ids("Chỉ thị 03-CT/TW của Bộ Chính trị (khóa XI) về học tập.")).toEqual(["03-CT/TW@2011-2016"]);
  });

  it("leaves a dated mention, a provincial number, another document's term and two terms as they were", () => {
    expect(ids("Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII.")).toEqual(["18-NQ/TW@2017"]);
    expect(ids("Nghị quyết số 05-NQ/TU của Tỉnh ủy khóa XIX về du lịch.")).toEqual(["05-NQ/TU@?"]);
    expect(ids("Nghị quyết số 18-NQ/TW và Kết luận số 79-KL/TW của Bộ Chính trị (khóa XIII).")[0]).toBe("18-NQ/TW@?");
    expect(ids("Nghị quyết số 18-NQ/TW của Bộ Chính trị khóa XII; Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XIII.")).toEqual(["18-NQ/TW@?", "18-NQ/TW@?"]);
  });
});
