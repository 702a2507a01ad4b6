import { describe, expect, it } from "vitest";
import { printedCase, settlesOnAsciiCapitals } from "../../src/analyze/lower-case.js";
import { SAMPLE } from "../../src/analyze/shouting.js";
import { seededRandom, textsUnder } from "../helpers/search-equivalence.js";
import { analyze } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";

// A decision of a district as its printed page shows it; the tests read it lower-cased whole.
const body =
  "Điều 2. Giao Phòng Tài chính - Kế hoạch huyện chủ trì, phối hợp với các cơ quan, đơn vị có liên quan hướng dẫn các xã, thị trấn tổ chức thực hiện.\n".repeat(4);
const printed = [
  "ỦY BAN NHÂN DÂN",
  "HUYỆN CẦU KÈ",
  "-------",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Số: 214/QĐ-UBND",
  "Cầu Kè, ngày 09 tháng 3 năm 2020",
  "QUYẾT ĐỊNH",
  "Về việc phê duyệt danh mục công trình sửa chữa trường học năm 2020",
  "ỦY BAN NHÂN DÂN HUYỆN CẦU KÈ",
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
  "Căn cứ Nghị định số 46/2015/NĐ-CP ngày 12/5/2015 của Chính phủ về quản lý chất lượng và bảo trì công trình xây dựng;",
  "Xét đề nghị của Trưởng phòng Tài chính - Kế hoạch tại Tờ trình số 31/TTr-TCKH ngày 02/3/2020,",
  "QUYẾT ĐỊNH:",
  "Điều 1. Phê duyệt danh mục công trình sửa chữa trường học năm 2020 trên địa bàn huyện.",
  body,
  "Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 88/QĐ-UBND ngày 20/01/2020 của Ủy ban nhân dân huyện.",
].join("\n");
const lower = printed.toLowerCase();

