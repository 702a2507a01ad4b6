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
  // Session 70: a site's template line above the page, compared whole with one space (prose.ts CHROME_LINES): "Skip
  // Ribbon Commands ⏎ Skip to main content" above a ministry's plan (fresh51b-002), "Tìm kiếm tin tức" above a
  // province's letter (fresh62j-010); justified, the line read as the page's headline and the page as prose.
  ["a site's template lines above the page", fresh("fresh51b", "fresh51b-002"), "implements SELF -> 5038/BNN-KH@2020"],
  ["a portal's search label above a letter", fresh("fresh62j", "fresh62j-010"), "implements SELF -> 1428/UBND-XD@2022~thua-thien-hue"],
  // A letter's "để … thực hiện … thống nhất …, <issuer> hướng dẫn" (purpose-guidance.ts), asked only where the text
  // includes "thống nhất" with one space: "Để đảm bảo việc thực hiện Thông tư 02/2023/TT-NHNN thống nhất …" (6248/NHNN-TD).
  ["a letter guiding the uniform carrying out", fresh("fresh41b", "fresh41b-011"), "guides SELF -> 02/2023/TT-NHNN"],
  ["the customs letter's 'được thống nhất trong toàn ngành'", fresh("pairs42", "pairs42-002"), "guides SELF -> 101/2001/NĐ-CP"],
  // A heading of the points a page sums up, "Một số nội dung có thể lưu ý:" (told-summary.ts POINTS_OPENS wrote "một số"
  // with one space): justified, the page corrected the circular it tells of.
  ["a told page's points heading", fresh("fresh62h", "fresh62h-005"), "references SELF -> 52/2018/TT-NHNN"],
  // "…, gồm: Thông tư quy định chi tiết thi hành … Luật Bảo vệ môi trường" in a letter: the circular to come guides the
  // law (speaker.ts namesAnotherAtHead compared the kind's word with one space).
  ["another kind's word at a cue's head", fresh("fresh54f", "fresh54f-009"), "references SELF -> law:bao-ve-moi-truong@2020"],
];

describe("roles: blanks doubled between words", () => {
  relationsKeptWhenJustified(TEXTS);

  it("the signature stamp with a blank line after each of its lines", () => {
    const text = fresh("fresh47a", "fresh47a-007");
    expect(relations(blankLines(text))).toEqual(relations(text));
  });
});
