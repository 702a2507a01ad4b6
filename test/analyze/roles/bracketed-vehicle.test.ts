/**
 * src/analyze/roles/citation.ts numberInBracket: a document named without a number at a "Căn cứ" item's head, then
 * in a bracket the numbered paper that brought it ("Căn cứ Đề án thành lập … ( Tờ trình số 565/TTr-EVN … ) ;",
 * the Ministry of Industry and Trade's decisions setting up the power corporations, 2010: fixtures/dev/texts/dev-049,
 * fixtures/fresh/seg33b/texts/seg33b-003). The item names two documents, both bases.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { roles } from "../../helpers/roles.js";

const named = (text: string): string[] =>
  analyze(text)
    .citations.filter((c) => c.form === "named")
    .map((c) => `${c.id} ${c.role}`);

const preamble = (item: string): string =>
  "BỘ CÔNG THƯƠNG\nQuyết định về việc thành lập công ty mẹ - Tổng công ty Điện lực miền Bắc\nBỘ TRƯỞNG BỘ CÔNG THƯƠNG\n" +
  "Căn cứ Nghị định số 189/2007/NĐ-CP ngày 27 tháng 12 năm 2007 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương;\n" +
  item +
  "\nXét đề nghị của Vụ trưởng Vụ Tổ chức cán bộ,\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập công ty mẹ.\n";

describe("a named basis and the numbered paper in a bracket after it", () => {
  it("the scheme and its submission are both bases", () => {
    const text = preamble("Căn cứ Đề án thành lập các Tổng công ty điện lực hoạt động theo mô hình công ty mẹ - công ty con ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 của Tập đoàn Điện lực Việt Nam ) ;");
    expect(named(text)).toEqual(["scheme:de-an-thanh-lap-cac-tong-cong-ty-dien-luc-hoat-dong-theo-mo-hinh-cong-ty-me-cong-ty-con@? based_on"]);
    expect(roles(analyze(text))).toEqual(["189 based_on", "565 based_on"]);
  });

  it("a numbered document's bracket, or a law's own number in one, is an aside as before", () => {
    const decision = preamble("Căn cứ Quyết định số 12/QĐ-BCT ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 ) ;");
    expect(roles(analyze(decision))).toEqual(["189 based_on", "12 based_on", "565 references"]);
    const law = preamble("Căn cứ Luật Điện lực ( Luật số 28/2004/QH11 ) ;");
    expect(roles(analyze(law))).toEqual(["189 based_on", "28 references"]);
  });
});
