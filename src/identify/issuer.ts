import type { Issuer, Level } from "../types.js";
import { branchName, issuerByCode, issuerByPhrase } from "../vocab/issuers.js";
import { expandedPlaceType, isCapitalNamedAfter, markedPlaceType, namesOnlyProvinces, placeTypeLevel } from "../vocab/places.js";
import { findProvince, fullName, matchProvinceAt, provinceAtStartWithoutMarks, type Province } from "../vocab/provinces.js";
import { isUnmarked } from "../vocab/unmarked.js";
import { cityOfUrbanDistrict } from "../vocab/urban-districts.js";
import type { ParsedCitation } from "../parse/types.js";
import { slugify } from "./slug.js";
import { PathCache } from "../shared/memo.js";

/** An issuer with the keys identity needs: which province, which district. */
interface IssuerReading {
  issuer: Issuer | null;
  /** True when the code or body means a different one in each place (UBND, TU, Sở...). */
  local: boolean;
  provinceSlug: string | null;
  /** "thi-xa-hoang-mai" for a district-level body, else null. */
  districtSlug: string | null;
}

/**
 * Who issued a cited document: the issuer phrase ("của UBND tỉnh Hậu Giang") when there is one,
 * else what the ký hiệu's issuer code implies (CP → Chính phủ).
 */
export function readIssuer(phrase: ParsedCitation["issuer"], code: string | null): IssuerReading {
  const shared = readings.get({ phrase, code }, code ?? "", phrase === null ? NO_WORDS : wordsOf(phrase));
  // Each citation gets its own issuer object: callers may change theirs.
  const i = shared.issuer;
  return {
    issuer: i ? { code: i.code, name: i.name, level: i.level, place: i.place } : null,
    local: shared.local,
    provinceSlug: shared.provinceSlug,
    districtSlug: shared.districtSlug,
  };
}

/**
 * Readings by what they depend on, the code and then the phrase's words (wordsOf), looked up one
 * string at a time: one joined key per citation, built and then flattened and hashed whole by
 * the lookup, was a third of identify's time (6 % of the island loop's, on 300 plans).
 */
const readings = new PathCache<IssuerQuery, IssuerReading>((q) => computeIssuer(q.phrase, q.code));

interface IssuerQuery {
  phrase: ParsedCitation["issuer"];
  code: string | null;
}

const NO_WORDS: readonly string[] = Object.freeze([]);

/** The phrase's words the reading depends on: name, place type ("" for none), place words, and "\u0001" (no word is) before a district's province's words. */
function wordsOf(phrase: NonNullable<ParsedCitation["issuer"]>): string[] {
  const words = [phrase.name, phrase.placeType ?? ""];
  for (const w of phrase.placeWords) words.push(w);
  if (phrase.provinceWords.length > 0) {
    words.push("\u0001");
    for (const w of phrase.provinceWords) words.push(w);
  }
  return words;
}

