/**
 * "Về (việc) thi hành <law>" as a decree's or circular's own subject (session 58, helper pairs58; CONVENTIONS
 * §19(a)): the document guides the law. Real texts: pairs58-001 (181/2004/NĐ-CP "Về thi hành Luật Đất đai"),
 * pairs58-005 (30-HĐBT, 1989, "… VỀ VIỆC THI HÀNH LUẬT ĐẤT ĐAI"), listing56 row 73 (23/2006/NĐ-CP "Về thi hành
 * Luật Bảo vệ và phát triển rừng"). Not read: the same words inside a cited decree's description, and in a
 * document of another kind.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";

/** The relations to documents named without a number (laws, codes), as "type target". */
const named = (a: Analysis) => a.relations.filter((r) => r.to.startsWith("law:") || r.to.startsWith("code:")).map((r) => `${r.type} ${r.to.replace(/@.*/u, "")}`);

const decree = (subject: string, preamble: string) =>
  `CHÍNH PHỦ\nSố: 181/2004/NĐ-CP\nHà Nội, ngày 29 tháng 10 năm 2004\nNGHỊ ĐỊNH\n${subject}\nCHÍNH PHỦ\n${preamble}\nNGHỊ ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n`;
const decision = (subject: string, preamble: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 15/2010/QĐ-UBND\nHưng Yên, ngày 10 tháng 3 năm 2010\nQUYẾT ĐỊNH\n${subject}\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n`;

describe("'Về (việc) thi hành <law>' as a decree's own subject", () => {
  it("'Về thi hành Luật Đất đai' guides the law (pairs58-001)", () => {
    const a = analyze(decree("Về thi hành Luật Đất đai", "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nCăn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;"));
    expect(named(a)).toContain("guides law:dat-dai");
  });

  it("'VỀ VIỆC THI HÀNH LUẬT …' in capitals guides the law (pairs58-005)", () => {
    const a = analyze(decree("VỀ VIỆC THI HÀNH LUẬT BẢO VỆ VÀ PHÁT TRIỂN RỪNG", "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;"));
    expect(named(a)).toContain("guides law:bao-ve-phat-trien-rung");
  });

  it("inside a cited decree's description the words are the cited decree's: based_on only", () => {
    const a = analyze(decision("Về giá các loại đất năm 2010", "Căn cứ Nghị định số 181/2004/NĐ-CP ngày 29/10/2004 của Chính phủ về thi hành Luật Đất đai;"));
    expect(named(a)).not.toContain("guides law:dat-dai");
  });

  it("a province's decision whose subject says 'Về việc thi hành Luật …' is not read so", () => {
    const a = analyze(decision("Về việc thi hành Luật Đất đai trên địa bàn tỉnh", "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;"));
    expect(named(a)).not.toContain("guides law:dat-dai");
  });
});
