import { describe, expect, it } from "vitest";
import { phraseSource } from "../../../src/vocab/phrases.js";
import { analyze } from "../../../src/index.js";
import { cpuRatio } from "../../helpers/linear.js";
import { noteIfDiffer } from "../../helpers/search-equivalence.js";
import { ISSUER_TITLES, allIssuerPhrases } from "../../../src/vocab/issuers.js";
import { opensWithIssuerPhrase } from "../../../src/analyze/header/index.js";
import { pushIssuerLines } from "../../../src/analyze/header/issuer-lines.js";

// The reading the groups stand for: one regex of every issuer phrase and title.
const WHOLE = new RegExp(String.raw`^(?:${phraseSource([...allIssuerPhrases(), ...ISSUER_TITLES])})(?:\s|$)`, "iu");

describe("opensWithIssuerPhrase", () => {
  it("reads every phrase, in any case and spacing, as the whole regex does", () => {
    const lines: string[] = [];
    for (const p of [...allIssuerPhrases(), ...ISSUER_TITLES]) {
      for (const v of [p, p.toUpperCase(), `${p} TỈNH BÌNH AN`, `${p}X`, p.slice(0, -1), ` ${p}`, p.replace(/ /g, "  "), p.replace(/ /g, "\n"), `${p.toUpperCase()}\tB`]) lines.push(v);
    }
    for (const line of lines) expect(opensWithIssuerPhrase(line), line).toBe(WHOLE.test(line));
  });

  it("agrees with the whole regex on random lines, letters that fold under /iu included (K, ſ)", () => {
    const alphabet = "aăâbcdđeêghiklmnopqrstuưvxyỦỷủuyBỘSỞKT\u212a\u017f  \n\t.";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length;
    const differ: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let s = "";
      for (let j = 0; j < 1 + (i % 12); j++) s += alphabet[next()];
      for (const line of [s, `ủy ban ${s}`, `BỘ ${s}`]) noteIfDiffer(differ, opensWithIssuerPhrase(line), WHOLE.test(line), () => line);
    }
    expect(differ).toEqual([]);
  });
});

describe("a copy printed without its heading", () => {
  const council = [
    "NGHỊ QUYẾT",
    "QUY ĐỊNH MỨC HỖ TRỢ CHO NGƯỜI TRỰC ĐÊ TRÊN ĐỊA BÀN TỈNH NAM ĐỊNH",
    "HỘI ĐỒNG NHÂN DÂN TỈNH NAM ĐỊNH",
    "KHÓA XVIII, KỲ HỌP THỨ TƯ",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Xét Tờ trình số 61/TTr-UBND ngày 2 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh;",
    "QUYẾT NGHỊ:",
    "Điều 1. Quy định mức hỗ trợ như sau.",
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh Nam Định khóa XVIII, kỳ họp thứ tư thông qua ngày",
    "12 tháng 7 năm 2017 và có hiệu lực từ ngày 22 tháng 7 năm 2017./.",
  ].join("\n");

  it("names its issuer in the line above the preamble (a council's session line passed over) and dates itself in its closing formula", () => {
    const a = analyze(council);
    expect([a.self.kind, a.self.issuer?.code, a.self.issuer?.name, a.self.date]).toEqual(["resolution", "HĐND", "Hội đồng nhân dân tỉnh Nam Định", "2017-07-12"]);
  });

  it("a body's name wrapped onto two lines, its place on the second, is read whole", () => {
    const a = analyze(council.replace("HỘI ĐỒNG NHÂN DÂN TỈNH NAM ĐỊNH", "HỘI ĐỒNG NHÂN DÂN\nTỈNH NAM ĐỊNH"));
    expect([a.self.issuer?.code, a.self.issuer?.name]).toEqual(["HĐND", "Hội đồng nhân dân tỉnh Nam Định"]);
    // A capitals title line above a place line names no body.
    expect(analyze("NGHỊ QUYẾT\nVỀ MỨC HỖ TRỢ\nTỈNH NAM ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").self.issuer).toBeNull();
  });

  it("a body's line wrapped anywhere else, inside its place or its name, is read whole too", () => {
    // A PDF wraps where the column ends (a line-break fuzzer over the dev texts found the province lost).
    for (const wrapped of ["HỘI ĐỒNG NHÂN DÂN TỈNH NAM\nĐỊNH", "HỘI ĐỒNG NHÂN\nDÂN TỈNH NAM ĐỊNH", "Hội đồng nhân dân tỉnh\nnam định"]) {
      const a = analyze(council.replace("HỘI ĐỒNG NHÂN DÂN TỈNH NAM ĐỊNH", wrapped));
      expect([a.self.issuer?.code, a.self.issuer?.name, a.self.jurisdiction.province], wrapped).toEqual(["HĐND", "Hội đồng nhân dân tỉnh Nam Định", "Nam Định"]);
    }
    // The title's line above joined to a place's line names no body.
    expect(analyze("NGHỊ QUYẾT\nVỀ MỨC HỖ TRỢ CỦA HỘI ĐỒNG\nNHÂN DÂN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").self.issuer).toBeNull();
  });

  it("a chairman's title before the body is read past", () => {
    const a = analyze("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n");
    expect(a.self.issuer?.code).toBe("UBND");
  });

  it("a heading's issuer and date stay the heading's; a decision is not dated by a council's formula it quotes", () => {
    const headed = analyze(`HỘI ĐỒNG NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 15/NQ-HĐND\nThái Bình, ngày 10 tháng 7 năm 2017\n${council}`);
    expect([headed.self.issuer?.name, headed.self.date]).toEqual(["Hội đồng nhân dân tỉnh Thái Bình", "2017-07-10"]);
    const decision = analyze(council.replace("NGHỊ QUYẾT", "QUYẾT ĐỊNH"));
    expect(decision.self.date).toBeNull();
    // No line in capitals right above the preamble: no issuer is guessed.
    expect(analyze("NGHỊ QUYẾT\nVề x\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").self.issuer).toBeNull();
  });
});

