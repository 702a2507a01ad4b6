import type { Jurisdiction, Level } from "../types.js";
import { matchProvinceAt, successorOf, type Province } from "../vocab/provinces.js";
import { provinceNamed } from "./places.js";
import { cityOfUrbanDistrict } from "../vocab/urban-districts.js";
import { expandedPlaceType, isCapitalNamedAfter, PLACE_TYPE_ABBREVIATIONS, placeTypeLevel } from "../vocab/places.js";
import { phraseSource } from "../vocab/phrases.js";
import { ISSUER_TITLES, PLACED_HEADINGS } from "../vocab/issuers.js";
import { ANNOUNCING_VERBS } from "../vocab/parts.js";
import { titleCase } from "../shared/strings.js";

/**
 * Where the citing document belongs. Plans rarely state it in one place, so the evidence is
 * weighed: the issuing statement ("UBND thị xã Hoàng Mai ban hành Kế hoạch"), the header
 * ("UBND TỈNH TRÀ VINH"), the title ("... của huyện Long Hồ"), and the province the text names
 * most often after "tỉnh".
 */
/**
 * Words in these patterns are apart by any run of spaces and tabs: justified text from a PDF or a
 * word processor puts two or more between words ("UỶ BAN  NHÂN DÂN  THÀNH PHỐ HÀ NỘI").
 */
