import { OffsetMap } from "./offset-map.js";

/**
 * A markdown link, "[Phụ lục số 02a](https://files.thuvienphapluat.vn/…/Phụ lục 2a-46 2014 TT-BTC.doc)": the
 * label a reader sees, the address after it. Stores that keep a legal site's page as markdown print an annex's
 * forms so (Thông tư 43/2023/TT-BTC as a public crawl stores it, fresh55e-002; Nghị định 91/2022/NĐ-CP's
 * "[Mẫu số 04-1/CC tại Phụ lục III](…) ban hành kèm theo Nghị định số 126/2020/NĐ-CP", full32-017). The label
 * on one line without brackets, the address without brackets or spaces; both bounded.
 */
const LINK = /\[([^[\]\n]{1,300})\]\([^()\s]{1,600}\)/g;

/** Whether a stretch may hold a link's markup (asked before LINK runs). */
export const mayHoldLink = (s: string): boolean => s.includes("](");

/**
 * `original` with each link read as its label alone: the "[" before it and the "](address)" after it
 * dropped, each a run of the map that nothing stands for (as withoutIgnorables drops what prints nothing),
 * so that a span starts after a run and ends before it. The same string when there is no link.
 */
export function withoutLinkMarkup(original: string): { text: string; map: OffsetMap } {
  const map = new OffsetMap();
  if (!mayHoldLink(original)) return { text: original, map };
  let out = "";
  let last = 0;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(original); m; m = LINK.exec(original)) {
    out += original.slice(last, m.index);
    map.addRun(out.length, 0, m.index, 1);
    out += m[1];
    const tail = m.index + 1 + m[1].length;
    map.addRun(out.length, 0, tail, m.index + m[0].length - tail);
    last = m.index + m[0].length;
  }
  out += original.slice(last);
  return { text: out, map };
}
