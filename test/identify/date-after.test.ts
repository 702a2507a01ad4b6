import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { dateAfter } from "../../src/identify/date-after.js";

const idOf = (t: string) => extract(t).map((c) => c.id);

describe("a date after a damaged 'ngày' (date-after.ts, vocab DAMAGED_NGAY)", () => {
  // As fresh52b-006, fresh29d-010, fresh48b-005, seg33e-004 and fresh43b-008 write them.
  it("dates the citation, and the mention ends with the date", () => {
    const text = "ban hành tại Quyết định số 90/QĐ-TTg gày 18/1/2022 của Thủ tướng";
    const [c] = extract(text);
    expect([c.id, c.date]).toEqual(["90/QĐ-TTg@2022", "2022-01-18"]);
    expect(text.slice(c.start, c.end)).toBe("Quyết định số 90/QĐ-TTg gày 18/1/2022");
    expect(idOf("Thc hin Ngh quyt s 33-NQ/TW ngy 09/6/2014 ca B Chnh tr")).toEqual(["33-NQ/TW@2014"]);
    expect(idOf("và Kết lùận số 126-KL/TW, ngàỷ 14/02/2025 củá Bộ Chính trị")).toEqual(["126-KL/TW@2025"]);
    expect(idOf("theo Tờ trình số 2219/TT-UBND ngà 04/10/2006 của UBND tỉnh")).toEqual(["2219/TT-UBND@2006"]);
    expect(idOf("Công văn số 5529/TCHQ-TXNK ngảy 24/11/2021")).toEqual(["5529/TCHQ-TXNK@2021"]);
  });

  it("keeps the number's own year: a date that disagrees warns as any date does", () => {
    const [c] = extract("Nghị quyết số 179/2009/NQ-HĐND ngy 20/4/2010");
    expect(c.id).toBe("179/2009/NQ-HĐND");
    expect(c.warnings.map((w) => w.code)).toContain("year-mismatch");
  });

  it("reads no date where the word is no damaged 'ngày' or the date is not whole", () => {
    expect(idOf("Quyết định số 90/QĐ-TTg ngứp 18/1/2022")).toEqual(["90/QĐ-TTg@?"]);
    expect(idOf("Quyết định số 90/QĐ-TTg ngy 18/1")).toEqual(["90/QĐ-TTg@?"]);
    expect(idOf("Quyết định số 90/QĐ-TTg ngà voi 2022")).toEqual(["90/QĐ-TTg@?"]);
  });
});

describe("'năm' and a year after the ký hiệu, then the document's subject (date-after.ts, vocab YEAR_SUBJECT_OPENERS)", () => {
  // The legal sites' way of naming a document (full32-016, full32-006, fresh54a-001, fresh46d-012, fresh51d-001).
  it("is the document's year; the mention ends with it; no date is made up", () => {
    const text = "bị bãi bỏ bởi Điều 2 Quyết định 3276/QĐ-BYT năm 2025 có hiệu lực từ ngày 17/10/2025]";
    const [c] = extract(text);
    expect([c.id, c.date]).toEqual(["3276/QĐ-BYT@2025", null]);
    expect(text.slice(c.start, c.end)).toBe("Quyết định 3276/QĐ-BYT năm 2025");
    expect(idOf("[Nội dung này được đính chính bởi Công văn 666/BYT-BH năm 2021 có hiệu lực kể từ ngày 28/01/2021]")).toEqual(["666/BYT-BH@2021"]);
    expect(idOf("- 3Kế hoạch 603/KH-UBND năm 2013 thực hiện Nghị quyết 21/NQ/TW")[0]).toBe("603/KH-UBND@2013");
    expect(idOf("- 10 Quyết định 2970/QĐ-UBND năm 2023 phê duyệt Đề cương")).toEqual(["2970/QĐ-UBND@2023"]);
    expect(idOf("Công văn 4836/BNN-VPĐP năm 2018 về báo cáo sơ kết")).toEqual(["4836/BNN-VPĐP@2018"]);
  });

  it("is not read where the year may be the citing sentence's, nor against the number's own year", () => {
    // fresh46e-007: the plan's year; 01-KL/TW is of 2021.
    expect(idOf("ban hành Kế hoạch thực hiện Kết luận 01-KL/TW năm 2022, như sau:")).toEqual(["01-KL/TW@?"]);
    expect(idOf("Quyết định 3276/QĐ-BYT năm học 2025 về")).toEqual(["3276/QĐ-BYT@?"]);
    expect(idOf("Quyết định 3276/QĐ-BYT năm 20256 về")).toEqual(["3276/QĐ-BYT@?"]);
    expect(idOf("Quyết định 3276/QĐ-BYT năm 2025 vềnh")).toEqual(["3276/QĐ-BYT@?"]);
    expect(idOf("Nghị định 61/2018/NĐ-CP năm 2019 về")).toEqual(["61/2018/NĐ-CP"]);
  });

  it("reads a decomposed (NFD) 'ngày' before a misread date as the composed one, at the caller's offsets", () => {
    const text = "theo lệnh số 49 - LTC / HĐNN ngày 02/0l/1991".normalize("NFD");
    const from = text.indexOf("HĐNN".normalize("NFD")) + "HĐNN".normalize("NFD").length;
    expect(dateAfter(text, from)).toEqual({ day: "02", month: "01", year: "1991", start: text.indexOf("nga"), end: text.length });
  });

  it("gives the caller's offsets", () => {
    const text = "Quyết định 3276/QĐ-BYT năm 2025 về";
    const at = text.indexOf(" năm");
    expect(dateAfter(text, at)).toEqual({ day: null, month: null, year: "2025", start: at + 1, end: at + 9 });
    const damaged = "số 90/QĐ-TTg, gày 18/1/2022";
    const d = dateAfter(damaged, damaged.indexOf(","));
    expect(d).toEqual({ day: "18", month: "1", year: "2022", start: damaged.indexOf("gày"), end: damaged.length });
    expect(dateAfter(damaged, 0)).toBeNull();
  });
});

