import type { NamedMention } from "./named/index.js";
import { CONSTITUTION_NAME, CONSTITUTION_YEARS } from "../vocab/laws.js";
import { hasCapital } from "./words.js";
import { composedWord, markClass } from "../shared/chars.js";
import { afterLostBasisCue } from "./lost-cue.js";

/**
 * The Constitution cited by its name (vocab/laws.ts CONSTITUTION_NAME): "Căn cứ Hiến pháp nước Cộng hòa
 * xã hội chủ nghĩa Việt Nam;", "Căn cứ Hiến pháp năm 2013;", "Căn cứ Hiến pháp năm 1992 (sửa đổi, bổ sung
 * năm 2001);", "theo quy định của Hiến pháp". A law's preamble opens with it, and so do a National
 * Assembly resolution's and many decrees': read as a named document, like a law named without its
 * number, its basis is a relation like any other. Without a year it is the Constitution the text
 * does not date (`@?`), as "Luật Đất đai" is.
 */

/** Whitespace inside a mention, a line broken there too ("Căn ⏎cứ Hiến ⏎pháp"): bounded, as every part of the regexes. */
const WS = "[ \\t\\r\\n]{1,4}";
const WS0 = "[ \\t\\r\\n]{0,4}";
const AFTER_WORD = "(?![\\p{L}\\p{N}\\p{M}])";
/** "Hiến pháp", any case (a plan's title in capitals: "KẾ HOẠCH TRIỂN KHAI THI HÀNH HIẾN PHÁP NĂM 2013"). */
const NAME = new RegExp(CONSTITUTION_NAME.split(" ").join(WS) + AFTER_WORD, "iuy");
/** "năm 2013", "2013" (and "1992của", a copy that lost the space after the year). */
const YEAR = new RegExp(`${WS0},?${WS0}(?:năm${WS})?((?:19|20)\\d\\d)(?!\\d)`, "iuy");
/**
 * "ngày 18 tháng 12 năm 1980", "ngày 18-12-1980": the day the Constitution was adopted, after its name
 * and country, as the Hội đồng Bộ trưởng's decisions of the 1980s date it ("Căn cứ Điều 107 của Hiến
 * pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam ngày 18 tháng 12 năm 1980", Quyết định 67-HĐBT and
 * 64-HĐBT of 1982; "… Việt Nam ngày 18-12-1980", Quyết định 88-HĐBT of 1986). Its year is the year.
 */
const DATED = new RegExp(
  `${WS0},?${WS0}ngày${WS}\\d{1,2}(?:${WS}tháng${WS}\\d{1,2}${WS}năm${WS}|${WS0}[-/.]${WS0}\\d{1,2}${WS0}[-/.]${WS0})((?:19|20)\\d\\d)(?!\\d)`,
  "iuy",
);
/** "nước Cộng hòa xã hội chủ nghĩa Việt Nam", "của nước CHXHCN Việt Nam"; a copy's words run together ("xãhội"). */
const COUNTRY = new RegExp(
  `${WS}(?:của${WS})?nước${WS}(?:Cộng${WS0}(?:hòa|hoà|hoa)${WS0}xã${WS0}hội${WS0}chủ${WS0}nghĩa|CHXHCN)${WS0}Việt${WS0}Nam${AFTER_WORD}`,
  "iuy",
);
/**
 * "(sửa đổi, bổ sung năm 2001)", "(đã được sửa đổi, bổ sung năm 2001)": the Constitution named as later
 * amended, part of the mention. Not one that names the amending document ("( đã được sửa đổi, bổ sung
 * năm 2001 theo Nghị quyết số 51/2001/QH10 )"): its cue is left to bind to that citation.
 */
