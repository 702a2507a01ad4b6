/**
 * The place and date line, on a flattened header's line or typed with a capital (src/analyze/header/date-
 * line.ts).
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";
import { cpuRatio } from "../../helpers/linear.js";

describe("a header flattened onto one line, the number's cell after the national motto", () => {
  // A document's text layer copied page by page: every cell of the header on the first line, in
  // reading order, no bar between the cells (the motto's dashes sometimes lost as well).
  const council =
    "HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH YÊN BÁI Độc lập  Tự do  Hạnh phúc    Số: 41/2019/NQ-HĐND Yên Bái, ngày 9 tháng 8 năm 2019   NGHỊ QUYẾT QUY ĐỊNH MỨC HỖ TRỢ HỌC SINH BÁN TRÚ HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI Căn cứ Nghị định số 116/2016/NĐ-CP ngày 18 tháng 7 năm 2016 của Chính phủ;";
  const letter =
    "UBND HUYỆN MƯỜNG LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG TÀI CHÍNH - KẾ HOẠCH Độc lập - Tự do - Hạnh phúc Số : 215 /TCKH-NS Mường La, ngày 03 tháng 4 năm 2018 V/v rà soát kinh phí sự nghiệp Kính gửi: Ủy ban nhân dân các xã.";

  it("reads the number after the motto and the place and date after the number", () => {
    const h = readHeader(council);
    expect([h.numberLine?.number, h.numberLine?.year, h.numberLine?.symbolParts, h.date, h.place]).toEqual(["41", 2019, ["NQ", "HĐND"], "2019-08-09", "Yên Bái"]);
    const a = analyze(council, { path: "nq.txt" });
    expect([a.self.id, a.self.kind]).toEqual(["41/2019/NQ-HĐND~yen-bai", "resolution"]);
    expect(a.citations.map((c) => `${c.role} ${c.id}`)).toEqual(["self 41/2019/NQ-HĐND~yen-bai", "based_on 116/2016/NĐ-CP"]);
    const l = readHeader(letter);
    expect([l.numberLine?.number, l.numberLine?.symbolParts, l.date, l.place]).toEqual(["215", ["TCKH", "NS"], "2018-04-03", "Mường La"]);
  });

  it("needs the motto right before the number's cell and the colon written", () => {
    // A sentence's "Số" after the motto's words without a colon is no number's cell.
    expect(readHeader("Chúng tôi chúc mọi nhà ấm no, Hạnh phúc Số 12/KH-UBND đã nêu rõ các việc cần làm.").numberLine).toBeNull();
    // A number's line of its own under the motto still reads the date line as before.
    const lines = ["ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc ", "Số: 12/KH-UBND", "Yên Bái, ngày 2 tháng 3 năm 2020", "KẾ HOẠCH", "Phòng chống thiên tai"].join("\n");
    const h = readHeader(lines);
    expect([h.numberLine?.number, h.date, h.place]).toEqual(["12", "2020-03-02", "Yên Bái"]);
  });

  it("reads a long run of blanks and motto words in linear time", () => {
    const hostile = "Hạnh phúc ".repeat(4000) + "Số: " + "1/".repeat(3000);
    const t0 = Date.now();
    readHeader(hostile);
    analyze(hostile, { path: "x.txt" });
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("reads a long rule of dashes in the heading (or en dashes, repaired to dashes) in linear time, and a short one as before", () => {
    // Fuzzing found the place-and-date line's rule alternative tried at each dash with each length:
    // 0.25 s of analyze() for 2,000 dashes, 0.5 s for 4,000 (the heading's length bounds it).
    for (const dash of ["-", "–"]) {
      const make = (n: number) => `ỦY BAN NHÂN DÂN | CỘNG${dash.repeat(n)} HÒA\nQUYẾT ĐỊNH\nVề việc giao đất`;
      expect(cpuRatio((t) => readHeader(t), make(2000), make(250), 5, 24)).toBeLessThan(24);
    }
    // The rule read whole: the date after it, past 40 characters of the line before it (the place keeps the rule, as before).
    const ruled = readHeader(["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", `Số: 12/QĐ-UBND Độc lập - Tự do - Hạnh phúc ${"-".repeat(30)}Hà Giang, ngày 5 tháng 3 năm 2019`, "QUYẾT ĐỊNH", "Về việc giao đất"].join("\n"));
    expect(ruled.date).toBe("2019-03-05");
  });
});

describe("a flattened header whose motto keeps the rule printed under it ('Hạnh phúc ******* Số: …')", () => {
  // A document-sharing site's text of a PDF: the two columns' lines in reading order on one line, the
  // rules under the issuer and under the motto left between the motto and the number's cell.
  const circular =
    "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- ------- Số: 15/2009/TT-BTC Hà Nội, ngày 20 tháng 1 năm 2009 THÔNG TƯ HƯỚNG DẪN CHẾ ĐỘ THU PHÍ BỘ TRƯỞNG BỘ TÀI CHÍNH Căn cứ Nghị định số 57/2002/NĐ-CP ngày 03 tháng 6 năm 2002 của Chính phủ; Căn cứ Nghị định số 118/2008/NĐ-CP ngày 27 tháng 11 năm 2008 của Chính phủ;";

  it("reads the number and its place and date after the rules, and the first basis after the heading's capitals", () => {
    const h = readHeader(circular);
    expect([h.numberLine?.number, h.numberLine?.year, h.numberLine?.symbolParts, h.date, h.place]).toEqual(["15", 2009, ["TT", "BTC"], "2009-01-20", "Hà Nội"]);
    const a = analyze(circular.replaceAll("-------", "*******"), { path: "tt.txt" });
    expect([a.self.id, a.self.date]).toEqual(["15/2009/TT-BTC", "2009-01-20"]);
    expect(a.citations.map((c) => `${c.role} ${c.id}`)).toEqual(["self 15/2009/TT-BTC", "based_on 57/2002/NĐ-CP", "based_on 118/2008/NĐ-CP"]);
  });

  it("reads the date after the number where the site numbers its pages as a list ('  1. BỘ … Số: …')", () => {
    const page = `Tài liệu: Thông tư số 15/2009/TT-BTC\n\nNội dung Text:\n\n  1. ${circular.replaceAll("-------", "*******")}\n  2. Điều 2. Thông tư này có hiệu lực sau 45 ngày.`;
    const a = analyze(page, { path: "tt.txt" });
    expect([a.self.id, a.self.date]).toEqual(["15/2009/TT-BTC", "2009-01-20"]);
    expect(a.citations.filter((c) => c.role !== "self" && c.role !== "references").map((c) => `${c.role} ${c.id}`)).toEqual(["based_on 57/2002/NĐ-CP", "based_on 118/2008/NĐ-CP"]);
  });

  it("takes no sentence's 'số' after a rule for a number's cell, and stays linear on long runs of rules", () => {
    expect(readHeader("Chúng tôi chúc mọi nhà Hạnh phúc ------- số 12/KH-UBND đã nêu rõ các việc.").numberLine).toBeNull();
    const hostile = ("Hạnh phúc " + "*** ".repeat(3)).repeat(1500) + "Số: " + "1/".repeat(3000);
    const t0 = Date.now();
    readHeader(hostile);
    analyze(hostile, { path: "x.txt" });
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe("a date line whose date words are typed with a capital ('Hà Nội, Ngày 27 tháng 9 năm 1995')", () => {
  it.each([
    ["Hà Nội, ngày 27 tháng 9 năm 1995"],
    ["Hà Nội, Ngày 27 tháng 9 năm 1995"],
    ["HÀ NỘI, NGÀY 27 THÁNG 9 NĂM 1995"],
  ])("%s dates the document", (line) => {
    const a = analyze(`THỦ TƯỚNG CHÍNH PHỦ\nSố: 768-TTg\n${line}\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng\n`);
    expect([a.self?.date, a.self?.id]).toEqual(["1995-09-27", "768/TTg@1995"]);
  });
});
