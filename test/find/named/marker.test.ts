// The first date after a name (src/find/named/marker.ts findMarker): a comma is no word of the name.
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";

const named = (text: string) => extract(text).filter((c) => c.form === "named").map((c) => [c.id, c.raw]);

describe("a name of twenty words with a comma, then its date", () => {
  it("is read to its date: the comma does not count as a word toward the longest name", () => {
    // fresh29o-002 (Bộ Văn hóa - Thông tin, 1997): the 1996 ordinance, twenty words and one comma.
    const text = "- Căn cứ Pháp lệnh về nhiệm vụ,\nquyền hạn cụ thể của Hội đồng nhân dân và Ủy ban nhân dân ở mỗi cấp ngày 25\ntháng 6 năm 1996;";
    expect(named(text)).toEqual([
      ["ordinance:ve-nhiem-vu-quyen-han-cu-the-hoi-dong-nhan-dan-uy-ban-nhan-dan-o-moi-cap@1996", "Pháp lệnh về nhiệm vụ,\nquyền hạn cụ thể của Hội đồng nhân dân và Ủy ban nhân dân ở mỗi cấp ngày 25\ntháng 6 năm 1996"],
    ]);
  });

  it("still takes no date past twenty words of prose", () => {
    // Twenty-one words, no comma: no name ends at the date, as before.
    expect(named("Căn cứ Pháp lệnh về nhiệm vụ quyền hạn cụ thể của Hội đồng nhân dân và Ủy ban nhân dân ở mỗi cấp xã phường ngày 25 tháng 6 năm 1996;")).toEqual([]);
  });
});
