/**
 * A letter copied with its salutation block run into one line with the body's opening (roles/salutation.ts):
 * the opening cue stands after the addressees, or after the note closing their list. The sentences are
 * the published ones: Bộ Y tế 6087/BYT-KCB (2013) and 627/BYT-BH (2021), as thuvienphapluat's text copy joins them.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";
import { opensAfterSalutation } from "../../../src/analyze/roles/salutation.js";

const roles = (a: Analysis) => a.citations.filter((c) => c.number !== null).map((c) => `${c.number}/${c.symbol} ${c.role}`);
const letter = (own: string, body: string) => `BỘ Y TẾ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: ${own} V/v cấp chứng chỉ hành nghề\n${body}\n1. Chỉ đạo Sở Y tế chủ trì.\nTrân trọng cảm ơn.\n`;

describe("a letter's opening run on after its salutation block", () => {
  it("after the addressees on the salutation's line: the letter carries out what it opens with", () => {
    const text = letter("6087/BYT-KCB", "Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương Thực hiện Luật Khám bệnh, chữa bệnh và các văn bản quy phạm pháp luật có liên quan; Công văn số 2991/VPCP-KGVX ngày 16/4/2013 của Văn phòng Chính phủ về việc cấp chứng chỉ hành nghề; Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh thực hiện các nội dung sau đây:");
    expect(roles(analyze(text))).toContain("2991/VPCP-KGVX implements");
  });

  it("after the note closing the addressees' list, at its line's start", () => {
    const text = letter("627/BYT-BH", "Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:\n- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;\n- Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành.\n(Sau đây gọi chung là các đơn vị) Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008, Bộ Y tế hướng dẫn thực hiện như sau:");
    expect(roles(analyze(text))).toContain("25/QH12 implements");
  });

  it("a lower-case 'thực hiện' after the addressees names a body's task, not the letter's opening", () => {
    const text = letter("1/BYT-KCB", "Kính gửi: Ban Chỉ đạo thực hiện Quyết định số 22/2013/QĐ-TTg của Thủ tướng Chính phủ");
    expect(roles(analyze(text))).not.toContain("22/QĐ-TTg implements");
  });

  it("reads the stretch before the cue on its line only", () => {
    const at = (s: string) => s.indexOf("Thực hiện");
    expect(opensAfterSalutation("Kính gửi: Sở Tài chính Thực hiện Công văn số 1", at("Kính gửi: Sở Tài chính Thực hiện"))).toBe(true);
    // A sentence ended between the salutation and the cue: the cue opens its own clause, read there.
    expect(opensAfterSalutation("Kính gửi: Sở Tài chính. Nay Thực hiện Công văn số 1", at("Kính gửi: Sở Tài chính. Nay Thực hiện"))).toBe(false);
    // The salutation on an earlier line, no note closing the list: the line's own text stands before the cue.
    expect(opensAfterSalutation("Kính gửi: Sở Tài chính\nBáo cáo năm Thực hiện Công văn số 1", at("Kính gửi: Sở Tài chính\nBáo cáo năm Thực hiện"))).toBe(false);
    expect(opensAfterSalutation("Kính gửi:\n- Sở Y tế.\n(Sau đây gọi tắt là Sở) Thực hiện Công văn số 1", at("Kính gửi:\n- Sở Y tế.\n(Sau đây gọi tắt là Sở) Thực hiện"))).toBe(true);
  });

  it("never throws: an offset at or past the text's end opens nothing", () => {
    expect(opensAfterSalutation("", 0)).toBe(false);
    expect(opensAfterSalutation("Kính gửi: Sở Tài chính ", 23)).toBe(false);
  });
});
