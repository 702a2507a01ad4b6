import type { Citation, Jurisdiction, Level } from "../types.js";
import { composedWord, lastNonBlank, markClass } from "../shared/chars.js";
import { PLACE_TYPES, placeTypeLevel } from "../vocab/places.js";
import { ISSUER_TITLES, ISSUERS, NATION_CLOSERS, NATION_OPENERS, issuerByCode, issuerByPhrase, type IssuerEntry } from "../vocab/issuers.js";
import { KINDS } from "../vocab/kinds.js";
import { phraseSource } from "../vocab/phrases.js";
import { provinceBySlug, successorOf, type Province } from "../vocab/provinces.js";
import { provinceNamed, slugOf } from "./places.js";
import { parseId } from "../identify/id.js";
import { isBareId } from "../identify/bare.js";
import { BoundedCache } from "../shared/memo.js";
import { LETTER, MARKS } from "../find/patterns.js";

/**
 * Whether a citation is a central body's document or a local one's, by the same reading localize
 * makes of its issuer: a central code or level, or a law, code or ordinance named without number, is
 * central; a local code (UBND, HĐND, TU, a department) is local.
 */
export function tierOf(c: Citation): "central" | "local" | null {
  const code = c.issuer?.code ?? null;
  // A body named that numbers with another's code ("Đảng ủy Chính phủ", ĐU) is its own entry's tier.
  const named = c.issuer?.name ? entryNamed(c.issuer.name) : null;
  const entry = named?.sharesCode ? named : code ? issuerByCode(code) : null;
  if (entry?.local) return "local";
  if (c.issuer?.level === "central" || (entry && !entry.local)) return "central";
  return c.issuer === null && NAMED_CENTRAL.has(c.kind) ? "central" : null;
}
const NAMED_CENTRAL: ReadonlySet<string> = new Set(["constitution", "law", "code", "ordinance"]);
/**
 * The entry an issuer's name is, read once per name: every citation's issuer has one, and a corpus
 * names few bodies (59 names in the 32,000 citations of 2,000 plans). Folding the name for each
 * citation (lower case, three regex replacements) took 12.5 ms of analyze()'s 265 per warm pass over
 * 300 plans; read once per name, 1.6.
 */
const NAMED_ENTRIES = new BoundedCache<IssuerEntry | null>(1024);
const entryNamed = (name: string): IssuerEntry | null => NAMED_ENTRIES.get(name, () => issuerByPhrase(name));

/**
 * A local body named without its place ("của UBND tỉnh", a bare KH-UBND or CT/TU) is the citing
 * document's own: its province, or its district when the body sits at that level. A named place
 * ("của UBND tỉnh Nghệ An") wins. Returns the citation's jurisdiction and its localised id.
 */
export function localize(c: Citation, home: Jurisdiction): { jurisdiction: Jurisdiction | null; id: string } {
  const code = c.issuer?.code ?? null;
  const entry = code ? issuerByCode(code) : null;
  if (c.issuer?.level === "central" || (entry && !entry.local)) {
    return { jurisdiction: { level: "central", province: null, provinceSuccessor: null, district: null }, id: c.id };
  }
  if (!entry?.local) return isBareId(c.id) ? localizeBare(c, home) : { jurisdiction: null, id: c.id };
  const named = c.issuer?.place ?? null;
  const namedProvince = named ? provinceNamed(named) : null;
  let level = c.issuer?.level ?? null;
  let province = namedProvince?.name ?? home.province;
  let district: string | null = null;
  if (named && namedProvince && level === "district") {
    // "thành phố Hà Tĩnh": identify read the provincial capital, a district-level city named as its province is.
    district = named;
  } else if (named && !namedProvince) {
    district = named;
    // "huyện Long Hồ, tỉnh Vĩnh Long": the province the text names for the district (in the id
    // identify gave) is the district's, not the citing document's.
    province = provinceOfDistrictIn(c.id)?.name ?? province;
  } else if (!named) {
    // A bare local code, or "của UBND huyện/xã" without its name: the citing document's own unit
    // when the citation is at its level (a commune's "Quyết định số 3/QĐ-UBND" is the commune's).
    const own = home.level === "district" || home.level === "commune" ? home.level : null;
    level ??= own !== null && entry.level !== "province" ? own : "province";
    if (level === "district" || level === "commune") district = level === home.level ? home.district : UNNAMED;
  }
  if (!province && !district) return { jurisdiction: { level, province: null, provinceSuccessor: null, district: null }, id: c.id };
  const p = province ? provinceNamed(province) : null;
  province = p?.name ?? province;
  const slug = p?.slug ?? "?";
  const districtSlug = district === UNNAMED ? "?" : district ? slugOf(district) : "";
  const suffix = slug && districtSlug ? `${slug}/${districtSlug}` : slug || districtSlug;
  const tilde = c.id.indexOf("~");
  return {
    jurisdiction: { level, province, provinceSuccessor: p ? (successorOf(p)?.name ?? null) : null, district: district === UNNAMED ? null : district },
    id: `${tilde < 0 ? c.id : c.id.slice(0, tilde)}~${suffix}`,
  };
}

