/**
 * A plan's purpose item that names the agencies as those who carry a document out (session 48, helper
 * misses48; fixtures/fresh/CONVENTIONS.md §5): "1. Mục đích ⏎ - Các sở, ban, ngành, địa phương nắm vững, tổ
 * chức quán triệt và thực hiện hiệu quả … tại Chỉ thị số 17-CT/TW" (Lai Châu 1767/KH-UBND, fresh46a-001), "I.
 * MỤC ĐÍCH, YÊU CẦU ⏎ 1. Quán triệt và chỉ đạo các cấp, các ngành tập trung tổ chức thực hiện có hiệu quả Nghị
 * quyết số 01/NQ-CP …" (Cà Mau 01/CTr-UBND, fresh47b-007): the plan implements the document
 * (roles/speaker.ts, roles/head-cue.ts purposeItemGoesOn). Outside a purpose section, without the agencies,
 * or after a noun, as before.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const plan = (body: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 1767/KH-UBND\nLai Châu, ngày 17 tháng 5 năm 2023\nKẾ HOẠCH\nBảo đảm an ninh, an toàn thực phẩm\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n${body}\n`;
/** The relation each cited document takes, as "type number". */
const roles = (body: string) => analyze(plan(body)).relations.map((r) => `${r.type} ${r.to.replace(/[/@].*/u, "")}`);

const AGENCIES_ITEM =
  "- Các sở, ban, ngành, địa phương nắm vững, tổ chức quán triệt và thực hiện hiệu quả các quan điểm, nhiệm vụ, giải pháp chủ yếu tại Chỉ thị số 17-CT/TW ngày 21/10/2022 của Ban Bí thư Trung ương Đảng.";
const DIRECTED_ITEM =
  "1. Quán triệt và chỉ đạo các cấp, các ngành tập trung tổ chức thực hiện có hiệu quả Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về nhiệm vụ, giải pháp chủ yếu năm 2024.";

describe("a purpose item naming the agencies who carry a document out", () => {
  it("'1. Mục đích ⏎ - Các sở, ban, ngành, địa phương … quán triệt và thực hiện … tại Chỉ thị số X': the plan implements X", () => {
    expect(roles(`I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n${AGENCIES_ITEM}`)).toContain("implements 17-CT");
  });

  it("'1. Quán triệt và chỉ đạo các cấp, các ngành tập trung tổ chức thực hiện có hiệu quả Nghị quyết số X': the plan implements X", () => {
    expect(roles(`I. MỤC ĐÍCH, YÊU CẦU\n${DIRECTED_ITEM}`)).toContain("implements 01");
  });

  it("the same items outside a purpose section are the agencies' tasks, references", () => {
    expect(roles(`II. NHIỆM VỤ\n1. Nhiệm vụ chung\n${AGENCIES_ITEM}`)).not.toContain("implements 17-CT");
    expect(roles(`II. NHIỆM VỤ\n${DIRECTED_ITEM}`)).not.toContain("implements 01");
  });

  it("a purpose item without the agencies, or its cue after a noun, is as before", () => {
    // "Kịp thời cụ thể hóa, tổ chức thực hiện …": no agencies named (fresh44a-009's second item).
    expect(roles("I. MỤC ĐÍCH, YÊU CẦU\n- Kịp thời cụ thể hóa, tổ chức thực hiện các nhiệm vụ được giao tại Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ.")).not.toContain("implements 2629");
    // "… các cơ quan, đơn vị liên quan trong quá trình thực hiện …": the agencies' process, a noun before the cue.
    expect(roles("I. MỤC ĐÍCH, YÊU CẦU\n- Các cơ quan, đơn vị phối hợp chặt chẽ trong quá trình thực hiện nhiệm vụ tại Kế hoạch số 358/KH-UBND ngày 18/01/2023 của UBND huyện.")).not.toContain("implements 358");
  });
});
