import { describe, expect, it } from "vitest";
import { findBasisNamed } from "../../src/find/basis-named.js";
import { NAMED_BASIS_KINDS } from "../../src/vocab/named-documents.js";

/**
 * headAt passes over a kind whose words open with another code unit than the head's, unread (speed64b: reading the
 * table's objects of five shapes at every head made that read megamorphic, ~7.9 M instructions a devx5 pass). phraseAt
 * compares a phrase's first code unit as it stands unless it is a blank: the skip is exact while no kind's words open
 * with one.
 */
describe("headAt's first-letter skip", () => {
  it("rests on every kind's words opening with no blank, in each case the cues read", () => {
    for (const { words } of NAMED_BASIS_KINDS) for (const w of [words, words.toUpperCase(), words.toLowerCase()]) expect(w.charCodeAt(0)).not.toBe(0x20);
  });

  it("reads each kind at an item's head, as written, in capitals and in small letters after a list's ';'", () => {
    for (const { words, kind, byBody, signed } of NAMED_BASIS_KINDS) {
      const rest = byBody ? " của Quốc hội về phát triển kinh tế" : signed ? " giữa hai Bộ về hợp tác ký ngày 01 tháng 10 năm 2009" : " Tổng công ty Điện lực miền Bắc";
      const text = `- Căn cứ ${words}${rest};\n- Căn cứ Luật Tổ chức chính quyền địa phương;`;
      const found = findBasisNamed(text, []);
      expect(found.map((m) => [m.kind, text.slice(m.start, m.kindEnd)])).toEqual([[kind, words]]);
      const upper = `- CĂN CỨ ${words.toUpperCase()}${rest.toUpperCase()};\n`;
      expect(findBasisNamed(upper, []).map((m) => m.kind)).toEqual([kind]);
    }
  });
});
