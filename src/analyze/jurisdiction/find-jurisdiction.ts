/**
 * Where the citing document belongs. Plans rarely state it in one place, so the evidence is
 * weighed: the issuing statement ("UBND thị xã Hoàng Mai ban hành Kế hoạch"), the header
 * ("UBND TỈNH TRÀ VINH"), the title ("... của huyện Long Hồ"), and the province the text names
 * most often after "tỉnh".
 */
import type { Jurisdiction, Level } from "../../types.js";
import { matchProvinceAt, successorOf, type Province } from "../../vocab/provinces.js";
import { mostNamedProvinces, withoutCitations } from "./most-named.js";
import { provinceNamed } from "../places.js";
import { cityOfUrbanDistrict } from "../../vocab/urban-districts.js";
import { expandedPlaceType, isCapitalNamedAfter, placeTypeLevel } from "../../vocab/places.js";
import { phraseSource } from "../../vocab/phrases.js";
import { ISSUER_TITLES } from "../../vocab/issuers.js";
import { titleCase } from "../../shared/strings.js";
import { PLACE_TYPE, SPACES, spaced } from "./place-words.js";
import { DISTRICT, ISSUING_REACH, announcingBody, issuingIn } from "./issuing-sentence.js";
import { PARTY_COMMITTEE, PARTY_HEADER, PARTY_PARENT, PARTY_PLACE_TYPES, headingPlace } from "./heading-place.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** "tỉnh", "huyện" … before a place's name, as `consider` is given it. */
const LEADING_PLACE_TYPE = new RegExp(String.raw`^(?:${PLACE_TYPE}|xã|phường|${spaced("thị trấn")}|${spaced("đặc khu")})\s+`, "iu");

interface JurisdictionEvidence {
  text: string;
  title: string | null;
  issuerLines: string[];
  /**
   * Spans of the citations in `text`: a place named inside one ("Kế hoạch số 30/KH-UBND của UBND
   * tỉnh Quảng Nam") is the cited document's, not evidence of where this one belongs.
   */
  cited?: readonly { start: number; end: number }[];
  /** Where the title starts and ends in `text`, to read it without the citations it names. */
  titleSpan?: { start: number; end: number } | null;
  /** The place named by the issuer phrase of the decision the document is attached to. */
  promulgatorPlace: { placeType: string | null; place: string | null } | null;
  /** The place the header's date line names ("Tây Ninh, ngày 15 tháng 5 năm 2019"). */
  datePlace?: string | null;
  /**
   * The line (or two) in capitals above the preamble naming the enacting body (header/enacting.ts
   * enactingLines), read when the heading names no place: "ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH ⏎ Căn cứ …".
   */
  enactingLines?: readonly string[];
}

