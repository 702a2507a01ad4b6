import { describe, expect, it } from "vitest";
import { mayWrapNameAtDash, nameWrappedAtDash, splitClauses } from "../../src/analyze/clauses.js";
import { generateText } from "../../bench/corpus.mjs";
import { DASH_WRAPPED_NAME_HALVES } from "../../src/vocab/issuers.js";
import { noteIfDiffer, randomPieces, seededRandom, textsUnder } from "../helpers/search-equivalence.js";
import { cpuRatio } from "../helpers/linear.js";

const whole = (text: string) => [{ type: "body" as const, start: 0, end: text.length }];
const pieces = (text: string) => splitClauses(text, whole(text), []).map((c) => text.slice(c.start, c.end));

describe("splitClauses", () => {
  it("ends clauses at ';', ':', a full stop, a list item and a capitalised cue on its own line", () => {
    const text = "Căn cứ Luật A; Nghị định B.\nThực hiện Chỉ thị C:\n- Kế hoạch D\nvà E.";
    expect(pieces(text)).toEqual(["Căn cứ Luật A;", " Nghị định B.", "\nThực hiện Chỉ thị C:", "\n- Kế hoạch D\nvà E."]);
  });

  it("ends a clause at the blank before a capitalised cue after a word in capitals, on one line", () => {
    // A page that lost its line breaks: the break is the blank (a space or a tab), the cue opens the next clause.
    expect(pieces("I. MỤC ĐÍCH Thực hiện Chỉ thị C, TỈNH BÌNH AN\tCăn cứ Luật A")).toEqual(["I. MỤC ĐÍCH ", "Thực hiện Chỉ thị C, TỈNH BÌNH AN\t", "Căn cứ Luật A"]);
    // After a word in small letters, or a list item's number, it is the sentence's own word.
    expect(pieces("các sở phối hợp Thực hiện Chỉ thị C")).toEqual(["các sở phối hợp Thực hiện Chỉ thị C"]);
    expect(pieces("II. Căn cứ Luật A")).toEqual(["II. Căn cứ Luật A"]);
  });

  it("ends a clause at the blank between a year and a capitalised 'Căn cứ', on one line (fresh63b-007, fresh30e-018)", () => {
    // A PDF's transcript flattened to one line runs the title, ending with its year, into the first Căn cứ item.
    expect(pieces("KHOẠCH Thực hiện công tác quản lý nhà nước về tín ngưỡng, tôn giáo năm 2019 Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016;")).toEqual([
      "KHOẠCH ",
      "Thực hiện công tác quản lý nhà nước về tín ngưỡng, tôn giáo năm 2019 ",
      "Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016;",
    ]);
    // Not a year ("số 2019"), nor a small "căn cứ" in a sentence.
    expect(pieces("theo Kế hoạch số 2019 Căn cứ vào đó")).toEqual(["theo Kế hoạch số 2019 Căn cứ vào đó"]);
    expect(pieces("trong năm 2019 căn cứ kết quả")).toEqual(["trong năm 2019 căn cứ kết quả"]);
  });

  it("ends a clause at a line opening with 'n cứ', a copy's 'Căn cứ' that lost its first letters (fresh30m-030, fresh66a-009)", () => {
    expect(pieces("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\n\nn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;")).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\n\n",
      "n cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;",
    ]);
    // Only at a line's start: in a line, "n" and "cứ" are no cue ("Căn cứ" itself, a formula's "n").
    expect(pieces("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN n cứ Luật A")).toEqual(["ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN n cứ Luật A"]);
    expect(pieces("Ủy ban nhân dân tỉnh\ncăn cứ Luật A")).toEqual(["Ủy ban nhân dân tỉnh\ncăn cứ Luật A"]);
  });

  it("ends a clause at a ';' one or two characters before the text's end", () => {
    // The look past the ";" for a title's second part stops at the text's end (read beyond it, V8's
    // compiled loop was thrown away: "out of bounds").
    expect(pieces("Căn cứ Luật A;")).toEqual(["Căn cứ Luật A;"]);
    expect(pieces("Căn cứ Luật A;q")).toEqual(["Căn cứ Luật A;", "q"]);
    expect(pieces("Căn cứ Luật A; ")).toEqual(["Căn cứ Luật A;", " "]);
    expect(pieces("Căn cứ Luật A;\n")).toEqual(["Căn cứ Luật A;", "\n"]);
  });

  it("goes on over a body's name wrapped at its dash: 'Sở Lao động ⏎- Thương binh và Xã hội' opens no list item", () => {
    // Bình Định's plan decision (2021, fresh30c-017) and its closing article, as fresh50c-014's: the dash is the name's.
    expect(pieces("Theo đề nghị của Sở Lao động\n- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH.")).toEqual([
      "Theo đề nghị của Sở Lao động\n- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH.",
    ]);
    expect(pieces("Giám đốc các Sở: Lao động \n – Thương binh và Xã hội, Tài chính")).toEqual(["Giám đốc các Sở:", " Lao động \n – Thương binh và Xã hội, Tài chính"]);
    // Another item after the first half, or the second half inside a longer word, is a list item still.
    expect(pieces("Sở Lao động\n- Thương binh liệt sĩ được thăm")).toEqual(["Sở Lao động\n", "- Thương binh liệt sĩ được thăm"]);
    expect(pieces("phối hợp lao động\n- Kế hoạch D")).toEqual(["phối hợp lao động\n", "- Kế hoạch D"]);
  });

  it("reads a list item's own stop as no full stop when the item goes on on its line", () => {
    expect(pieces("1. Nghị quyết số 5;\n2.\nQuyết định 7.")).toEqual(["1. Nghị quyết số 5;", "\n2.", "\nQuyết định 7."]);
  });

  describe("a preamble whose items lack their ';'", () => {
    const preamble = (text: string, cited: string[]) => {
      const spans = cited.map((c) => ({ start: text.indexOf(c), end: text.indexOf(c) + c.length }));
      return splitClauses(text, [{ type: "preamble", start: 0, end: text.length }], spans).map((c) => [text.slice(c.start, c.end), c.opensList]);
    };
    const grounds = "Căn cứ Nghị định số 118/2008/NĐ-CP ngày 27 tháng 11 năm 2008 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tài chính";

    it("reads each clause's line breaks from where the last clause's search stopped: ';' after ';' on one long line is linear (session 59's audit)", () => {
      // Before, each clause looked for its next break from its own start, on to the text's one break at the end.
      const text = (n: number) => `${grounds}${";".repeat(n)} được sửa đổi, bổ sung bởi Nghị định số 35/2023/NĐ-CP; ${"a".repeat(20 * n)}\nĐiều 1.`;
      const split = (t: string) => preamble(t, ["Nghị định số 118/2008/NĐ-CP", "Nghị định số 35/2023/NĐ-CP"]);
      expect(split(text(2)).map(([t]) => t)).toEqual([`${grounds};`, ";", " được sửa đổi, bổ sung bởi Nghị định số 35/2023/NĐ-CP;", ` aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nĐiều 1.`]);
      // Size ratio 4: linear stays near 4, quadratic near 16.
      expect(cpuRatio(split, text(40_000), text(10_000), 5, 9)).toBeLessThan(9);
    });

    it("ends an item where a line opens as an item does, as ';' would end it", () => {
      const formula = "Bộ Tài chính hướng dẫn việc thực hiện nghĩa vụ thuế theo quy định tại Nghị định số 78/2006/NĐ-CP của Chính phủ như sau:";
      expect(preamble(`${grounds}\n${formula}`, ["Nghị định số 118/2008/NĐ-CP", "Nghị định số 78/2006/NĐ-CP"])).toEqual([
        [`${grounds}\n`, true],
        [formula, true],
      ]);
      const report = "Theo báo cáo cuộc họp ngày 11/5/2005 và xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 213/TT-SNV ngày 03/6/2005.";
      expect(preamble(`${grounds}\n${report}`, ["Nghị định số 118/2008/NĐ-CP", "Tờ trình số 213/TT-SNV"]).map(([t]) => t)).toEqual([`${grounds}\n`, report]);
      // In capitals, as a text typed in capitals writes it.
      expect(preamble(`${grounds}\n${report}`.toUpperCase(), ["NGHỊ ĐỊNH SỐ 118/2008/NĐ-CP", "TỜ TRÌNH SỐ 213/TT-SNV"])).toHaveLength(2);
    });

    it("goes on where the layout wrapped the item, a name opens the line, or the item holds no document yet", () => {
      // Wrapped at 66 columns: "… của" fills its line, and "Bộ Tài chính" goes on with the sentence.
      const wrapped =
        "Căn cứ Nghị định số 118/2008/NĐ-CP ngày 27 tháng 11 năm 2008 của\nBộ Tài chính quy định chức năng, nhiệm vụ của Cục Thuế tỉnh và\nxét đề nghị tại Tờ trình số 5/TTr-CT ngày 01/02/2010.";
      expect(preamble(wrapped, ["Nghị định số 118/2008/NĐ-CP", "Tờ trình số 5/TTr-CT"])).toHaveLength(1);
      // Lines of seven words, a blank line after each (PDF): names open lines in mid-sentence.
      const names = "Căn cứ Thông tư số 11/2009/TT-NHNN của Thống đốc\n\nNgân hàng Nhà nước sửa đổi Khoản 1\n\nĐiều 7 Thông tư số 03/2009/TT-NHNN";
      expect(preamble(names, ["Thông tư số 11/2009/TT-NHNN", "Thông tư số 03/2009/TT-NHNN"])).toHaveLength(1);
      expect(preamble("Căn cứ\nBộ luật Lao động năm 2019", ["Bộ luật Lao động năm 2019"])).toHaveLength(1);
      expect(preamble("Căn cứ Luật A\nBộ Tài chính hướng dẫn", [])).toHaveLength(1);
    });

    it("goes on after a short line that ends with a word no phrase ends with ('… của ⏎ Chính phủ quy định …')", () => {
      const text = `${grounds};\nCăn cứ Nghị định số 24/2010/NĐ-CP ngày 15/3/2010 của\nChính phủ quy định chi tiết thi hành một số điều của Luật Cán bộ, công chức;`;
      const cited = ["Nghị định số 118/2008/NĐ-CP", "Nghị định số 24/2010/NĐ-CP"];
      expect(preamble(text, cited).map(([t]) => t)).toEqual([`${grounds};`, text.slice(text.indexOf("\nCăn cứ Nghị định số 24"))]);
      // Ended with a full word, the same short line ends its item where the next opens as one does.
      const ended = `${grounds}\nCăn cứ Nghị định số 24/2010/NĐ-CP ngày 15/3/2010\nChính phủ quy định chi tiết thi hành một số điều của Luật Cán bộ, công chức;`;
      expect(preamble(ended, cited)).toHaveLength(3);
    });

    it("goes on past a ';' inside a cited decree's title when the title's second part follows, small", () => {
      // Decree 152/2025/NĐ-CP's own title holds a ";" (fresh39c-005, a Tỉnh ủy regulation's one Căn cứ list).
      const decree = "Nghị định số 152/2025/NĐ-CP, ngày 14/6/2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn một số điều của Luật Thi đua, khen thưởng;";
      const text = `Căn cứ Điều lệ Đảng; ${decree} Quy định số 09-QĐ/TU, ngày 13/11/2025 của Ban Chấp hành Đảng bộ tỉnh.`;
      const cited = ["Nghị định số 152/2025/NĐ-CP, ngày 14/6/2025 của Chính phủ", "Quy định số 09-QĐ/TU, ngày 13/11/2025 của Ban Chấp hành Đảng bộ tỉnh"];
      expect(preamble(text, cited).map(([t]) => t)).toEqual(["Căn cứ Điều lệ Đảng;", ` ${decree}`, " Quy định số 09-QĐ/TU, ngày 13/11/2025 của Ban Chấp hành Đảng bộ tỉnh."]);
      // A capitalised "Quy định chi tiết …" opens an item of its own; so does the small one with no cited title before it.
      const own = "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định về thi đua; Quy định chi tiết một số điều.";
      expect(preamble(own, ["Nghị định số 152/2025/NĐ-CP"])).toHaveLength(2);
      const scope = "Thông tư này quy định các biểu mẫu hộ tịch; quy định chi tiết và hướng dẫn thi hành Nghị định.";
      expect(pieces(scope)).toHaveLength(2);
    });

    it("splits a body's lines no more than before", () => {
      const text = `${grounds}\nBộ Tài chính hướng dẫn theo Nghị định số 78/2006/NĐ-CP.`;
      expect(pieces(text)).toEqual([text.slice(0, text.indexOf(".") + 1), ""].filter(Boolean));
    });
  });

  /**
   * The break regex is one scan of the text: its look-arounds must be tried only at the characters
   * that can end a clause. A look-behind opening a branch is tried at every character instead; that
   * made the split 15–19 times a plain scan for the same marks (and analyze() twice as slow). CPU
   * time of both, back to back, the smallest of up to sixty pairs: a ratio, not a duration. Pairs
   * vary tenfold (0.5–10: a collection falls in one call or the other, and process.cpuUsage counts
   * the other test files' threads), so more pairs are taken while none is under the bound; a
   * look-behind tried at every character is over it in every pair. Twenty pairs were once all over
   * it in a full run at load ~9 (session 37): a pass takes the first pair under, so more cost nothing.
   */
  it("costs about what a plain scan for the marks that end clauses costs", () => {
    const text = generateText({ seed: 11, bytes: 1_000_000 }).text;
    const marks = /[;:.!?\n]/g;
    const plain = () => {
      let n = 0;
      marks.lastIndex = 0;
      while (marks.test(text)) n++;
      return n;
    };
    const split = () => splitClauses(text, whole(text), []).length;
    const cpu = (f: () => number) => {
      const before = process.cpuUsage();
      f();
      const used = process.cpuUsage(before);
      return Math.max(1, used.user + used.system);
    };
    split();
    plain();
    let best = Infinity;
    for (let i = 0; i < 60 && best >= 6; i++) best = Math.min(best, cpu(split) / cpu(plain));
    expect(best, `split / plain scan: ${best.toFixed(1)}x`).toBeLessThan(6);
  });
});

