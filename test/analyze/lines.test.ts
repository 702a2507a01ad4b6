import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { brokenOnPurpose, withLastLine } from "../../src/analyze/lines.js";
import { blankPageLines } from "../../src/prepare/line-breaks.js";
import { analyze } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";

/** brokenOnPurpose at the start of the line that opens with `marker`. */
const at = (text: string, marker = "Quyết") => brokenOnPurpose(text, text.lastIndexOf("\n", text.indexOf(marker)) + 1);

const paragraph = "Nhà đầu tư đã hoàn thành dự án và đi vào hoạt động trước ngày\nQuyết định này có hiệu lực thì thực hiện ưu đãi, hỗ trợ theo Quyết\nđịnh số 101/2007/QĐ-UBND ngày 06/9/2007.";

describe("brokenOnPurpose", () => {
  it.each([
    ["after a heading, the text as written", "Điều 4. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 39/2005/QĐ-UB."],
    ["after a heading, the text wrapped", "Điều 4. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký và\nthay thế Quyết định số 39/2005/QĐ-UB."],
    ["after a paragraph's last line, shorter than the lines before it", "Sở Tài chính hướng dẫn các đơn vị thực hiện việc quyết\ntoán theo quy định.\nQuyết định này có hiệu lực kể từ ngày ký."],
    ["at the text's start", "Quyết định này có hiệu lực kể từ ngày ký."],
    [
      "after a paragraph written on one line, longer than a page is wide, though no line around is longer",
      `Căn cứ Nghị định số 118/2008/NĐ-CP ngày 27 tháng 11 năm 2008 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính\nQuyết định này có hiệu lực.`,
    ],
    ["after blank lines only", "\n\n  \nQuyết định này có hiệu lực kể từ ngày ký."],
  ])("a break made on purpose: %s", (_, text) => {
    expect(at(text)).toBe(true);
  });

  it.each([
    ["a line filled to the width of the lines around it", paragraph],
    ["with Windows line ends", paragraph.replaceAll("\n", "\r\n")],
    ["with a blank line after each line (PDF)", paragraph.replaceAll("\n", "\n\n")],
    ["with the lines indented", paragraph.replaceAll("\n", "\n    ")],
    // Proportional type: the line before stops a few characters short of the longest around it.
    [
      "a line a little shorter than the longest around it",
      "Căn cứ Nghị định số 57/2002/NĐ-CP ngày 03/6/2002 của Chính phủ\nQuy định chi tiết thi hành Pháp lệnh Phí và lệ phí; Nghị định số\n24/2006/NĐ-CP ngày 06/3/2006 của Chính phủ sửa đổi, bổ sung một số điều",
      "Quy định",
    ],
  ])("a break the layout made: %s", (_, text, marker?: string) => {
    expect(at(text, marker)).toBe(false);
  });

  it("measures no line further than its bound (one long line costs no more than a short one)", () => {
    const make = (n: number) => `${"chữ ".repeat(n)}\nQuyết định này có hiệu lực`;
    // Characters read, counted, not CPU timed: a timed ratio of ~1 ms runs read 6x on a loaded CI
    // machine and 14x where V8's optimised code ran slow on the longer string (bounded reads both).
    const reads = (t: string) => {
      let n = 0;
      const counted = new Proxy(new String(t), {
        get(target, key) {
          if (key === "charCodeAt") return (i: number) => (n++, t.charCodeAt(i));
          if (typeof key === "string" && /^[0-9]+$/.test(key)) return n++, t[Number(key)];
          if (key === "length") return t.length;
          const value: unknown = Reflect.get(target, key);
          return typeof value === "function" ? value.bind(t) : value;
        },
      }) as unknown as string;
      expect(brokenOnPurpose(counted, t.indexOf("\n") + 1)).toBe(brokenOnPurpose(t, t.indexOf("\n") + 1));
      return n;
    };
    // A walk of each line would read 8x as much from the longer text; a bounded one the same.
    expect(reads(make(80_000))).toBe(reads(make(10_000)));
    expect(reads(make(80_000))).toBeLessThan(1000);
  });

  it("keeps analyze linear on many such lines", () => {
    const make = (n: number) => "QUYẾT ĐỊNH:\n" + "Điều 1. Các đơn vị đã hoàn thành dự án trước ngày\nQuyết định này có hiệu lực thì thực hiện theo Quyết định số 1/2020/QĐ-UBND.\n".repeat(n);
    // Linear is 8x; quadratic would be 64x.
    expect(cpuRatio((t) => analyze(t), make(800), make(100), 3, 24)).toBeLessThan(24);
  });
});

describe("withLastLine", () => {
  it("gives the page lines blank but the last, as blankPageLines(text, false) does, from blankPageLines(text)", () => {
    const pieces = ["- 2 -", "– 12 –", "Trang 3", "Trang 3/10", "TRANG 4 trên 9", "CÔNG BÁO/Số 12/Ngày 3/4/2020", "12 CÔNG BÁO/Số 5 + 6/Ngày 1.2.2021 7", "\n", "\n", " ", "\t", "Điều 1.", "theo Quyết định số 1/QĐ-UBND", "-", "3", "T"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(withLastLine(blankPageLines(text), text)).toBe(blankPageLines(text, false));
      }),
      { numRuns: 5000, examples: [[["a\n", "- 2 -"]], [["- 2 -"]], [["- 2 -", "\n"]], [[" "]]] },
    );
  });
});