/**
 * A document cited without a ký hiệu (identify/bare.ts) whose issuer the text does not name ("tại
 * Tờ trình số 78 ngày 10 tháng 5 năm 1999") or names as a local body the issuer table does not know
 * ("của Cục thuế tỉnh Lào Cai"): the citing document's own unit's, or the place the name gives, as
 * "của UBND tỉnh" is. Its id says so, so that two provinces' "Tờ trình số 78" of one day stay two
 * documents. A body named without a place type ("của Bộ Nội thương") is left as it is.
 */
function localizeBare(c: Citation, home: Jurisdiction): { jurisdiction: Jurisdiction | null; id: string } {
  const issuer = c.issuer;
  if (issuer !== null && (issuer.code !== null || issuer.level === null || issuer.level === "central")) return { jurisdiction: null, id: c.id };
  const p = issuer?.place ? provinceNamed(issuer.place) : home.province ? provinceNamed(home.province) : null;
  if (!p) return { jurisdiction: null, id: c.id };
  // The citing unit's district or commune, when the document is the citing unit's own neighbour: "~province/district".
  const district = !issuer?.place && home.province === p.name && (home.level === "district" || home.level === "commune") ? home.district : null;
  const suffix = district ? `${p.slug}/${slugOf(district)}` : p.slug;
  const tilde = c.id.indexOf("~");
  return {
    jurisdiction: { level: district ? home.level : "province", province: p.name, provinceSuccessor: successorOf(p)?.name ?? null, district },
    id: `${tilde < 0 ? c.id : c.id.slice(0, tilde)}~${suffix}`,
  };
}

/**
 * A district or commune the text does not name ("của UBND huyện" in a province's plan, "của UBND
 * huyện" in a commune's): its id says "~province/?", apart from the province's own documents and
 * from the citing unit's, for the number alone cannot tell them apart.
 */
const UNNAMED = "?";

/** The province of an id's "~province/district" suffix, when it names one ("~vinh-long/huyen-long-ho"). */
function provinceOfDistrictIn(id: string): Province | null {
  const parsed = parseId(id);
  return parsed?.district && parsed.province ? provinceBySlug(parsed.province) : null;
}

/**
 * "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 1234/UBND-KT": a people's committee or council
 * named right before the citation it issued, with "tại" between, says the level (and maybe the
 * place) the citation's own words leave out. So does any local body named so before a document of
 * its own code: "chỉ đạo của Ban Thường vụ Tỉnh ủy Nghệ An tại Kế hoạch số 12-KH/TU", "Ngày
 * 23/8/2017, Tỉnh ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU", "đề nghị của Giám đốc
 * Sở Nội vụ tỉnh Nghệ An tại Tờ trình số 5/TTr-SNV". Read from the caller's text before `start`,
 * for a citation whose issuer code is `code`.
 */
