// A page's lead broken between "ban hành" and the document it announces (src/analyze/self/unheaded-page.ts VERB_GAP):
// one line break is a blank where the lead goes on; a blank line ends it.
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

// fresh29a-011's lead and fresh30f-015's (its "Toàn văn như sau:" shortened), as a hard-wrapped copy breaks them.
const LEADS: ReadonlyArray<[string, string]> = [
  [
    "Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW về tuyên truyền kỷ niệm 100 năm Ngày sinh đồng chí Võ Văn Kiệt (23/11/1922 - 23/11/2022). Trang thông tin điện tử Tuyên giáo Cần Thơ trân trọng giới thiệu toàn văn bản Hướng dẫn.\nHướng dẫn tuyên truyền kỷ niệm 100 năm Ngày sinh đồng chí Võ Văn Kiệt\n\nCăn cứ Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị về tổ chức kỷ niệm ngày sinh;\n",
    "55-HD/BTGTW@?",
  ],
  ["Ngày 16/8/2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực, ưu tiên đầu tư phát triển. Toàn văn như sau:\n\nI. MỤC TIÊU\n", "10-NQ/TU@2016"],
];

describe("a lead wrapped after its verb", () => {
  for (const [lead, id] of LEADS) {
    it(`${id}: the page is the document announced, the line broken after "ban hành"`, () => {
      expect(analyze(lead).self.id).toBe(id);
      expect(analyze(lead.replace("ban hành ", "ban hành\n")).self.id).toBe(id);
      expect(analyze(lead.replace("ban hành ", "ban hành\r\n  ")).self.id).toBe(id);
    });
    it(`${id}: not across a blank line`, () => {
      expect(analyze(lead.replace("ban hành ", "ban hành\n\n")).self.id).not.toBe(id);
    });
  }
});
