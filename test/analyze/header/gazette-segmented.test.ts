import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

// "THÔNG TƯ ⏎ CỦA BỘ … SỐ <number> NGÀY <date> HƯỚNG DẪN …" (the Official Gazette's heading of older central
// documents) as a word segmenter prints it, the slashes of the number and of the date spaced.
describe("a gazette heading whose number and date have their slashes spaced", () => {
  const circular = (heading: string) =>
    ["BỘ NỘI VỤ", "", "THÔNG TƯ", heading, "",
      "Căn cứ Nghị định số 45/2003/NĐ-CP ngày 9 / 5 / 2003 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Nội vụ;", ""].join("\n");

  it("the subject after the number and date is the title, and its cue is the document's", () => {
    for (const heading of [
      "CỦA BỘ NỘI VỤ SỐ 12 / 2006 / TT-BNV NGÀY 21 THÁNG 12 NĂM 2006 HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 121 / 2006 / NĐ-CP",
      "CỦA BỘ NỘI VỤ SỐ 12 / 2006 / TT-BNV NGÀY 21 / 12 / 2006 HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 121 / 2006 / NĐ-CP",
    ]) {
      const a = analyze(circular(heading), { path: "tt.txt" });
      expect(a.self.id, heading).toBe("12/2006/TT-BNV");
      expect(a.self.title, heading).toBe("HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 121 / 2006 / NĐ-CP");
      expect(a.relations.filter((r) => r.to === "121/2006/NĐ-CP").map((r) => r.type), heading).toEqual(["guides"]);
    }
  });
});