const AMENDED_MARK = new RegExp(`${WS0}\\(${WS0}(?:đã${WS}được${WS})?sửa${WS}đổi(?:${WS0},${WS0}bổ${WS}sung)?(?:${WS}năm)?${WS}(?:19|20)\\d\\d${WS0}\\)`, "iuy");
const YEARS: ReadonlySet<number> = new Set(CONSTITUTION_YEARS);
/** How much of the text after "Hiến" a mention may take. */
const WINDOW = 160;
/**
 * "pháp" and "PHÁP", each a literal indexOf finds fast (a rare letter after its first: "iến", four
 * literals for the cases and the decomposed forms, walked the text four times, 4 ms over 300 plans
 * against 1.2), and "pha\u0301p" decomposed where the text is (`decomposed`). The word before must be
 * "Hiến" (HIEN), whitespace between.
 */
const PHAP = ["pháp", "PHÁP"];
const PHAP_DECOMPOSED = ["pha\u0301p", "PHA\u0301P"];
const HIEN: ReadonlySet<string> = new Set(["Hiến", "hiến", "HIẾN"]);
/** The longest "Hiến" decomposed ("Hie\u0302\u0301n"): how far back before the whitespace the word is read. */
const HIEN_CHARS = 6;

/**
 * Every mention of the Constitution in the caller's text, in text order, offsets into `original`.
 * `prepareWindow` is the prepare stage's (NFC, look-alikes): only a window after each "Hiến" is prepared
 * and read. `decomposed`: whether the text may write its letters decomposed (the find stage's scan saw a
 * decomposed rhyme of "luật", "lệnh"), where "pháp" is looked for so written too.
 */
export function findConstitutionMentions(
  original: string,
  prepareWindow: (s: string) => { text: string; map: { toOriginal(at: number, side: "start" | "end"): number } },
  decomposed = true,
): NamedMention[] {
  let starts: number[] | null = null;
  for (const phap of decomposed ? [...PHAP, ...PHAP_DECOMPOSED] : PHAP) {
    for (let i = original.indexOf(phap); i >= 0; i = original.indexOf(phap, i + phap.length)) {
      const h = hienBefore(original, i);
      if (h >= 0) (starts ??= []).push(h);
    }
  }
  if (starts === null) return [];
  starts.sort((a, b) => a - b);
  const out: NamedMention[] = [];
  let lowerCased: boolean | undefined;
  for (const at of starts) {
    if (out.length && at < out[out.length - 1].end) continue;
    const { text, map } = prepareWindow(original.slice(at, at + WINDOW));
    const m = readAt(text);
    if (m === null) continue;
    // Lower case, prose writes it ("bảo vệ hiến pháp"), no name: read where dated or named with the
    // country, or where the whole text is lower-cased (a listing's summary), as a law's name is.
    if (text.charCodeAt(0) === 0x68 && m.year === null && m.countryEnd === null && !(lowerCased ??= !hasCapital(original))) continue;
    const back = (x: number, side: "start" | "end") => at + map.toOriginal(x, side);
    out.push({
      start: at,
      end: back(m.end, "end"),
      kind: "constitution",
      kindEnd: back(m.nameEnd, "end"),
      nameStart: at,
      nameEnd: back(m.countryEnd ?? m.nameEnd, "end"),
      year: m.year,
      date: null,
      numberAt: null,
      // One name for every way of writing it: the identity is the Constitution and its year.
      name: CONSTITUTION_NAME,
    });
  }
  return out;
}

/** The mention opening `text`, its parts' ends, or null. */
function readAt(text: string): { end: number; nameEnd: number; countryEnd: number | null; year: number | null } | null {
  NAME.lastIndex = 0;
  if (!NAME.exec(text)) return null;
  const nameEnd = NAME.lastIndex;
  let end = nameEnd;
  let countryEnd: number | null = null;
  // "Hiến pháp năm 1992 của nước …", "Hiến pháp nước … năm 1992": the year before the country or after it.
  let dated = yearAt(text, end);
  if (dated !== null) end = dated.end;
  COUNTRY.lastIndex = end;
  if (COUNTRY.exec(text)) end = countryEnd = COUNTRY.lastIndex;
  if (dated === null && countryEnd !== null) {
    dated = yearAt(text, end);
    if (dated !== null) end = dated.end;
  }
  const year = dated === null ? null : dated.year;
  if (year !== null) {
    AMENDED_MARK.lastIndex = end;
    if (AMENDED_MARK.exec(text)) end = AMENDED_MARK.lastIndex;
  }
  return { end, nameEnd, countryEnd, year };
}