describe("a text lower-cased whole", () => {
  it("is read as printed: its heading gives the same kind, number, date and issuer", () => {
    const self = (t: string) => {
      const s = analyze(t).self;
      return [s.kind, s.number, s.symbol, s.date, s.issuer?.code];
    };
    expect(self(lower)).toEqual(self(printed));
    expect(self(lower)).toEqual(["decision", "214", "QĐ-UBND", "2020-03-09", "UBND"]);
  });

  it("reads its cue lines ('căn cứ', 'xét đề nghị') and what its article says as in print", () => {
    const roles = (t: string) => analyze(t).citations.map((c) => [c.number, c.role]);
    expect(roles(lower)).toEqual(roles(printed));
    expect(roles(lower)).toContainEqual(["46", "based_on"]);
    expect(roles(lower)).toContainEqual(["31", "proposed_by"]);
    expect(roles(lower)).toContainEqual(["88", "replaces"]);
  });

  it("reads a plan's kind line and its issuer's initials ('ủy ban nhân dân (ubnd) tỉnh … ban hành kế hoạch') as printed", () => {
    const plan = [
      " kế hoạch ",
      "",
      "tuyên truyền, phổ biến pháp luật năm 2023 ",
      "",
      "thực hiện kế hoạch số 45/kh-btp ngày 10 tháng 01 năm 2023 của bộ tư pháp, ủy ban nhân dân (ubnd) tỉnh bến tre ban hành kế hoạch tuyên truyền, phổ biến pháp luật năm 2023 như sau: ",
      "",
      "i. mục đích, yêu cầu ",
      "",
      "1. mục đích ",
      "",
      "a) nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ, công chức, viên chức và nhân dân trên địa bàn huyện. ",
      "",
    ].join("\n");
    const s = analyze(plan.repeat(2)).self;
    expect([s.kind, s.issuer?.code]).toEqual(["plan", "UBND"]);
    expect(analyze(plan).relations.map((r) => [r.to.split("@")[0], r.type])).toContainEqual(["45/KH-BTP", "implements"]);
  });

  it("reads a part's heading under its Roman numeral ('i. căn cứ xây dựng kế hoạch') as the cue for the items under it", () => {
    const plan = [
      "ủy ban nhân dân",
      "tỉnh đồng tháp",
      "-------",
      "|",
      "cộng hòa xã hội chủ nghĩa việt nam",
      "độc lập - tự do - hạnh phúc",
      "---------------",
      "|",
      "số: 210/kh-ubnd",
      "|",
      "đồng tháp, ngày 14 tháng 6 năm 2022",
      "|",
      "kế hoạch",
      "phát triển thương mại điện tử trên địa bàn tỉnh đồng tháp giai đoạn 2022 - 2025",
      "i. căn cứ xây dựng",
      "kế hoạch",
      "1. quyết định số 645/qđ-ttg ngày 15",
      "tháng 5 năm 2020 của thủ tướng chính phủ phê duyệt kế hoạch tổng thể phát triển",
      "thương mại điện tử quốc gia giai đoạn 2021 - 2025;",
      "2. nghị quyết số 14/nq-hđnd ngày 08",
      "tháng 7 năm 2021 của hội đồng nhân dân tỉnh về phát triển kinh tế - xã hội tỉnh",
      "giai đoạn 2021 - 2025.",
      "ii. mục đích, yêu cầu",
      "1. phát triển thương mại điện tử trở thành kênh phân phối hàng hóa quan trọng của doanh nghiệp trên địa bàn tỉnh.",
      "",
    ].join("\n");
    const roles = analyze(plan).citations.filter((c) => c.number !== null && c.role !== "self").map((c) => [c.number, c.role]);
    expect(roles).toEqual([
      ["645", "based_on"],
      ["14", "based_on"],
    ]);
  });

  it("reads a heading laid out in a table's cells, its date over two lines, as printed", () => {
    const decision = [
      "ủy ban nhân dân",
      "tỉnh ninh thuận",
      "-------",
      "|",
      "cộng hòa xã hội",
      "chủ nghĩa việt nam",
      "độc lập - tự do - hạnh phúc",
      "---------------",
      "|",
      "số: 52/qđ-ubnd",
      "|",
      "ninh thuận, ngày",
      "21 tháng 2 năm 2022",
      "|",
      "quyết định",
      "ban",
      "hành quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh",
      "ủy ban nhân dân tỉnh ninh thuận",
      "căn cứ luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
      "căn cứ nghị định số 68/2017/nđ-cp ngày 25 tháng 5 năm 2017 của chính phủ về quản lý, phát triển cụm công nghiệp;",
      "quyết định:",
      body.toLowerCase(),
    ].join("\n");
    const s = analyze(decision).self;
    expect([s.kind, s.number, s.symbol, s.date, s.issuer?.code]).toEqual(["decision", "52", "QĐ-UBND", "2022-02-21", "UBND"]);
  });

  it("keeps every offset: only letters change case, one for one", () => {
    const cased = printedCase(lower);
    expect(cased.length).toBe(lower.length);
    expect(cased.toLowerCase()).toBe(lower);
    expect(cased).toMatch(/^ỦY BAN NHÂN DÂN\nHUYỆN CẦU KÈ\n/);
    expect(cased).toContain("\nQUYẾT ĐỊNH\n");
    expect(cased).toContain("\nCăn cứ nghị định số 46/2015/nđ-cp");
    expect(cased).toContain("\nQUYẾT ĐỊNH:\n");
  });

  it("leaves a text with its capitals, or a short one, as it is", () => {
    expect(printedCase(printed)).toBe(printed);
    expect(printedCase("quyết định\ncăn cứ luật đất đai;")).toBe("quyết định\ncăn cứ luật đất đai;");
  });

  it("puts back what print always capitalises, and no more", () => {
    const report = [
      "ủy ban nhân dân tỉnh trà vinh ban hành kế hoạch tuyên truyền như sau:",
      "i. mục đích, yêu cầu",
      "a) nâng cao nhận thức của cán bộ về công tác cải cách hành chính do ubnd tỉnh giao;",
      "b) thực hiện theo kế hoạch số 12/kh-ubnd ngày 04/02/2021 của ủy ban nhân dân tỉnh.",
      "chương ii. tổ chức thực hiện",
      "ngày 04 tháng 02",
      "13 tháng 7 năm 2023 ủy ban nhân dân huyện đã tổ chức hội nghị triển khai kế hoạch cho toàn bộ cán bộ.",
      "",
    ].join("\n");
    const cased = printedCase(report.repeat(4));
    expect(cased).toContain("tỉnh Trà Vinh ban hành");
    expect(cased).toContain("\nI. MỤC ĐÍCH, YÊU CẦU\n");
    expect(cased).toContain("\na) Nâng cao");
    expect(cased).toContain("do UBND tỉnh");
    // Inside a ký hiệu the case is the text's own: citations are read from the text as given.
    expect(cased).toContain("12/kh-ubnd");
    expect(cased).toContain("\nCHƯƠNG II. tổ chức");
    // A number opens no sentence: the words after it go on in lower case.
    expect(cased).toContain("\n13 tháng 7 năm 2023 ủy ban");
  });

  it("reads a line wrapped in mid-paragraph, past the heading, as the paragraph's: 'thực hiện' there is no cue", () => {
    const paragraph =
      "Trong năm qua, các cơ quan, đơn vị đã chủ động rà soát, đánh giá kết quả thực hiện nhiệm vụ được giao và báo cáo kịp thời.\n\n";
    const text = [
      paragraph.repeat(20),
      "c) kế hoạch số 123/kh-ubnd ngày 25 tháng 6 năm 2021 về triển khai\n\n",
      "thực hiện quyết định số 468/qđ-ttg ngày 27 tháng 3 năm 2021 của thủ tướng\n\n",
      "chính phủ về phê duyệt đề án đổi mới việc thực hiện cơ chế một cửa, một cửa\n\n",
      "liên thông trong giải quyết thủ tục hành chính trên địa bàn tỉnh.\n\n",
    ]
      .join("")
      .toLowerCase();
    const cased = printedCase(text);
    expect(cased).toContain("về triển khai\n\nthực hiện quyết định số 468");
    expect(analyze(text).citations.find((c) => c.number === "468")?.role).not.toBe("implements");
  });

  it("stays linear on long runs of spaces, marks and Roman numerals", () => {
    for (const unit of [" ", "\n", "i. ", "*", "\n  i", "chương ", "tỉnh "]) {
      const make = (n: number) => "căn cứ luật đất đai năm 2013 của quốc hội nước cộng hòa xã hội chủ nghĩa việt nam;\n".repeat(20) + unit.repeat(n);
      expect(cpuRatio((t) => printedCase(t), make(40_000), make(5_000), 3, 24)).toBeLessThan(24);
    }
  });
});