describe("the document's date in brackets right after its number (date-after.ts, vocab BRACKET_DATE_VERBS, BRACKET_DATE_SUBJECT)", () => {
  // fresh44a-019 and fresh54c-012 write them so.
  it("dates a number without its year; the mention ends with the closing bracket", () => {
    const text = "để phổ biến, quán triệt Nghị quyết số 72-NQ/TW (09/9/2025) về các giải pháp đột phá";
    const [c] = extract(text);
    expect([c.id, c.date]).toEqual(["72-NQ/TW@2025", "2025-09-09"]);
    expect(text.slice(c.start, c.end)).toBe("Nghị quyết số 72-NQ/TW (09/9/2025)");
    const list = "Nghị quyết, văn bản pháp lý:Nghị quyết 60-NQ/TW (Bộ Chính trị thông qua ngày 12/4/2025);Nghị quyết 1669/NQ-UBTVQH15 (16/6/2025) – Sáp nhập tỉnh cũ";
    expect(extract(list).map((x) => [x.id, x.date])).toEqual([
      ["60-NQ/TW@2025", "2025-04-12"],
      ["1669/NQ-UBTVQH15@2025", "2025-06-16"],
    ]);
  });

  it("reads no other date in brackets: an effective date, a date not followed by the subject, a number's own year", () => {
    // fresh49d-002, -003: the day it takes effect, not its own.
    expect(idOf("Bộ Tài chính ban hành Quyết định 2229/QĐ-BTC (có hiệu lực từ 1/7/2025). Theo đó")).toEqual(["2229/QĐ-BTC@?"]);
    expect(idOf("Quyết định 123/QĐ-UBND (29/07/2010)\n")).toEqual(["123/QĐ-UBND@?"]);
    expect(idOf("Nghị quyết 60-NQ/TW (Bộ Chính trị họp ngày 12/4/2025)")).toEqual(["60-NQ/TW@?"]);
    // fresh59b-006: the page's date after a title; the number's year stands, no date is taken.
    const [c] = extract("sửa đổi, bổ sung 1 số điều của NĐ số 97/2007/NĐ-CP   (29/07/2010 )\n");
    expect([c.id, c.date, c.warnings.map((w) => w.code)]).toEqual(["97/2007/NĐ-CP", null, []]);
    expect(idOf("Quyết định 123/2010/QĐ-UBND (29/07/2010) về")).toEqual(["123/2010/QĐ-UBND"]);
  });

  it("gives the caller's offsets", () => {
    const text = "Nghị quyết số 72-NQ/TW (09/9/2025) về";
    const at = text.indexOf(" (");
    expect(dateAfter(text, at)).toEqual({ day: "09", month: "9", year: "2025", start: at + 1, end: text.indexOf(")") + 1 });
    expect(dateAfter(text, at, true)).toBeNull();
  });
});

describe("'đề ngày' ('dated') and a full date right after the number (date-after.ts, vocab DATED_PHRASES)", () => {
  // pairs32-005, pairs44-001, pairs44-002, fresh54e-007 write them so.
  it("dates the citation, the date on the same line or the next; the mention ends with it", () => {
    const text = "Trả lời công văn số 162/LĐBTXH đề ngày 24/02/2003 về nội dung ghi ở trích yếu";
    const [c] = extract(text);
    expect([c.id, c.date]).toEqual(["162/LĐBTXH@2003", "2003-02-24"]);
    expect(text.slice(c.start, c.end)).toBe("công văn số 162/LĐBTXH đề ngày 24/02/2003");
    expect(idOf("Trả lời Công văn số 35A/THB-TV đề ngày 01/4/2021 của cổ phần Bia Hà Nội")[0]).toBe("35a/THB-TV@2021");
    expect(idOf("Cục Thuế TP Hải Phòng nhận được Phiếu chuyển số 724/PC-TCT đề ngày\n19/9/2018 của Tổng cục Thuế")[0]).toBe("724/PC-TCT@2018");
  });

  it("reads no date after 'đề' alone, nor one that is not whole, nor two line breaks away", () => {
    expect(idOf("công văn số 162/LĐBTXH đề nghị ngày 24/02/2003")[0]).toBe("162/LĐBTXH@?");
    expect(idOf("công văn số 162/LĐBTXH đề ngày 24/02")[0]).toBe("162/LĐBTXH@?");
    expect(idOf("công văn số 162/LĐBTXH đề ngày\n\n24/02/2003")[0]).toBe("162/LĐBTXH@?");
  });
});