/** A constitution's year at `from` (CONSTITUTION_YEARS), written alone or as its date's, and where it ends, or null. */
function yearAt(text: string, from: number): { year: number; end: number } | null {
  for (const re of [YEAR, DATED]) {
    re.lastIndex = from;
    const y = re.exec(text);
    const year = y === null ? 0 : Number(y[1]);
    if (YEARS.has(year)) return { year, end: re.lastIndex };
  }
  return null;
}

/** The laws' mentions and the Constitution's, in text order; one inside another's span (a law's name holding the word) is no mention of its own. */
export function withConstitution(named: NamedMention[], constitution: NamedMention[]): NamedMention[] {
  if (constitution.length === 0) return named;
  if (named.length === 0) return constitution;
  const out: NamedMention[] = [];
  let i = 0;
  let j = 0;
  while (i < named.length || j < constitution.length) {
    const next = j >= constitution.length || (i < named.length && named[i].start <= constitution[j].start) ? named[i++] : constitution[j++];
    if (out.length && next.start < out[out.length - 1].end) continue;
    out.push(next);
  }
  return out;
}

/** Where "Hiến" starts before the whitespace before `phap`, or -1: one to four whitespace characters, a word that composes to HIEN. */
function hienBefore(text: string, phap: number): number {
  let ws = phap;
  while (ws > 0 && phap - ws < 4 && isSpace(text.charCodeAt(ws - 1))) ws--;
  if (ws === phap) return -1;
  // "Hiến" ends in "n" after "ế" (or after a mark, decomposed): most "pháp" ("biện pháp", "giải pháp",
  // "tư pháp", "hợp pháp") are ruled out by two characters, before any letter is tested.
  if (!ENDS_LIKE_HIEN[text.charCodeAt(ws - 1)] || !BEFORE_ITS_N[text.charCodeAt(ws - 2)]) return -1;
  let h = ws;
  while (h > 0 && ws - h < HIEN_CHARS && LETTER.test(text[h - 1])) h--;
  // "Căn cHiến pháp nước …" (fresh31g-001): run into a "Căn c" that lost its "ứ " (lost-cue.ts), read from the capital.
  // Decomposed ("Hie\u0302\u0301n", HIEN_CHARS long), the walk back stops at the capital, the "c" before it.
  if (h > 0 && afterLostBasisCue(text, h)) return HIEN.has(composedWord(text.slice(h, ws))) ? h : -1;
  // "(Hiến pháp", "“Hiến pháp": any mark before it but a letter or digit ("chiến", "thiến").
  if (h > 0 && WORDISH.test(text[h - 1])) return -1;
  const word = text.slice(h, ws);
  if (HIEN.has(composedWord(word))) return h;
  return h + 1 < ws && afterLostBasisCue(text, h + 1) && HIEN.has(composedWord(text.slice(h + 1, ws))) ? h + 1 : -1;
}
/** The last letter of "Hiến" in any case; the character before it composed ("ế", "Ế") or a combining mark. */
const ENDS_LIKE_HIEN = markClass(new Uint8Array(0x10000), /[nN]/);
const BEFORE_ITS_N = markClass(new Uint8Array(0x10000), /[\u1EBE\u1EBF\u0300-\u036F]/);
const LETTER = /[\p{L}\p{M}]/u;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
// U+00A0 too: a web page's "Hiến&nbsp;pháp" (the window after "Hiến" is prepared, its U+00A0 a space, but
// "Hiến" is looked for in the caller's text).
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
