import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { longNameKey, repeatedNames } from "../../../src/find/named/index.js";
import { kindSpans, kindStarts } from "../../../src/find/named/repeated.js";
import { MAX_BARE_NAME_WORDS } from "../../../src/vocab/laws.js";
import { phraseSource } from "../../../src/vocab/phrases.js";
import { NAMED_KINDS } from "../../../src/vocab/laws.js";

// Names as withRepeatedLongNames hands them (escaped words, one space between), one a prefix of another.
const NAMES = ["Quản lý , sử dụng", "lao động", "lao động và xã hội"];
const KIND = phraseSource(NAMED_KINDS.flatMap((k) => k.words));
/** A name as a pattern, as src/find/named/repeated.ts writes it. */
const nameSource = (joined: string) => joined.split(" ").map((t, i) => (i === 0 ? t : t === "," ? String.raw`[ \t\r\n]{0,4},` : String.raw`[ \t\r\n]{1,4}${t}`)).join("");
/** The one regex withRepeatedLongNames built before session 27, for every name at once: the reference. */
const SOURCE = String.raw`(?<![\p{L}\p{N}\p{M}])(${KIND})[ \t\r\n]{1,4}(${NAMES.map(nameSource).join("|")})(?![\p{L}\p{N}\p{M}])`;

function globalMatches(text: string): string[] {
  const re = new RegExp(SOURCE, "giu");
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}-${m.index + m[0].length}:${m[1]}|${m[2]}`);
  return out;
}
function stickyMatches(text: string): string[] {
  return repeatedNames(text, NAMES).map((m) => `${m.start}-${m.end}:${m.kind}|${m.name}`);
}

// Kind words in mixed case and across any whitespace \s takes (the search finds them by their vowel, "ậ" or "ệ", in either case).
const PIECES = ["Luật", "luật", "LUẬT", "LuẬt", "lUậT", "Bộ luật", "bộ luật", "BỘ LUẬT", "bỘ\u00a0LuẬt", "Bộ\u3000\ufeffluật", "Pháp lệnh", "pháp lệnh", "PHÁP\u2028LỆnh", "pháp  lỆNH", "lệnh", "ậ", "Ệ", "lu", "Lu", "pháp", "Bộ", "\u00a0", "Quản lý", "quản lý", ",", "sử dụng", "lao động", "Lao động", "động", "và xã hội", "xã", " ", "  ", "\n", "\t", "x", "Đ", "\u0301", "1", "🙂", "b", "l", "p"];

function stickyMatchesWithEnds(text: string): string[] {
  const { starts, ends } = kindSpans(text);
  return repeatedNames(text, NAMES, undefined, starts, ends).map((m) => `${m.start}-${m.end}:${m.kind}|${m.name}`);
}
const KIND_AT_START = new RegExp(KIND, "iuy");

// Session 65 (speed65): the kind words' ends are kept from the search that found them (kindSpans), and the look-behind
// before a kind word is a table's (noWordBefore); the answers must stay the one global regex's.
describe("kindSpans", () => {
  it("gives kindStarts' starts, each with the end of the kind word matched there, and repeatedNames the same answers with them", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const { starts, ends } = kindSpans(text);
        expect(starts).toEqual(kindStarts(text));
        expect(ends).toEqual(
          starts.map((s) => {
            KIND_AT_START.lastIndex = s;
            return KIND_AT_START.test(text) ? KIND_AT_START.lastIndex : -1;
          }),
        );
        expect(stickyMatchesWithEnds(text)).toEqual(globalMatches(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a kind word after an astral letter, digit or mark as inside a word, and after other astral characters as a word's start", () => {
    // U+1D400 MATHEMATICAL BOLD CAPITAL A (a letter), U+1D7CE MATHEMATICAL BOLD DIGIT ZERO, U+1D165 a combining mark, U+1F642 an emoji.
    for (const before of ["\u{1D400}", "\u{1D7CE}", "\u{1D165}", "🙂", "\ud835", "x", " ", ""]) {
      const text = `${before}luật lao động và xã hội`;
      expect(stickyMatches(text)).toEqual(globalMatches(text));
      expect(stickyMatchesWithEnds(text)).toEqual(globalMatches(text));
    }
  });
});

describe("repeatedNames", () => {
  it("finds, kind word by kind word and name by name, what one global regex of every name finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(stickyMatches(text)).toEqual(globalMatches(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes a dated name as long past MAX_BARE_NAME_WORDS words, its commas not counted, as its tokens count them", () => {
    /** What withRepeatedLongNames computed for every dated name before session 28: the reference. */
    const tokensOf = (name: string) => name.replace(/\s*,\s*/g, " , ").trim().split(/\s+/);
    const reference = (name: string) => {
      const tokens = tokensOf(name);
      return tokens.filter((t) => t !== ",").length > MAX_BARE_NAME_WORDS ? tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join(" ") : null;
    };
    const words = ["Quản", "lý", "sử", "dụng", "vũ", "khí", "(HIV/AIDS)", "a.b", ",", ", ", " ,", "\n", "  ", "\u00a0", "\t,\t", "x*y", "$"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 24 }), (parts) => {
        const name = parts.join(" ");
        expect(longNameKey(name)).toEqual(reference(name));
        expect(longNameKey(parts.join(""))).toEqual(reference(parts.join("")));
      }),
      { numRuns: 2000 },
    );
    expect(longNameKey("Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ")).toBe("Quản lý , sử dụng vũ khí , vật liệu nổ và công cụ hỗ trợ");
    expect(longNameKey("Quản lý, sử dụng vũ khí, vật liệu")).toBeNull();
    expect(longNameKey("Quản lý, sử dụng vũ khí, vật liệu nổ")).toBe("Quản lý , sử dụng vũ khí , vật liệu nổ");
  });

  it("reads a name after 'Bộ luật' and after a kind word glued to a word before it", () => {
    const text = "theo Bộ luật lao động; xBộ luật lao động; Luật Quản lý, sử dụng vũ khí";
    expect(stickyMatches(text)).toEqual(globalMatches(text));
    expect(stickyMatches(text).length).toBe(3);
  });
});

describe("repeatedNames given the kind words' starts", () => {
  it("finds with kindStarts(text) handed in what it finds searching them itself (withRepeatedLongNames searches once for its two calls)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.boolean(), (pieces, filtered) => {
        const text = pieces.join("");
        const accept = filtered ? (at: number) => at % 2 === 0 : undefined;
        expect(repeatedNames(text, NAMES, accept, kindStarts(text))).toEqual(repeatedNames(text, NAMES, accept));
      }),
      { numRuns: 2000 },
    );
  });
});
