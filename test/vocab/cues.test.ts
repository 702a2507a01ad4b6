// The preamble's cue words (src/vocab/cues.ts), as real copies print them.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

const roles = (text: string) =>
  analyze(text).citations.filter((c) => c.form === "full" && c.role !== "self").map((c) => `${c.number} ${c.role}`);

describe("a proposal cue whose words lost their space", () => {
  it("'Theo đềnghị của … tại Văn bản số X' is the proposal the decision answers, as 'Theo đề nghị' is (Đồng Nai 36/2011/QĐ-UBND)", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 36/2011/QĐ-UBND\nĐồng Nai, ngày 07 tháng 6 năm 2011\nQUYẾT ĐỊNH\n" +
      "Căn cứ Nghịđịnh số 93/2009/NĐ-CP ngày 22 tháng 10 năm 2009 của Chính phủ;\n\n" +
      "Theo đềnghị của Giám đốc Sở Kế hoạch và Đầu tư tại Văn bản số 600/SKHĐT-TH ngày 21tháng 4 năm 2011,\n\nQUYẾT ĐỊNH:\n";
    expect(roles(text)).toEqual(["93 based_on", "600 proposed_by"]);
  });
});
