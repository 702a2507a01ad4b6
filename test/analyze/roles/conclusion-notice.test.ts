/**
 * The role reading (src/analyze/roles/) with the reach of src/analyze/reach.ts: a body's conclusion
 * carried out as a member of a list, reached through to the notice that records it ("… và Kết luận của
 * Bộ Chính trị (Thông báo số …)"; DIRECTION_WORDS in src/vocab/cues.ts).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { roles } from "../../helpers/roles.js";

/** A Party guidance as published: its heading, then the opening that says what it carries out. */
const guidance = (opening: string) =>
  `BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\nSố 38-HD/BTCTW\nHà Nội, ngày 31 tháng 01 năm 2016\nHƯỚNG DẪN\nMột số nội dung về công tác nhân sự\n${opening}\n1. Tiêu chuẩn chung.`;

describe("a conclusion carried out, named by the notice that records it", () => {
  it("reaches the notice in parentheses after 'và Kết luận của <body>' (Ban Tổ chức Trung ương, 2016)", () => {
    const a = analyze(
      guidance(
        "Thực hiện Chỉ thị số 51-CT/TW ngày 04/01/2016 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khoá XIV và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016-2021 và Kết luận của Bộ Chính trị (Thông báo số 215-TB/TW ngày 12/10/2015), sau khi trao đổi ý kiến thống nhất với các cơ quan liên quan, Ban Tổ chức Trung ương hướng dẫn một số nội dung như sau:",
      ),
    );
    expect(roles(a)).toContain("51 implements");
    expect(roles(a)).toContain("215 implements");
  });

  it("reaches it after '(tại', and after 'ý kiến kết luận của <body> tại'", () => {
    const a = analyze(
      guidance(
        "Thực hiện Chỉ thị số 51-CT/TW ngày 04/01/2016 của Bộ Chính trị về lãnh đạo cuộc bầu cử và ý kiến kết luận của Thường trực Tỉnh ủy (tại Thông báo số 1057-TB/TU ngày 12/12/2015) và ý kiến kết luận của Ban Thường vụ Tỉnh ủy tại Thông báo số 99-TB/TU ngày 14/12/2015, Ban Tổ chức hướng dẫn như sau:",
      ),
    );
    expect(roles(a)).toEqual(expect.arrayContaining(["51 implements", "1057 implements", "99 implements"]));
  });

  it("leaves a notice after a parenthesis already closed to its own reading", () => {
    const a = analyze(
      guidance(
        "Thực hiện Chỉ thị số 51-CT/TW ngày 04/01/2016 của Bộ Chính trị về lãnh đạo cuộc bầu cử và kết luận của Bộ Chính trị về nhân sự (khóa XII) được nêu trong báo cáo (Thông báo số 215-TB/TW ngày 12/10/2015), Ban Tổ chức Trung ương hướng dẫn như sau:",
      ),
    );
    expect(roles(a)).toContain("51 implements");
    expect(roles(a)).toContain("215 references");
  });
});