describe("a date written out in a copy that lost its marks (date-after.ts, vocab LOST_MARKS_DATE_WORDS)", () => {
  // fresh39b-007, fresh29j-024 write them so.
  it("dates the citation from the three words together, the year on the next line or not", () => {
    const text = "Thuc hin Cng vn s 1025/SGDT-CTHSSV ngay 17 thang 4 nm\n2014 cua So Giao duc va ao tao";
    const [c] = extract(text);
    expect([c.id.endsWith("@2014"), c.date]).toEqual([true, "2014-04-17"]);
    expect(text.slice(c.end - 4, c.end)).toBe("2014");
    expect(idOf("theo T trnh s 510/TTr-BGDT ngy 25 thng 8 nm 2010 ca B")[0]).toMatch(/^510\/TTr-.*@2010$/);
  });

  it("reads no date from one word alone, nor from words that make no date", () => {
    expect(idOf("Cng vn s 1025/SGDT-CTHSSV ngay 17 v 4 nm 2014")[0]).toMatch(/@\?$/);
    expect(idOf("Cng vn s 1025/SGDT-CTHSSV ngay 17 thang nay nm 2014")[0]).toMatch(/@\?$/);
    expect(idOf("Cng vn s 1025/SGDT-CTHSSV ngay sau khi nhan duoc nam 2014")[0]).toMatch(/@\?$/);
  });
});

// audit61: the extractor reads the caller's line breaks as written, and "đề ngày" or a date without marks read the date
// on the next line after "\n" or "\r\n" only: after U+2028, U+2029 or a vertical tab it was lost.
describe("a date on the next line after any line break the caller writes (date-after.ts)", () => {
  const text = "Căn cứ Phiếu chuyển số 724/PC-TCT đề ngày \n19/9/2018 của Tổng cục Thuế; Công văn số 1025/SGDT-CTHSSV ngay 17 thang 4 nm \n2014 của Sở.";
  it.each([["\\n", "\n"], ["\\r\\n", "\r\n"], ["\\r", "\r"], ["U+2028", "\u2028"], ["U+2029", "\u2029"], ["a vertical tab", "\v"]])("reads both dates after %s", (_name, lineEnd) => {
    const t = text.replaceAll("\n", lineEnd);
    const cits = extract(t);
    expect(cits.map((c) => c.date)).toEqual(["2018-09-19", "2014-04-17"]);
    for (const c of cits) expect(t.slice(c.start, c.end)).toBe(c.raw);
  });
  // A CRLF's CR right after a word is read by the extractor as what prints nothing (extract.ts textAsRead): a CRLF copy
  // of fixtures/fresh/fresh39b-007 ("… ngay 17 thang 4 nm ⏎ 2014") lost the date.
  it.each([["\\n", "\n"], ["\\r\\n", "\r\n"], ["U+2028", "\u2028"]])("reads the date with no blank before %s", (_name, lineEnd) => {
    const t = `Thuc hin Cng vn s 1025/SGDT-CTHSSV ngay 17 thang 4 nm${lineEnd}2014 cua So; Phiếu chuyển số 724/PC-TCT đề ngày${lineEnd}19/9/2018 của Tổng cục.`;
    const cits = extract(t);
    expect(cits.map((c) => c.date)).toEqual(["2014-04-17", "2018-09-19"]);
    for (const c of cits) expect(t.slice(c.start, c.end)).toBe(c.raw);
  });
});

// nfd64: a decomposed copy (NFD, as macOS and some PDFs write it) of fresh50c-017 and fresh47b-006 lost the year: "năm"
// was matched composed only, where every other date word here is read both ways.
describe("'năm' and a year after the ký hiệu, decomposed (date-after.ts)", () => {
  it.each([
    ["- 2 Quyết định 1775/QĐ-TTg năm 2018 về phê duyệt Quy hoạch tổng thể", "1775/QĐ-TTg@2018"],
    ["- 4Nghị quyết 139/NQ-CP năm 2017 về Chương trình hành động", "139/NQ-CP@2017"],
  ])("reads %s as the composed text", (text, id) => {
    const nfd = text.normalize("NFD");
    const [c] = extract(nfd);
    expect(c.id).toBe(id);
    expect(nfd.slice(c.start, c.end)).toBe(c.raw);
  });
});
