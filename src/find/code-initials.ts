/**
 * A code named by its initials (vocab/laws.ts CODE_INITIALS): "Điều 131 BLDS", "điều 125 BLHS năm 2015",
 * "Điều 95, BLHS 1999", "các quy định của BLHS, BLTTHS". Read as the code named in full is ("Bộ luật Dân
 * sự năm 2015"), its year after it where the text gives one ("năm 2015", "2015"), else none (`@?` until
 * the text's date or the graph tells, as for "Bộ luật Dân sự"). Initials followed by a capitalised word
 * name another country's code ("Điều 313 BLDS Đức", "BLDS Italy năm 1942", a research article) or open
 * a list of abbreviations ("BLDS Bộ luật Dân sự"): no mention.
 */
import type { NamedMention } from "./named/index.js";
import { CODE_INITIALS } from "../vocab/laws.js";

/** The letters after "BL" of every code in the vocabulary, longest first ("TTDS" before "DS"), "Ð" (U+00D0) for "Đ" as some copies type it. */
const SUFFIXES = Object.keys(CODE_INITIALS)
  .map((k) => k.slice(2))
  .sort((a, b) => b.length - a.length)
  .map((x) => x.replace("Đ", "[ĐÐ]"));
/** The initials, not inside a longer word or number. */
const INITIALS = new RegExp(String.raw`BL(${SUFFIXES.join("|")})(?![\p{L}\p{N}\p{M}])`, "uy");
/** A letter, digit or mark right before "BL": the initials are part of a longer word ("TBLHS"). */
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
/** "năm 2015", "2015" after the initials (one to three blanks before), the year a code was passed. */
const YEAR = /^[ \t]{1,3}(?:năm[ \t]{1,3})?((?:19|20)\d\d)(?!\d)/iu;
/** A capitalised word after the initials (not "Năm"): another country's code, or the full name they stand for. */
const CAPITALISED_WORD = /^[ \t]{1,3}\p{Lu}(?!ăm[ \t])/u;
/** How much after the initials is prepared to read their year. */
const WINDOW = 24;

/** Every code named by its initials in the caller's text, offsets into `original`, in text order. */
export function findCodeInitials(
  original: string,
  prepareWindow: (s: string) => { text: string; map: { toOriginal(at: number, side: "start" | "end"): number } },
): NamedMention[] {
  let out: NamedMention[] | null = null;
  for (let i = original.indexOf("BL"); i >= 0; i = original.indexOf("BL", i + 2)) {
    if (i > 0 && WORDISH.test(original[i - 1])) continue;
    INITIALS.lastIndex = i;
    const m = INITIALS.exec(original);
    if (m === null) continue;
    const name = CODE_INITIALS[`BL${m[1].replace("Ð", "Đ")}`];
    if (name === undefined) continue;
    const initialsEnd = i + m[0].length;
    const { text, map } = prepareWindow(original.slice(initialsEnd, initialsEnd + WINDOW));
    if (CAPITALISED_WORD.test(text)) continue;
    const y = YEAR.exec(text);
    (out ??= []).push({
      start: i,
      end: y === null ? initialsEnd : initialsEnd + map.toOriginal(y[0].length, "end"),
      kind: "code",
      kindEnd: initialsEnd,
      nameStart: i,
      nameEnd: initialsEnd,
      year: y === null ? null : Number(y[1]),
      date: null,
      numberAt: null,
      name,
    });
  }
  return out ?? [];
}
