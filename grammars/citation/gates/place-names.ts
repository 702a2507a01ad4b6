/**
 * The issuer's place after a citation ("của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"): which words are
 * its name, and where the name ends (a cue, a section, a heading's line, a common noun).
 */
import type { IToken } from "chevrotain";
import { Comma, Dash, Dot, PlaceType, Slash } from "../tokens.js";
import { expandedPlaceType, HEADER_LINE_OPENINGS, INSIDE_PLACE_NAMES, markedPlaceType, NOT_IN_PLACE_NAMES, NUMBERED_PLACE_TYPES, PLACE_NAME_ENDERS, PLACE_NAME_OPENERS, placeTypeLevel } from "../../../src/vocab/places.js";
import { PROVINCES_BEFORE_2025 } from "../../../src/vocab/provinces.js";
import { DOCUMENT_CUES } from "../../../src/vocab/cues.js";
import { withoutMarks } from "../../../src/vocab/unmarked.js";
import { adjacent, is, isCapitalized } from "./codes.js";

/**
 * "tỉnh Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a dash inside a province's own name, which the
 * place's words go on across. Only after the words before a dash in a name of the province table
 * (so "tỉnh Nghệ An - Tuyên truyền" ends at "An"); the table is the one identify reads.
 */
export function dashInPlaceName(placeWords: readonly IToken[], dash: IToken, next: IToken | undefined): boolean {
  if (placeWords.length === 0 || !is(dash, Dash) || dash.image !== "-" || !isPlaceWord(next)) return false;
  let head = placeWords[0].image;
  for (let i = 1; i < placeWords.length; i++) head += " " + placeWords[i].image;
  return DASHED_NAME_HEADS.has(head.toLowerCase());
}

/** The words before the dash of each province name or alias that has one ("bà rịa", "thừa thiên"), lower case, also without marks ("ba ria"). */
const DASHED_NAME_HEADS: ReadonlySet<string> = new Set(
  PROVINCES_BEFORE_2025.flatMap((p) => [p.name, ...(p.aliases ?? [])])
    .filter((n) => n.includes(" - "))
    .map((n) => n.slice(0, n.indexOf(" - ")).toLowerCase())
    .flatMap((head) => [head, withoutMarks(head)]),
);

/**
 * A district-level place ("huyện", "quận", "thị xã", "thành phố" Vinh) with its words read, then a
 * comma and a province's type word ("tỉnh", "thành phố"): the province the district is in follows.
 * The city's type may be abbreviated among its words ("TP. Vinh, tỉnh Nghệ An", "TP Vinh, …").
 */
export function districtThenProvince(placeType: IToken | null, placeWords: readonly IToken[], comma: IToken, type: IToken | undefined): boolean {
  if (placeWords.length === 0 || !is(comma, Comma) || !is(type, PlaceType)) return false;
  const written = placeType?.image ?? (placeWords.length > 1 ? expandedPlaceType(placeWords[0].image) : null);
  if (written === null) return false;
  const own = markedPlaceType(written.replace(/\s+/g, " "));
  return (placeTypeLevel(own) === "district" || own === "thành phố") && placeTypeLevel(type!.image) === "province";
}

/** "quận", "phường": the unit types a city may number ("quận 1", "phường 5") rather than name. */
export const isNumberedPlaceType = (t: IToken | undefined): boolean =>
  is(t, PlaceType) && NUMBERED_PLACE_TYPES.has(t!.image.toLowerCase());

/** "TP." written tight before a place's name, capitalised: a place type abbreviated ("TP. Hồ Chí Minh", "Tp. Cần Thơ"). */
export function isCityAbbreviation(word: IToken, dot: IToken | undefined): boolean {
  return isCapitalized(word) && expandedPlaceType(word.image + ".") !== null && is(dot, Dot) && adjacent(word, dot!);
}

/**
 * A word that may belong to a place's name: capitalised, and none of the words no place name holds
 * (NOT_IN_PLACE_NAMES), but for those some names hold, where they hold them: `after` says what the
 * word follows, the place type ("huyện Giao Thủy") or a word of the name ("huyện Nghĩa Hành").
 */
export function isPlaceWord(t: IToken | undefined, after: "type" | "word" | null = null): boolean {
  if (!isCapitalized(t)) return false;
  const lower = t!.image.toLowerCase();
  if (!NOT_IN_PLACE_NAMES.has(lower)) return true;
  return after === "type" ? PLACE_NAME_OPENERS.has(lower) : after === "word" && INSIDE_PLACE_NAMES.has(lower);
}

