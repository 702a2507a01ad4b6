// The year after a law listed in an amending law's short name (src/find/named/amending-short-name.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNamedMentions } from "../../../src/find/named/index.js";
import { analyze, extract } from "../../../src/index.js";

const read = (text: string) => findNamedMentions(text).map((m) => [text.slice(m.nameStart, m.nameEnd), m.year]);

describe("a short name of an amending law, 'Luật sửa đổi Luật A, … và Luật Z <year>'", () => {
  // fixtures/fresh/fresh45b-007: a law database's heading over Luật số 03/2022/QH15.
  const heading =
    "Luật sửa đổi Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành án dân sự 2022. QUỐC HỘI";

  it("gives the year to no listed law: it is the amending law's", () => {
    const found = read(heading);
    expect(found.at(-1)).toEqual(["Thi hành án dân sự", null]);
    expect(found.every(([, year]) => year === null)).toBe(true);
    // A public README's table of laws: the number beside the name is the amending law's, 51/2024/QH15.
    expect(extract("| 9 | | **Luật sửa đổi Luật Bảo hiểm y tế 2024** | 51/2024/QH15 | 3 |").map((c) => c.id)).toEqual(["law:bao-hiem-y-te@?", "51/2024/QH15"]);
  });

  it("lets the text's undated mentions of the last law take its numbered law, as the others do (fresh45b-007)", () => {
    const text = readFileSync("fixtures/fresh/fresh45b/texts/fresh45b-007.txt", "utf8");
    const ids = analyze(text).citations.filter((c) => c.form === "named" && /thi hành án/i.test(c.raw)).map((c) => c.id);
    expect(ids).toEqual(["26/2008/QH12", "26/2008/QH12"]);
  });

  it("keeps a year that no such list precedes, and the official name's year, which is the amending law's whole name's", () => {
    expect(read("Căn cứ Luật Bảo hiểm y tế 2024;")).toEqual([["Bảo hiểm y tế", 2024]]);
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương 2019;")).toEqual([
      ["sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", 2019],
    ]);
    // A list broken by a stop or a number is no short name's: "… sửa đổi Luật Đất đai. Luật Nhà ở 2023".
    expect(read("Luật sửa đổi Luật Đất đai. Luật Nhà ở 2023 quy định").at(-1)).toEqual(["Nhà ở", 2023]);
  });
});
