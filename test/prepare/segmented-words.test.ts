import { describe, expect, it } from "vitest";
import { hasSegmentedWords, joinSegmentedWords } from "../../src/prepare/segmented-words.js";
import { prepare } from "../../src/prepare/prepare.js";
import { needsPreparing } from "../../src/prepare/needs-preparing.js";
import { prepareDocument } from "../../src/analyze/prepared.js";
import { asPrepared } from "../../src/prepare/as-read.js";
import { analyze } from "../../src/analyze/index.js";

// Word-segmented copies as two Hugging Face datasets store them (fresh52a-006, fresh51e-007: anti-ai/zalo_law_ranking;
// fresh52a-013: nc33/cross_en_laws).
const REPEALS = "2 . Bãi_bỏ các quy_định sau đây kể từ ngày Thông_tư này có hiệu_lực thi_hành :\na ) Quyết_định số 647 / QĐ - BYT ngày 20 tháng 02 năm 2007 của Bộ_trưởng Bộ Y_tế về Hướng_dẫn tư_vấn và xét_nghiệm HIV tự_nguyện ;";
const AMENDS = "Điều 1 . Sửa_đổi , bổ_sung , bãi_bỏ một_số điều của Quy_chế đại_lý đổi ngoại_tệ ban_hành kèm theo Quyết_định số 21 / 2008 / QĐ - NHNN ngày 11 tháng 7 năm 2008 của Thống_đốc Ngân_hàng Nhà_nước Việt_Nam";
const SECTION = "Căn_cứ theo quy_định tại Mục 1 Chỉ_thị 08 / CT-TTg năm 2022 tăng_cường triển_khai công_tác xây_dựng văn_hoá học_đường";

describe("joinSegmentedWords", () => {
  it("reads a '_' joining a Vietnamese word's syllables as a space, one for one", () => {
    expect(joinSegmentedWords("Bãi_bỏ các quy_định")).toBe("Bãi bỏ các quy định");
    expect(joinSegmentedWords("Ban_hành kèm theo Quyết_định này Kế_hoạch triển_khai")).toBe("Ban hành kèm theo Quyết định này Kế hoạch triển khai");
    expect(joinSegmentedWords("Tổ_chức_tín_dụng")).toBe("Tổ chức tín dụng");
    // Decomposed: the marks are a syllable's too.
    expect(joinSegmentedWords("Quye\u0302\u0301t_đi\u0323nh")).toBe("Quye\u0302\u0301t đi\u0323nh");
    for (const s of [REPEALS, AMENDS, SECTION]) expect(joinSegmentedWords(s).length).toBe(s.length);
  });

  it("leaves identifiers, column names, file names and a '_' beside a digit as written", () => {
    for (const s of ["loai_van_ban", "source_id | html_text", "Chi_thi_cua_Bo_GD", "cvct-601-2020-4_signed", "a_1", "_bỏ", "Bãi_", "Bãi__bỏ", "Bãi_ bỏ"]) {
      expect(joinSegmentedWords(s), s).toBe(s);
      expect(hasSegmentedWords(s), s).toBe(false);
    }
  });

  it("is asked for by needsPreparing and done by prepare, prepareDocument and asPrepared, no offset moved", () => {
    expect(needsPreparing("Quyết_định số 647 / QĐ - BYT")).toBe(true);
    expect(needsPreparing("loai_van_ban")).toBe(false);
    const p = prepare(REPEALS);
    expect(p.text).toBe(joinSegmentedWords(REPEALS));
    expect(p.map.fromOriginal(120)).toBe(120);
    expect(prepareDocument(AMENDS).text).toBe(joinSegmentedWords(AMENDS));
    expect(prepareDocument(AMENDS).clean).toBe(false);
    expect(asPrepared("Quyết_định số")).toBe("Quyết định số");
  });

  it("stays linear on a long run of joins and of letters", () => {
    const long = "ả_".repeat(200000) + "b";
    const t = performance.now();
    expect(joinSegmentedWords(long).length).toBe(long.length);
    expect(hasSegmentedWords("a".repeat(200000) + "_" + "b".repeat(200000))).toBe(false);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe("analyze() of a word-segmented copy", () => {
  it("reads the repealing, amending and pinpoint cues as in any copy", () => {
    const repeals = analyze(REPEALS).citations.map((c) => [c.role, c.id]);
    expect(repeals).toEqual([["repeals", "647/QĐ-BYT@2007"]]);
    const amends = analyze(AMENDS).citations.map((c) => [c.role, c.id]);
    expect(amends).toEqual([["amends", "21/2008/QĐ-NHNN"]]);
    const section = analyze(SECTION).citations;
    expect(section.map((c) => c.pinpoint)).toEqual([{ start: SECTION.indexOf("Mục 1"), end: SECTION.indexOf("Mục 1") + 5, section: "1" }]);
  });
});
