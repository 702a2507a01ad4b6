import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { findCues } from "../../src/analyze/cue-finder.js";

const phrases = (text: string) => findCues(text, [], [{ start: 0, end: text.length }]).map((c) => text.slice(c.start, c.end));

describe("cue phrases in a text", () => {
  it("stand as whole words: not inside another word", () => {
    expect(phrases("Căn cứ Luật; chưa thực hiệnh; xét duyệt")).toEqual(["Căn cứ", "xét"]);
  });

  it("stand on their own where a copy ran a word into the capitalised next one ('Thực hiệnQuyết định', 'tỉnhCăn cứ')", () => {
    expect(phrases("Thực hiệnQuyết định số 12/QĐ-UBND;tỉnhCăn cứ Nghị định")).toEqual(["Thực hiện", "Căn cứ"]);
    const a = analyze("Thực hiệnQuyết định số 12/QĐ-UBND ngày 3/4/2020 của UBND tỉnh Nam Định;\nCăn cứNghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;\n");
    expect(a.citations.map((c) => c.role)).toEqual(["implements", "based_on"]);
  });
});

describe("a longer phrase that runs into a word gives way to a shorter one standing whole", () => {
  it("'Căn công văn 167/…' is 'Căn' (a preview's 'Căn cứ'), not the run-in 'Căn c' of 'Căn cLuật' (Vầy Nưa plan, 123docz)", () => {
    expect(phrases("Căn công văn 167/SGD&ĐT-VP; Căn cLuật Tổ chức Quốc hội")).toEqual(["Căn", "Căn c"]);
  });
});
