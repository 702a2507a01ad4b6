/**
 * src/analyze/roles/cue.ts with vocab REVIEW_WORK_WORDS: "thực hiện (việc) rà soát …" names a review, and the
 * documents after it are what is reviewed, not carried out (fixtures/fresh/fresh56b-010, fresh56h-003); so
 * "triển khai sơ kết / tổng kết … thực hiện X" (fresh63h-001, CONVENTIONS §31).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const edges = (text: string) => new Set(analyze(text).relations.map((r) => `${r.to.split("@")[0]} ${r.type}`));

/** A provincial plan's heading and opening, then its task items. */
const plan = (items: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 120/KH-UBND\nLào Cai, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nTăng cường công tác quản lý nhà nước về khoáng sản\n\nI. NHIỆM VỤ\n${items}\n`;

describe("'thực hiện rà soát X': X reviewed, not carried out", () => {
  it("a plan's task reviewing a planning approved by a decision (fresh56b-010) leaves the decision a reference", () => {
    const e = edges(plan("- Thực hiện rà soát các khó khăn, vướng mắc, bất cập về Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 866/QĐ-TTg ngày 18/7/2023."));
    expect(e.has("866/QĐ-TTg implements")).toBe(false);
    expect(e.has("866/QĐ-TTg references")).toBe(true);
  });

  it("'thực hiện rà soát các luật, đặc biệt là Luật …' in a reported speech (fresh56h-003) carries out no law", () => {
    const text =
      "Tăng cường sự chủ động tiếp cận pháp luật của người dân\n\nĐể đạt được những kết quả này là do chúng ta đã tập trung thực hiện nhiều nhóm nhiệm vụ, giải pháp quan trọng như: (i) thực hiện rà soát các luật, đặc biệt là Luật Phổ biến, giáo dục pháp luật, Luật Hòa giải ở cơ sở, Luật Công chứng...\n";
    const e = [...edges(text)];
    expect(e.filter((x) => x.startsWith("law:")).length).toBeGreaterThan(0);
    expect(e.filter((x) => x.endsWith(" implements"))).toEqual([]);
  });

  it("'việc' between: 'thực hiện việc rà soát … Quyết định số X' is a review too", () => {
    const e = edges(plan("- Thực hiện việc rà soát các dự án đã được phê duyệt tại Quyết định số 1234/QĐ-UBND ngày 02/3/2024."));
    expect(e.has("1234/QĐ-UBND implements")).toBe(false);
  });

  it("a task carrying the decision out stays implements", () => {
    const e = edges(plan("- Thực hiện Quyết định số 866/QĐ-TTg ngày 18/7/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch thăm dò, khai thác khoáng sản."));
    expect(e.has("866/QĐ-TTg implements")).toBe(true);
  });
});

describe("'triển khai sơ kết / tổng kết … thực hiện X': a review set in motion, X not carried out (CONVENTIONS §31)", () => {
  const letter = (subject: string, body: string) =>
    `BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN DÂN VẬN\nSố: 1350-CV/BDVTW\nHà Nội, ngày 10 tháng 5 năm 2023\nV/v ${subject}\n\nKính gửi: Ban Dân vận các tỉnh ủy, thành ủy trực thuộc Trung ương\n\n${body}\n`;

  it("the Central Mass Mobilisation Commission's subject line (fresh63h-001) leaves the directive a reference", () => {
    const e = edges(letter(
      "triển khai sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW về công tác phụ nữ",
      "Ban Dân vận Trung ương đề nghị Ban Dân vận các tỉnh uỷ tham mưu cấp ủy chỉ đạo sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW phù hợp với tình hình thực tế và gửi báo cáo.",
    ));
    expect(e.has("21-CT/TW implements")).toBe(false);
    expect(e.has("21-CT/TW references")).toBe(true);
  });

  it("'Thực hiện tổng kết 10 năm thực hiện Nghị quyết số X' in a plan's task is a review too", () => {
    const e = edges(plan("- Thực hiện tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương."));
    expect(e.has("29-NQ/TW implements")).toBe(false);
  });

  it("'triển khai thực hiện X' in the same letter, after a review's 'và', still carries X out", () => {
    const e = edges(letter(
      "tổng kết giai đoạn 1 và triển khai thực hiện Chỉ thị số 21-CT/TW giai đoạn 2",
      "Ban Dân vận Trung ương đề nghị các đồng chí quan tâm, chỉ đạo.",
    ));
    expect(e.has("21-CT/TW implements")).toBe(true);
  });
});
