// A "Căn cứ" whose "ứ " a site's copy lost, run into the capital of what it names (src/find/lost-cue.ts):
// "Căn cLuật phí và lệ phí …" (fresh57c-003), "Căn cHiến pháp …; Căn cLuật Tổ chức Quốc hội …" (fresh31g-001).
import { describe, expect, it } from "vitest";
import { afterLostBasisCue } from "../../src/find/lost-cue.js";
import { findNamedMentions } from "../../src/find/named/index.js";
import { findConstitutionMentions } from "../../src/find/constitution.js";
import { prepare } from "../../src/prepare/prepare.js";
import { analyze, extract } from "../../src/index.js";

describe("a name run into a lost-letter 'Căn c'", () => {
  it.each([
    ["Căn cLuật phí", 5, true],
    ["\nCăn cHiến pháp", 6, true],
    // Decomposed, as some copies write "ă".
    ["Ca\u0306n cLuật", 6, true],
    // Another word: "Căn cước" (a small letter), "Căn cứ Luật" (a space before the name), a longer word ending so.
    ["Căn cước", 5, false],
    ["Căn cứ Luật", 7, false],
    ["Khăn cLuật", 6, false],
  ])("%j at %d: %s", (text, at, want) => {
    expect(afterLostBasisCue(text, at)).toBe(want);
  });

  it("reads the law's name from its capital, dated as written", () => {
    const text = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\n\nCăn cLuật phí và lệ phí ngày 25 tháng 11 năm 2015;\n";
    const found = findNamedMentions(text).map((m) => [text.slice(m.start, m.end), m.year]);
    expect(found).toContainEqual(["Luật phí và lệ phí ngày 25 tháng 11 năm 2015", 2015]);
    // The caller's-text pass (extract) reads it too.
    expect(extract(text).filter((c) => c.form === "named").map((c) => c.id)).toContain("law:phi-le-phi@2015");
  });

  it("reads the Constitution so", () => {
    const text = "QUỐC HỘI\n\nCăn cHiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n";
    expect(findConstitutionMentions(text, prepare).map((m) => text.slice(m.start, m.end))).toEqual(["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"]);
  });

  it("a preamble opened so is a preamble: its documents are the text's bases", () => {
    const text =
      "QUỐC HỘI\n\nCăn cHiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;\n\n" +
      "Căn cLuật Tổ chức Quốc hội số 57/2014/QH13;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Thông qua.\n";
    const bases = analyze(text).relations.filter((r) => r.type === "based_on").map((r) => r.to);
    expect(bases).toEqual(expect.arrayContaining(["constitution:hien-phap@?", "203/2025/QH15", "57/2014/QH13"]));
  });

  it("reads the name after a tab, two spaces or a line break in the cue, and decomposed (NFD), as after a space", () => {
    // Parity with test/analyze/whitespace.test.ts (audit57): the cue's blank was one literal space.
    for (const blank of ["\t", "  ", "\n", "\r\n", "\u00a0"]) {
      const text = `Căn${blank}cLuật phí và lệ phí ngày 25 tháng 11 năm 2015;`;
      expect(extract(text).map((c) => c.id), JSON.stringify(blank)).toEqual(["law:phi-le-phi@2015"]);
    }
    const nfd = "QUỐC HỘI\n\nCăn cHiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n".normalize("NFD");
    expect(findConstitutionMentions(nfd, prepare).map((m) => nfd.slice(m.start, m.end).normalize("NFC"))).toEqual(["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"]);
    expect(extract("Căn\tcLuật phí và lệ phí ngày 25 tháng 11 năm 2015;".normalize("NFD")).map((c) => c.id)).toEqual(["law:phi-le-phi@2015"]);
  });

  it("'Căn cước' names no law and opens nothing", () => {
    const text = "Công an cấp Căn cước Luật định cho công dân.";
    expect(extract(text).filter((c) => c.form === "named")).toEqual([]);
  });
});
