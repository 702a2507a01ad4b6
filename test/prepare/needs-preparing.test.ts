import { describe, expect, it } from "vitest";
import { NEEDS_ANY, needsAny, needsPreparing, needsPreparingIn } from "../../src/prepare/needs-preparing.js";
import { GLUED_AFTER_CODE, GLUED_BEFORE_NUMBER, SO_LETTER_LOST } from "../../src/vocab/numbers.js";
import { LOOK_ALIKES } from "../../src/vocab/look-alikes.js";
import { AFTER_KEYS, AFTER_PAIRS, BEFORE_WORD_CHARS, GLUED_LAST_LETTERS, IGNORABLE, YEAR_COMPOSED } from "../../src/prepare/changes.js";
import { phraseSource } from "../../src/vocab/phrases.js";
import { readdirSync, readFileSync } from "node:fs";
import { hasSegmentedWords } from "../../src/prepare/segmented-words.js";

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
    for (let k = 0; k < 20000; k++) {
      let s = "";
      for (let i = random(7); i > 0; i--) s += alphabet[random(alphabet.length)];
      expect(needsPreparing(s), JSON.stringify(s)).toBe(reference.test(s));
    }
  });

  // Read by table, the regex asked only at a key ("ủ", "à", "ề", "ă") where a character before or after
  // allows a match: long strings of the characters those tests read (a digit or capital two back, "m"
  // and a year after "nă", "s" before a digit, marks), each key at every place a window may put it.
  it("answers as the regex over longer strings, each key at any place", () => {
    const alphabet = [...last, ...Object.keys(LOOK_ALIKES), "\u0300", "\u0309", "a", "s", "5", "1", "2", "0", "9", " ", "\n", "c", "C", "ủ", "Ủ", "A", "Đ", "g", "T", "v", "V", "ề", "Ề", "à", "À", "n", "N", "ă", "Ă", "m", "M", "của", "về", "và", "năm", "UBND", "TTg", "2019", "y", "ố"];
    let seed = 5;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    for (let k = 0; k < 30000; k++) {
      let s = "";
      for (let i = 1 + random(12); i > 0; i--) s += alphabet[random(alphabet.length)];
      expect(needsPreparing(s), JSON.stringify(s)).toBe(reference.test(s));
    }
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
    for (let k = 0; k < 60000; k++) {
      let s = "";
      for (let i = 1 + random(10); i > 0; i--) s += alphabet[random(alphabet.length)];
      expect(needsPreparing(s), JSON.stringify(s)).toBe(keyed.test(s));
    }
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

/**
 * needsAny reads NEEDS_ANY's first characters by table and asks the regex's other alternatives only
 * where the characters beside a digit or a key allow a match (Session 54, helper speed54b): it must
 * answer as NEEDS_ANY.test does, wherever a digit, a key or a change stands, and beside any character.
 */
/** Text around a stretch that, read with it, could make it need preparing. */
const AROUND: readonly (readonly [string, string])[] = [["", ""], ["5s", "củ1"], ["Ac", "_ư9"], ["năm", "0ủa"], ["nă", "9"], ["Quy_", "a"], ["\u0301", "\u0301"], ["TTgc", "ủ"]];

describe("needsAny", () => {
  const random = (() => {
    let seed = 17;
    return (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
  })();
  const same = (s: string) => {
    expect(needsAny(s), JSON.stringify(s)).toBe(NEEDS_ANY.test(s));
    // needsPreparing reads the "_" of a segmented word in the same walk.
    expect(needsPreparing(s), JSON.stringify(s)).toBe(NEEDS_ANY.test(s) || hasSegmentedWords(s));
    // Read inside a longer text, nothing around the stretch counts: what is beside it here would change the answer.
    for (const [before, after] of AROUND) expect(needsPreparingIn(before + s + after, before.length, before.length + s.length), JSON.stringify([before, s, after])).toBe(needsPreparing(s));
  };

  it("answers as NEEDS_ANY over random strings of what the regex reads", () => {
    const alphabet = [...GLUED_LAST_LETTERS, ...Object.keys(LOOK_ALIKES), ...IGNORABLE.split("\\u").filter(Boolean).map((h) => String.fromCharCode(parseInt(h, 16))), ...BEFORE_WORD_CHARS.slice(8, 14), "\u0300", "\u0301", "\u0309", "\u036f", "\u0370", "\u02ff", "_", "a", "A", "o", "s", "S", "5", "1", "2", "0", "9", " ", "\n", "c", "C", "ủ", "Ủ", "u", "Đ", "đ", "g", "G", "T", "v", "V", "ề", "Ề", "à", "À", "n", "N", "ă", "Ă", "m", "M", "y", "Y", "ố", "Ố", "e", "của", "CỦA", "Của", "về", "và", "năm", "NĂM", "Năm", "TTg", "UBND", "19", "20", "2019", "\ud800", "\udc00", "_", "_", "ã", "Quy_định", "a_b", "x_", "_ủ"];
    for (let k = 0; k < 60000; k++) {
      let s = "";
      for (let i = 1 + random(12); i > 0; i--) s += alphabet[random(alphabet.length)];
      same(s);
    }
  });

  it("answers as NEEDS_ANY with every code unit beside a digit and a key, at the start, the end and inside", () => {
    const around = ["5", "1", "9", "ủ", "2", "0"];
    // Collected, not asserted one by one: 2.6 million strings.
    const differ: string[] = [];
    const same = (s: string) => {
      const answer = NEEDS_ANY.test(s);
      if ((needsAny(s) !== answer || needsPreparingIn(`5${s}c`, 1, 1 + s.length) !== needsPreparing(s)) && differ.length < 20) differ.push(s);
    };
    for (let c = 0; c < 0x10000; c++) {
      const x = String.fromCharCode(c);
      for (const a of around) {
        same(x + a);
        same(a + x);
        same(`${x}c${a}`);
        same(`${x}${a}a`);
        same(`năm${a}${x}`);
        same(`A ${x}${a}${x}9 `);
      }
      same(`${x}củ`);
      same(`${x}của`);
      same(`5${x}ủa x`);
      same(`NĂM${x}0`);
    }
    expect(differ).toEqual([]);
  });

  it("answers as NEEDS_ANY over windows of the fixtures, dev and fresh texts", () => {
    const dirs = ["fixtures", "fixtures/dev/texts", ...readdirSync("fixtures/fresh", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `fixtures/fresh/${d.name}/texts`)];
    let asked = 0;
    let found = 0;
    const differ: string[] = [];
    for (const dir of dirs) {
      let names: string[];
      try {
        names = readdirSync(dir).filter((name) => name.endsWith(".txt"));
      } catch {
        continue;
      }
      for (const f of names) {
        const text = readFileSync(`${dir}/${f}`, "utf8");
        same(text);
        // Collected, not asserted one by one (some 40,000 windows); each window also read in place in its text.
        for (let at = 0; at < text.length; at += 53) {
          const s = text.slice(at, at + 110);
          const answer = NEEDS_ANY.test(s);
          const whole = answer || hasSegmentedWords(s);
          if ((needsAny(s) !== answer || needsPreparing(s) !== whole || needsPreparingIn(text, at, at + s.length) !== whole) && differ.length < 20) differ.push(s);
          asked++;
          if (answer) found++;
        }
      }
    }
    expect(differ).toEqual([]);
    expect(asked).toBeGreaterThan(10000);
    expect(found).toBeGreaterThan(100);
  });
});
