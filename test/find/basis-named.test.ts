import { describe, expect, it } from "vitest";
import { findBasisNamed } from "../../src/find/basis-named.js";
import { analyze } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";

/** The mentions' names and years; `numbered` the words where a numbered citation starts. */
const read = (text: string, numbered: string[] = []) =>
  findBasisNamed(
    text,
    numbered.map((w) => text.indexOf(w)),
  ).map((m) => [m.kind, m.name, m.year]);

describe("a document other than a law named at a Căn cứ item's head", () => {
  it("reads the Party's charter and working rules, each item's head (fresh29a-007, -027)", () => {
    const text =
      "BỘ CHÍNH TRỊ\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoá XIII;\n- Xét Tờ trình của Bộ Chính trị,";
    expect(read(text)).toEqual([
      ["charter", "Điều lệ Đảng", null],
      ["rules", "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoá XIII", null],
    ]);
  });

  it("ends the name at its date, taking the year (seg33b-014), and at what it went through (fresh30f-011)", () => {
    expect(read("Căn cứ Quy chế hoạt động của Hội đồng nhân dân ngày 02 tháng 4 năm 2005 ; \nCăn cứ Nghị định")).toEqual([
      ["rules", "Quy chế hoạt động của Hội đồng nhân dân", 2005],
    ]);
    expect(read("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam đã được Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX thông qua ngày 19/9/2019;")).toEqual([
      ["charter", "Điều lệ Mặt trận Tổ quốc Việt Nam", null],
    ]);
  });

  it("takes the year of the date of issue after the name's issuer (fresh63g-003, pairs64-002), not of a charter's adoption", () => {
    expect(read("Căn cứ Luật tổ chức HĐND và UBND ngày 26/11/2003;\n\nCăn cứ Quy chế hoạt động của UBND do UBTVQH ban hành ngày 02/4/2005;\n\nXét Tờ trình")).toEqual([
      ["rules", "Quy chế hoạt động của UBND", 2005],
    ]);
    expect(read("Căn cứ Quy chế hoạt động của Hội đồng nhân dân các cấp đã được Uỷ ban thường vụ Quốc hội ban hành ngày 25 tháng 6 năm 1996;\nCăn cứ")).toEqual([
      ["rules", "Quy chế hoạt động của Hội đồng nhân dân các cấp", 1996],
    ]);
    // The issuer's clause must reach its "ban hành" unbroken: a comma ends it, and the year is not guessed.
    expect(read("Căn cứ Quy chế hoạt động của UBND do UBTVQH, Chính phủ hướng dẫn, ban hành ngày 02/4/2005;\nCăn cứ")).toEqual([
      ["rules", "Quy chế hoạt động của UBND", null],
    ]);
  });

  it("ends a charter's name before the term of the congress that adopted it, not a Quy chế's (fresh51c-002)", () => {
    expect(read("Căn cứ Điều lệ Công đoàn Việt Nam khóa X;\nCăn cứ Hướng dẫn số 703/HD-TLĐ", ["Hướng dẫn số"])).toEqual([["charter", "Điều lệ Công đoàn Việt Nam", null]]);
    expect(read("- Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam khoá VIII;\n- Căn cứ")).toEqual([["charter", "Điều lệ Mặt trận Tổ quốc Việt Nam", null]]);
    expect(read("- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương khóa XII;\n- Căn cứ")).toEqual([["rules", "Quy chế làm việc của Ban Chấp hành Trung ương khóa XII", null]]);
  });

  it("ends the name before a numbered document the item joins to it (fresh29a-005, fresh30f-002)", () => {
    const text = "Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương;";
    expect(read(text, ["Quy định số"])).toEqual([["charter", "Điều lệ Đảng", null]]);
  });

  it("reads a congress's resolution, its term in its name and no year (fresh30o-007, fresh29d-009)", () => {
    expect(read("Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XV, nhiệm kỳ 2010-2015;\nCăn cứ")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XV, nhiệm kỳ 2010-2015", null],
    ]);
    expect(read("- Căn cứ Nghị quyết Đại hội Đảng bộ xã Nhân Khang nhiệm kỳ 2015-2020\n- Căn cứ nghị quyết số 21 –NQ/BCH", ["nghị quyết số"])).toEqual([
      ["resolution", "Nghị quyết Đại hội Đảng bộ xã Nhân Khang nhiệm kỳ 2015-2020", null],
    ]);
  });

  it("reads the charter and the cell congress's resolution written in small letters (fresh51c-001, -009)", () => {
    expect(read("Căn cứ điều lệ Đảng cộng sản Việt Nam;\n\nCăn cứ quy định số 50/QĐ-TW ngày 19 tháng 11 năm 1992;\n\nCăn cứ vào nghị quyết đại hội chi bộ nhiệm kỳ 2017-2020;\n", ["quy định số"])).toEqual([
      ["charter", "điều lệ Đảng cộng sản Việt Nam", null],
      ["resolution", "nghị quyết đại hội chi bộ nhiệm kỳ 2017-2020", null],
    ]);
    // Not other small kind words: "đề án", "quy chế" at an item's head stay unread (fresh29o-006, fresh45a-018).
    expect(read("Căn cứ đề án của Ủy ban nhân dân huyện;\nCăn cứ quy chế hoạt động của Hội đồng;")).toEqual([]);
  });

  it("reads an item over a line break (fresh29a-025)", () => {
    expect(read("- Căn cứ Quy chế làm việc của Ban\nChấp hành Trung ương khóa XII;\n- Căn cứ")).toEqual([
      ["rules", "Quy chế làm việc của Ban Chấp hành Trung ương khóa XII", null],
    ]);
  });

  it("reads the cue with a run of blanks between its words, and after a line break other than \\n (dev-049 so written)", () => {
    const want = [["scheme", "Đề án phát triển ngành điện", null]];
    for (const gap of ["  ", "\t", "\t "]) expect(read(`QUYẾT ĐỊNH\nCăn${gap}cứ Đề án phát triển ngành điện;\n`)).toEqual(want);
    for (const brk of ["\u2028", "\u2029", "\u000b", "\u0085"]) expect(read(`QUYẾT ĐỊNH${brk}Căn cứ Đề án phát triển ngành điện;${brk}`)).toEqual(want);
    // Not mid-sentence, whatever the blanks.
    expect(read("Kế hoạch này Căn\tcứ Đề án phát triển ngành điện;")).toEqual([]);
  });

  it("reads no name where a number carries the document, the citing document's own, or prose", () => {
    // fresh29j-003: the rules issued with a numbered decision are that decision's (dev gold convention).
    const carried = "- Căn cứ Quy chế hoạt động của Ban Chấp hành Trung ương Đoàn khoá X ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013;";
    expect(read(carried, ["Quyết định số"])).toEqual([]);
    expect(read("Căn cứ Quy chế này, các đơn vị xây dựng kế hoạch.")).toEqual([]);
    expect(read("Các đơn vị thực hiện theo Quy chế làm việc của Ban Chấp hành;")).toEqual([]);
    expect(read("Căn cứ Quyết định số 12/QĐ-UBND;")).toEqual([]);
  });

  it("reads a scheme whose submission's number stands in a bracket after its name (dev-049, seg33b-003)", () => {
    // The name ends at the bracket; the submission is a document of its own (the role reader makes it a basis too).
    const bracket = "Căn cứ Đề án thành lập các Tổng công ty điện lực hoạt động theo mô hình công ty mẹ - công ty con ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 của Tập đoàn Điện lực Việt Nam ) ;";
    expect(read(bracket, ["Tờ trình số"])).toEqual([["scheme", "Đề án thành lập các Tổng công ty điện lực hoạt động theo mô hình công ty mẹ - công ty con", null]]);
    // A number the name runs into, not bracketed, still carries the document (fresh29j-003's drafting).
    expect(read("Căn cứ Đề án thành lập các Tổng công ty điện lực ban hành kèm theo Quyết định số 84/QĐ-BCT;", ["Quyết định số"])).toEqual([]);
  });

  it("is the document's basis, named without a number", () => {
    const text = "QUY ĐỊNH\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;\nỦy ban Kiểm tra Trung ương quy định như sau:\n";
    const named = analyze(text).citations.filter((c) => c.form === "named");
    expect(named.map((c) => [c.kind, c.name, c.role, c.id])).toEqual([
      ["charter", "Điều lệ Đảng", "based_on", "charter:dieu-le-dang@?"],
      ["rules", "Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII", "based_on", "rules:quy-che-lam-viec-uy-ban-kiem-tra-trung-uong-khoa-xii@?"],
    ]);
  });
});

