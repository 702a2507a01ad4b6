import { describe, expect, it } from "vitest";
import { noteIfDiffer } from "../helpers/search-equivalence.js";
import { needsPreparing } from "../../src/prepare/needs-preparing.js";
import { GLUED_AFTER_CODE, GLUED_BEFORE_NUMBER, SO_LETTER_LOST } from "../../src/vocab/numbers.js";
import { LOOK_ALIKES } from "../../src/vocab/look-alikes.js";
import { AFTER_KEYS, AFTER_PAIRS, BEFORE_WORD_CHARS, GLUED_LAST_LETTERS, IGNORABLE, YEAR_COMPOSED } from "../../src/prepare/changes.js";
import { phraseSource } from "../../src/vocab/phrases.js";
import { readdirSync, readFileSync } from "node:fs";

describe("needsPreparing", () => {
  const last = [...new Set([...GLUED_BEFORE_NUMBER.flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]).flatMap((w) => [w.at(-1)!, w.at(-1)!.toUpperCase()]), SO_LETTER_LOST])];
  // Or "của" between a digit and a letter, in any case.
  // Or a lower-case "của", "về", "và", "năm" run into a digit, a capital or "TTg" (any "g": a superset, prepare() decides), read up to its first mark.
  // Or "năm" (composed, any case) run into a year's first two digits, "19" or "20".
  const reference = new RegExp(
    `[\\u0300-\\u036f${Object.keys(LOOK_ALIKES).join("")}]|[${last.join("")}][0-9]|[0-9][cC][ủỦ][aA][A-Za-zĐƯư]|[0-9A-ZĐg](?:củ|về|và|nă)|[0-9](?:CỦ|VỀ|VÀ|NĂ|Củ|Về|Và|Nă|cỦ|vỀ|vÀ|nĂ)|[nN][ăĂ][mM](?:19|20)`,
  );
  it("answers as a combining mark, a look-alike, or a glued word's last letter before a digit", () => {
    const alphabet = [...last, ...Object.keys(LOOK_ALIKES), "\u0300", "\u0302", "a", "o", "s", "5", "0", " ", "\n", "c", "C", "ủ", "Ủ", "A", "Đ", "ư", "v", "ề", "à", "n", "ă", "m", "T", "g", "U", "V", "Ề", "N", "Ă", "M", "1", "2", "9"];
    let seed = 3;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    const differ: string[] = [];
    for (let k = 0; k < 20000; k++) {
      let s = "";
      for (let i = random(7); i > 0; i--) s += alphabet[random(alphabet.length)];
      noteIfDiffer(differ, needsPreparing(s), reference.test(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
  });

  // Read by table, the regex asked only at a key ("ủ", "à", "ề", "ă") where a character before or after
  // allows a match: long strings of the characters those tests read (a digit or capital two back, "m"
  // and a year after "nă", "s" before a digit, marks), each key at every place a window may put it.
  it("answers as the regex over longer strings, each key at any place", () => {
    const alphabet = [...last, ...Object.keys(LOOK_ALIKES), "\u0300", "\u0309", "a", "s", "5", "1", "2", "0", "9", " ", "\n", "c", "C", "ủ", "Ủ", "A", "Đ", "g", "T", "v", "V", "ề", "Ề", "à", "À", "n", "N", "ă", "Ă", "m", "M", "của", "về", "và", "năm", "UBND", "TTg", "2019", "y", "ố"];
    let seed = 5;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    const differ: string[] = [];
    for (let k = 0; k < 30000; k++) {
      let s = "";
      for (let i = 1 + random(12); i > 0; i--) s += alphabet[random(alphabet.length)];
      noteIfDiffer(differ, needsPreparing(s), reference.test(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
  });

  // The regex it replaced (Session 46): stopped at each change's frequent letter ("g", "y", "ố", "s", and
  // "ủ", "à", "ề", "ă" in either case) and looked around it. The digit-keyed one must answer as it does.
  const keyed = (() => {
    const apart = new Set(["\u2044"]);
    const single = `\\u0300-\\u036f${IGNORABLE}${Object.keys(LOOK_ALIKES).filter((c) => !apart.has(c)).join("")}`;
    const gluedLast = GLUED_LAST_LETTERS.filter((c) => c !== SO_LETTER_LOST && !new RegExp(`[${single}]`).test(c)).join("");
    const words = [...new Set(GLUED_AFTER_CODE.map((w) => w.normalize("NFC")))];
    const headAndTail = (w: string): [string, string] => {
      const key = Math.max(0, [...w].findIndex((c) => c.charCodeAt(0) > 0x7f)) + 1;
      return [w.slice(0, key), w.slice(key)];
    };
    const heads = words.map((w) => headAndTail(w)[0]);
    const years = YEAR_COMPOSED.map(headAndTail);
    const keys = [...new Set([...heads, ...years.map(([head]) => head)].flatMap((h) => [h.at(-1)!, h.at(-1)!.toUpperCase()]))].join("");
    const yearAfterKey = years.map(([head, tail]) => `(?<=${phraseSource([head], { anyCase: true })})${tail ? phraseSource([tail], { anyCase: true }) : ""}(?:19|20)`).join("|");
    const wordKeyed = `[${keys}](?:(?<=[${BEFORE_WORD_CHARS}]${phraseSource(heads)})|(?<=[0-9]${phraseSource(heads, { anyCase: true })})|${yearAfterKey})`;
    const needs = `[${single}${gluedLast}${AFTER_KEYS}](?:(?<=[${gluedLast}])[0-9]|(?<=[${AFTER_KEYS}])(?:${AFTER_PAIRS})|(?<![${gluedLast}${AFTER_KEYS}]))`;
    return new RegExp(`${needs}|${wordKeyed}|${SO_LETTER_LOST}[0-9]${[...apart].map((c) => `|${c}`).join("")}`);
  })();

  it("answers as the regex keyed on letters did, over random strings of what either reads", () => {
    const alphabet = [...last, ...Object.keys(LOOK_ALIKES), ...IGNORABLE.split("\\u").filter(Boolean).map((h) => String.fromCharCode(parseInt(h, 16))), "\u0300", "\u0301", "\u0309", "a", "A", "o", "s", "S", "5", "1", "2", "0", "9", " ", "\n", "c", "C", "ủ", "Ủ", "Đ", "g", "G", "T", "v", "V", "ề", "Ề", "à", "À", "n", "N", "ă", "Ă", "m", "M", "y", "Y", "ố", "Ố", "e", "của", "về", "và", "năm", "NĂM", "TTg", "UBND", "19", "20", "2019"];
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    const differ: string[] = [];
    for (let k = 0; k < 60000; k++) {
      let s = "";
      for (let i = 1 + random(10); i > 0; i--) s += alphabet[random(alphabet.length)];
      noteIfDiffer(differ, needsPreparing(s), keyed.test(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
  });

  it("answers as the regex keyed on letters did, over windows of the dev texts", () => {
    const dir = new URL("../../fixtures/dev/texts/", import.meta.url);
    let asked = 0;
    for (const f of readdirSync(dir).filter((name) => name.endsWith(".txt"))) {
      const text = readFileSync(new URL(f, dir), "utf8");
      for (let at = 0; at < text.length; at += 37) {
        const s = text.slice(at, at + 120);
        expect(needsPreparing(s), JSON.stringify(s)).toBe(keyed.test(s));
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(1000);
  });
});
