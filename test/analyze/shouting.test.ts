import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countLetterCase, readableCase } from "../../src/analyze/shouting.js";
import { analyze } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";

describe("a text typed in capitals", () => {
  const text = [
    "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT QUY HOẠCH CHỢ",
    "- CĂN CỨ NGHỊ ĐỊNH SỐ 02/2003/NĐ-CP NGÀY 14/01/2003 CỦA CHÍNH PHỦ;",
    "XÉT ĐỀ NGHỊ CỦA SỞ THƯƠNG MẠI TẠI TỜ TRÌNH SỐ 695/TM-QLTM NGÀY 20/10/2003,",
    "QUYẾT ĐỊNH:",
    "ĐIỀU 1. PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN HỆ THỐNG CHỢ TỈNH NGHỆ AN ĐẾN NĂM 2010 THEO NỘI DUNG SAU ĐÂY, BAO GỒM MẠNG LƯỚI CHỢ ĐẦU MỐI VÀ CHỢ DÂN SINH Ở CÁC HUYỆN.",
    "ĐIỀU 2. QUYẾT ĐỊNH NÀY CÓ HIỆU LỰC KỂ TỪ NGÀY KÝ VÀ THAY THẾ QUYẾT ĐỊNH SỐ 28/2003/QĐ-UB NGÀY 01/03/2003 CỦA UBND TỈNH.",
    "ĐIỀU 3. CHÁNH VĂN PHÒNG UBND TỈNH, GIÁM ĐỐC SỞ THƯƠNG MẠI, THỦ TRƯỞNG CÁC SỞ, BAN, NGÀNH CẤP TỈNH VÀ CHỦ TỊCH UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ CHỊU TRÁCH NHIỆM THI HÀNH QUYẾT ĐỊNH NÀY.",
  ].join("\n");

  it("is read in sentence case: its cue lines open the preamble, and it says what it does", () => {
    expect(analyze(text).citations.map((c) => [c.number, c.role])).toEqual([
      ["02", "based_on"],
      ["695", "proposed_by"],
      ["28", "replaces"],
    ]);
    // The citations themselves are read from the text as given.
    expect(analyze(text).citations[0].raw).toBe("NGHỊ ĐỊNH SỐ 02/2003/NĐ-CP NGÀY 14/01/2003 CỦA CHÍNH PHỦ");
  });

  it("leaves a text with lower case, or a short one (a header alone), as it is", () => {
    expect(readableCase("QUYẾT ĐỊNH\nCăn cứ Luật Đất đai;")).toBe("QUYẾT ĐỊNH\nCăn cứ Luật Đất đai;");
    expect(readableCase("KẾ HOẠCH SỐ 12/KH-UBND")).toBe("KẾ HOẠCH SỐ 12/KH-UBND");
    expect(readableCase(text)).toMatch(/^Ủy ban nhân dân tỉnh nghệ an\nQuyết định về việc .*\n- Căn cứ nghị định số 02\/2003\/nđ-cp/);
  });

  describe("with its heading block, typed in capitals like the rest", () => {
    const body = "ĐIỀU 1. GIAO SỞ TÀI CHÍNH CHỦ TRÌ, PHỐI HỢP VỚI CÁC SỞ, NGÀNH LIÊN QUAN HƯỚNG DẪN CÁC ĐỊA PHƯƠNG THỰC HIỆN CÁC NỘI DUNG NÊU TRÊN THEO ĐÚNG QUY ĐỊNH HIỆN HÀNH CỦA NHÀ NƯỚC.\n".repeat(3);
    const decision = [
      "ỦY BAN NHÂN DÂN",
      "TỈNH BÌNH PHƯỚC",
      "SỐ: 27/2016/QĐ-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
      "BÌNH PHƯỚC, NGÀY 5 THÁNG 7 NĂM 2016",
      "QUYẾT ĐỊNH",
      "VỀ VIỆC QUY ĐỊNH MỨC THU PHÍ THAM QUAN",
      "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
      "CĂN CỨ NGHỊ ĐỊNH SỐ 120/2016/NĐ-CP NGÀY 23/8/2016 CỦA CHÍNH PHỦ;",
      "QUYẾT ĐỊNH:",
      body,
    ].join("\n");

    it("keeps its kind line in capitals, so the heading says what the document is (a decision, not a letter)", () => {
      const self = analyze(decision).self;
      expect([self.kind, self.id, self.date]).toEqual(["decision", "27/2016/QĐ-UBND~binh-phuoc", "2016-07-05"]);
      // Read in sentence case, the kind line alone was a word of the body and the subject line made it a letter.
      expect(readableCase(decision)).toMatch(/\nQUYẾT ĐỊNH\nVề việc quy định mức thu phí tham quan\n/);
      expect(readableCase(decision)).toMatch(/\nQuyết định:\n/);
    });

    it("a plan with no preamble keeps its kind line too", () => {
      const plan = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG PHÚ", "KẾ HOẠCH", "TUYÊN TRUYỀN PHÁP LUẬT NĂM 2024", body].join("\n");
      expect(analyze(plan).self.kind).toBe("plan");
      expect(readableCase(plan).split("\n")[2]).toBe("KẾ HOẠCH");
    });

    it("a kind word alone below the preamble's first line is no heading's", () => {
      const late = ["CĂN CỨ LUẬT NGÂN SÁCH NHÀ NƯỚC NĂM 2015;", "KẾ HOẠCH", body].join("\n");
      expect(readableCase(late).split("\n")[1]).toBe("Kế hoạch");
    });
  });

  describe("wrapped in mid-sentence, as a PDF or a plain-text export lays it out", () => {
    /** One paragraph broken at spaces into lines of at most 73 characters. */
    const wrap = (paragraph: string) => {
      const out: string[] = [];
      for (const word of paragraph.split(" ")) {
        if (out.length && out[out.length - 1].length + 1 + word.length <= 73) out[out.length - 1] += ` ${word}`;
        else out.push(word);
      }
      return out.join("\n");
    };
    // A preamble typed in capitals without its ";": "… QUY ĐỊNH ⏎ SỬA ĐỔI, BỔ SUNG …" describes the
    // decree; the first item ends on a full line, and "CĂN CỨ" still opens the next.
    const wrapped = [
      "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
      "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ BỒI THƯỜNG",
      wrap(
        "CĂN CỨ NGHỊ ĐỊNH SỐ 84/2007/NĐ-CP NGÀY 25/5/2007 CỦA CHÍNH PHỦ QUY ĐỊNH SỬA ĐỔI, BỔ SUNG VỀ VIỆC CẤP GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT; NGHỊ ĐỊNH SỐ 69/2009/NĐ-CP NGÀY 13/8/2009 QUY ĐỊNH BỔ SUNG VỀ QUY HOẠCH SỬ DỤNG ĐẤT, GIÁ ĐẤT, THU HỒI ĐẤT, BỒI THƯỜNG, HỖ TRỢ VÀ TÁI ĐỊNH CƯ KHI NHÀ NƯỚC",
      ),
      wrap("CĂN CỨ NGHỊ ĐỊNH SỐ 197/2004/NĐ-CP NGÀY 03/12/2004 CỦA CHÍNH PHỦ VỀ BỒI THƯỜNG, HỖ TRỢ VÀ TÁI ĐỊNH CƯ KHI NHÀ NƯỚC THU HỒI ĐẤT"),
      wrap("XÉT ĐỀ NGHỊ CỦA SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TẠI TỜ TRÌNH SỐ 12/TTR-STNMT NGÀY 01/02/2010,"),
      "QUYẾT ĐỊNH:",
      "ĐIỀU 1. BAN HÀNH KÈM THEO QUYẾT ĐỊNH NÀY QUY ĐỊNH VỀ BỒI THƯỜNG, HỖ TRỢ.",
    ].join("\n");

    it("goes on in lower case where a line was wrapped, and opens a line after a stop, a heading or with a preamble's item", () => {
      const lines = readableCase(wrapped).split("\n");
      expect(lines.map((l) => l.split(" ", 2).join(" "))).toEqual([
        "Ủy ban", "Quyết định", "Căn cứ", "sửa đổi,", "số 69/2009/nđ-cp", "đất, giá", "Căn cứ", "thường, hỗ", "Xét đề", "ngày 01/02/2010,", "Quyết định:", "Điều 1.",
      ]);
    });

    it("costs time in proportion to the text, short lines or long", () => {
      for (const line of ["CĂN CỨ NGHỊ ĐỊNH SỐ 1/2020/NĐ-CP CỦA CHÍNH PHỦ VỀ", `${"CHỮ ".repeat(900)}VỀ`]) {
        const make = (n: number) => `ỦY BAN NHÂN DÂN\n${`${line}\n`.repeat(n)}`;
        // Linear is 8x; quadratic would be 64x.
        expect(cpuRatio((t) => readableCase(t), make(800), make(100), 3, 24)).toBeLessThan(24);
      }
    });

    it("reads the decree described across the wrap as one more ground", () => {
      expect(analyze(wrapped).citations.map((c) => [c.number, c.role])).toEqual([
        ["84", "based_on"],
        ["69", "based_on"],
        ["197", "based_on"],
        ["12", "proposed_by"],
      ]);
    });
  });

  it("keeps every offset: same length, only letters' case changed", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("A", "Đ", "Ệ", "İ", "ß", " ", "\n", "1", "/", "\ud800", "Ω", "X".repeat(50)), { maxLength: 60 }), (pieces) => {
        const s = pieces.join("").repeat(10);
        const out = readableCase(s);
        expect(out.length).toBe(s.length);
        expect(out.toUpperCase()).toBe(s.toUpperCase());
      }),
      { numRuns: 300 },
    );
  });
});

