import { describe, expect, it } from "vitest";
import { freshText as fresh, relationLines as relations, relationsKeptWhenJustified } from "../../helpers/layout.js";

// A justified page doubles the blanks between words, a PDF's text puts a blank line after each line: the words a role is
// read by were matched with one literal space (roles/cue.ts namesOwnIssuer's issuer name, told-then-acted.ts's quick
// check for "đính chính", act-lists.ts's signature stamp "Người ký: … Thời gian ký: …" and its lines) and read nothing.
const blankLines = (s: string) => s.replaceAll("\n", "\n\n");

const TEXTS: [string, string, string][] = [
  // "… Bảo hiểm xã hội Việt Nam đính chính một số nội dung trong công văn số 1658/BHXH-CSXH …" (1730/BHXH-VP, 2011).
  ["the letter's issuer before 'đính chính'", fresh("fresh30b", "fresh30b-025"), "corrects SELF -> 1658/BHXH-CSXH@2011"],
  // "… Thông tư số 96/2006/TT-BTC, Bộ Tài chính xin đính chính lại như sau:" (13158/BTC-VP, 2006).
  ["the writer's 'xin đính chính … như sau:'", fresh("pairs40", "pairs40-001"), "corrects SELF -> 96/2006/TT-BTC"],
  // A repeal list interrupted by the Công báo page's signature stamp (Thông tư 05/2021/TT-BLĐTBXH's repeals).
  ["a repeal list over a signature stamp", fresh("fresh47a", "fresh47a-007"), "repeals SELF -> 20/2018/TT-BLĐTBXH"],
];

describe("roles: blanks doubled between words", () => {
  relationsKeptWhenJustified(TEXTS);

  it("the signature stamp with a blank line after each of its lines", () => {
    const text = fresh("fresh47a", "fresh47a-007");
    expect(relations(blankLines(text))).toEqual(relations(text));
  });
});
