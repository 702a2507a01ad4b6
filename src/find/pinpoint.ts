import { prepare } from "../prepare/prepare.js";

/**
 * Where in a document a citation points: "điểm a khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP",
 * "Điều 3 của Quyết định số ...", "khoản 1, khoản 2 Điều 4 Thông tư ...", "Chương II Luật ...".
 * Read backwards from the citation's start, in the text's own numbering.
 */
export interface Pinpoint {
  part?: string;
  chapter?: string;
  section?: string;
  article?: string;
  clause?: string;
  point?: string;
  /** UTF-16 offsets of the pinpoint words in the text searched. */
  start: number;
  end: number;
}

/** The unit words, as data: the order a pinpoint nests in (Luật 80/2015/QH13, Điều 61). */
export const PINPOINT_UNITS: ReadonlyArray<{ key: keyof Omit<Pinpoint, "start" | "end">; word: string; label: string }> = [
  { key: "point", word: "điểm", label: "[a-zđ]" },
  { key: "clause", word: "khoản", label: "\\d{1,3}" },
  { key: "article", word: "điều", label: "\\d{1,4}[a-zđ]?" },
  { key: "section", word: "mục", label: "(?:\\d{1,3}|[IVXLC]{1,8})" },
  { key: "chapter", word: "chương", label: "(?:[IVXLC]{1,8}|\\d{1,3})" },
  { key: "part", word: "phần", label: "(?:[IVXLC]{1,8}|\\d{1,3}|thứ\\s+\\S+)" },
];

const UNIT = PINPOINT_UNITS.map((u) => `${u.word}\\s+${u.label}`).join("|");
/** One or more units ("khoản 1, khoản 2 Điều 4", "Điều 3 của") right before the citation; the look-back is bounded. */
const TRAILING = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:(?:${UNIT})(?:\\s*,\\s*|\\s+và\\s+|\\s+)){1,6}?)(?:của\\s+)?$`, "iu");
const LOOK_BACK = 120;
const NEAR = 40;
const HAS_MARK = /[\u0300-\u036f]/;
const ANY_UNIT = new RegExp(PINPOINT_UNITS.map((u) => u.word).join("|"), "i");

/** The pinpoint written right before offset `at` (a citation's start), or null. */
export function pinpointBefore(text: string, at: number): Pinpoint | null {
  // Most citations have none: a unit word near them is looked for first, cheaply (composed, so
  // that decomposed text finds the same).
  const near = text.slice(Math.max(0, at - NEAR), at);
  if (!ANY_UNIT.test(near) && !(HAS_MARK.test(near) && ANY_UNIT.test(near.normalize("NFC")))) return null;
  const from = Math.max(0, at - LOOK_BACK);
  const { text: before, map } = prepare(text.slice(from, at));
  const m = TRAILING.exec(before);
  if (!m) return null;
  const words = m[1];
  const inBefore = m.index + m[0].indexOf(words);
  const start = from + map.toOriginal(inBefore, "start");
  const out: Pinpoint = { start, end: from + map.toOriginal(inBefore + words.trimEnd().length, "end") };
  for (const u of PINPOINT_UNITS) {
    const all = [...words.matchAll(new RegExp(`(?:^|[^\\p{L}\\p{N}])${u.word}\\s+(${u.label})`, "giu"))].map((x) => x[1]);
    if (all.length) out[u.key] = all.join(", ");
  }
  return out;
}