describe("a Căn cứ item typed in capitals or lower-cased whole (dev-049 under the eval's rewrites)", () => {
  const item = "Căn cứ Đề án thành lập các Tổng công ty điện lực ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 ) ;";
  const names = (text: string) => findBasisNamed(text, [text.search(/tờ trình/iu)]).map((m) => [m.kind, m.name, m.year]);
  it("reads the kind word in the cue's case: in capitals", () => {
    expect(names(item.toUpperCase())).toEqual([["scheme", "ĐỀ ÁN THÀNH LẬP CÁC TỔNG CÔNG TY ĐIỆN LỰC", null]]);
    expect(names(`QUYẾT ĐỊNH\nCĂN CỨ VÀO ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM;\n`)).toEqual([["charter", "ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM", null]]);
    // The date after the name, in capitals too, dates it.
    expect(names("CĂN CỨ QUY CHẾ LÀM VIỆC CỦA ỦY BAN NGÀY 02 THÁNG 4 NĂM 2005;")).toEqual([["rules", "QUY CHẾ LÀM VIỆC CỦA ỦY BAN", 2005]]);
  });
  it("reads it in small letters where the item opens its line", () => {
    expect(names(item.toLowerCase())).toEqual([["scheme", "đề án thành lập các tổng công ty điện lực", null]]);
    expect(names(`quyết định\n- căn cứ quy chế làm việc của ủy ban kiểm tra trung ương khóa xii;\n`)).toEqual([["rules", "quy chế làm việc của ủy ban kiểm tra trung ương khóa xii", null]]);
  });
  it("reads no kind word whose case is not the cue's, nor a small cue going on a sentence (seg34-018)", () => {
    expect(names("CĂN CỨ đề án thành lập các tổng công ty;")).toEqual([]);
    expect(names("căn cứ ĐỀ ÁN THÀNH LẬP;")).toEqual([]);
    expect(names("Căn cứ đề án của Ủy ban nhân dân tỉnh;")).toEqual([]);
    expect(names("Thủ trưởng cơ quan chủ trì đón đoàn căn cứ mức chi tối đa quy định tại Thông tư này ; căn cứ đề án đón đoàn ( thành phần đoàn ) ;")).toEqual([]);
  });
  it("reads many such items in time linear in their number", () => {
    for (const items of [`${item}\n`.toUpperCase(), `${item}\n`.toLowerCase()]) {
      const [large, small] = [items.repeat(20_000), items.repeat(5_000)];
      const starts = (t: string) => [...t.matchAll(/tờ trình/giu)].map((m) => m.index);
      const [l, s] = [starts(large), starts(small)];
      expect(cpuRatio((t) => findBasisNamed(t, t === large ? l : s), large, small, 3, 9)).toBeLessThan(9);
    }
  }, 60_000);
});

describe("a document named by name alone heading a later member of a Căn cứ list, after ';' on the cue's line", () => {
  it("reads each such member as an item's head is (fresh29a-006, fresh39c-005)", () => {
    expect(read("- Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;\n- Căn cứ Điều lệ Đảng; Nghị quyết Đại hội X của Đảng;\n- Căn cứ")).toEqual([
      ["charter", "Điều lệ Đảng", null],
      ["resolution", "Nghị quyết Đại hội X của Đảng", null],
    ]);
    const list =
      "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; Luật Thi đua, khen thưởng năm 2022; Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá I, nhiệm kỳ 2025 - 2030; Quy định số 09-QĐ/TU, ngày 13/11/2025 của Ban Chấp hành Đảng bộ ủy về phân cấp quản lý cán bộ; Ban Thường vụ Tỉnh ủy ban hành Quy định.";
    expect(read(list, ["Quy định số 294", "Quy định số 09"])).toEqual([
      ["charter", "Điều lệ Đảng Cộng sản Việt Nam", null],
      ["rules", "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khoá I, nhiệm kỳ 2025 - 2030", null],
    ]);
    const named = analyze(list).citations.filter((c) => c.form === "named" && c.kind === "rules");
    expect(named.map((c) => [c.id, c.role])).toEqual([["rules:quy-che-lam-viec-ban-chap-hanh-dang-bo-tinh-khoa-i-nhiem-ky-2025-2030@?", "based_on"]]);
  });

  it("reads no member past the cue's line or sentence, nor one a number carries, nor a list without the cue", () => {
    expect(read("Căn cứ Điều lệ Đảng;\nQuy chế làm việc của Ban Chấp hành được thông qua;")).toEqual([["charter", "Điều lệ Đảng", null]]);
    expect(read("Căn cứ Quyết định số 12/QĐ-UBND. Các đơn vị thực hiện; Quy chế làm việc của Ban Chấp hành;", ["Quyết định số"])).toEqual([]);
    expect(read("Căn cứ Quyết định số 12/QĐ-UBND; Quy chế hoạt động ban hành kèm theo Quyết định số 84/QĐ-UBND;", ["Quyết định số 12", "Quyết định số 84"])).toEqual([]);
    expect(read("Các đơn vị thực hiện Kế hoạch; Quy chế làm việc của Ban Chấp hành;")).toEqual([]);
  });
});

