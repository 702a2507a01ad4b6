import { describe, expect, it } from "vitest";
import { phraseSource } from "../../src/vocab/phrases.js";
import { analyze } from "../../src/index.js";
import { ISSUER_TITLES, allIssuerPhrases } from "../../src/vocab/issuers.js";
import { opensWithIssuerPhrase } from "../../src/analyze/header.js";

// The reading the groups stand for: one regex of every issuer phrase and title.
const WHOLE = new RegExp(String.raw`^(?:${phraseSource([...allIssuerPhrases(), ...ISSUER_TITLES])})(?:\s|$)`, "iu");

describe("opensWithIssuerPhrase", () => {
  it("reads every phrase, in any case and spacing, as the whole regex does", () => {
    const lines: string[] = [];
    for (const p of [...allIssuerPhrases(), ...ISSUER_TITLES]) {
      for (const v of [p, p.toUpperCase(), `${p} TỈNH BÌNH AN`, `${p}X`, p.slice(0, -1), ` ${p}`, p.replace(/ /g, "  "), p.replace(/ /g, "\n"), `${p.toUpperCase()}\tB`]) lines.push(v);
    }
    for (const line of lines) expect(opensWithIssuerPhrase(line), line).toBe(WHOLE.test(line));
  });

  it("agrees with the whole regex on random lines, letters that fold under /iu included (K, ſ)", () => {
    const alphabet = "aăâbcdđeêghiklmnopqrstuưvxyỦỷủuyBỘSỞKT\u212a\u017f  \n\t.";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length;
    for (let i = 0; i < 20000; i++) {
      let s = "";
      for (let j = 0; j < 1 + (i % 12); j++) s += alphabet[next()];
      for (const line of [s, `ủy ban ${s}`, `BỘ ${s}`]) expect(opensWithIssuerPhrase(line), line).toBe(WHOLE.test(line));
    }
  });
});

describe("a copy printed without its heading", () => {
  const council = [
    "NGHỊ QUYẾT",
    "QUY ĐỊNH MỨC HỖ TRỢ CHO NGƯỜI TRỰC ĐÊ TRÊN ĐỊA BÀN TỈNH NAM ĐỊNH",
    "HỘI ĐỒNG NHÂN DÂN TỈNH NAM ĐỊNH",
    "KHÓA XVIII, KỲ HỌP THỨ TƯ",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Xét Tờ trình số 61/TTr-UBND ngày 2 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh;",
    "QUYẾT NGHỊ:",
    "Điều 1. Quy định mức hỗ trợ như sau.",
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh Nam Định khóa XVIII, kỳ họp thứ tư thông qua ngày",
    "12 tháng 7 năm 2017 và có hiệu lực từ ngày 22 tháng 7 năm 2017./.",
  ].join("\n");

  it("names its issuer in the line above the preamble (a council's session line passed over) and dates itself in its closing formula", () => {
    const a = analyze(council);
    expect([a.self.kind, a.self.issuer?.code, a.self.issuer?.name, a.self.date]).toEqual(["resolution", "HĐND", "Hội đồng nhân dân tỉnh Nam Định", "2017-07-12"]);
  });

  it("a body's name wrapped onto two lines, its place on the second, is read whole", () => {
    const a = analyze(council.replace("HỘI ĐỒNG NHÂN DÂN TỈNH NAM ĐỊNH", "HỘI ĐỒNG NHÂN DÂN\nTỈNH NAM ĐỊNH"));
    expect([a.self.issuer?.code, a.self.issuer?.name]).toEqual(["HĐND", "Hội đồng nhân dân tỉnh Nam Định"]);
    // A capitals title line above a place line names no body.
    expect(analyze("NGHỊ QUYẾT\nVỀ MỨC HỖ TRỢ\nTỈNH NAM ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").self.issuer).toBeNull();
  });

  it("a chairman's title before the body is read past", () => {
    const a = analyze("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n");
    expect(a.self.issuer?.code).toBe("UBND");
  });

  it("a heading's issuer and date stay the heading's; a decision is not dated by a council's formula it quotes", () => {
    const headed = analyze(`HỘI ĐỒNG NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 15/NQ-HĐND\nThái Bình, ngày 10 tháng 7 năm 2017\n${council}`);
    expect([headed.self.issuer?.name, headed.self.date]).toEqual(["Hội đồng nhân dân tỉnh Thái Bình", "2017-07-10"]);
    const decision = analyze(council.replace("NGHỊ QUYẾT", "QUYẾT ĐỊNH"));
    expect(decision.self.date).toBeNull();
    // No line in capitals right above the preamble: no issuer is guessed.
    expect(analyze("NGHỊ QUYẾT\nVề x\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").self.issuer).toBeNull();
  });
});