function computeIssuer(phrase: ParsedCitation["issuer"], code: string | null): IssuerReading {
  const byCode = code ? issuerByCode(code) : null;
  const byPhrase = phrase ? issuerByPhrase(phrase.name) : null;
  const entry = byPhrase ?? byCode;
  if (!entry && !code) return { issuer: null, local: false, provinceSlug: null, districtSlug: null };
  // "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Cựu chiến binh Việt Nam": a body whose chapters are local,
  // named for the country, is the national one; its numbers are unique nationwide.
  const national = phrase !== null && entry?.local === true && phrase.placeType === null && isCountry(phrase.placeWords);
  // "của BHXH tỉnh Nam Định": a national body named with a place is that place's branch.
  const branch = phrase !== null && entry?.branches === true && !national && (phrase.placeType !== null || phrase.placeWords.length > 0);
  const local = national ? false : branch || (entry?.local ?? false);
  let level: Level | null = national ? "central" : branch ? null : (entry?.level ?? null);
  let place: string | null = null;
  let provinceSlug: string | null = null;
  let districtSlug: string | null = null;
  let placeTitle: string | null = null;
  if (phrase && local) {
    // "TP. Vinh", "TP Cần Thơ": "thành phố" abbreviated among the place's words (the grammar reads it so).
    const abbreviated = phrase.placeType === null && phrase.placeWords.length > 1 ? expandedPlaceType(phrase.placeWords[0]) : null;
    // "Huyện ủy Quảng Điền": the committee's own name says the place's type.
    const placeType = abbreviated ?? phrase.placeType ?? (phrase.placeWords.length > 0 ? (entry?.impliedPlaceType ?? null) : null);
    const words = phrase.placeWords.join(" ");
    const typeLevel = placeType ? placeTypeLevel(placeType) : null;
    // The grammar's place words may run past the name into the next line ("tỉnh Quảng Nam ⏎ Thực hiện").
    // Without marks the words may also run past the name of a Party committee's province ("TINH UY HAU GIANG VE TANG").
    const province = words
      ? (findProvince(words) ?? (typeLevel === "province" || (typeLevel === null && isUnmarked(words)) ? provinceAtStart(words, phrase.placeWords) : null))
      : null;
    if (province && isCapitalNamedAfter(placeType, abbreviated !== null ? phrase.placeWords.slice(1).join(" ") : words, province)) {
      // "UBND thành phố Hà Tĩnh": the provincial capital, a district-level city of the province it is named after.
      place = `thành phố ${province.name}`;
      districtSlug = slugify(place);
      provinceSlug = province.slug;
      placeTitle = place;
      level = "district";
    } else if (province && (typeLevel === "province" || typeLevel === null)) {
      place = province.name;
      provinceSlug = province.slug;
      // "Tỉnh ủy Hậu Giang" but "Ủy ban nhân dân tỉnh Hậu Giang".
      placeTitle = entry?.party ? province.name : fullName(province);
      level = "province";
    } else if (words && typeLevel && !namesOnlyProvinces(placeType!) && districtName(phrase.placeWords, abbreviated !== null) !== null) {
      // "thành phố Vinh" is a provincial city, a district-level unit.
      const district = districtName(phrase.placeWords, abbreviated !== null);
      place = `${markedPlaceType(placeType!)} ${district}`;
      districtSlug = slugify(place);
      // "huyện Long Hồ, tỉnh Vĩnh Long": the province the text names for the district; a quận, the
      // centrally-run city it is in, named or not ("UBND Quận 1").
      provinceSlug = phrase.provinceWords.length > 0 ? (findProvince(phrase.provinceWords.join(" "))?.slug ?? null) : null;
      provinceSlug ??= cityOfUrbanDistrict(place)?.slug ?? null;
      // "Huyện ủy Quảng Điền", not "Huyện ủy huyện Quảng Điền".
      placeTitle = phrase.placeType === null && !abbreviated && entry?.impliedPlaceType ? district : place;
      level = typeLevel === "province" ? "district" : typeLevel;
    } else if (typeLevel) {
      // "của UBND tỉnh": the citing document's own province, filled in by analyze. A city whose
      // name was written but not read (see districtName) may be a province's or a district's.
      level = typeLevel === "province" && words && !namesOnlyProvinces(placeType!) ? null : typeLevel;
    }
  }
  if (national) placeTitle = "Việt Nam";
  const name = entry ? [branch ? branchName(entry) : entry.name, placeTitle].filter(Boolean).join(" ") : null;
  return {
    issuer: { code: entry?.code ?? code, name, level, place },
    local,
    provinceSlug,
    districtSlug,
  };
}

/**
 * The province whose name the place's words begin with ("Quảng Nam ⏎ Thực hiện"). Text without
 * marks is compared without them ("TINH NGHE AN VE VIEC" in capitals, where no word tells where
 * the name ends): matchProvinceAt reads marks.
 */
function provinceAtStart(words: string, placeWords: readonly string[]): Province | null {
  return matchProvinceAt(words, 0)?.province ?? (isUnmarked(words) ? provinceAtStartWithoutMarks(placeWords) : null);
}

/**
 * The name of a district-level place from its words (after "TP." when the type was abbreviated).
 * In capitals without marks no word tells the name from the words after it ("THANH PHO VE VIEC
 * THANH LAP", where "VỀ VIỆC" would have ended it) and no table of districts says where it ends:
 * only a number is read ("QUAN 5"), else null, and the place stays unread rather than wrong.
 */
function districtName(placeWords: readonly string[], abbreviated: boolean): string | null {
  const words = abbreviated ? placeWords.slice(1) : placeWords;
  const text = words.join(" ");
  const shouted = isUnmarked(text) && /[A-Z]/.test(text) && text === text.toUpperCase();
  if (!shouted) return text;
  return /^[0-9]+$/.test(words[0]) ? words[0] : null;
}

/** The place's words are the country's name, "Việt Nam" (any case, marks or none). */
function isCountry(placeWords: readonly string[]): boolean {
  return placeWords.length === 2 && /^vi[eệ]t$/iu.test(placeWords[0]) && /^nam$/iu.test(placeWords[1]);
}