export function findJurisdiction(e: JurisdictionEvidence): Jurisdiction {
  let province: Province | null = null;
  let district: string | null = null;
  let level: Level | null = null;

  const consider = (written: string, writtenName: string | undefined) => {
    const placeType = expandedPlaceType(written) ?? written.replace(SPACES, " ");
    // "huyện Long Hồ" may come with its place word already attached.
    const name = writtenName?.replace(LEADING_PLACE_TYPE, "").replace(SPACES, " ");
    const typeLevel = placeTypeLevel(placeType);
    const p = name ? provinceNamed(name) : null;
    if (p && isCapitalNamedAfter(placeType, name!, p)) {
      // "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ TĨNH": the provincial capital, a district-level city of that province.
      province ??= p;
      district ??= `thành phố ${p.name}`;
      level ??= "district";
    } else if (p && (typeLevel === "province" || placeType.toLowerCase() === "thành phố")) {
      province ??= p;
      level ??= "province";
    } else if (name && typeLevel && typeLevel !== "province") {
      district ??= `${placeType.toLowerCase()} ${titleCase(name)}`;
      level ??= typeLevel;
    } else if (name && placeType.toLowerCase() === "thành phố") {
      district ??= `thành phố ${titleCase(name)}`;
      level ??= "district";
    } else if (!name && typeLevel) {
      level ??= typeLevel;
    }
  };

  // The text with the citations blanked out, built only as far as it is read: the whole of it only
  // when no other evidence names the province.
  const cited = e.cited?.length ? e.cited : null;
  const ownSlice = (from: number, to: number) => (cited ? withoutCitations(e.text, cited, from, to) : e.text.slice(from, to));
  // The head as the issuing sentence and announcingBody read it, built once for both.
  const ownHead = ownSlice(0, ISSUING_REACH);
  const issuing = issuingIn(ownHead);
  if (issuing) consider(issuing.type, issuing.name);
  // The level the header's lines have set so far (null before any).
  let headerLevel: Level | null = null;
  e.issuerLines.forEach((line, i) => {
    const h = headingPlace(e.issuerLines, i);
    const party = h ? null : PARTY_HEADER.exec(line);
    // "ĐẢNG BỘ TỈNH BẮC GIANG ⏎ HUYỆN ỦY LỤC NAM": a Party committee's heading names the organisation
    // it belongs to above it; that line gives the place, the committee's own line the level.
    // So for a commune's committee under its district's organisation ("ĐẢNG BỘ HUYỆN X ⏎ ĐẢNG ỦY XÃ Y"):
    // the commune is the unit, not the district.
    const before = { level, district };
    // "UBND TỈNH X ⏎ UBND HUYỆN Y", "UBND HUYỆN Y ⏎ ỦY BAN NHÂN DÂN XÃ Z": a committee heads its document
    // under the one above it; the lower unit a later heading line names is the issuing one.
    if (h && headerLevel !== null && level === headerLevel && rank(placeTypeLevel(h[1])) > rank(level)) {
      level = null;
      district = null;
    }
    if (h) consider(h[1], h[2]);
    else if (party) consider(PARTY_PLACE_TYPES[party[1]], party[2]);
    if (h && PARTY_PARENT.test(line) && e.issuerLines.slice(i + 1).some((l) => PARTY_HEADER.test(l) || PARTY_COMMITTEE.test(l))) ({ level, district } = before);
    else if (/^SỞ\s/u.test(line)) level ??= "province";
    if (h || party) headerLevel = level;
  });
  // The line above the preamble, a title before the body read past ("CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 9").
  if (level === null && e.enactingLines?.length) {
    const lines = e.enactingLines.map((l) => l.replace(LEADING_TITLE(), ""));
    lines.forEach((line, i) => {
      const h = headingPlace(lines, i);
      const party = h ? null : PARTY_HEADER.exec(line);
      if (h) consider(h[1], h[2]);
      else if (party) consider(PARTY_PLACE_TYPES[party[1]], party[2]);
    });
  }
  if (e.promulgatorPlace?.placeType) consider(e.promulgatorPlace.placeType, e.promulgatorPlace.place ?? undefined);
  if (level === null) {
    const a = announcingBody(ownHead);
    if (a) consider(a.type, a.name);
  }
  const title = e.titleSpan ? ownSlice(e.titleSpan.start, e.titleSpan.end).replace(MARKUP_OR_SPACES, " ").trim() : e.title;
  if (title) {
    // "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI … Về việc đặt tên đường, phố … trên địa bàn thành phố Lào Cai":
    // once the heading or the issuing statement has put the document at the province, a city or
    // district its title names is where the act applies, not the body that issues it. The title may
    // still give the province that evidence left unnamed ("SỞ …" headings name none).
    const provincial = level === "province";
    const districtBefore = district;
    DISTRICT().lastIndex = 0;
    for (let m = DISTRICT().exec(title); m; m = DISTRICT().exec(title)) consider(m[1], m[2]);
    if (provincial) district = districtBefore;
    const t = TITLE_PROVINCE.exec(title);
    if (t && !province) province = matchProvinceAt(t[1], 0)?.province ?? null;
  }
  // The date line's place, when it is a province's name and nothing above named one: a header laid
  // out as a table and flattened ("ỦY BAN NHÂN DÂN | …", "Số: 983/KH-UBND | Tây Ninh, ngày …") has
  // lost the line under the body that named the province. A provincial city named after its province
  // ("Tây Ninh" is both) is in that province too. Not for a document whose district is known: a
  // district may bear another province's name (huyện Hòa Bình of Bạc Liêu writes "Hòa Bình, ngày").
  if (!province && !district && e.datePlace) province = provinceNamed(e.datePlace);
  // A quận is in a centrally-run city its name tells ("quận Tân Phú" of Hồ Chí Minh City), the
  // text naming it or not (vocab/urban-districts.ts).
  if (!province && district) province = cityOfUrbanDistrict(district);
  // A district document whose province is named only by the documents it cites does not say
  // which province it is in (district names repeat across provinces): its id says "~?".
  if (!province) {
    const named = mostNamedProvinces(e.text, cited);
    province = named.own ?? (level === "district" ? null : named.all);
  }
  level ??= district ? "district" : province ? "province" : null;
  return {
    level,
    province: province?.name ?? null,
    provinceSuccessor: province ? (successorOf(province)?.name ?? null) : null,
    district,
  };
}
/** A title in capitals opening the enacting line ("CHỦ TỊCH ", "PHÓ CHỦ TỊCH "). */
const LEADING_TITLE = lazyRegExp(() => new RegExp(String.raw`^(?:${phraseSource(ISSUER_TITLES, { anyCase: true })})[ \t]+(?=\p{Lu})`, "u"));
/** "… của tỉnh Quảng Nam" at the end of a title (its whitespace already made single spaces). */
const TITLE_PROVINCE = /(?:tỉnh|thành phố)\s+(.+)$/iu;
/**
 * A run of markup and whitespace that is not one plain space: `[#*_\s]+` without a match at every
 * space between words (a run of two or more is taken whole, a run of one only when it is no space).
 */
const MARKUP_OR_SPACES = /[#*_\s]{2,}|[^\S ]|[#*_]/g;

/** Province above district above commune. */
function rank(level: Level | null): number {
  return level === "province" ? 1 : level === "district" ? 2 : level === "commune" ? 3 : 0;
}