export function bodyNamedBefore(text: string, start: number, code: string): { level: Level; place: string | null } | null {
  if (!mayEndWithWord(text, start, TAI_OR_HANH)) return null;
  const before = composedWord(text.slice(Math.max(0, start - LOOK_BACK), start));
  // The regex ends on "tại" or "ban hành": a citation with neither right before it is read no further.
  const tail = before.trimEnd().slice(-4).toLowerCase();
  if (!tail.endsWith("tại") && !tail.endsWith("hành")) return null;
  const m = BODY_BEFORE.exec(before);
  if (!m) return null;
  const body = issuerByPhrase(m[1]);
  if (!body) return null;
  const committee = BODIES_NAMED_BEFORE.has(code);
  // A committee's or council's citation takes either's words, as it always did; any other body's
  // only its own ("UBND tỉnh … ban hành Kế hoạch số 5-KH/TU" says nothing of the Tỉnh ủy).
  if (committee ? !BODIES_NAMED_BEFORE.has(body.code) : body.code !== code) return null;
  const written = m[2]?.toLowerCase().replace(/\s+/g, " ") ?? null;
  // A committee or council is of the level its place type says; another body is of its own.
  const type = written ?? (committee ? null : (body.impliedPlaceType ?? null));
  const level = committee ? (type ? placeTypeLevel(type) : null) : body.level;
  if (!level) return null;
  const words = m[3].trim().split(/\s+/).filter(Boolean);
  // A place's name is capitalised word by word ("tỉnh Quảng Nam"); "của UBND tỉnh về việc … tại"
  // names none, and says the level all the same.
  if (words.length === 0 || words.some((w) => w[0] === w[0].toLowerCase())) return { level, place: null };
  const name = words.join(" ");
  if (provinceNamed(name) && (type === null || placeTypeLevel(type) === "province")) return { level, place: name };
  // "Tỉnh ủy Quảng Điền" names no province: the name is not read rather than read wrong.
  if (type === null) return committee ? null : { level, place: null };
  return { level, place: level === "province" ? name : `${type} ${name}` };
}

const LOOK_BACK = 100;

/**
 * Whether the LOOK_BACK characters before `start`, composed, trimmed and lower-cased, may end with
 * "tại" or "hành", as far as their last character other than white space tells without building
 * them: only if `last` holds it ("i" or "h" in either case). Composing changes no ASCII letter
 * before white space, and gives none from another character (a mark after a letter composes into
 * a letter with it, "ị", "í"; no canonical singleton is "i" or "h"); no character but "I" and "H"
 * lower-cases to end with them ("İ" gives "i" and a dot above). Most citations follow "hiện",
 * "cứ", "và", "theo", "của": each was read from a slice composed, trimmed and lower-cased.
 */
function mayEndWithWord(text: string, start: number, last: Uint8Array): boolean {
  const from = Math.max(0, start - LOOK_BACK);
  const p = lastNonBlank(text, from, start);
  if (p < from) return false;
  return last[text.charCodeAt(p)] === 1;
}
const TAI = markClass(new Uint8Array(0x80), /[iI]/);
const TAI_OR_HANH = markClass(new Uint8Array(0x80), /[iIhH]/);

/**
 * "Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 860/LĐTBXH-TT",
 * "… của Giám đốc Sở Y tế tại Tờ trình số 86/YT-KHTC": a department named right before "tại" and
 * the citation is its author, where the citation's ký hiệu names no body of its own (YT) or names
 * the ministry above it by the sector's initials a department writes too (LĐTBXH, read as
 * BLĐTBXH): the department of the same sector, "S" for the ministry's "B". Read as the ministry's
 * or as nobody's, the id had no place and joined any other body's number. Returns the department.
 */
export function departmentNamedBefore(text: string, start: number, code: string | null): { entry: IssuerEntry; place: string | null } | null {
  if (!mayEndWithWord(text, start, TAI)) return null;
  const before = composedWord(text.slice(Math.max(0, start - LOOK_BACK), start));
  if (!before.trimEnd().toLowerCase().endsWith("tại")) return null;
  const m = BODY_BEFORE.exec(before);
  if (!m) return null;
  const body = issuerByPhrase(m[1]);
  if (!body?.local || body.level !== "province" || !body.code.startsWith("S") || BODIES_NAMED_BEFORE.has(body.code)) return null;
  if (code !== null && code !== `B${body.code.slice(1)}`) return null;
  const words = m[3].trim().split(/\s+/).filter(Boolean);
  const name = words.join(" ");
  const place = m[2] === undefined && words.length > 0 && words.every((w) => w[0] !== w[0].toLowerCase()) && provinceNamed(name) ? name : null;
  return { entry: body, place };
}

