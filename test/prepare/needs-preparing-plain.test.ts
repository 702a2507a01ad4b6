/**
 * The window test in a text the find stage's scan found holds no combining mark, eth or what prints nothing
 * (needsPreparingPlain, session 63): NEEDS_ANY's first class without them. Its answer must be needsPreparing's for
 * every stretch of such a text, and the look-alikes such a text may hold (dashes, slashes, the wide space) must
 * all still be asked for.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { needsPreparing, needsPreparingPlain } from "../../src/prepare/needs-preparing.js";
import { PLAIN_CHANGES, SINGLE_CHANGES } from "../../src/prepare/changes.js";
import { WindowPreparer } from "../../src/prepare/window-preparer.js";
import { readLandmarks } from "../../src/find/anchors.js";
import { textAsRead } from "../../src/prepare/line-breaks.js";
import { IGNORABLES, LOOK_ALIKES, UNREAD_AS_WRITTEN } from "../../src/vocab/look-alikes.js";
import { seededRandom, textsUnder } from "../helpers/search-equivalence.js";

const corpus = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];
const unread = (c: number): boolean => UNREAD_AS_WRITTEN.some(([from, to]) => c >= from && c <= to);

/** The texts as extract() reads them, where the scan says plain: no mark, eth or ignorable. */
const plainTexts = corpus.map((t) => readLandmarks(textAsRead(t))).filter(({ marks }) => !marks.ignorables && !marks.unreadAsWritten).map(({ read }) => read);

describe("needsPreparingPlain", () => {
  it("asks for every character of SINGLE_CHANGES that is no mark, eth or ignorable", () => {
    const single = new RegExp(`[${SINGLE_CHANGES}]`);
    const plain = new RegExp(`[${PLAIN_CHANGES}]`);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (plain.test(s) !== (single.test(s) && !unread(c) && !IGNORABLES.includes(s))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    for (const c of Object.keys(LOOK_ALIKES)) if (!unread(c.charCodeAt(0))) expect(plain.test(c)).toBe(true);
  });

  it("answers as needsPreparing over stretches of every plain dev and fresh text", () => {
    expect(plainTexts.length).toBeGreaterThan(corpus.length / 2);
    const next = seededRandom(63);
    let yes = 0;
    let no = 0;
    for (const text of plainTexts) {
      for (let from = 0; from < text.length; from += 150 + Math.floor(next() * 150)) {
        const s = text.slice(from, from + 20 + Math.floor(next() * 400));
        const want = needsPreparing(s);
        if (needsPreparingPlain(s) !== want) expect(s).toBe(`answered ${!want}`);
        if (want) yes++;
        else no++;
      }
    }
    // Both answers are met often: the dashes and slashes of real texts among the yeses.
    expect(yes).toBeGreaterThan(300);
    expect(no).toBeGreaterThan(300);
  });

  it("answers as needsPreparing on random runs of look-alikes, digits, glued words and letters", () => {
    const pieces = [...Object.keys(LOOK_ALIKES).filter((c) => !unread(c.charCodeAt(0))), "số", "ngày", "của", "năm", "Về", "và", "12", "2019", "/", "-", " ", "QĐ", "TTg", "a", "à", "ủ", "ề", "ă", "*", "\n"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join("");
        expect(needsPreparingPlain(s)).toBe(needsPreparing(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves the island windows' answers unchanged: WindowPreparer with `plain` prepares as without", () => {
    const next = seededRandom(64);
    for (const text of plainTexts.slice(0, 400)) {
      const a = new WindowPreparer(text);
      const b = new WindowPreparer(text, false, true);
      for (let from = 0; from < text.length; from += 60 + Math.floor(next() * 100)) {
        const to = Math.min(text.length, from + 110 + Math.floor(next() * 60));
        expect(b.prepare(from, to).text).toBe(a.prepare(from, to).text);
        const f = Math.floor(next() * text.length);
        expect(b.cleanWithin(f, Math.min(text.length, f + 400))).toBe(a.cleanWithin(f, Math.min(text.length, f + 400)));
      }
    }
  });
});
