import { describe, expect, it } from "vitest";
import { analyze, type Citation } from "../../../src/index.js";
import { sourceLineCitation } from "../../../src/analyze/self/unheaded-page.js";
import { cpuRatio } from "../../helpers/linear.js";

// A portal prints a body's letter under no heading of its own and closes it with a source line naming the
// letter (fixtures/fresh/CONVENTIONS.md §17): Quảng Trị's business-dialogue answers (fixtures/fresh/fresh61d-006),
// Côn Đảo's "Tin chỉ đạo điều hành" (fresh58e-003). src/analyze/self/unheaded-page.ts sourceLineCitation.
describe("a source line under a letter's printed body", () => {
  it("names the letter the page prints, when the body speaks as its issuer", () => {
    const a = analyze(
      "UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định; hoàn thành trước ngày 10/12/2023./.\n(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)",
    );
    expect([a.self.kind, a.self.number, a.self.symbol, a.self.date]).toEqual(["official-letter", "6202", "UBND-KT", "2023-11-23"]);
  });

  it("also with the page's chrome after it, and \"Nguồn: Từ\"", () => {
    const a = analyze(
      "Thực hiện Hướng dẫn số 06-HD/HU ngày 15/4/2021 của Ban Thường vụ Huyện ủy, Ủy ban nhân dân huyện có ý kiến như sau:\n1. Phòng Văn hóa và Thông tin huyện: tổ chức tuyên truyền.\n2. Trung tâm Văn hóa huyện: treo băng rôn.\n\n(Nguồn: Từ Công văn số 1150/UBND-VP ngày 22/04/2021)\n\nĐánh giá\n\nTin tức liên quan",
    );
    expect([a.self.number, a.self.symbol, a.self.date]).toEqual(["1150", "UBND-VP", "2021-04-22"]);
  });

  it("not under a page that retells the letter (a dateline, a byline)", () => {
    const a = analyze(
      "(Chinhphu.vn) - Huyện Bù Gia Mập được bổ sung vào danh sách các huyện hưởng cơ chế, chính sách như đối với các tỉnh Tây Nguyên.\n\nThủ tướng Chính phủ đồng ý bổ sung huyện Bù Gia Mập vào Danh sách các huyện miền núi.\n\nMinh Phương\n\n(Nguồn: Công văn 2089/TTg-ĐP)",
    );
    expect(a.self.number).toBeNull();
  });

  it("not a source line that is not a line of its own", () => {
    const a = analyze("UBND tỉnh có ý kiến như sau: Giao Sở Xây dựng thực hiện theo Công văn số 6202/UBND-KT ngày 23/11/2023 của UBND tỉnh.");
    expect(a.self.number).toBeNull();
  });
});

// audit61: each citation's line was found by lastIndexOf and indexOf to its ends, so a page run onto one long line of
// citations was read whole once a citation (quadratic). The line's opening and closing are bounded: looked for near it.
describe("sourceLineCitation on one long line of citations", () => {
  const line = (n: number) => {
    const unit = "Công văn số 1/UBND-KT, ";
    const text = `UBND tỉnh có ý kiến như sau: ${unit.repeat(n)}`;
    const at = text.indexOf(unit);
    const spans = Array.from({ length: n }, (_, i) => ({ start: at + i * unit.length, end: at + i * unit.length + unit.length - 2 }));
    const found = spans.map(() => ({ number: "1", symbol: "UBND-KT", kind: "official-letter" }) as unknown as Citation);
    return { text, found, spans };
  };
  it("costs in proportion to the line (4x the citations, under 9x the time)", () => {
    const big = line(40_000);
    const small = line(10_000);
    const run = (t: string) => sourceLineCitation(t, t === big.text ? big.found : small.found, t === big.text ? big.spans : small.spans);
    expect(cpuRatio(run, big.text, small.text, 3, 9)).toBeLessThan(9);
  });
  it("still reads a source line at the text's very start and end", () => {
    const text = "UBND tỉnh có ý kiến như sau:\n(Theo Công văn số 6202/UBND-KT)";
    const start = text.indexOf("Công");
    const found = [{ number: "6202", symbol: "UBND-KT", kind: "official-letter" } as unknown as Citation];
    expect(sourceLineCitation(text, found, [{ start, end: start + "Công văn số 6202/UBND-KT".length }])).toBe(found[0]);
  });
});