/** The bodies whose ký hiệu code is their own name ("1234/UBND-KT" of "UBND tỉnh"): read before a citation of theirs. */
export const BODIES_NAMED_BEFORE: ReadonlySet<string> = new Set(["UBND", "HĐND"]);

/**
 * The letters place names are written in, with combining marks: spelled out, not \p{L}\p{M} under
 * /u, which with every local body's phrase cost V8 ~30 ms to compile in every process.
 */
const LETTER_OR_MARK = `${LETTER}${MARKS}`;

/**
 * "của [Chủ tịch] <local body> [<place type>] [Name] tại ", or the body as the subject of a report's
 * sentence, "<local body> [<place type>] [Name] (đã|vừa) ban hành " ("Ngày 13/5/2011, Ủy ban nhân dân
 * huyện ban hành Kế hoạch số 42/KH-UBND"), ending where the citation begins; the words from the
 * vocabularies. Group 1 is the body's phrase, 2 its place type, 3 the words after.
 */
const BODY_BEFORE = new RegExp(
  String.raw`(?:^|[^${LETTER_OR_MARK}])(?:của\s+)?(?:(?:${phraseSource(ISSUER_TITLES)})\s+)?(${phraseSource(ISSUERS.filter((e) => e.local).flatMap((e) => e.phrases))})` +
    String.raw`(?:\s+(${phraseSource(PLACE_TYPES)}))?((?:\s+[${LETTER_OR_MARK}]+(?:['\u2019][${LETTER_OR_MARK}]+)*){0,4}?)\s+(?:tại|(?:(?:đã|vừa)\s+)?ban\s+hành)\s+$`,
  "i",
);

/**
 * "… của Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc Trung ương;", "… của Ban
 * Chỉ đạo quốc gia về …": the name after a committee's phrase (a citation's span ends on it), read
 * to its clause's stop, says the committee is the nation's: a nation's word opens it
 * (NATION_OPENERS) or closes it (NATION_CLOSERS), with no place's type and no document in it ("Ban
 * Chỉ đạo thực hiện Nghị quyết Trung ương 4 tỉnh …" is a province's). A name running past the
 * reach, or to no stop, is not read.
 */
export function namesNationalCommittee(text: string, end: number): boolean {
  const after = text.slice(end, end + COMMITTEE_NAME_REACH);
  const stop = COMMITTEE_NAME_STOP.exec(after);
  // The text's end stops it too; the reach's end does not.
  if (stop === null && end + COMMITTEE_NAME_REACH < text.length) return false;
  const name = after.slice(0, stop === null ? after.length : stop.index).trim();
  if (NATION_OPENING.test(name)) return true;
  return NATION_CLOSING.test(name) && !PLACE_OR_DOCUMENT.test(name);
}
const COMMITTEE_NAME_REACH = 160;
/** Where a committee's name ends: a clause's mark, the line's end, or the words after a name ("ngày", "tại", "về việc", "theo", "số"). */
const COMMITTEE_NAME_STOP = /[;:()\n.]|\s(?:ngày|tại|về\s+việc|theo|số)(?=\s)/iu;
// The nation's word may close the name at a comma ("… của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy
// ban nhân dân tỉnh … ban hành …"): the next clause's subject follows.
const NATION_OPENING = new RegExp(String.raw`^(?:${phraseSource(NATION_OPENERS)})(?=[\s,]|$)`, "iu");
const NATION_CLOSING = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(NATION_CLOSERS)})$`, "iu");
const PLACE_OR_DOCUMENT = new RegExp(String.raw`(?:^|\s)(?:${phraseSource([...PLACE_TYPES, ...KINDS.flatMap((k) => k.words)])})(?=\s|$)`, "iu");