const spaced = (source: string): string => source.replaceAll(" ", "[ \\t]+");
// A word of a name may hold an apostrophe between letters ("Đắk R’lấp", "Cư M'gar").
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['\u2019][\p{L}\p{M}]+)*`;
/**
 * Up to four words. The words after the first are captured, in a group no caller reads, only to
 * keep V8 from unrolling "{0,3}" into three copies of the word: each copy holds four letter classes
 * that the "u" flag compiles into large tables. DISTRICT and ISSUING each took a median ~22 ms of
 * CPU to compile in every process with the copies, ~10 without. A capture changes no match.
 */
const PLACE_NAME = String.raw`${PLACE_WORD}(?:[ \t]+(${PLACE_WORD})){0,3}`;
const PLACE_TYPE = spaced("tỉnh|thành phố|huyện|thị xã|quận");
// No "i" flag here: under /iu, \p{Lu} would match lower-case letters and swallow "năm 2022".
const DISTRICT = new RegExp(String.raw`(${spaced("[Hh]uyện|[Tt]hị xã|[Qq]uận|[Tt]hành phố")})[ \t]+(${PLACE_NAME})`, "gu");
const ISSUING = new RegExp(
  String.raw`(?:${spaced("[ỦUủu][ỷy] ban nhân dân")}|UBND)(?:[ \t]*\(UBND\))?[ \t]+(${PLACE_TYPE})(?:[ \t]+(${PLACE_NAME}))?\s+ban\s+hành`,
  "u",
);
/**
 * The sentence in which a people's committee says what it does with the document, the body its
 * subject at a line's start or after a comma or full stop (not a list item's number: "1. UBND huyện A
 * thông báo …" in a province's report is the district's doing) ("Ủy ban nhân dân xã Đức Hợp thông báo như
 * sau:", "Vậy, UBND huyện thông báo để …", "Ủy ban nhân dân huyện yêu cầu …"): the committee of a
 * notice or letter printed without its heading. The place's name is optional ("UBND huyện" names the
 * level only); its words (group 2) are checked to be capitalised where it is read. Weaker than the
 * heading: "Thực hiện Công văn của UBND huyện, UBND xã …" names the issuer last.
 */
const ANNOUNCING = new RegExp(
  String.raw`(?:^|\n|(?<![0-9])[,.][ \t]+)[ \t]*(?:Vậy[ \t]*,?[ \t]+)?(?:${spaced("[ỦUủu][ỷy] ban nhân dân")}|UBND)[ \t]+(${spaced("tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu")})((?:[ \t]+[^\s,.;:()]+){0,4}?)[ \t]+(?:${phraseSource(ANNOUNCING_VERBS, { anyCase: true })})(?![\p{L}\p{M}])`,
  "gu",
);
const CAPITALISED_WORDS = /^(?:[ \t]+\p{Lu}[^\s]*)*$/u;

/** The place type and name ANNOUNCING reads first in `text` (a bare "thành phố" names no level), or null. */
function announcingBody(text: string): { type: string; name: string | undefined } | null {
  ANNOUNCING.lastIndex = 0;
  for (let m = ANNOUNCING.exec(text); m; m = ANNOUNCING.exec(text)) {
    const name = m[2].trim();
    if (!CAPITALISED_WORDS.test(m[2])) continue;
    if (name === "" && m[1].replace(SPACES, " ").toLowerCase() === "thành phố") continue;
    return { type: m[1], name: name === "" ? undefined : name };
  }
  return null;
}

/** The bodies whose heading names their place: "ỦY BAN NHÂN DÂN TỈNH X", "HỘI ĐỒNG NHÂN DÂN HUYỆN Y", "ĐẢNG BỘ TỈNH Z", "ĐẢNG ỦY XÃ T". */
const HEADER_BODY = spaced(`(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|${PLACED_HEADINGS.join("|")})`);
/** The abbreviations of places.ts stand for their words in headers too ("UBND TP. HỒ CHÍ MINH"). */
// A commune's committee heads its own documents too ("ỦY BAN NHÂN DÂN ⏎ XÃ TÂN PHÚ"), the only
// level below the province since 1 July 2025.
const HEADER_PLACE_TYPE = `(?:${spaced("TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU")}|${phraseSource(Object.keys(PLACE_TYPE_ABBREVIATIONS)).toUpperCase()})`;
const HEADER_PLACE = new RegExp(String.raw`^${HEADER_BODY}[ \t]+(${HEADER_PLACE_TYPE})[ \t]+(.+)$`, "u");
/** "ỦY BAN NHÂN DÂN ⏎ HUYỆN ĐẠI LỘC": the body on one line, its place on the next. */
const HEADER_BODY_ALONE = new RegExp(String.raw`^${HEADER_BODY}$`, "u");
const PLACE_ALONE = new RegExp(String.raw`^(${HEADER_PLACE_TYPE})[ \t]+(.+)$`, "u");
/** "ỦY BAN NHÂN DÂN THÀNH PHỐ ⏎ HỒ CHÍ MINH": the line broken after the place type, the name on the next. */
const HEADER_BODY_AND_TYPE = new RegExp(String.raw`^${HEADER_BODY}[ \t]+(${HEADER_PLACE_TYPE})$`, "u");

/**
 * The place type and name a heading's line i names (with the line before it where the heading is
 * broken across two), as HEADER_PLACE reads one line: [, type, name], or null.
 */
function headingPlace(lines: readonly string[], i: number): RegExpExecArray | null {
  const line = lines[i];
  const h = HEADER_PLACE.exec(line);
  // "BCH HUYỆN ĐOÀN YÊN THÀNH", "BAN CHẤP HÀNH QUẬN ĐOÀN 3": the Youth Union's committee under its
  // executive's name, no place called "Đoàn Yên Thành" (PARTY_HEADER reads it).
  if (h !== null && COMMITTEE_AFTER_TYPE.test(h[2]) && PARTY_TYPED.test(h[1])) return null;
  if (h !== null || i === 0) return h;
  if (HEADER_BODY_ALONE.test(lines[i - 1])) return PLACE_ALONE.exec(line);
  const typed = HEADER_BODY_AND_TYPE.exec(lines[i - 1]);
  return typed === null ? null : PLACE_ALONE.exec(`${typed[1]} ${line}`);
}
/**
 * A Party committee's heading puts its place type before "ủy": "TỈNH ỦY THỪA THIÊN HUẾ", "HUYỆN ỦY
 * CHÂU THÀNH", "THÀNH ỦY ĐÀ NẴNG" (a city's), "THỊ ỦY HƯƠNG THỦY" (a town's). The Youth Union's
 * committees head theirs so with "đoàn": "TỈNH ĐOÀN BẮC GIANG", "HUYỆN ĐOÀN LỤC NAM".
 */
const PARTY_HEADER = new RegExp(String.raw`^(?:(?:BCH|BAN CHẤP HÀNH|BTV|BAN THƯỜNG VỤ)[ \t]+)?(TỈNH|HUYỆN|THÀNH|THỊ|QUẬN)[ \t]+(?:ỦY|UỶ|ĐOÀN)[ \t]+(.+)$`, "u");
/** "ĐOÀN …", "ỦY …" after a place type a committee's heading begins with (PARTY_HEADER's word after the type). */
const COMMITTEE_AFTER_TYPE = /^(?:ĐOÀN|ỦY|UỶ)[ \t]/u;
/** The place types PARTY_HEADER reads before "ủy", "đoàn" (no commune is named so: "XÃ ĐOÀN KẾT" is a place). */
const PARTY_TYPED = /^(?:TỈNH|HUYỆN|QUẬN|THÀNH[ \t]+PHỐ|THỊ[ \t]+XÃ)$/u;
/** The organisation a Party committee belongs to, above its own line ("ĐẢNG BỘ TỈNH X"), and a committee's own ("ĐẢNG ỦY XÃ Y"). */
const PARTY_PARENT = new RegExp(String.raw`^${spaced("ĐẢNG BỘ")}[ \t]`, "u");
const PARTY_COMMITTEE = new RegExp(String.raw`^${spaced("ĐẢNG (?:ỦY|UỶ)")}[ \t]`, "u");
const PARTY_PLACE_TYPES: Readonly<Record<string, string>> = { TỈNH: "tỉnh", HUYỆN: "huyện", THÀNH: "thành phố", THỊ: "thị xã", QUẬN: "quận" };
/** "tỉnh", "huyện" … before a place's name, as `consider` is given it. */
const LEADING_PLACE_TYPE = new RegExp(String.raw`^(?:${PLACE_TYPE}|xã|phường|${spaced("thị trấn")}|${spaced("đặc khu")})\s+`, "iu");
/**
 * Case-insensitive without the "u" flag, which made it the dearest regex of the analysis on real
 * plans: for these letters both flags fold the same characters (a test holds it to that over every
 * UTF-16 unit).
 */
export const PROVINCE_WORD = /(?:tỉnh|thành[ \t]+phố)\s+/gi;

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

/** Whether a heading line names its body's place ("BẢO HIỂM XÃ HỘI TỈNH NAM ĐỊNH", "ỦY BAN NHÂN DÂN ⏎ HUYỆN X"). */
export function headingNamesPlace(issuerLines: readonly string[]): boolean {
  return issuerLines.some((_, i) => headingPlace(issuerLines, i) !== null);
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
  const issuing = ISSUING.exec(ownSlice(0, ISSUING_REACH));
  if (issuing) consider(issuing[1], issuing[2]);
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
    const lines = e.enactingLines.map((l) => l.replace(LEADING_TITLE, ""));
    lines.forEach((line, i) => {
      const h = headingPlace(lines, i);
      const party = h ? null : PARTY_HEADER.exec(line);
      if (h) consider(h[1], h[2]);
      else if (party) consider(PARTY_PLACE_TYPES[party[1]], party[2]);
    });
  }
  if (e.promulgatorPlace?.placeType) consider(e.promulgatorPlace.placeType, e.promulgatorPlace.place ?? undefined);
  if (level === null) {
    const a = announcingBody(ownSlice(0, ISSUING_REACH));
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
    DISTRICT.lastIndex = 0;
    for (let m = DISTRICT.exec(title); m; m = DISTRICT.exec(title)) consider(m[1], m[2]);
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
  province ??= mostNamedProvince(ownSlice(0, e.text.length)) ?? (level === "district" ? null : mostNamedProvince(e.text));
  level ??= district ? "district" : province ? "province" : null;
  return {
    level,
    province: province?.name ?? null,
    provinceSuccessor: province ? (successorOf(province)?.name ?? null) : null,
    district,
  };
}

/**
 * Whether the body says who issues it: "Ủy ban nhân dân (UBND) tỉnh Hậu Giang ban hành Kế hoạch", or,
 * in its own sentence, "Ủy ban nhân dân xã Tân Đoàn thông báo …" (ANNOUNCING).
 */
export function statesPeoplesCommitteeIssues(text: string): boolean {
  const head = text.slice(0, ISSUING_REACH);
  return ISSUING.test(head) || announcingBody(head) !== null;
}

const SPACES = /\s+/g;
/** A title in capitals opening the enacting line ("CHỦ TỊCH ", "PHÓ CHỦ TỊCH "). */
const LEADING_TITLE = new RegExp(String.raw`^(?:${phraseSource(ISSUER_TITLES, { anyCase: true })})[ \t]+(?=\p{Lu})`, "u");
/** "… của tỉnh Quảng Nam" at the end of a title (its whitespace already made single spaces). */
const TITLE_PROVINCE = /(?:tỉnh|thành phố)\s+(.+)$/iu;

/** The issuing statement is looked for this far into the text. */
const ISSUING_REACH = 6000;
/**
 * A run of markup and whitespace that is not one plain space: `[#*_\s]+` without a match at every
 * space between words (a run of two or more is taken whole, a run of one only when it is no space).
 */
const MARKUP_OR_SPACES = /[#*_\s]{2,}|[^\S ]|[#*_]/g;

/** text.slice(from, to) with each citation blanked out (a citation overlapping the one before is left as it is). */
function withoutCitations(text: string, cited: readonly { start: number; end: number }[], from: number, to: number): string {
  const pieces: string[] = [];
  const keep = (a: number, b: number, blank: boolean) => {
    const x = Math.max(a, from);
    const y = Math.min(b, to);
    if (x < y) pieces.push(blank ? " ".repeat(y - x) : text.slice(x, y));
  };
  let at = 0;
  for (const c of cited) {
    if (c.start < at) continue;
    keep(at, c.start, false);
    keep(c.start, c.end, true);
    at = c.end;
  }
  keep(at, text.length, false);
  // Joined once: a chain of concatenations is copied again by the first regex that reads it.
  return pieces.join("");
}

/** The province named most often after "tỉnh"/"thành phố"; ties go to the first named. */
function mostNamedProvince(text: string): Province | null {
  const counts = new Map<Province, number>();
  PROVINCE_WORD.lastIndex = 0;
  for (let m = PROVINCE_WORD.exec(text); m; m = PROVINCE_WORD.exec(text)) {
    const hit = matchProvinceAt(text, m.index + m[0].length);
    if (hit) counts.set(hit.province, (counts.get(hit.province) ?? 0) + 1);
  }
  let best: Province | null = null;
  let bestCount = 0;
  for (const [p, c] of counts) if (c > bestCount) [best, bestCount] = [p, c];
  return best;
}

/** Province above district above commune. */
function rank(level: Level | null): number {
  return level === "province" ? 1 : level === "district" ? 2 : level === "commune" ? 3 : 0;
}