describe("a congress's resolution carried out: 'Thực hiện' opening a line or an item", () => {
  it("reads it, its name ending at the item or after the term (fresh29e-031, party32-015), or at its line's end in a title (fresh30f-013)", () => {
    expect(read("KẾ HOẠCH\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030; Chương trình hành động số 02-CTr/TU ngày 28 tháng 10 năm 2025", ["số 02"])).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030", null],
    ]);
    expect(read("—–\n\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về lãnh đạo xây dựng, phát triển thị xã Sông Cầu như sau:")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025", null],
    ]);
    expect(read("CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\n\nthực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n\n————\n")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", null],
    ]);
  });

  it("ends a title's name at the rule drawn under it, as at a blank line (fresh30f-013 read single-spaced, fresh61c-009, fresh64c-007)", () => {
    const name = [["resolution", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", null]];
    for (const rule of ["————", "______", "======", "  ———— "]) {
      expect(read(`CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\nthực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n${rule}\nBan Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành Chương trình hành động thực hiện Nghị quyết Đại hội`)).toEqual(name);
    }
    // A line that holds words after its rule, or two marks only, is no rule: the item goes on to its ";".
    expect(read("Căn cứ Quy chế làm việc của Ban Chấp hành\n—— Trung ương khóa XIII;\n")).toEqual([["rules", "Quy chế làm việc của Ban Chấp hành —— Trung ương khóa XIII", null]]);
  });

  it("ends the name before another resolution listed after it (fresh30r-001, seg34-013); reads none mid-sentence", () => {
    expect(read("Thực hiện Nghị quyết Đại hội tỉnh Đảng bộ lần thứ VIII , Nghị quyết Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội 5 năm 2006-2010 , trong thời gian qua")).toEqual([
      ["resolution", "Nghị quyết Đại hội tỉnh Đảng bộ lần thứ VIII", null],
    ]);
    expect(read("Thực hiện Nghị quyết Đại hội đại biểu lần thứ XV Đảng bộ Thành phố và Nghị quyết HĐND Thành phố Hà Nội về kế hoạch")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu lần thứ XV Đảng bộ Thành phố", null],
    ]);
    expect(read("Ban Chấp hành ban hành Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, cụ thể như sau:")).toEqual([]);
  });

  it("ends a congress's resolution's name before a plan or programme listed after it with và (fresh62a-007, fresh47b-007)", () => {
    expect(read("Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XVIII và kế hoạch phát triển kinh tế - xã hội 5 năm (2011-2015);\n\nCăn cứ")).toEqual([
      ["resolution", "Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XVIII", null],
    ]);
    expect(read("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI và Chương trình hành động của Tỉnh ủy, UBND tỉnh ban hành")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", null],
    ]);
    // A scheme's name keeps the words: the end is the congress's alone.
    expect(read("Căn cứ Đề án phát triển du lịch và kế hoạch xúc tiến đầu tư của tỉnh;\nCăn cứ")).toEqual([
      ["scheme", "Đề án phát triển du lịch và kế hoạch xúc tiến đầu tư của tỉnh", null],
    ]);
  });

  it("ends the name at a comma after its congress, not before its term (fresh55g-003; the term kept: fresh29e-031)", () => {
    const text =
      "của tỉnh trong giai đoạn 2021 - 2025.\n        Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ nhất, với định hướng tăng\ncường chỉ đạo đối với các cấp, các ngành, các địa phương, các đơn vị, doanh nghiệp\nvà các cá nhân về trách nhiệm trong công tác quản lý, khai thác, sử dụng hợp lý các\nnguồn tài nguyên cho phát triển kinh tế - xã hội nhưng vẫn đảm bảo bền vững, gắn\n";
    expect(read(text)).toEqual([["resolution", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ nhất", null]]);
    const end = findBasisNamed(text, [])[0].end;
    expect(text.slice(end - 8, end)).toBe("thứ nhất");
    expect(read("- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XV, nhiệm kỳ 2010-2015;\n")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XV, nhiệm kỳ 2010-2015", null],
    ]);
    // Small letters, a Party cell's copy of the model: the same end.
    expect(read("Căn cứ vào nghị quyết đại hội chi bộ lần thứ hai, trên cơ sở tình hình thực tế của chi bộ;\n")).toEqual([["resolution", "nghị quyết đại hội chi bộ lần thứ hai", null]]);
  });

  it("reads it after a programme's title opening its line (fresh39c-002), as on the title's second line (fresh30f-013); not after a title in a sentence", () => {
    expect(read("Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030\nTư liệu\n")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030", null],
    ]);
    // plans32-013: a decision's description names the programme; pairs45-002: a news headline.
    expect(read("Quyết định số 4603/QĐ-UBND ngày 26/11/2015 của UBND tỉnh\nvề việc ban hành Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu\nĐảng bộ tỉnh Hà Tĩnh lần thứ XVIII", ["Quyết định số"])).toEqual([]);
    expect(read("Xây dựng Chương trình hành động thực hiện Nghị quyết Đại hội lần thứ XII của Đảng\n\nNgày 3-2, Văn phòng Chính phủ")).toEqual([]);
    // As a heading after an empty line (fresh39c-002's second title); a wrapped sentence's line is none.
    expect(read("Tư liệu\n\nChương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030\n")).toHaveLength(1);
    expect(read("Ban Chấp hành Đảng bộ tỉnh ban hành\nChương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030\n")).toEqual([]);
  });

  it("reads it after the document's article issuing the programme, its owner between or not (fresh65a-002, fresh61a-005); not after another decision's", () => {
    expect(read("Điều 1. Ban hành kèm theo Quyết định này là Chương trình hành động của\nUBND tỉnh thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, giai\nđoạn 2021-2025.\nĐiều 2.")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI", null],
    ]);
    expect(read("Điều 1. Ban hành kèm theo Quyết định này Chương trình\nhành động của Ủy ban Dân tộc thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần\nthứ XIII của Đảng Cộng sản Việt Nam.\nĐiều 2.")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng Cộng sản Việt Nam", null],
    ]);
    expect(read("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030.\n")).toHaveLength(1);
    // A CRLF copy's CR reaches the finder as U+2060 (what prints nothing): the owner's words read across it, as with "\n".
    expect(read("Điều 1. Ban hành kèm theo Quyết định này là Chương trình hành động của\u2060\nUBND tỉnh thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, giai\u2060\nđoạn 2021-2025.")).toEqual([
      ["resolution", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI", null],
    ]);
    // Another document's programme ("kèm theo Quyết định số …"), and a sentence telling of one, name none.
    expect(read("Triển khai Chương trình hành động ban hành kèm theo Quyết định số 4603/QĐ-UBND thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII.", ["Quyết định số"])).toEqual([]);
    expect(read("Năm 2022, UBND tỉnh đã ban hành kèm theo Quyết định này là một bản tổng hợp và tổ chức thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI.")).toEqual([]);
  });

  it("reads a resolution named by the body or session that passed it, its subject in its name (CONVENTIONS §9)", () => {
    // fresh29k-003: the date after the subject ends the name and gives the year.
    expect(read("Căn cứ Nghị quyết của Quốc hội về một số cơ chế, chính sách đặc thù, vượt trội để thực hiện đột\nphá phát triển giáo dục và đào tạo ngày 10 tháng 12 năm 2025;\nCăn cứ Nghị định số 1")).toEqual([
      ["resolution", "Nghị quyết của Quốc hội về một số cơ chế, chính sách đặc thù, vượt trội để thực hiện đột phá phát triển giáo dục và đào tạo", 2025],
    ]);
    // seg33b-009: "năm 2010" is the subject's, kept; the year is not guessed from it.
    expect(read("Căn cứ Nghị quyết kỳ họp thứ 14 - HĐND tỉnh khoá XIV về giá các loại đất trên địa bàn tỉnh Hưng Yên năm 2010 ; \nXét đề nghị")).toEqual([
      ["resolution", "Nghị quyết kỳ họp thứ 14 - HĐND tỉnh khoá XIV về giá các loại đất trên địa bàn tỉnh Hưng Yên năm 2010", null],
    ]);
    // fresh29a-006: a plenum's resolution, the item closed by "," before the enacting line.
    expect(read("- Căn cứ Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương về tiếp tục đổi\nmới phương thức lãnh đạo của Đảng đối với hoạt động của hệ thống chính trị,\nNay ban hành “Quy định …")).toEqual([
      ["resolution", "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương về tiếp tục đổi mới phương thức lãnh đạo của Đảng đối với hoạt động của hệ thống chính trị", null],
    ]);
    // fresh47d-014: a second resolution after "và" is a name of its own.
    expect(read("Căn cứ Nghị quyết của Thành Ủy kỳ họp lần thứ 6 khóa VII và Nghị quyết của Hội đồng nhân dân thành phố kỳ họp lần thứ 7 khóa VI về nhiệm vụ kế hoạch kinh tế – xã hội năm 2002 của thành phố ;\nCăn cứ Chỉ thị số 02")).toEqual([
      ["resolution", "Nghị quyết của Thành Ủy kỳ họp lần thứ 6 khóa VII", null],
      ["resolution", "Nghị quyết của Hội đồng nhân dân thành phố kỳ họp lần thứ 7 khóa VI về nhiệm vụ kế hoạch kinh tế – xã hội năm 2002 của thành phố", null],
    ]);
  });

  it("reads no resolution that its words do not identify, the text's own, or one a number carries", () => {
    // fresh41b-015, fresh31c-021: a letter's sentence, neither subject nor session.
    expect(read("Căn cứ Nghị quyết của Quốc hội, Thủ tướng Chính phủ giao cho các bộ, cơ quan trung ương và địa phương là 708.252,4 tỷ đồng.\nKế hoạch")).toEqual([]);
    expect(read("Căn cứ Nghị quyết của Quốc hội và dự kiến kế hoạch đầu tư công trung hạn giai đoạn 2016 - 2020 Chính phủ đã trình Quốc hội, Bộ Kế hoạch và Đầu tư thông báo danh mục dự án.")).toEqual([]);
    // A sentence whose clause follows the subject: "…, UBND tỉnh …".
    expect(read("Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh về kế hoạch năm 2020, Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện.")).toEqual([]);
    expect(read("Căn cứ Nghị quyết này, Uỷ ban nhân dân tỉnh ban hành quyết định.")).toEqual([]);
    expect(read("Căn cứ Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17 tháng 4 năm 2008;", ["Nghị quyết liên tịch số"])).toEqual([]);
    // pairs30-010: the number the resolution's words run into is its own.
    expect(read("Căn cứ Nghị quyết phiên họp Chính phủ thường kỳ tháng 12 năm 2000 Số 19/2000/NQ-CP ngày 29 tháng 12 năm 2000,\n", ["Số 19"])).toEqual([]);
  });

  it("gives the opening cue's role: the document carries it out; a retold past carrying out is a reference", () => {
    const roles = (t: string) => analyze(t).citations.map((c) => [c.kind, c.role]);
    expect(roles("NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về lãnh đạo xây dựng như sau:")).toEqual([["resolution", "implements"]]);
    expect(roles("Chỉ thị về việc xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015 \nThực hiện Nghị quyết Đại hội tỉnh Đảng bộ lần thứ VIII , Nghị quyết Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội 5 năm 2006-2010 , trong thời gian qua các ngành , các cấp , doanh nghiệp và nhân dân trong tỉnh đã nỗ lực vượt qua khó khăn .")).toEqual([["resolution", "references"]]);
  });
});