describe("a text printed without its heading block, in sentence case: the enacting body's line under the title", () => {
  const preamble = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 ;\nCăn cứ Nghị định số 45/2019/NĐ-CP ngày 21 tháng 5 năm 2019 của Chính phủ ;\nQuyết định :\nĐiều 1 . Ban hành kèm theo Quyết định này bản quy định .\n";
  const self = (text: string) => {
    const s = analyze(text).self;
    return [s.issuer?.code ?? null, s.issuer?.name ?? null, s.jurisdiction.level, s.jurisdiction.province, s.jurisdiction.district];
  };

  it("a people's committee with its place in lower case is the issuer, and its province the document's", () => {
    const text = `Quyết định về việc quy định giá vé tham quan các bảo tàng trên địa bàn tỉnh \nỦy ban nhân dân tỉnh phú yên \n${preamble}`;
    expect(self(text)).toEqual(["UBND", "Ủy ban nhân dân tỉnh Phú Yên", "province", "Phú Yên", null]);
    // Old-style tone mark, a centrally-run city.
    expect(self(`Quyết định về việc giao chỉ tiêu tuyển sinh năm học mới \nUỷ ban nhân dân thành phố cần thơ \n${preamble}`)).toEqual(["UBND", "Ủy ban nhân dân thành phố Cần Thơ", "province", "Cần Thơ", null]);
    // A province's two names, a segmenter's spaced dash between them.
    expect(self(`Quyết định về việc ban hành bảng giá đất \nỦy ban nhân dân tỉnh bà rịa - vũng tàu \n${preamble}`)).toEqual(["UBND", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "province", "Bà Rịa - Vũng Tàu", null]);
  });

  it("a city's district is the place; a quận's city is the one its name belongs to, not guessed from the text", () => {
    expect(self(`Quyết định về việc thành lập ban quản lý chợ nông sản \nỦy ban nhân dân quận 10 \n${preamble}`)).toEqual(["UBND", "Ủy ban nhân dân quận 10", "district", "Hồ Chí Minh", "quận 10"]);
  });

  it("a council's line is read above its session line, and a committee named in the body does not make the resolution the committee's", () => {
    const text = `Nghị quyết về chính sách hỗ trợ học nghề cho lao động nông thôn \nHội đồng nhân dân tỉnh cà mau \nKhóa viii , kỳ họp thứ 12 \nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 ;\nXét Tờ trình số 88/TTr-UBND ngày 2 tháng 7 năm 2020 của Ủy ban nhân dân tỉnh ;\nQuyết nghị :\nĐiều 1 . Giao Ủy ban nhân dân tỉnh Cà Mau ban hành kế hoạch thực hiện .\n`;
    expect(self(text)).toEqual(["HĐND", "Hội đồng nhân dân tỉnh Cà Mau", "province", "Cà Mau", null]);
    // The session written on the body's line.
    expect(self(text.replace(" \nKhóa viii , kỳ họp thứ 12", " khóa viii , kỳ họp chuyên đề"))).toEqual(["HĐND", "Hội đồng nhân dân tỉnh Cà Mau", "province", "Cà Mau", null]);
  });

  it("a signer's title is read past to the body: a chairman's, a minister's (a segmenter's spaced dash in the ministry's name), a governor's", () => {
    expect(self(`Quyết định về việc công nhận xã đạt chuẩn nông thôn mới \nChủ tịch ủy ban nhân dân thành phố đà nẵng \n${preamble}`)).toEqual(["UBND", "Ủy ban nhân dân thành phố Đà Nẵng", "province", "Đà Nẵng", null]);
    expect(self(`Quyết định về việc thành lập hội đồng thẩm định giáo trình \nBộ trưởng bộ lao động - thương binh và xã hội \n${preamble}`)).toEqual(["BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", "central", null, null]);
    expect(self(`Quyết định về việc sửa đổi quy chế cấp phép hoạt động \nThống đốc ngân hàng nhà nước \n${preamble}`)).toEqual(["NHNN", "Ngân hàng Nhà nước Việt Nam", "central", null, null]);
  });

  it("a central issuer makes the document central, though its title and body name a province", () => {
    const text = `Quyết định phê duyệt quy hoạch khu kinh tế ven biển tỉnh sóc trăng đến năm 2035 \nThủ tướng chính phủ \nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015 ;\nXét đề nghị của Ủy ban nhân dân tỉnh Sóc Trăng tại Tờ trình số 50/TTr-UBND ngày 3 tháng 3 năm 2021 ;\nQuyết định :\nĐiều 1 . Phê duyệt quy hoạch khu kinh tế ven biển tỉnh Sóc Trăng .\n`;
    expect(self(text)).toEqual(["TTg", "Thủ tướng Chính phủ", "central", null, null]);
  });

  it("a title read on over the body's line ends above it", () => {
    const a = analyze(`Quyết định về việc thành lập đoàn kiểm tra hoạt động biểu diễn \nNghệ thuật trên địa bàn thành phố \nSở văn hóa , thể thao và du lịch hải phòng \n${preamble}`);
    expect([a.self.issuer?.code, a.self.title]).toEqual(["SVHTTDL", "về việc thành lập đoàn kiểm tra hoạt động biểu diễn Nghệ thuật trên địa bàn thành phố"]);
  });

  it("no body's line: a sentence, a title's line, a body with words after it that are no place's", () => {
    // The enacting formula ("Chính phủ ban hành …") is a sentence, not the body's line.
    expect(self(`Nghị định về quản lý phí \nChính phủ ban hành nghị định quy định về phí \nCăn cứ Luật Phí và lệ phí ;\n`)[0]).toBeNull();
    expect(self(`Quyết định về việc giao nhiệm vụ \nỦy ban nhân dân tỉnh đã chỉ đạo các sở \nCăn cứ Luật Tổ chức chính quyền địa phương ;\n`)[0]).toBeNull();
    expect(self(`Quyết định về việc giao nhiệm vụ \nỦy ban nhân dân tỉnh bình an \nCăn cứ Luật Tổ chức chính quyền địa phương ;\n`)[0]).toBeNull();
    // The line right above the preamble is the title's first line: no body's line.
    expect(self(`Quyết định về việc giao nhiệm vụ cho ủy ban nhân dân tỉnh \nCăn cứ Luật Tổ chức chính quyền địa phương ;\n`)[0]).toBeNull();
    // A heading above the kind line stays the issuer.
    expect(self(`BỘ TÀI CHÍNH\nSố: 12/QĐ-BTC\nQuyết định về việc giao nhiệm vụ \nỦy ban nhân dân tỉnh phú yên \n${preamble}`)[0]).toBe("BTC");
  });

  it("reads a long line of spaces, commas and session words in linear time", () => {
    // Five times the run costs about five times the CPU when linear, twenty-five when quadratic; CPU
    // time, not a wall-clock limit, so a loaded machine does not decide it.
    const hostile = (n: number) => `Quyết định về x \nỦy ban nhân dân${" ,".repeat(n)} khóa${" ".repeat(n)}\nCăn cứ Luật ;\n`;
    expect(cpuRatio((x) => analyze(x), hostile(50000), hostile(10000), 5, 12)).toBeLessThan(12);
  });
});