describe("countLetterCase", () => {
  // As it was written before Session 48: its test asked at every character.
  const reference = (text: string, settled: (upper: number, lower: number) => boolean) => {
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < text.length && upper + lower < 20_000; i++) {
      const ch = text[i];
      const c = ch.charCodeAt(0);
      if (c >= 0x61 && c <= 0x7a) lower++;
      else if (c >= 0x41 && c <= 0x5a) upper++;
      else if (c >= 0xc0) {
        if (ch.toLowerCase() !== ch) upper++;
        else if (ch.toUpperCase() !== ch) lower++;
      }
      if (settled(upper, lower)) break;
    }
    return { upper, lower };
  };
  const shouting = (u: number, l: number) => l > 50 && l * 100 >= u;
  const lowered = (u: number, l: number) => u > 50 && u * 100 > l;

  it("stops where asking its test at every character stopped, for either caller's test", () => {
    const piece = fc.constantFrom("a", "A", "ư", "Ư", "đ", "Đ", "ß", "İ", "1", " ", "\n", ".", "\u0301", "ǅ", "QUYẾT ĐỊNH ", "căn cứ ", "x".repeat(60), "Y".repeat(60), "z".repeat(5000), "W".repeat(150));
    const text = fc.array(piece, { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, (s) => {
        expect(countLetterCase(s, shouting, "lower")).toEqual(reference(s, shouting));
        expect(countLetterCase(s, lowered, "upper")).toEqual(reference(s, lowered));
      }),
      { numRuns: 3000 },
    );
  });
});