describe("a Căn cứ item whose copy lost the space after the cue ('Căn cứĐiều lệ …')", () => {
  it("reads the item's head as with the space (fresh39c-010; fresh30w-015 and fresh29h-007 lost it before numbered documents)", () => {
    const text = "ĐẢNG BỘ HUYỆN BÌNH CHÁNH LẦN THỨ IX (NHIỆM KỲ 2005 - 2010)\n\nCăn cứĐiều lệ Đảng Cộng sản Việt Nam và Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX - nhiệm kỳ (2005-2010); rút kinh nghiệm.\n";
    // The resolution joined by "và" is read too (a name of its own, as after a resolution: session 62).
    expect(read(text)).toEqual([
      ["charter", "Điều lệ Đảng Cộng sản Việt Nam", null],
      ["resolution", "Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX - nhiệm kỳ (2005-2010)", null],
    ]);
    const preamble = "QUY CHẾ\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứĐiều lệ Đảng Cộng sản Việt Nam;\nBan Chấp hành ban hành Quy chế.\n";
    expect(analyze(preamble).citations.filter((c) => c.form === "named").map((c) => [c.id, c.role])).toEqual([
      ["law:to-chuc-chinh-quyen-dia-phuong@2015", "based_on"],
      ["charter:dieu-le-dang-cong-san-viet-nam@?", "based_on"],
    ]);
  });

  it("reads no head glued in small letters: the cue's word goes on another word there", () => {
    expect(read("Căn cứđiều lệ Đảng;\n")).toEqual([]);
  });
});

