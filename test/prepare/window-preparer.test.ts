import { describe, expect, it } from "vitest";
import { prepare } from "../../src/prepare/prepare.js";
import { needsPreparing } from "../../src/prepare/needs-preparing.js";
import { WindowPreparer } from "../../src/prepare/window-preparer.js";

describe("WindowPreparer", () => {
  // Windows asked for as the island parser asks: in text order, overlapping, now and then reaching
  // back further (a window that grew back). Each must be prepare() of its slice, text and offsets.
  const pieces = ["Quyết định ", "số1234/QĐ-UBND", " ngày", "23/4/2018", " \u00a0", "Nghi\u0323 đi\u0323nh ", "– ", "số ", "12", "y", "5", ", ", "Ð", "\n", "của", "củaỦy", "c", "ủ", "a", "U\u031b", "QĐ-TTg", "về", "và ", "năm", "v", "ề", "năm2019", "2021", "m2", "NĂM", "1"];
  // Each offset of each window compared (~600,000): an expect() for each cost most of the test, so a window that
  // differs is gathered, with the first offset where it does, and the windows are checked once at the end.
  const sameAsPrepare = (text: string, from: number, to: number, got: ReturnType<WindowPreparer["prepare"]>, differ: string[]) => {
    const want = prepare(text.slice(from, to));
    const window = `${JSON.stringify(text)} [${from}, ${to})`;
    if (got.text !== want.text) differ.push(`${window}: ${JSON.stringify(got.text)} for ${JSON.stringify(want.text)}`);
    else {
      for (let i = 0; i <= want.text.length; i++) {
        if (got.map.toOriginal(i, "start") !== want.map.toOriginal(i, "start")) {
          differ.push(`${window}: offset ${i} maps to ${got.map.toOriginal(i, "start")}, not ${want.map.toOriginal(i, "start")}`);
          break;
        }
      }
    }
  };

  it("gives each window what prepare gives its slice", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    const differ: string[] = [];
    for (let round = 0; round < 200; round++) {
      let text = "";
      while (text.length < 300) text += pieces[random(pieces.length)];
      const windows = new WindowPreparer(text);
      // Short steps and short windows too, so that window ends fall between a glued number's two characters.
      const step = random(2) === 0 ? 4 : 40;
      const reach = random(2) === 0 ? 12 : 120;
      for (let from = random(20); from < text.length; from += 1 + random(step)) {
        const back = random(8) === 0 ? Math.max(0, from - random(60)) : from;
        const to = Math.min(text.length, back + 1 + random(reach));
        sameAsPrepare(text, back, to, windows.prepare(back, to), differ);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe("WindowPreparer.cleanWithin", () => {
  // What the island windows found clean, asked again by a later pass (the laws by name) over any
  // stretch, in its own order: the answer is needsPreparing's of that stretch, whatever the windows were.
  const pieces = ["Quyết định ", "số1234/QĐ-UBND", " ngày", "23/4/2018", " \u00a0", "Nghi\u0323 đi\u0323nh ", "– ", "số ", "12", "y", "5", ", ", "Ð", "\n", "của", "củaỦy", "c", "ủ", "a", "U\u031b", "QĐ-TTg", "về", "và ", "năm", "v", "ề", "năm2019", "2021", "m2", "NĂM", "1", "Luật Đất đai ", "Căn cứ ", "; "];
  it("answers as needsPreparing of the stretch asked", () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    for (let round = 0; round < 300; round++) {
      let text = "";
      // Mostly clean text, so that the windows find long clean stretches with a few changes between.
      while (text.length < 400) text += random(4) === 0 ? pieces[random(pieces.length)] : pieces[30 + random(4)];
      const windows = new WindowPreparer(text);
      const step = random(2) === 0 ? 6 : 50;
      const reach = random(2) === 0 ? 14 : 130;
      for (let from = random(20); from < text.length; from += 1 + random(step)) {
        const back = random(8) === 0 ? Math.max(0, from - random(80)) : from;
        windows.prepare(back, Math.min(text.length, back + 1 + random(reach)));
      }
      for (let q = 0; q < 40; q++) {
        const from = random(text.length);
        const to = Math.min(text.length, from + random(random(2) === 0 ? 30 : 400));
        expect(windows.cleanWithin(from, to), JSON.stringify(text.slice(from, to))).toBe(!needsPreparing(text.slice(from, to)));
      }
    }
  });

  it("looks again only at what no window read", () => {
    const text = "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014;";
    const windows = new WindowPreparer(text);
    windows.prepare(0, text.length);
    expect(windows.cleanWithin(7, text.length)).toBe(true);
    expect(windows.cleanWithin(0, 0)).toBe(true);
    const glued = `${text} Nghị định số1/2020/NĐ-CP`;
    const more = new WindowPreparer(glued);
    more.prepare(0, text.length);
    expect(more.cleanWithin(7, glued.length)).toBe(false);
    expect(more.cleanWithin(7, text.length)).toBe(true);
  });
});