describe("a district office's letter headed under the district's committee ('UBND HUYỆN X ⏎ PHÒNG …')", () => {
  const letter = (office: string, number: string) =>
    `UBND HUYỆN YÊN THÀNH\n${office}\nSố: ${number}\nV/v rà soát hồ sơ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nYên Thành, ngày 5 tháng 4 năm 2019\nKính gửi: UBND các xã, thị trấn\nThực hiện Công văn số 210/UBND-VX ngày 01/4/2019 của UBND huyện, Phòng đề nghị các xã báo cáo trước ngày 20/4/2019.`;

  it("names the office its heading names, whatever code its number writes", () => {
    const cases: [string, string, string][] = [
      ["PHÒNG TÀI CHÍNH - KẾ HOẠCH", "88/TCKH", "Phòng Tài chính - Kế hoạch huyện Yên Thành"],
      ["PHÒNG NỘI VỤ", "31/NV", "Phòng Nội vụ huyện Yên Thành"],
      ["PHÒNG Y TẾ", "12/PYT", "Phòng Y tế huyện Yên Thành"],
      ["PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "40/LĐTBXH", "Phòng Lao động - Thương binh và Xã hội huyện Yên Thành"],
      // The department's sector initials (TNMT: Sở Tài nguyên và Môi trường) under the office's heading.
      ["PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "57/TNMT", "Phòng Tài nguyên và Môi trường huyện Yên Thành"],
    ];
    for (const [office, number, name] of cases) {
      const a = analyze(letter(office, number), { path: "cv.txt" });
      expect([a.self.issuer?.name, a.self.issuer?.level, a.self.jurisdiction.district]).toEqual([name, "district", "huyện Yên Thành"]);
    }
  });

  it("keeps a province's department where the heading names it, and a cited office's name after 'của'", () => {
    const dept = analyze("UBND TỈNH NGHỆ AN\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 57/TNMT\nV/v rà soát hồ sơ\nNghệ An, ngày 5 tháng 4 năm 2019\nKính gửi: UBND các huyện", { path: "cv.txt" });
    expect([dept.self.issuer?.code, dept.self.issuer?.level]).toEqual(["STNMT", "province"]);
    const cited = analyze("Quyết định về việc phê duyệt quy hoạch\nỦy ban nhân dân huyện Yên Thành\nXét đề nghị của Trưởng phòng Tài chính - Kế hoạch tại Tờ trình số 15/TTr-TCKH ngày 3/4/2019 của Phòng Tài chính - Kế hoạch huyện Yên Thành,", { path: "qd.txt" });
    const c = cited.citations.find((x) => x.number === "15");
    expect([c?.role, c?.issuer?.name]).toEqual(["proposed_by", "Phòng Tài chính - Kế hoạch huyện Yên Thành"]);
  });
});

/*
 * A circular printed without its heading (a print page, a blog's copy): the preamble's closing formula
 * on a line of its own names the issuer ("Bộ trưởng Bộ X ban hành Thông tư …"). Own sentences.
 */
describe("the issuer named by the preamble's closing formula when no heading names one", () => {
  const headless = (formula: string) =>
    [
      "THÔNG TƯ", "Quy định về quản lý kho vật chứng", "Căn cứ Nghị định số 01/2018/NĐ-CP ngày 06 tháng 8 năm 2018 của Chính phủ;",
      "Theo đề nghị của Cục trưởng Cục Pháp chế;", formula, "Điều 1. Phạm vi điều chỉnh",
    ].join("\n");

  it("'Bộ trưởng Bộ Công an ban hành Thông tư …': the ministry, a central body", () => {
    const a = analyze(headless("Bộ trưởng Bộ Công an ban hành Thông tư quy định về quản lý kho vật chứng."));
    expect(a.self.issuer?.code).toBe("BCA");
    expect(a.self.jurisdiction.level).toBe("central");
  });

  it("a formula that names no known body gives no issuer", () => {
    const a = analyze(headless("Bộ trưởng ban hành Thông tư quy định về quản lý kho vật chứng."));
    expect(a.self.issuer).toBeNull();
  });

  it("a heading naming the issuer is read first, whatever the formula says", () => {
    const a = analyze(`BỘ TÀI CHÍNH\nSố: 15/2024/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2024\n${headless("Bộ trưởng Bộ Công an ban hành Thông tư quy định về quản lý kho vật chứng.")}`);
    expect(a.self.issuer?.code).toBe("BTC");
  });
});

/*
 * A central body's name wrapped by the heading's narrow column onto two or three lines, its own
 * number's ký hiệu naming no known code: "TÒA ÁN NHÂN DÂN ⏎ TỐI CAO", "BỘ ⏎ TÀI CHÍNH". Own headings.
 */
describe("a central body's name wrapped onto the heading's next lines", () => {
  const doc = (heading: string) => `${heading}\n-------\nSố: 45/2014/QĐTA-TĐKT\nHà Nội, ngày 28 tháng 07 năm 2014\nQUYẾT ĐỊNH\nVề việc ban hành bảng chấm điểm thi đua\nCăn cứ Nghị định số 42/2010/NĐ-CP ngày 15/4/2010 của Chính phủ;\n`;

  it.each([
    ["TÒA ÁN NHÂN DÂN\nTỐI CAO", "TANDTC"],
    ["VIỆN\nKIỂM SÁT NHÂN DÂN\nTỐI CAO", "VKSNDTC"],
    ["BỘ\nTÀI CHÍNH", "BTC"],
  ])("%s", (heading, code) => {
    const a = analyze(doc(heading));
    expect([a.self.issuer?.code, a.self.jurisdiction.level]).toEqual([code, "central"]);
  });

  it("a local body's two lines stay its name and its place ('ỦY BAN NHÂN DÂN ⏎ TỈNH QUẢNG TRỊ')", () => {
    const a = analyze(doc("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ").replace("QĐTA-TĐKT", "QĐ-UBND").replace("Hà Nội", "Quảng Trị"));
    expect([a.self.issuer?.code, a.self.jurisdiction.level]).toEqual(["UBND", "province"]);
  });
});

describe("a header line whose words tabs part (a tab-separated copy)", () => {
  // fresh55g-002 with every space a tab: its single tabs were read as the columns' break, "UBND TỈNH LÀO" and "CAI"
  // apart, and the report's place was taken from a province its body names.
  it("reads single tabs as spaces and a run of them as the columns' break", () => {
    const out: string[] = [];
    pushIssuerLines("UBND\tTỈNH\tLÀO\tCAI\t\t\t\tCỘNG\tHÒA\tXÃ\tHỘI\tCHỦ\tNGHĨA\tVIỆT\tNAM", out);
    expect(out).toEqual(["UBND TỈNH LÀO CAI"]);
  });
  it("keeps a tab between columns of a line whose words spaces part", () => {
    const out: string[] = [];
    pushIssuerLines("UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", out);
    pushIssuerLines("HUYỆN CHÂU THÀNH\tĐộc lập - Tự do - Hạnh phúc", out);
    expect(out).toEqual(["UBND TỈNH LÀO CAI", "HUYỆN CHÂU THÀNH"]);
  });
});
