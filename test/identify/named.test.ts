import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameSlug, tidyName } from "../../src/identify/named.js";
import { extract } from "../../src/index.js";

/** What tidyName stands for, whatever its fast path: whitespace folded, no space before a comma, trimmed. */
const tidied = (raw: string) => raw.replace(/\s+/g, " ").replace(/ ,/g, ",").trim();

describe("tidyName", () => {
  it("folds whitespace, drops the space before a comma, trims", () => {
    expect(tidyName(" Tổ chức \n HĐND , UBND\t")).toBe("Tổ chức HĐND, UBND");
    expect(tidyName("Đất đai")).toBe("Đất đai");
    expect(tidyName("Đất\u00a0đai")).toBe("Đất đai");
  });

  it("is the three replacements on any string of words, spaces, breaks and commas", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", ",", " ,", "a", "Đất", "đai");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const raw = pieces.join("");
        expect(tidyName(raw)).toBe(tidied(raw));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("nameSlug", () => {
  it("leaves '(sửa đổi)', a law enacted anew, out of the identity; keeps '(sửa đổi, bổ sung)'", () => {
    const ids = extract("Căn cứ Luật Tổ chức HĐND và UBND (sửa đổi) năm 2003; Luật Tổ chức HĐND và UBND ngày 26/11/2003; Luật Đất đai (sửa đổi, bổ sung) năm 2009;").map((c) => [c.name, c.id]);
    expect(ids).toEqual([
      ["Tổ chức HĐND và UBND (sửa đổi)", "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003"],
      ["Tổ chức HĐND và UBND", "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003"],
      ["Đất đai (sửa đổi, bổ sung)", "law:dat-dai-sua-doi-bo-sung@2009"],
    ]);
    expect(nameSlug("Đất đai ( sửa  đổi )")).toBe(nameSlug("Đất đai"));
  });
});

describe("nameSlug of a name lower-cased whole", () => {
  it("expands its initials as in capitals: 'tổ chức hđnd và ubnd' is one law with its name written out", () => {
    expect(nameSlug("tổ chức hđnd và ubnd")).toBe(nameSlug("Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"));
    expect(nameSlug("ban hành văn bản qppl")).toBe(nameSlug("Ban hành văn bản QPPL"));
  });

  it("reads initials in lower case as written where the name has a capital", () => {
    expect(nameSlug("Tổ chức hđnd")).toBe("to-chuc-hdnd");
  });
});
