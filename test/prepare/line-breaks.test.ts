import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { extract } from "../../src/extract.js";
import { analyze } from "../../src/index.js";
import { joinCrlf, textAsRead, unifyLineBreaks } from "../../src/prepare/line-breaks.js";
import { OffsetMap } from "../../src/prepare/offset-map.js";

describe("unifyLineBreaks", () => {
  it("ends every line with a lone \\n, one unit for one", () => {
    expect(unifyLineBreaks("Căn cứ …;\r\nĐiều 1.\rĐiều 2.\u2028Điều 3.\vx\u2029y\u0085z")).toBe("Căn cứ …; \nĐiều 1.\nĐiều 2.\nĐiều 3.\nx\ny\nz");
    expect(unifyLineBreaks("\r\r\n\r")).toBe("\n \n\n");
  });

  it("leaves text with \\n line breaks, and form feeds (page breaks), as they are", () => {
    const text = "Điều 1.\n\fĐiều 2.\n";
    expect(unifyLineBreaks(text)).toBe(text);
  });

  it("keeps the length and every other unit, whatever the string", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", " ", "\n", "\r", "\v", "\f", "\u2028", "\u2029", "\u0085", "\t", "Đ"), { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const out = unifyLineBreaks(text);
        expect(out.length).toBe(text.length);
        expect(/[\r\v\u0085\u2028\u2029]/.test(out)).toBe(false);
        for (let i = 0; i < text.length; i++) if (!"\r\v\u0085\u2028\u2029".includes(text[i])) expect(out[i]).toBe(text[i]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("textAsRead", () => {
  it("reads NEL (U+0085), which JavaScript's \\s lacks, as \\n, one unit for one; the escapes as before", () => {
    expect(textAsRead("Nghị định số 61/2018/NĐ-CP\u0085ngày 23/4/2018\u0085")).toBe("Nghị định số 61/2018/NĐ-CP\nngày 23/4/2018\n");
    expect(textAsRead("a\\r\\n\u0085b")).toBe("a   \n\nb");
    const plain = "Căn cứ Luật Đất đai;\r\n";
    expect(textAsRead(plain)).toBe(plain);
  });
});

describe("a line break between two digits, written \\r\\n", () => {
  it("reads as the same break written \\n: the CR as what prints nothing, one unit for one", () => {
    expect(textAsRead("số 6\r\n1/2018 và\r\nngày 2\r\n3")).toBe("số 6\u2060\n1/2018 và\r\nngày 2\u2060\n3");
    // The same text saved on Windows read otherwise: "Nghị định số 6⏎1/2018/NĐ-CP" is 61/2018/NĐ-CP with "\n"
    // (a scan's split number, the grammar's splitNumberAt: one unit between the digits), and with "\r\n" it was a
    // short form "Nghị định số 6" and a decree 01/2018/NĐ-CP no text names.
    const lf = "Căn cứ Nghị định số 6\n1/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;\nCăn cứ Quyết định số 1\n10/QĐ-BTC ngày 20/01/2025;\n";
    const crlf = lf.replace(/\n/g, "\r\n");
    const view = (t: string) => extract(t).map((c) => [c.id, c.date, c.raw.replace(/\r/g, "")]);
    expect(view(crlf)).toEqual(view(lf));
    expect(view(lf).map((c) => c[0])).toEqual(["61/2018/NĐ-CP", "110/QĐ-BTC@2025"]);
    for (const c of extract(crlf)) expect(c.raw).toBe(crlf.slice(c.start, c.end));
  });
});

describe("a CRLF copy of a text", () => {
  // Each pair: a text with "\n" breaks, and its citations; saved with "\r\n" it must give the same ones, offsets into the CRLF text.
  const view = (t: string) => extract(t).map((c) => [c.id, c.kind, c.date, c.name ?? null, c.raw.replace(/\r/g, ""), c.kindText?.replace(/\r/g, "") ?? null]);
  const same = (lf: string) => {
    const crlf = lf.replace(/\n/g, "\r\n");
    expect(view(crlf)).toEqual(view(lf));
    for (const c of extract(crlf)) expect(c.raw).toBe(crlf.slice(c.start, c.end));
  };

  it("reads a repair gated on one unit between a code and what goes on it as with \\n (audit55)", () => {
    for (const lf of [
      "Căn cứ Luật Đất đai số 45/2013/QH\n13 ngày 29 tháng 11 năm 2013;",
      "Xét đề nghị tại Tờ trình số 55/TTr\nUBND ngày 16 tháng 3 năm 2022 của UBND huyện;",
      "Căn cứ Luật Đất đai số 31/2024/QH15\n1. Sửa đổi khoản 1",
      "Căn cứ Quy chế làm việc của Ban\nChấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII;",
      // The kind word over a break (fresh56a-011): its CR read as what prints nothing was kept in kindText (crlf56).
      "THỰC HIỆN CHƯƠNG\nTRÌNH HÀNH ĐỘNG SỐ 77-CTR/TU NGÀY 06/3/2024 CỦA TỈNH ỦY LÂM ĐỒNG",
    ])
      same(lf);
    expect(extract("THỰC HIỆN CHƯƠNG\r\nTRÌNH HÀNH ĐỘNG SỐ 77-CTR/TU NGÀY 06/3/2024")[0].kindText).toBe("CHƯƠNG\r\nTRÌNH HÀNH ĐỘNG");
    expect(view("Xét Tờ trình số 55/TTr\r\nUBND ngày 16 tháng 3 năm 2022")[0][0]).toBe("55/TTr-UBND@2022");
    expect(view("Căn cứ Luật số 45/2013/QH\r\n13;")[0][0]).toBe("45/2013/QH13");
  });

  it("gives the citations of the \\n text, offsets into its own (fixture texts whose breaks fall in a citation)", () => {
    for (const f of ["fresh51d/texts/fresh51d-009.txt", "fresh45b/texts/fresh45b-012.txt", "fresh29o/texts/fresh29o-001.txt", "fresh47d/texts/fresh47d-004.txt", "fresh29a/texts/fresh29a-025.txt"])
      same(readFileSync(`fixtures/fresh/${f}`, "utf8"));
  });
});

describe("joinCrlf", () => {
  it("reads a \\r\\n as one \\n, the map taking it back to both units (crlf56)", () => {
    const { text, map } = joinCrlf("Số: 12/QĐ\r\n\r\nĐiều 1.", new OffsetMap());
    expect(text).toBe("Số: 12/QĐ\n\nĐiều 1.");
    // A span ending at the break ends before its CR; one starting after it, after its LF.
    expect(map.toOriginal(9, "end")).toBe(9);
    expect(map.toOriginal(9, "start")).toBe(9);
    expect(map.toOriginal(10, "start")).toBe(11);
    expect(map.toOriginal(11, "start")).toBe(13);
    expect([9, 10, 11, 12, 13].map((o) => map.fromOriginal(o))).toEqual([9, 9, 10, 10, 11]);
  });

  it("reads a \\r\\n with a mark after it as unifyLineBreaks does, its CR a space", () => {
    expect(joinCrlf("a\r\n\u0301b", new OffsetMap()).text).toBe("a \n\u0301b");
  });
});

describe("a text saved with CR alone (an old Mac file)", () => {
  it("gives the citations of the \\n text: its finders read a CR as the line's end (crlf56)", () => {
    const view = (t: string) => extract(t).map((c) => [c.id, c.kind, c.date, c.name ?? null, c.start, c.end]);
    for (const lf of [
      // A law's name stops at its line (fresh29h-013): with CR it ran on into the place and date.
      "Thực hiện Bộ luật lao động\n\nHà Nội, ngày 26 tháng 04 năm 2013",
      // A "Căn cứ" item's named basis ends at its line (fresh29a-006).
      "- Căn cứ Điều lệ Đảng;\n- Căn cứ Nghị quyết Đại hội X của Đảng;\nQUYẾT ĐỊNH:",
    ]) {
      const cr = lf.replaceAll("\n", "\r");
      expect(view(cr)).toEqual(view(lf));
      for (const c of extract(cr)) expect(c.raw).toBe(cr.slice(c.start, c.end));
    }
    expect(textAsRead("a\rb\r\nc\r\r\nd")).toBe("a\nb\r\nc\n\r\nd");
  });
});

// A web page gives U+00A0 for its spaces: the finders read it as the space prepare() makes of it.
describe("textAsRead reads U+00A0 as a space", () => {
  it("one unit for one", () => {
    expect(textAsRead("Căn\u00a0cứ Điều\u00a0lệ\u00a0Đảng;\u00a0\n")).toBe("Căn cứ Điều lệ Đảng; \n");
  });

  it.each([
    // fresh29a-006, fresh29j-003: a named document at a basis item's head.
    ["QUYẾT ĐỊNH\nCăn cứ Điều lệ Đảng;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy định.\n", "charter:dieu-le-dang@?", "based_on"],
    // fresh31b-021, fresh56e-002: the law an amending law's title names.
    ["LUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội số 57/2014/QH13.\n", "57/2014/QH13", "amends"],
  ])("a text with U+00A0 for every space is read as with spaces: %j", (text, id, role) => {
    const read = (t: string) => analyze(t).citations.filter((c) => c.id === id).map((c) => c.role);
    expect(read(text)).toContain(role);
    expect(read(text.replaceAll(" ", "\u00a0"))).toEqual(read(text));
  });

  it("a citation's raw text is the caller's still", () => {
    const text = "Theo Nghị\u00a0định số\u00a061/2018/NĐ-CP";
    expect(extract(text).map((c) => c.raw)).toEqual(["Nghị\u00a0định số\u00a061/2018/NĐ-CP"]);
  });
});
