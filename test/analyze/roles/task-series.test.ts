/**
 * A series of the document's own tasks, the document after the last verb (session 34, helper
 * implements34b): "- Nhằm cụ thể hóa nội dung quan điểm …, triển khai thực hiện Nghị quyết số X"
 * (pairs31-015), "Để tiếp tục phát huy …, thực hiện thắng lợi “Quy hoạch …” và từng bước thực hiện
 * “Chiến lược …” thực hiện Chỉ thị số Y" (fresh30r-001): the reach to the document runs from the last
 * verb (roles/head-cue.ts, nextTask). A verb of another actor or inside a description does not take it.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const plan = (body: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 120/KH-UBND\nHà Nam, ngày 10 tháng 3 năm 2014\nKẾ HOẠCH\nTuyên truyền pháp luật năm 2014\n${body}\n`;
/** The relation each cited document takes, as "type number". */
const roles = (body: string) => analyze(plan(body)).relations.map((r) => `${r.type} ${r.to.replace(/[/@].*/u, "")}`);

// Forty-odd words of a task's object, with no document in them: longer than a cue's far reach.
const LONG_TASK =
  "nội dung quan điểm lãnh đạo của Đảng và Nhà nước đối với công tác phòng, chống tham nhũng trong các cơ quan, đơn vị, doanh nghiệp và trường học trên địa bàn tỉnh, góp phần nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức, người lao động và học sinh, sinh viên về công tác này";

describe("a series of the document's own tasks", () => {
  it("'- Nhằm cụ thể hóa <long object>, triển khai thực hiện Nghị quyết số X': the plan implements X", () => {
    expect(roles(`I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nhằm cụ thể hóa ${LONG_TASK}, triển khai thực hiện Nghị quyết số 82/NQ-CP ngày 06 tháng 12 năm 2012 của Chính phủ về Chương trình hành động.`)).toContain("implements 82");
  });

  it("'Để …, thực hiện thắng lợi “…” và từng bước thực hiện “…” thực hiện Chỉ thị số Y': the plan implements Y", () => {
    expect(roles(`Để tiếp tục phát huy các kết quả đã đạt được, thực hiện thắng lợi “Quy hoạch ${LONG_TASK}” và từng bước thực hiện “Chiến lược phát triển kinh tế - xã hội của tỉnh đến năm 2030” thực hiện Chỉ thị số 22/CT-TTg ngày 05/8/2014 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu:`)).toContain("implements 22");
  });

  it("another actor's verb after the document's task does not take the reach ('…, Bộ trưởng … đã ban hành Kế hoạch … triển khai thực hiện X')", () => {
    expect(roles(`Thực hiện nhiệm vụ được giao về ${LONG_TASK}, Bộ trưởng Bộ Nội vụ đã ban hành Kế hoạch hành động của Bộ Nội vụ triển khai thực hiện Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ.`)).not.toContain("implements 35");
  });

  it("a verb inside a description does not take the reach ('Thực hiện chỉ đạo … về việc tiếp tục đẩy mạnh thực hiện X')", () => {
    expect(roles(`Thực hiện chỉ đạo của Chính phủ về ${LONG_TASK} về việc tiếp tục đẩy mạnh thực hiện Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch.`)).not.toContain("implements 36");
  });
});
