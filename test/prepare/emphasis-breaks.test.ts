import { describe, expect, it } from "vitest";
import { hasEmphasisBreaks, readEmphasisBreaks } from "../../src/prepare/emphasis-breaks.js";
import { prepare } from "../../src/prepare/prepare.js";
import { needsPreparing } from "../../src/prepare/needs-preparing.js";
import { prepareDocument } from "../../src/analyze/prepared.js";
import { asPrepared } from "../../src/prepare/as-read.js";
import { analyze } from "../../src/analyze/index.js";

// A markdown copy's italic preamble broken between "số" and the number (fresh59f-007; fresh36b-001 writes "Nghị quyết số* *203/2025/QH15").
const BASIS =
  "*Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 được sửa đổi, bổ sung một số điều bởi Luật số 11/2022/QH15, Luật số 16/2023/QH15, Luật số* *18/2023/QH15, Luật số 47/2024/QH15, Luật số 54/2024/QH15 và Luật số* *146/2025/QH15;*\n";

describe("readEmphasisBreaks", () => {
  it("reads the two asterisks of an emphasis break between words as spaces, one for one", () => {
    expect(readEmphasisBreaks("Luật số* *18/2023/QH15")).toBe("Luật số   18/2023/QH15");
    expect(readEmphasisBreaks("ngày 19 tháng 01 năm 2026 của* *Chính phủ")).toBe("ngày 19 tháng 01 năm 2026 của   Chính phủ");
    expect(readEmphasisBreaks("số*\t*5")).toBe("số \t 5");
  });

  it("leaves a list's marker, bold marks, a lone asterisk and a break not between two words as written", () => {
    for (const s of ["* Căn cứ Luật số 1/2020/QH14", "**Điều 1.** **Phạm vi**", "TRUNG ƯƠNG * Số 68-NQ/TW", "*Căn cứ …;*\n*Theo đề nghị", "số*    *5", "a** *b"]) {
      expect(readEmphasisBreaks(s)).toBe(s);
      expect(hasEmphasisBreaks(s)).toBe(false);
    }
  });

  it("is read alike by prepare(), the whole document's preparation and the look-backs, offsets unmoved", () => {
    expect(needsPreparing("Luật số* *18/2023/QH15")).toBe(true);
    const window = prepare(BASIS);
    expect(window.text).toBe(BASIS.replace(/\* \*/g, "   "));
    expect(window.text.length).toBe(BASIS.length);
    expect(prepareDocument(BASIS).text).toBe(window.text);
    expect(asPrepared("Luật số* *18/2023/QH15")).toBe("Luật số   18/2023/QH15");
  });

  it("keeps the kind word before the number, so the amending laws listed in a Căn cứ item are each based on", () => {
    const text = `THÔNG TƯ\nQUY ĐỊNH QUẢN LÝ HỆ THỐNG ĐĂNG KÝ\n${BASIS}*Bộ trưởng ban hành Thông tư.*\n`;
    const a = analyze(text);
    const basedOn = a.relations.filter((r) => r.type === "based_on").map((r) => a.citations.find((c) => c.id === r.to)?.id ?? r.to);
    expect(basedOn).toEqual(expect.arrayContaining(["18/2023/QH15", "146/2025/QH15"]));
    const c18 = a.citations.find((c) => c.id === "18/2023/QH15")!;
    expect(text.slice(c18.start, c18.end)).toBe("Luật số* *18/2023/QH15");
  });
});