describe("settlesOnAsciiCapitals", () => {
  /** The loop as it was before session 55: one call of the /g regex for each ASCII capital. */
  const OLD_CAPITAL = /[A-Z]/g;
  const old = (text: string): boolean => {
    OLD_CAPITAL.lastIndex = 0;
    let k = 0;
    while (OLD_CAPITAL.test(text)) {
      const p = OLD_CAPITAL.lastIndex - 1;
      if (p >= SAMPLE) return false;
      if (++k > 50 && 100 * k > p + 1 - k) return true;
    }
    return false;
  };

  it("answers as the loop of one call a capital did, on random texts of every density of capitals and length about the sample", () => {
    const random = seededRandom(55);
    const LETTERS = ["a", "ệ", " ", "\n", "Đ", "1", "z", "@", "[", "`", "{"];
    let settled = 0;
    for (let r = 0; r < 3000; r++) {
      // One capital in `gap` characters on average, for a text of up to twice the sample.
      const gap = 1 + Math.floor(random() * 200);
      const length = Math.floor(random() * random() * 2 * SAMPLE);
      let text = "";
      for (let i = 0; i < length; i++) text += random() * gap < 1 ? String.fromCharCode(65 + Math.floor(random() * 26)) : LETTERS[Math.floor(random() * LETTERS.length)];
      settled += old(text) ? 1 : 0;
      expect(settlesOnAsciiCapitals(text), `gap ${gap}, length ${length}`).toBe(old(text));
    }
    expect(settled).toBeGreaterThan(300);
    expect(settled).toBeLessThan(2700);
  });

  it("answers as the loop did where the 51st capital stands at the edges: the sample's end, the count's bound", () => {
    const at = (positions: number[], length: number): string => {
      const chars = Array.from({ length }, () => "a");
      for (const p of positions) chars[p] = "Q";
      return chars.join("");
    };
    for (const last of [50, 5148, 5149, 5150, 5151, 5250, 5251, SAMPLE - 1, SAMPLE, SAMPLE + 1]) {
      for (const extra of [0, 1, 5, 60]) {
        // 50 capitals at the start, the 51st at `last`, then `extra` more every 90 characters.
        const positions = [...Array.from({ length: 50 }, (_, i) => i), last, ...Array.from({ length: extra }, (_, i) => last + 90 * (i + 1))];
        const text = at(positions, Math.max(...positions) + 10);
        expect(settlesOnAsciiCapitals(text), `${last} ${extra}`).toBe(old(text));
      }
    }
    expect(settlesOnAsciiCapitals("")).toBe(false);
    expect(settlesOnAsciiCapitals("A".repeat(51))).toBe(true);
  });

  it("answers as the loop did for every fixtures text", () => {
    let asked = 0;
    for (const t of textsUnder("fixtures")) {
      asked++;
      expect(settlesOnAsciiCapitals(t)).toBe(old(t));
    }
    expect(asked).toBeGreaterThan(2000);
  });
});