describe("mayWrapNameAtDash", () => {
  // The cheap test clausesAtBreaks asks before nameWrappedAtDash (session 55): where it says no, so must the full one.
  const breaks = (text: string): number[] => [...text.matchAll(/\n/g)].map((m) => m.index);
  const wrongNo = (text: string): number[] => breaks(text).filter((at) => !mayWrapNameAtDash(text, at) && nameWrappedAtDash(text, at));
  const halves = DASH_WRAPPED_NAME_HALVES.flat();
  const PIECES = [...halves, ...halves.map((h) => h.toUpperCase()), ...halves.map((h) => h.charAt(0).toUpperCase() + h.slice(1)), "Sở ", "\n", "\n", " ", "\t", "-", "–", "—", " - ", "a", "K", "\u212a", "İ", ";", ":", ".", "1", "\u00a0", "ệ"];

  it("says yes wherever nameWrappedAtDash does, on random texts of the halves, dashes, blanks and neighbours", () => {
    const random = seededRandom(55);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const BLANKS = ["", "", " ", "\t", "  ", " \t"];
    const DASHES = ["-", "–", "—", "", "- -"];
    let wrapped = 0;
    const differ: string[] = [];
    for (let r = 0; r < 40000; r++) {
      // A first half, blanks, a break, blanks, a dash, blanks, a second half: each piece at times another or random.
      const text = [
        randomPieces(random, PIECES, Math.floor(random() * 3)),
        random() < 0.7 ? pick(PIECES.slice(0, halves.length * 3)) : "",
        pick(BLANKS),
        "\n",
        pick(BLANKS),
        pick(DASHES),
        pick(BLANKS),
        random() < 0.7 ? pick(PIECES.slice(0, halves.length * 3)) : "",
        randomPieces(random, PIECES, Math.floor(random() * 3)),
      ].join("");
      noteIfDiffer(differ, wrongNo(text), [], () => JSON.stringify(text));
      wrapped += breaks(text).filter((at) => nameWrappedAtDash(text, at)).length;
    }
    expect(differ).toEqual([]);
    expect(wrapped).toBeGreaterThan(100);
  });

  it("says yes for every pair wrapped, in any case, and no code unit beside the dash or the break makes it say no wrongly", () => {
    for (const [first, second] of DASH_WRAPPED_NAME_HALVES) {
      for (const text of [`Sở ${first}\n- ${second} tại`, `SỞ ${first.toUpperCase()} \t\n \t–\t${second.toUpperCase()}`, `${first}\n-${second}`]) {
        expect(nameWrappedAtDash(text, text.indexOf("\n")), text).toBe(true);
        expect(mayWrapNameAtDash(text, text.indexOf("\n")), text).toBe(true);
      }
    }
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const [first, second] of DASH_WRAPPED_NAME_HALVES.slice(0, 4)) {
        for (const text of [`${first.slice(0, -1)}${u}\n- ${second}`, `${first}\n- ${u}${second.slice(1)}`, `${first}${u}\n- ${second}`, `${first}\n-${u}${second}`, `${first}\n${u}- ${second}`]) {
          const at = text.indexOf("\n");
          if (!mayWrapNameAtDash(text, at) && nameWrappedAtDash(text, at)) differ.push(text);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it("says yes wherever nameWrappedAtDash does in the fixtures' texts, and no at most of their breaks", () => {
    let asked = 0;
    let passed = 0;
    const differ: string[] = [];
    for (const t of textsUnder("fixtures")) {
      for (const at of breaks(t)) {
        asked++;
        if (mayWrapNameAtDash(t, at)) passed++;
        else if (nameWrappedAtDash(t, at)) differ.push(t.slice(Math.max(0, at - 40), at + 40));
      }
    }
    expect(differ).toEqual([]);
    expect(asked).toBeGreaterThan(10000);
    expect(passed * 20).toBeLessThan(asked);
  });
});
