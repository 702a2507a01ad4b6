import { describe, expect, it } from "vitest";
import { ownActs } from "../helpers/roles.js";
import { basisHeadingCues, mayHoldBasisHeading } from "../../src/analyze/basis-heading.js";

const acts = ownActs;

// Phú Yên 136/KH-UBND (2016), fixtures/fresh/fresh65a-003: the plan's basis under "CƠ SỞ PHÁP LÝ, MỤC ĐÍCH, YÊU CẦU".
const HEAD =
  "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 136/KH-UBND | Phú Yên, ngày 29 tháng 8 năm 2016 |\nVỀ VIỆC PHÒNG CHỐNG THIÊN TAI TRÊN ĐỊA BÀN TỈNH PHÚ YÊN GIAI ĐOẠN 2016-2020\n" +
  "Để chủ động công tác phòng ngừa, ứng phó và khắc phục hậu quả thiên tai, UBND tỉnh ban hành Kế hoạch Phòng chống thiên tai trên địa bàn tỉnh, gồm các nội dung chính như sau:\n";
const ITEMS =
  "- Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19/6/2013;\n- Nghị định số 66/2014/NĐ-CP ngày 04/7/2014 của Chính phủ quy định chi tiết, hướng dẫn thi hành một số điều của Luật Phòng, chống thiên tai;\n";
const withHeading = (heading: string) => `${HEAD}${heading}\n${ITEMS}`;
const BASED = ["based_on 33/QH13", "based_on 66/NĐ-CP"];

describe("a heading 'Cơ sở pháp lý' over the text's basis list (CONVENTIONS.md §10)", () => {
  it("reads the items under it as based_on, as under 'I. CĂN CỨ PHÁP LÝ'", () => {
    expect(acts(withHeading("I. CĂN CỨ PHÁP LÝ"))).toEqual(BASED);
    expect(acts(withHeading("CƠ SỞ PHÁP LÝ, MỤC ĐÍCH, YÊU CẦU"))).toEqual(BASED);
    expect(acts(withHeading("I. CƠ SỞ PHÁP LÝ"))).toEqual(BASED);
    expect(acts(withHeading("1. Cơ sở pháp lý"))).toEqual(BASED);
    expect(acts(withHeading("1. Cơ sở pháp lý:"))).toEqual(BASED);
    expect(acts(withHeading("II. CƠ SỞ PHÁP LÝ VÀ SỰ CẦN THIẾT"))).toEqual(BASED);
    expect(acts(withHeading("I. CƠ SỞ PHÁP LÝ XÂY DỰNG KẾ HOẠCH"))).toEqual(BASED);
  });

  it("reads it in a decomposed copy (NFD) as in the composed one", () => {
    expect(acts(withHeading("CƠ SỞ PHÁP LÝ, MỤC ĐÍCH, YÊU CẦU").normalize("NFD"))).toEqual(BASED);
  });

  it("leaves prose, another document's basis and a heading that ends a sentence as 'Căn cứ' leaves them", () => {
    expect(acts(withHeading("Cơ sở pháp lý để thực hiện"))).toEqual([]);
    expect(acts(withHeading("1. Cơ sở pháp lý khi xây dựng Thông tư số 03/2022/TT-BYT"))).toEqual([]);
    expect(acts(withHeading("Các văn bản này tạo cơ sở pháp lý cho công tác phòng chống thiên tai"))).toEqual([]);
    // "I. CĂN CỨ PHÁP LÝ." with its full stop heads no list either.
    expect(acts(withHeading("I. CĂN CỨ PHÁP LÝ."))).toEqual([]);
    expect(acts(withHeading("I. CƠ SỞ PHÁP LÝ."))).toEqual([]);
  });
});

describe("basisHeadingCues", () => {
  it("puts a based_on cue at the heading's words, none on a line with a citation or in running text", () => {
    const text = "Nội dung như sau:\nI. CƠ SỞ PHÁP LÝ\n- Luật A;\nĐây là cơ sở pháp lý quan trọng.\n";
    const lines = (t: string) => t.split("\n").reduce<{ start: number; end: number }[]>((a, l) => [...a, { start: a.length ? a[a.length - 1].end + 1 : 0, end: (a.length ? a[a.length - 1].end + 1 : 0) + l.length }], []);
    const cues = basisHeadingCues(text, [], lines(text));
    expect(cues.map((c) => [text.slice(c.start, c.end), c.cue.type])).toEqual([["CƠ SỞ PHÁP LÝ", "based_on"]]);
    const cited = "1. Cơ sở pháp lý khi xây dựng Thông tư số 03/2022/TT-BYT\n";
    const at = cited.indexOf("Thông tư");
    expect(basisHeadingCues(cited, [{ start: at, end: at + 36 }], lines(cited))).toEqual([]);
    expect(basisHeadingCues("Không có gì.\n", [], lines("Không có gì.\n"))).toEqual([]);
  });
});

describe("mayHoldBasisHeading (the whole-text gate before the clause scan)", () => {
  it("lets through every spelling of the heading's words the heading's pattern reads", () => {
    for (const t of [
      "I. CƠ SỞ PHÁP LÝ, MỤC ĐÍCH, YÊU CẦU\n",
      "1. Cơ sở pháp lý\n",
      "1. Cơ sở Pháp Lý\n",
      "II. CƠ SỞ PHÁP lý\n",
      "1. Cơ sở pháp\u00a0 lý\n",
      "1. Cơ sở pháp lý\n".normalize("NFD"),
    ]) {
      expect(mayHoldBasisHeading(t), t).toBe(true);
      expect(basisHeadingCues(t, [], [{ start: 0, end: t.length }]).length, t).toBe(1);
    }
  });

  it("stops a text whose 'ý' stands only elsewhere ('quản lý', 'pháp luật', 'ý kiến')", () => {
    // "phápl\u00fd" run together: the heading's pattern wants a blank between its words.
    const text = "Về quản lý nhà nước, xử lý vi phạm pháp luật, theo ý kiến của Sở; cơ sở phápl\u00fd thiếu.\n";
    expect(mayHoldBasisHeading(text)).toBe(false);
    expect(mayHoldBasisHeading("Cơ sở pháp lí\n")).toBe(false);
    expect(mayHoldBasisHeading("pháp lý")).toBe(true);
    expect(mayHoldBasisHeading("háp lý")).toBe(false);
  });
});
