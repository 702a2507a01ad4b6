import { describe, expect, it } from "vitest";
import { rolesByNumber as rolesOf } from "../../helpers/roles.js";

// A page with no heading of its own whose first lines name a meeting by what it is held for: the cue is the
// meeting's name, the page tells of it (session 45, pairs45: fixtures/fresh/pairs45-006, a news site's
// headline, an essay).
describe("a meeting named by what it is held for, on a page with no heading of its own", () => {
  it("\"… tại Hội nghị toàn quốc quán triệt và triển khai thực hiện 04 Nghị quyết …, gồm: Nghị quyết số 59-NQ/TW …\" (a news teaser)", () => {
    const text =
      "Là yêu cầu của Tổng Bí thư Tô Lâm tại Hội nghị toàn quốc quán triệt và triển khai thực hiện 04 Nghị quyết của Bộ Chính trị, gồm: Nghị quyết số 59-NQ/TW về hội nhập quốc tế trong tình hình mới, Nghị quyết số 70-NQ/TW về bảo đảm an ninh năng lượng quốc gia diễn ra vào sáng 16/9.";
    expect(rolesOf(text)).toEqual({ "59": "references", "70": "references" });
  });

  it("a headline, and an essay's \"Hội nghị toàn quốc quán triệt, triển khai …\"", () => {
    expect(
      rolesOf("Phát biểu của Tổng Bí thư Tô Lâm tại Hội nghị toàn quốc quán triệt và triển khai thực hiện Nghị quyết số 79-NQ/TW, Nghị quyết số 80-NQ/TW của Bộ Chính trị"),
    ).toEqual({ "79": "references", "80": "references" });
    expect(
      rolesOf(
        "Trong bài phát biểu tại Hội nghị toàn quốc quán triệt, triển khai tổng kết việc thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Tổng Bí thư nhấn mạnh yêu cầu tinh gọn bộ máy.",
      ),
    ).toEqual({ "18": "references" });
  });

  it("a plan that organises the meeting, and a page's own \"Triển khai thực hiện X\", keep implements", () => {
    expect(
      rolesOf("KẾ HOẠCH\nTổ chức Hội nghị quán triệt, triển khai thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương"),
    ).toEqual({ "18": "implements" });
    expect(rolesOf("Triển khai thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương")).toEqual({ "18": "implements" });
  });
});
