import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameSlug } from "../../src/identify/named.js";
import { extract } from "../../src/index.js";

// A copy that joined its page's lines drops the space between two words of a law's name.
describe("a law's name with two words run together is the same law", () => {
  it("a capital against a small letter opens a word, initials included", () => {
    expect(nameSlug("Tổ chứcHội đồng nhân dân và Ủy ban nhân dân")).toBe(nameSlug("Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"));
    expect(nameSlug("Tổ chứcHĐND và UBND")).toBe(nameSlug("Tổ chức HĐND và UBND"));
  });

  it("a word no syllable can be is split into syllables, in any case", () => {
    expect(nameSlug("Ban hành văn bản quyphạm pháp luật")).toBe("ban-hanh-van-ban-quy-pham-phap-luat");
    expect(nameSlug("Phổbiến, giáodục pháp luật")).toBe(nameSlug("Phổ biến, giáo dục pháp luật"));
    expect(nameSlug("PHỔ BIẾN, GIÁO DỤC PHÁPLUẬT")).toBe(nameSlug("Phổ biến, giáo dục pháp luật"));
    expect(nameSlug("Tổchức chính quyền địa phương")).toBe("to-chuc-chinh-quyen-dia-phuong");
    expect(nameSlug("Sửa đổi, bổ sung mộtsố điều của Luật Đấtđai")).toBe(nameSlug("Sửa đổi, bổ sung một số điều của Luật Đất đai"));
  });

  it("a 'và' or 'của' run into the word before it is dropped as the word spaced is", () => {
    // fixtures/fresh/fresh38b-009, fresh54d-010 ("nhân dânvà Ủy ban"), fresh54d-013 ("pháp luậtcủa Hội đồng").
    expect(nameSlug("Tổ chức Hội đồng nhân dânvà Ủy ban nhân dân")).toBe("to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan");
    expect(nameSlug("Ban hành văn bản quy phạm pháp luậtcủa Hội đồng nhân dân, Ủy ban nhân dân")).toBe(nameSlug("Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân"));
    expect(nameSlug("TỔ CHỨC HỘI ĐỒNG NHÂN DÂNVÀ ỦY BAN NHÂN DÂN")).toBe("to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan");
    // A word that opens with "và" is a word: "vàng".
    expect(nameSlug("Quản lý vàng và đá quý")).toBe("quan-ly-vang-da-quy");
    const glued = extract("Căn cứ Luật Tổ chức Hội đồng nhân dânvà Ủy ban nhân dân ngày 26 tháng 11 năm 2003;")[0];
    expect(glued.id).toBe("law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003");
  });

  it("the citations of a preamble so typed and of one spaced get one id", () => {
    const glued = extract("Căn cứ Luật Tổ chức Hội đồng nhândân và Ủy ban nhân dân ngày 26/11/2003;")[0];
    const spaced = extract("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;")[0];
    expect(glued.id).toBe(spaced.id);
    expect(glued.name).toBe("Tổ chức Hội đồng nhândân và Ủy ban nhân dân");
  });

  it("a name written with its spaces keeps its slug: no syllable is ever split", () => {
    for (const name of ["Đất đai", "Giáo dục nghề nghiệp", "Khoáng sản", "Quản lý, sử dụng tài sản công", "Thuế giá trị gia tăng", "Người khuyết tật", "Chuyển giao công nghệ", "Nghĩa vụ quân sự", "Tín ngưỡng, tôn giáo", "Thủy lợi", "Quy hoạch đô thị"])
      expect(nameSlug(name), name).toBe(name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, "-"));
    // Words of one syllable, whatever their letters: never split.
    const syllable = fc.tuple(
      fc.constantFrom("", "b", "ch", "gi", "kh", "ngh", "nh", "qu", "th", "tr", "x"),
      fc.constantFrom("a", "oai", "uye", "uo", "ie", "y"),
      fc.constantFrom("", "c", "ch", "ng", "nh", "t"),
    ).map((p) => p.join(""));
    fc.assert(fc.property(fc.array(syllable, { minLength: 1, maxLength: 5 }), (words) => {
      expect(nameSlug(words.join(" "))).toBe(words.join("-"));
    }), { numRuns: 500 });
  });

  it("a long run of letters is left whole", () => {
    const long = "phapluat".repeat(20);
    expect(nameSlug(long)).toBe(long);
  });
});