/**
 * The first two words of the phrases a line of the document's own opens with ("căn cứ", "xét đề",
 * "xét tờ"): a place's name ends before them, as where a line ends without its ";" ("… của UBND
 * tỉnh Quảng Nam ⏎Xét đề nghị …"). Two words, since one may be a place's ("Năm Căn", "Bãi Cháy").
 */
const CUE_OPENINGS: ReadonlySet<string> = new Set(
  DOCUMENT_CUES.flatMap((c) => c.phrases).map((p) => p.toLowerCase().split(/\s+/).slice(0, 2).join(" ")),
);
/** Their first words as a line writes them (lower case, capitalised, in capitals): most place words are none, and cost one look-up. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...CUE_OPENINGS].map((o) => o.split(" ")[0]).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
);

/** Whether the words at `a` and `b` open such a phrase (`b` may be a phrase token: its first word counts). */
const opensCue = (a: IToken | undefined, b: IToken | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  CUE_FIRST_WORDS.has(a.image) &&
  CUE_OPENINGS.has(`${a.image.toLowerCase()} ${b.image.toLowerCase().split(/\s/, 1)[0]}`);

/**
 * "II. MỤC ĐÍCH", "A. NỘI DUNG": a section's number (a Roman numeral or one capital letter) and its
 * stop, on the line after a citation that ends without its full stop ("… của UBND tỉnh ⏎II. MỤC
 * ĐÍCH"). No place's name is written so.
 */
const SECTION_NUMBER = /^(?:[IVXLC]{1,6}|[A-ZĐ])$/u;
const opensSection = (a: IToken, b: IToken | undefined): boolean => is(b, Dot) && SECTION_NUMBER.test(a.image);

/** "Chương I", "CHƯƠNG 2": a part's heading, its numeral after it; "Văn Chương" goes on a name (INSIDE_PLACE_NAMES). */
const PART_NUMERAL = /^(?:[IVXLC]{1,6}|\d{1,3})$/u;
const opensPart = (a: IToken, b: IToken | undefined): boolean => b !== undefined && a.image.toLowerCase() === "chương" && PART_NUMERAL.test(b.image);

/** PLACE_NAME_ENDERS, by their first word as a sentence capitalises it: "Đại hội", "Hội nghị". */
const ENDER_FIRST_WORDS: ReadonlySet<string> = new Set(PLACE_NAME_ENDERS.map((e) => e.split(" ")[0]));
const ENDERS: ReadonlySet<string> = new Set(PLACE_NAME_ENDERS);
/** A common noun in sentence case after a place's name, its second word in lower case (PLACE_NAME_ENDERS). */
const opensCommonNoun = (a: IToken, b: IToken | undefined): boolean =>
  b !== undefined &&
  ENDER_FIRST_WORDS.has(a.image.toLowerCase()) &&
  b.image.length > 0 &&
  b.image[0] !== b.image[0].toUpperCase() &&
  ENDERS.has(`${a.image.toLowerCase()} ${b.image}`);

const HEADER_OPENINGS: readonly string[][] = HEADER_LINE_OPENINGS.map((o) => o.split(" "));
const HEADER_FIRST_WORDS: ReadonlySet<string> = new Set(HEADER_OPENINGS.map((o) => o[0]));

/**
 * Whether a place's name ends before `a`: a cue opens there (opensCue), a section's heading does
 * (opensSection), or a header's line that follows a subject line does (HEADER_LINE_OPENINGS:
 * "CỘNG HÒA XÃ HỘI …", "Kính gửi").
 */
export function endsPlace(a: IToken | undefined, b: IToken | undefined, c: IToken | undefined, d: IToken | undefined): boolean {
  if (a === undefined) return false;
  if (opensCue(a, b) || opensSection(a, b) || opensSubject(a, b, c) || opensPart(a, b) || opensCommonNoun(a, b)) return true;
  if (!HEADER_FIRST_WORDS.has(a.image.toLowerCase())) return false;
  const ahead = [a, b, c, d];
  return HEADER_OPENINGS.some((words) => words.every((w, i) => ahead[i] !== undefined && ahead[i]!.image.toLowerCase() === w));
}

/**
 * "V/v" (về việc), the subject's marker: "Quyết định số 12/2005/QĐ-UB của UBND tỉnh Quảng Trị V/v ban
 * hành …" names the decision's subject after the place, whose name ends before it.
 */
const opensSubject = (a: IToken, b: IToken | undefined, c: IToken | undefined): boolean =>
  (a.image === "V" || a.image === "v") && is(b, Slash) && (c?.image === "v" || c?.image === "V");
