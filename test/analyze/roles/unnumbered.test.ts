import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const plan = (title: string, body: string) =>
  `TỈNH ỦY LÂM ĐỒNG\n*\nSố 15-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐà Lạt, ngày 9 tháng 9 năm 2021\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n${title}\n-----\n${body}\n`;
const selfRels = (text: string) => {
  const a = analyze(text);
  return a.relations.filter((r) => r.from === a.self.id).map((r) => `${r.type} ${r.to}`);
};

describe("a cue whose list opens with a document named without a number", () => {
  it("governs the numbered document joined after it", () => {
    expect(selfRels(plan("thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI và Chỉ thị số 07-CT/TW ngày 2/6/2021 của Ban Bí thư", "Nội dung."))).toEqual([
      // The congress's resolution, read after "thực hiện" opening the title's line (src/find/basis-named.ts, session 36).
      "implements resolution:nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xi@?",
      "implements 07-CT/TW@2021",
    ]);
    expect(selfRels(plan("về công tác cán bộ", "Thực hiện Nghị quyết Trung ương 4 khóa XIII, Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy xây dựng Chương trình như sau:"))).toEqual([
      "implements 21-KL/TW@2021",
    ]);
  });

  it("not past a sentence's end", () => {
    expect(selfRels(plan("về công tác cán bộ", "Thực hiện Nghị quyết Đại hội. Các cấp ủy quán triệt và Chỉ thị số 07-CT/TW ngày 2/6/2021 của Ban Bí thư."))).not.toContain("implements 07-CT/TW@2021");
  });
});