describe("a congress's resolution carried out, a run of blanks between the words", () => {
  // fresh55g-003's "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ nhất, …" with its spaces doubled or tabs: the
  // cue and the kind were matched as the vocabulary writes them, one space each, and the resolution was lost.
  it.each([["one space", " "], ["two spaces", "  "], ["a tab", "\t"]])("reads it with %s between words", (_, space) => {
    const text = "        Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ nhất, với định hướng tăng cường chỉ đạo.\n".replaceAll(" ", space);
    expect(read(text).map(([kind, name]) => [kind, (name as string).replace(/\s+/g, " ")])).toEqual([["resolution", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ nhất"]]);
  });
  it("reads a Căn cứ item's named document with its kind's words doubled", () => {
    expect(read("Căn cứ Điều  lệ Đảng Cộng sản Việt Nam;\nCăn cứ").map(([kind]) => kind)).toEqual(["charter"]);
  });
});

describe("linear time over many items, each with a numbered citation in it", () => {
  // Each item looked up the numbered citation inside it by walking every start from the text's first: quadratic in
  // a text of many items (session 60's audit). A CPU-time ratio: twice the items, under three times the cost.
  const item = "Căn cứ Đề án thành lập các Tổng công ty điện lực ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 ) ;\n";
  const starts = (text: string) => {
    const out: number[] = [];
    for (let i = text.indexOf("Tờ trình"); i >= 0; i = text.indexOf("Tờ trình", i + 1)) out.push(i);
    return out;
  };
  it("reads 40,000 items at about twice the cost of 20,000", () => {
    const large = item.repeat(40_000);
    const small = item.repeat(20_000);
    const [l, s] = [starts(large), starts(small)];
    expect(cpuRatio((t) => findBasisNamed(t, t === large ? l : s), large, small, 3, 3)).toBeLessThan(3);
  }, 60_000);

  it("reads the same with the starts given out of order", () => {
    const text = item.repeat(3) + "Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW;\n";
    const given = [...starts(text), text.indexOf("Quy định số")];
    expect(findBasisNamed(text, [...given].reverse())).toEqual(findBasisNamed(text, given));
    expect(findBasisNamed(text, given).map((m) => m.name)).toEqual([...Array(3).fill("Đề án thành lập các Tổng công ty điện lực"), "Điều lệ Đảng"]);
  });
});

describe("the cue with a run of blanks between its words, or after a line break of another kind, in a bracketed item (dev-049's drafting)", () => {
  const item = "Căn cứ Đề án thành lập các Tổng công ty điện lực ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 ) ;";
  const names = (text: string) => findBasisNamed(text, [text.indexOf("Tờ")]).map((m) => m.name.replace(/\s+/g, " "));
  const want = ["Đề án thành lập các Tổng công ty điện lực"];
  it.each([
    ["a tab for every space", (t: string) => t.replaceAll(" ", "\t")],
    ["two spaces for every space", (t: string) => t.replaceAll(" ", "  ")],
    ["a tab in the cue alone", (t: string) => t.replace("Căn cứ", "Căn\tcứ")],
  ])("reads the item with %s", (_name, change) => {
    expect(names(change(item))).toEqual(want);
  });
  it.each(["\n", "\r", "\u2028", "\u2029", "\u0085", "\v"])("reads an item after a line break %j", (br) => {
    expect(names(`Căn cứ Nghị định số 1/2020/NĐ-CP ; ${br}${item}`)).toEqual(want);
  });
  it("reads no cue from 'ăn' and 'cứ' with no blank between, or a word between", () => {
    expect(names(item.replace("Căn cứ", "Căncứ"))).toEqual([]);
    expect(names(item.replace("Căn cứ", "Căn  nữa cứ").replace("ty điện", "ty  điện"))).toEqual([]);
  });
});

describe("a resolution named by its body carried out in the document's own title (CONVENTIONS §16)", () => {
  it("reads it in small letters across the title's wrapped lines, the name ending where the title does (fresh60j-002)", () => {
    const text =
      "THỦ TƯỚNG CHÍNH PHỦ\nSố: 21/2005/CT-TTg\n\nCHỈ THỊ\n\nVề việc triển khai thực hiện nghị quyết của Quốc hội\n\n về công tác đầu tư xây dựng cơ bản sử dụng vốn nhà nước\n\nvà chống lãng phí, thất thoát trong đầu tư xây dựng\n\n__________________\n\n \n\nTrong những năm qua, nguồn vốn";
    expect(read(text, ["Số: 21"])).toEqual([
      ["resolution", "nghị quyết của Quốc hội về công tác đầu tư xây dựng cơ bản sử dụng vốn nhà nước và chống lãng phí, thất thoát trong đầu tư xây dựng", null],
    ]);
  });

  it("reads it in capitals, the cue broken across lines, up to the first line in small letters (fresh29e-021)", () => {
    const text =
      "Số: 167/KH-UBND\n|\nKẾ HOẠCH\nTHỰC\nHIỆN NGHỊ QUYẾT CỦA HĐND THÀNH PHỐ VỀ NHỮNG NHIỆM VỤ TRỌNG TÂM PHÁT TRIỂN KINH\nTẾ - XÃ HỘI, THU CHI NGÂN SÁCH 6 THÁNG CUỐI NĂM 2018\nThực hiện Kế hoạch phát triển kinh tế - xã hội năm\n2018, ngay từ đầu năm";
    expect(read(text, ["Số: 167"])).toEqual([
      ["resolution", "NGHỊ QUYẾT CỦA HĐND THÀNH PHỐ VỀ NHỮNG NHIỆM VỤ TRỌNG TÂM PHÁT TRIỂN KINH TẾ - XÃ HỘI, THU CHI NGÂN SÁCH 6 THÁNG CUỐI NĂM 2018", null],
    ]);
    // The document carries it out: implements.
    expect(analyze(text).citations.filter((c) => c.form === "named").map((c) => [c.kind, c.role])).toEqual([["resolution", "implements"]]);
  });

  it("reads no such words in prose, in another document's description, or a title carrying out several", () => {
    // fresh29o-021: narration in the opening, not the title.
    expect(read("CHỈ THỊ\nVề việc điều hành ngân sách\n\nThực hiện Nghị quyết của Quốc hội về nhiệm vụ và dự toán ngân sách nhà nước năm 2001, Chính phủ đã ban hành …")).toEqual([]);
    // A decision promulgating the plan that carries it out (§16's "inside another document's description").
    expect(read("QUYẾT ĐỊNH\nVề việc ban hành kế hoạch hành động thực hiện Nghị quyết của HĐND tỉnh về phát triển du lịch\n")).toEqual([]);
    // A report heard, in a resolution's preamble.
    expect(read("NGHỊ QUYẾT\nVề việc thông qua báo cáo\n\nSau khi nghe Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về kế hoạch năm 2020;")).toEqual([]);
    // fresh47b-007: three bodies' resolutions, numbered in its purpose items.
    expect(read("CHƯƠNG TRÌNH HÀNH ĐỘNG\nTHỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, TỈNH ỦY, HỘI ĐỒNG NHÂN DÂN TỈNH VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024\nNăm 2024 là năm")).toEqual([]);
    // A decision's signer line under its title in capitals is not the name's.
    expect(read("NGHỊ QUYẾT\nVỀ VIỆC THỰC HIỆN NGHỊ QUYẾT CỦA QUỐC HỘI VỀ THÍ ĐIỂM\nHỘI ĐỒNG NHÂN DÂN TỈNH\nCăn cứ").map(([, name]) => name)).toEqual(["NGHỊ QUYẾT CỦA QUỐC HỘI VỀ THÍ ĐIỂM"]);
  });
});

describe("a term in a bracket after the named document (fresh29a-006, fresh39c-010)", () => {
  it("is the name's: '(khoá X)', 'nhiệm kỳ (2005-2010)'", () => {
    expect(read("- Căn cứ Điều lệ Đảng; Nghị quyết Đại hội X của Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí\nthư (khoá X);\n")).toEqual([
      ["charter", "Điều lệ Đảng", null],
      ["resolution", "Nghị quyết Đại hội X của Đảng", null],
      ["rules", "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư (khoá X)", null],
    ]);
    expect(read("Căn cứ Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX - nhiệm kỳ (2005-2010); rút kinh nghiệm …")).toEqual([
      ["resolution", "Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX - nhiệm kỳ (2005-2010)", null],
    ]);
    expect(read("Căn cứ Quy chế Thi đua, khen thưởng của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ( nhiệm kỳ 2014 - 2019 );")).toEqual([
      ["rules", "Quy chế Thi đua, khen thưởng của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ( nhiệm kỳ 2014 - 2019 )", null],
    ]);
  });

  it("but not another bracket, nor a charter's term (its name ends before the congress's)", () => {
    expect(read("Căn cứ Đề án thành lập các Tổng công ty điện lực ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 ) ;", ["Tờ trình"]).map((x) => x[1])).toEqual([
      "Đề án thành lập các Tổng công ty điện lực",
    ]);
    expect(read("Căn cứ Quy chế làm việc của Ban Thường vụ (dự thảo lần 2);").map((x) => x[1])).toEqual(["Quy chế làm việc của Ban Thường vụ"]);
    expect(read("Căn cứ Điều lệ Hội Nông dân Việt Nam (khóa VII);").map((x) => x[1])).toEqual(["Điều lệ Hội Nông dân Việt Nam"]);
  });
});

describe("a resolution joined by 'và' to the document a Căn cứ item heads (fresh39c-010; fresh47d-014's two resolutions)", () => {
  it("is read after a charter too, as a name of its own", () => {
    expect(read("Căn cứĐiều lệ Đảng Cộng sản Việt Nam và Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX - nhiệm kỳ (2005-2010); rút kinh nghiệm việc thực hiện quy chế làm việc.")).toEqual([
      ["charter", "Điều lệ Đảng Cộng sản Việt Nam", null],
      ["resolution", "Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX - nhiệm kỳ (2005-2010)", null],
    ]);
  });

  // audit62: the kind word after "và" read with any blanks, as the item's own words are ("Nghị\tquyết", two spaces).
  it("with tabs or two spaces between the words, as with one space", () => {
    const item = "Căn cứ Điều lệ Đảng Cộng sản Việt Nam và Nghị quyết Đại hội Đảng bộ Huyện lần thứ IX - nhiệm kỳ (2005-2010); rút kinh nghiệm.";
    for (const blank of ["\t", "  ", " \t"]) expect(read(item.replaceAll(" ", blank)).map((x) => x[0])).toEqual(["charter", "resolution"]);
  });

  it("but not a numbered resolution, nor one no body or congress names", () => {
    expect(read("Căn cứ Điều lệ Đảng và Nghị quyết số 24-NQ/TW ngày 04 tháng 6 năm 2013;", ["Nghị quyết số"]).map((x) => x[1])).toEqual(["Điều lệ Đảng"]);
    expect(read("Căn cứ Quy chế làm việc của Ban Thường vụ và Nghị quyết về công tác cán bộ;").map((x) => x[1])).toEqual(["Quy chế làm việc của Ban Thường vụ"]);
  });
});

describe("an international agreement named at a Căn cứ item's head and dated by its signing (fresh30w-014, seg33e-013)", () => {
  it("reads a treaty, a protocol and a ministries' agreement to 'ký', the year the signing's", () => {
    const treaty =
      "Căn cứ Hiệp ước hữu nghị và hợp tác giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa dân chủ nhân dân Lào ký ngày 18 tháng 7 năm 1977;\n" +
      "Căn cứ Nghị định thư về đường biên giới và mốc quốc giới giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa dân chủ nhân dân Lào ký ngày 16 tháng 3 năm 2016;\n";
    expect(read(treaty)).toEqual([
      ["agreement", "Hiệp ước hữu nghị và hợp tác giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa dân chủ nhân dân Lào", 1977],
      ["agreement", "Nghị định thư về đường biên giới và mốc quốc giới giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa dân chủ nhân dân Lào", 2016],
    ]);
    const ministries =
      "Căn cứ Bản Thoả thuận giữa Bộ Công Thương nước Cộng hoà xã hội chủ nghĩa Việt Nam và Bộ Công Thương nước Cộng hoà dân chủ nhân dân Lào về Quy tắc xuất xứ áp dụng cho các mặt hàng được hưởng ưu đãi thuế suất thuế nhập khẩu Việt Nam - Lào ký ngày 01 tháng 10 năm 2009 tại Hà Nội , Việt Nam ; \n";
    expect(read(ministries)).toEqual([
      [
        "agreement",
        "Bản Thoả thuận giữa Bộ Công Thương nước Cộng hoà xã hội chủ nghĩa Việt Nam và Bộ Công Thương nước Cộng hoà dân chủ nhân dân Lào về Quy tắc xuất xứ áp dụng cho các mặt hàng được hưởng ưu đãi thuế suất thuế nhập khẩu Việt Nam - Lào",
        2009,
      ],
    ]);
    expect(read("Căn cứ Hiệp định thương mại giữa hai nước đã được ký kết ngày 13/7/2000;")).toEqual([["agreement", "Hiệp định thương mại giữa hai nước", 2000]]);
  });

  it("spans the name and the signing date, a basis of the analysis", () => {
    const text = "QUYẾT ĐỊNH\nCăn cứ Hiệp ước hữu nghị và hợp tác giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa dân chủ nhân dân Lào ký ngày 18 tháng 7 năm 1977;\nQUYẾT ĐỊNH:";
    const c = analyze(text).citations.find((x) => x.form === "named")!;
    expect(text.slice(c.start, c.end)).toBe("Hiệp ước hữu nghị và hợp tác giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa dân chủ nhân dân Lào ký ngày 18 tháng 7 năm 1977");
    expect([c.kind, c.role, c.year]).toEqual(["agreement", "based_on", 1977]);
  });

  it("reads none that carries its number (fresh30b-030) or tells of no signing", () => {
    const numbered =
      "- Căn cứ Hiệp định về hợp tác kinh tế và kỹ thuật giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Hợp chủng quốc Hoa Kỳ số 83/2005/LPQT ngày 04/08/2005:\n";
    expect(read(numbered, ["số 83/2005"])).toEqual([]);
    expect(read("Căn cứ Hiệp định giữa hai nước số 12/2010/LPQT ký ngày 01/02/2010;", ["số 12/2010"])).toEqual([]);
    expect(read("Căn cứ Hiệp định Thương mại Việt Nam - Hoa Kỳ;\nCăn cứ Công ước của Liên hợp quốc về quyền trẻ em;")).toEqual([]);
    expect(read("Căn cứ thỏa thuận giữa hai bên ký ngày 01/02/2010;")).toEqual([]);
  });
});

describe("minutes named at a Căn cứ item's head (CONVENTIONS §28: full32-005, fresh36a-017)", () => {
  it("reads the minutes to the item's end or to their date, the year the date's, in capitals or small letters", () => {
    const meeting =
      "Căn cứ Biên bản họp Hội đồng chuyên môn về Danh mục thuật ngữ chuyên môn, thuật ngữ cận lâm sàng để chuẩn hoá, áp dụng trong bệnh án điện tử;\nTheo đề nghị của Cục trưởng";
    expect(read(meeting)).toEqual([
      ["minutes", "Biên bản họp Hội đồng chuyên môn về Danh mục thuật ngữ chuyên môn, thuật ngữ cận lâm sàng để chuẩn hoá, áp dụng trong bệnh án điện tử", null],
    ]);
    const congress = "Căn cứ biên bản Đại hội Hội Cựu giáo chức quận 8 ngày 14 tháng 6 năm 2006;\nXét đề nghị của Trưởng Phòng Giáo dục quận 8";
    expect(read(congress)).toEqual([["minutes", "biên bản Đại hội Hội Cựu giáo chức quận 8", 2006]]);
  });

  it("spans the name and its date, a basis of the analysis", () => {
    const text = "QUYẾT ĐỊNH\nCăn cứ biên bản Đại hội Hội Cựu giáo chức quận 8 ngày 14 tháng 6 năm 2006;\nQUYẾT ĐỊNH:";
    const c = analyze(text).citations.find((x) => x.form === "named")!;
    expect(text.slice(c.start, c.end)).toBe("biên bản Đại hội Hội Cựu giáo chức quận 8 ngày 14 tháng 6 năm 2006");
    expect([c.kind, c.role, c.id]).toEqual(["minutes", "based_on", "minutes:bien-ban-dai-hoi-hoi-cuu-giao-chuc-quan-8@2006"]);
  });

  it("reads none that carries its number, none dated right after the kind word (dev-046), none in a body's rule (fresh41a-014)", () => {
    expect(read("Căn cứ Biên bản kiểm tra số 12/BB-KT ngày 03/4/2020 của Đoàn kiểm tra;", ["số 12/BB"])).toEqual([]);
    expect(read("Căn cứ Biên bản số 12/BB-KT ngày 03/4/2020;", ["số 12/BB"])).toEqual([]);
    const dev046 =
      "Căn cứ Biên bản ngày 04 tháng 11 năm 1999 của Ban Đổi mới quản lý doanh nghiệp Bộ Công nghiệp thẩm định Phương án chuyển Công ty Phát triển tin học , công nghệ và môi trường thành Công ty cổ phần Phát triển tin học , công nghệ và môi trường ; \n";
    expect(read(dev046)).toEqual([]);
    // However the date is written: glued to its words, broken by a blank line, in capitals (the eval's rewrites of dev-046).
    expect(read("Căn cứ Biên bản ngày04 tháng11 năm 1999 của Ban Đổi mới quản lý doanh nghiệp;")).toEqual([]);
    expect(read("Căn cứ Biên bản ngày 04 tháng 11\n\nnăm 1999 của Ban Đổi mới quản lý doanh nghiệp;")).toEqual([]);
    expect(read("CĂN CỨ BIÊN BẢN NGÀY 04 THÁNG 11 NĂM 1999 CỦA BAN ĐỔI MỚI QUẢN LÝ DOANH NGHIỆP;")).toEqual([]);
    // A letter's sentence running on past the longest item (320 characters): no item's name.
    const sentence = `Căn cứ biên bản kiểm tra hiện trường, Đoàn kiểm tra liên ngành ${"đề nghị các hộ gia đình, cá nhân có liên quan phối hợp tháo dỡ công trình vi phạm, ".repeat(4)}trước ngày 30.\nTheo đó`;
    expect(read(sentence)).toEqual([]);
    expect(read("Đơn vị làm nhiệm vụ bồi thường, hỗ trợ, tái định cư căn cứ biên bản điều \ntra hiện trạng (có xác nhận của Ủy ban nhân dân xã);")).toEqual([]);
  });
});

describe("a Căn cứ cue wrapped after its first word (fresh61g-007, fresh38b-006, fresh63f-009)", () => {
  const item =
    "vào biên bản bầu cử chức danh Phó Chủ tịch Hội đồng nhân dân tỉnh Thanh\nHóa tại kỳ họp thứ 18, Hội đồng nhân dân khóa XII, ngày 13 tháng 4 năm 1994,\nQUYẾT NGHỊ:";
  const minutes = ["minutes", "biên bản bầu cử chức danh Phó Chủ tịch Hội đồng nhân dân tỉnh Thanh Hóa tại kỳ họp thứ 18, Hội đồng nhân dân khóa XII", 1994];

  it("reads the item after 'Căn⏎cứ' as after 'Căn cứ', with CRLF and blanks around the break", () => {
    expect(read(`Hội đồng nhân dân các cấp;\nCăn\ncứ ${item}`)).toEqual([minutes]);
    expect(read(`Hội đồng nhân dân các cấp;\r\nCăn  \r\n  cứ ${item}`)).toEqual([minutes]);
    expect(read("- Căn\ncứ Điều lệ Đảng;\n")).toEqual([["charter", "Điều lệ Đảng", null]]);
  });

  it("not where 'Căn' ends a line of prose, nor across two breaks", () => {
    expect(read(`việc này căn\ncứ ${item}`)).toEqual([]);
    expect(read(`Hội đồng nhân dân xét các căn\ncứ ${item}`)).toEqual([]);
    expect(read(`Căn\n\ncứ ${item}`)).toEqual([]);
  });
});

describe("a document a text replaces, named by name and dated by its issue (vocab NAMED_REPLACED_KIND)", () => {
  it("reads the rules replaced, the year the date's after their issuer (pairs64-002, 27/2004/QH11 as fresh29p-001 prints it)", () => {
    expect(read("2. Quy chế này thay thế Quy chế hoạt động của Hội đồng nhân dân các cấp đã được Uỷ ban thường vụ Quốc hội ban hành ngày 25 tháng 6 năm 1996.\n")).toEqual([
      ["rules", "Quy chế hoạt động của Hội đồng nhân dân các cấp", 1996],
    ]);
    expect(
      read("Quy chế này thay thế Quy chế hoạt động của Hội đồng dân tộc, Quy chế hoạt động của các Uỷ ban của Quốc hội đã được Quốc hội khoá IX, kỳ họp thứ ba thông qua ngày 7 tháng 7 năm 1993.\n"),
    ).toEqual([["rules", "Quy chế hoạt động của Hội đồng dân tộc, Quy chế hoạt động của các Uỷ ban của Quốc hội", 1993]]);
  });

  it("reads the cue wrapped before the name or widened by a justified line, as the Căn cứ cue is (cueAt)", () => {
    // pairs64-002's clause as a PDF's layout wraps it at any blank or a justified line doubles its spaces.
    const clause = "2. Quy chế này thay thế Quy chế hoạt động của Hội đồng nhân dân các cấp đã được Uỷ ban thường vụ Quốc hội ban hành ngày 25 tháng 6 năm 1996.\n";
    const rules = [["rules", "Quy chế hoạt động của Hội đồng nhân dân các cấp", 1996]];
    expect(read(clause.replace("thay thế Quy", "thay thế\nQuy"))).toEqual(rules);
    expect(read(clause.replace("thay thế Quy", "thay thế \r\n  Quy"))).toEqual(rules);
    // The name as written (the id folds its blanks).
    expect(read(clause.replace("thay thế Quy chế", "thay  thế\tQuy  chế"))).toEqual([["rules", "Quy  chế hoạt động của Hội đồng nhân dân các cấp", 1996]]);
    // Not across a blank line: the cue ends its paragraph.
    expect(read(clause.replace("thay thế Quy", "thay thế\n\nQuy"))).toEqual([]);
  });

  it("reads no name where no date says which rules: a common noun", () => {
    expect(read("Quy chế này thay thế Quy chế cũ của đơn vị.\n")).toEqual([]);
    expect(read("Các đơn vị xây dựng quy chế mới thay thế Quy chế làm việc của cơ quan.\n")).toEqual([]);
  });

  it("reads many in time linear in their number, dated or not", () => {
    const items = "Quy chế này thay thế Quy chế hoạt động của Hội đồng nhân dân các cấp đã được Uỷ ban thường vụ Quốc hội ban hành ngày 25 tháng 6 năm 1996. Quy chế này thay thế Quy chế cũ do đơn vị, bộ phận ban hành.\n";
    const [large, small] = [items.repeat(20_000), items.repeat(5_000)];
    expect(cpuRatio((t) => findBasisNamed(t, []), large, small, 3, 9)).toBeLessThan(9);
  }, 60_000);

  it("is the text's replaces (the Standing Committee's resolution, pairs64-002)", () => {
    const a = analyze(
      "NGHỊ QUYẾT\n\nBan hành Quy chế hoạt động của Hội đồng nhân dân\n\nUỶ BAN THƯỜNG VỤ QUỐC HỘI\n\nQUYẾT NGHỊ:\n\n1. Ban hành Quy chế hoạt động của Hội đồng nhân dân.\n\n2. Quy chế này thay thế Quy chế hoạt động của Hội đồng nhân dân các cấp đã được Uỷ ban thường vụ Quốc hội ban hành ngày 25 tháng 6 năm 1996.\n",
    );
    expect(a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${r.to}`)).toEqual([
      "replaces rules:quy-che-hoat-dong-hoi-dong-nhan-dan-cac-cap@1996",
    ]);
  });
});
