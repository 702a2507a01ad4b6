/**
 * A correction letter names its own issuer as the subject of "đính chính" in its body (vocab CUES,
 * Cue.ownAfterIssuer; src/analyze/roles/cue.ts namesOwnIssuer): the sentences are the published ones,
 * Bảo hiểm xã hội Việt Nam's 1730/BHXH-VP (2011; fixtures/fresh/fresh30b-025) and Bộ Tài chính's
 * 13158/BTC-VP (2006; fixtures/fresh/pairs40-001), with their letters' headings.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";

const roles = (a: Analysis) => a.citations.filter((c) => c.number !== null && c.role !== "self").map((c) => `${c.number}/${c.symbol} ${c.role}`);
const letter = (issuer: string, own: string, body: string) =>
  `${issuer} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: ${own} | Hà Nội, ngày 29 tháng 04 năm 2011 |\nKính gửi: | - Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương; |\n${body}\n`;

describe("the letter's own issuer, the subject of 'đính chính' in its body", () => {
  it("after the slip's cause: the letter corrects the one it names after the verb", () => {
    const text = letter(
      "BẢO HIỂM XÃ HỘI",
      "1730/BHXH-VP",
      "Ngày 27/4/2011 Bảo hiểm xã hội Việt Nam đã ban hành công văn số 1658/BHXH-CSXH hướng dẫn điều chỉnh lương hưu, trợ cấp BHXH theo Nghị định số 22/2011/NĐ-CP và Nghị định số 23/2011/NĐ-CP ngày 04/4/2011 của Chính phủ. Do sơ suất kỹ thuật khi soạn thảo văn bản, Bảo hiểm xã hội Việt Nam đính chính một số nội dung trong công văn số 1658/BHXH-CSXH ngày 27/4/2011 như sau:",
    );
    expect(roles(analyze(text))).toEqual(["1658/BHXH-CSXH references", "22/NĐ-CP references", "23/NĐ-CP references", "1658/BHXH-CSXH corrects"]);
  });

  it("the issuer's name right before the verb, nothing else in the sentence", () => {
    const text = letter("BỘ TÀI CHÍNH", "13158/BTC-VP", "Bộ Tài chính đính chính Thông tư số 96/2006/TT-BTC ngày 16/10/2006 như sau:");
    expect(roles(analyze(text))).toEqual(["96/TT-BTC corrects"]);
  });

  it("not another body's name, nor a correction told in the past ('đã đính chính')", () => {
    const other = letter("BẢO HIỂM XÃ HỘI", "1730/BHXH-VP", "Bộ Tài chính đính chính Thông tư số 96/2006/TT-BTC ngày 16/10/2006 như sau:");
    expect(roles(analyze(other))).toEqual(["96/TT-BTC references"]);
    const told = letter("BỘ TÀI CHÍNH", "13158/BTC-VP", "Bộ Tài chính đã đính chính Thông tư số 96/2006/TT-BTC ngày 16/10/2006.");
    expect(roles(analyze(told))).toEqual(["96/TT-BTC references"]);
  });
});
