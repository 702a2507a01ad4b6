import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { repeatedNames } from "../../src/find/named.js";
import { phraseSource } from "../../src/vocab/phrases.js";
import { NAMED_KINDS } from "../../src/vocab/laws.js";

// Names as withRepeatedLongNames hands them (escaped words, one space between), one a prefix of another.
const NAMES = ["Quản lý , sử dụng", "lao động", "lao động và xã hội"];
const KIND = phraseSource(NAMED_KINDS.flatMap((k) => k.words));
/** A name as a pattern, as src/find/named.ts writes it. */
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

const PIECES = ["Luật", "luật", "LUẬT", "Bộ luật", "bộ luật", "BỘ LUẬT", "Pháp lệnh", "pháp lệnh", "Quản lý", "quản lý", ",", "sử dụng", "lao động", "Lao động", "động", "và xã hội", "xã", " ", "  ", "\n", "\t", "x", "Đ", "\u0301", "1", "🙂", "b", "l", "p"];

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

  it("reads a name after 'Bộ luật' and after a kind word glued to a word before it", () => {
    const text = "theo Bộ luật lao động; xBộ luật lao động; Luật Quản lý, sử dụng vũ khí";
    expect(stickyMatches(text)).toEqual(globalMatches(text));
    expect(stickyMatches(text).length).toBe(3);
  });
});
