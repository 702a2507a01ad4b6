/**
 * Numbers listed before one ký hiệu (src/find/shared-symbol.ts): "Phương án số 2 và 3/PA-UBND",
 * "Kết luận thanh tra số: 09, 10, 11, 12/KL-TTr" (fixtures/fresh/plans32-005, fresh31e-015).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";

const read = (text: string) => extract(text).map((c) => [c.raw, c.id, c.form]);

describe("numbers listed before one ký hiệu", () => {
  it("each take the ký hiệu, the date and the issuer written once, each its own citation and span", () => {
    const t = "Thực hiện Phương án số 2 và 3/PA-UBND ngày 5 tháng 9 năm 2017 của Ủy ban nhân dân tỉnh Hậu Giang về việc ứng phó thiên tai.";
    expect(read(t)).toEqual([
      ["Phương án số 2", "02/PA-UBND@2017~hau-giang", "full"],
      ["3/PA-UBND ngày 5 tháng 9 năm 2017 của Ủy ban nhân dân tỉnh Hậu Giang", "03/PA-UBND@2017~hau-giang", "full"],
    ]);
    const [first] = extract(t);
    expect([first.kind, first.kindText, first.date, first.numberStart, first.numberEnd]).toEqual(["option-plan", "Phương án", "2017-09-05", t.indexOf("2 và"), t.indexOf("2 và") + 1]);
  });

  it("a kind word with words after it, \"số:\", a list joined by commas", () => {
    const t = "trình bày các Kết luận thanh tra số: 09, 10, 11, 12/KL-TTr ngày 20/6/2024 của Chánh Thanh tra tỉnh.";
    expect(read(t)).toEqual([
      ["Kết luận thanh tra số: 09", "09/KL-TTr@2024", "full"],
      ["10", "10/KL-TTr@2024", "full"],
      ["11", "11/KL-TTr@2024", "full"],
      ["12/KL-TTr ngày 20/6/2024", "12/KL-TTr@2024", "full"],
    ]);
    expect(extract(t).map((c) => [c.start, c.end])).toEqual([
      [t.indexOf("Kết"), t.indexOf("09") + 2],
      [t.indexOf("10"), t.indexOf("10") + 2],
      [t.indexOf("11"), t.indexOf("11") + 2],
      [t.indexOf("12/"), t.indexOf("2024") + 4],
    ]);
  });

  it("share the year of the number, with no space or comma and \"và\" alike", () => {
    expect(read("theo Quyết định số 12,13, và 14/2020/QĐ-UBND").map((c) => c[1])).toEqual(["12/2020/QĐ-UBND", "13/2020/QĐ-UBND", "14/2020/QĐ-UBND"]);
  });

  it("offsets are the caller's: decomposed text", () => {
    const t = "Theo Quye\u0302\u0301t đi\u0323nh số 7 và 8/QĐ-UBND.";
    const [a, b] = extract(t);
    expect([a.raw, a.id, b.id]).toEqual(["Quye\u0302\u0301t đi\u0323nh số 7", "07/QĐ-UBND@?", "08/QĐ-UBND@?"]);
  });

  it.each([
    ["a pinpoint's numbers", "theo khoản 1, 2 và 3 Điều 5 Quyết định số 12/QĐ-UBND"],
    ["no \"số\"", "theo Quyết định 1, 2/QĐ-UBND"],
    ["years", "giai đoạn 2021, 2022/QĐ-UBND"],
    ["a date", "Quyết định số 10/QĐ-UBND ngày 1, 2/3/2020"],
    ["a sentence end", "theo Quyết định số 5. 12, 13/QĐ-UBND"],
    ["a line break", "theo Quyết định số 12,\n13/QĐ-UBND"],
    ["another kind than the ký hiệu's", "theo Kế hoạch số 12 và 13/QĐ-UBND"],
    ["a number inside a ký hiệu", "Nghị định số 15/2020/NĐ-CP, 16 và 17/2021/NĐ-CP"],
  ])("no list: %s", (_, t) => {
    const listed = extract(t).filter((c) => c.form === "full" && c.symbol !== null && c.end - c.start <= 3);
    expect(listed.map((c) => c.raw)).toEqual([]);
    expect(extract(t).filter((c) => c.form === "full").length).toBe(t.includes("15/2020") ? 2 : 1);
  });

  it("a long run of numbers is no list, and costs in proportion to its length", () => {
    const run = (n: number) => "Quyết định số " + "1, ".repeat(n) + "2/QĐ-UBND";
    // Read as short forms listed after "Quyết định số 1" (find/short.ts), as before: none takes the ký hiệu.
    expect(read(run(30)).filter((c) => c[2] === "full").map((c) => c[1])).toEqual(["02/QĐ-UBND@?"]);
    expect(read(run(3)).map((c) => c[1])).toEqual(["01/QĐ-UBND@?", "01/QĐ-UBND@?", "01/QĐ-UBND@?", "02/QĐ-UBND@?"]);
    const dense = (n: number) => "Quyết định số 1, 2 và 3/QĐ-UBND, ".repeat(n);
    expect(cpuRatio((t) => extract(t), dense(2000), dense(500), 3, 8)).toBeLessThan(8);
    expect(cpuRatio((t) => extract(t), run(20_000), run(5_000), 3, 8)).toBeLessThan(8);
  });
});

// nfd64: the join between listed numbers ("và") was matched composed only: the NFD copy of plans32-005 read "Phương án
// số 2" as a short form left unresolved, not as 02/PA-UBND.
describe("numbers listed before one ký hiệu, decomposed (shared-symbol.ts)", () => {
  it("are read as in the composed copy, spans the caller's", () => {
    const text = "Thực hiện Phương án số 2 và 3/PA-UBND ngày 5 tháng 9 năm 2017 của Ủy ban nhân dân tỉnh Hậu Giang về việc Ứng phó thiên tai";
    const nfd = text.normalize("NFD");
    const cits = extract(nfd);
    expect(cits.map((c) => c.id)).toEqual(["02/PA-UBND@2017~hau-giang", "03/PA-UBND@2017~hau-giang"]);
    for (const c of cits) expect(nfd.slice(c.start, c.end)).toBe(c.raw);
  });
});
