import type { Issuer, Level, Warning } from "../types.js";
import { prepare } from "../prepare/prepare.js";
import { issuerAfterTitle, issuerByPhrase, type IssuerEntry } from "../vocab/issuers.js";
import { AFTER_BODY_NAME, BODY_NAME_WORDS, BODY_OPENERS } from "../vocab/bodies.js";
import { PLACE_TYPES, placeTypeLevel } from "../vocab/places.js";
import { findProvince } from "../vocab/provinces.js";
import { isoDate } from "./dates.js";
import { slugify } from "./slug.js";
import { capitalUnit } from "../shared/lower-case.js";

/**
 * A document cited by kind, number and full date but no ký hiệu ("Thông tư số 06 ngày 16 tháng 7
 * năm 1986 của Bộ Nội thương", "tại Tờ trình số 78 ngày 10 tháng 5 năm 1999"), as documents before
 * ký hiệu were usual and some departments' submissions are still cited. A number alone is never a
 * key (numbers restart every year for each issuer), but a number on a given day of a given kind and
 * issuer is one document: the id is
 *
 *   bare:<kind>/<number>@<yyyy-mm-dd>[/<issuer>][~province[/district]]
 *
 * <issuer>: the issuer table's code ("BYT"), or the slug of a body's name the table does not know
 * ("bo-noi-thuong"); none when the text names no issuer after the date. The prefix keeps it apart
 * from every id built from a ký hiệu: the graph never merges one with a ký hiệu'd document, as
 * nothing in the citation proves they are the same.
 */
export interface BareReading {
  /** ISO date. */
  date: string;
  issuer: Issuer | null;
  /** The issuer's part of the id: a code or a slug; null when no issuer is named. */
  issuerKey: string | null;
  /** The province the issuer phrase names ("của Cục thuế tỉnh Lào Cai"), as its slug. */
  provinceSlug: string | null;
  /** Local: a department, a people's committee, a body named with its place, or none named. */
  local: boolean;
  /** End of the date, or of the issuer phrase when one is read. */
  end: number;
}

/** How far after the number the date and issuer phrase are read. */
const READ_AFTER = 200;
/**
 * Right after the number: "ngày 16 tháng 7 năm 1986", "ngày 24-10-1991", "ngày 05/6/2020" (the same
 * separator twice), or after a comma, as Party texts set a date off from the number ("Kế hoạch số
 * 155, ngày 07/7/2019 của Thành ủy Hà Nội", "Nghị quyết số 27, ngày 2/12/2024 của Ban Chấp hành
 * Đảng bộ tỉnh", "Kết luận 123, ngày 24/1/2025 về Đề án …"): then only where the issuer or the
 * subject follows the date (DATE_OWNED), as a date after a comma may open the next clause instead
 * ("tại Quyết định 749, ngày 31/12/2020, Tỉnh ủy … đã ban hành …": the day of the Tỉnh ủy's act).
 * Each part bounded, nothing nested: no backtracking beyond a few characters.
 */
const DATE = /^\s{0,3}(,?)\s{0,3}ngày\s{0,3}(\d{1,2})\s{0,3}(?:tháng\s{1,3}(\d{1,2})\s{1,3}năm\s{1,3}(\d{4})|([/.-])\s{0,2}(\d{1,2})\s{0,2}\5\s{0,2}(\d{4}))(?!\d)/iu;
const OF = /^\s{0,3},?\s{0,3}của\s{1,3}/iu;
/** After a date set off by a comma: "của" (its issuer) or "về" (its subject), which make the date the document's. */
const DATE_OWNED = /^\s{0,3}(?:của|về)\s/iu;

/** The date and issuer after a short form's number (`from`: its end); null without a full, possible date. */
export function readBare(text: string, from: number): BareReading | null {
  const { text: after, map } = prepare(text.slice(from, from + READ_AFTER));
  const d = DATE.exec(after);
  if (!d) return null;
  const { date } = d[3] !== undefined ? isoDate(d[2], d[3], d[4]) : isoDate(d[2], d[6], d[7]);
  if (date === null) return null;
  let at = d[0].length;
  if (d[1] !== "" && !DATE_OWNED.test(after.slice(at))) return null;
  const of = OF.exec(after.slice(at));
  const body = of ? readBody(after, at + of[0].length) : null;
  if (body) at = body.end;
  return {
    date,
    issuer: body ? body.issuer : null,
    issuerKey: body ? body.key : null,
    provinceSlug: body ? body.provinceSlug : null,
    local: body ? body.local : true,
    end: from + map.toOriginal(at, "end"),
  };
}

/**
 * The body a short form names right after its number, "của" first ("Nghị quyết 15 của Quốc hội khoá
 * XII", "Chỉ thị 15 của Bộ Chính trị"): the issuer table's entry, or null when none is named or the
 * table does not know it.
 */
export function issuerNamedAfter(text: string, from: number): Issuer | null {
  if (!OF_AHEAD.test(text.slice(from, from + 12).normalize("NFC"))) return null;
  const { text: after } = prepare(text.slice(from, from + READ_AFTER));
  const of = OF.exec(after);
  const body = of ? readBody(after, of[0].length) : null;
  return body !== null && body.issuer.code !== null ? body.issuer : null;
}
/** Cheap test before preparing the words: "của" a few spaces (or a comma) after the number. */
const OF_AHEAD = /^\s{0,3},?\s{0,3}của\s/iu;

/** The id of a bare citation (see BareReading). */
export function bareId(kind: string, number: string, r: BareReading): string {
  let id = `bare:${kind}/${number}@${r.date}`;
  if (r.issuerKey !== null) id += `/${r.issuerKey}`;
  if (r.provinceSlug !== null) id += `~${r.provinceSlug}`;
  return id;
}

export function bareWarning(raw: string, id: string, start: number, end: number): Warning {
  return { code: "symbol-missing", message: `"${raw}" gives no ký hiệu: identified by its kind, number, date and issuer as ${id}`, start, end };
}

/** A bare id ("bare:circular/06@1986-07-16/bo-noi-thuong"). */
export function isBareId(id: string): boolean {
  return id.startsWith("bare:");
}

interface Body {
  issuer: Issuer;
  key: string;
  provinceSlug: string | null;
  local: boolean;
  end: number;
}

/** The body named at `at` (after "của"): the issuer table's, longest name first, or a name BODY_OPENERS opens. */
function readBody(s: string, at: number): Body | null {
  const words = wordsAt(s, at);
  if (words.length === 0) return null;
  for (let k = Math.min(words.length, BODY_NAME_WORDS); k >= 1; k--) {
    const phrase = words.slice(0, k).map((w) => w.text).join(" ");
    const entry = issuerByPhrase(phrase) ?? issuerAfterTitle(phrase);
    if (entry) return fromEntry(entry, words, k);
  }
  return unknownBody(words);
}

/** A body the issuer table knows, with the place type and name after it ("Ủy ban nhân dân tỉnh Nghệ An"). */
function fromEntry(entry: IssuerEntry, words: readonly Word[], k: number): Body {
  const place = placeAfter(words, k);
  const level: Level | null = place ? place.level : entry.level;
  const province = place?.name ? findProvince(place.name) : null;
  return {
    issuer: { code: entry.code, name: entry.name, level, place: province ? province.name : null },
    key: entry.code,
    provinceSlug: entry.local && province ? province.slug : null,
    local: entry.local,
    end: (place ? words[place.end - 1] : words[k - 1]).end,
  };
}

/**
 * A body the table does not know ("Bộ Nội thương", "Bộ Thương mại và Du lịch", "Cục Thuế thành
 * phố"): capitalised, opened by a BODY_OPENERS word, read up to a punctuation mark or a word that
 * opens what follows (AFTER_BODY_NAME). Named with a place type, it is a local body.
 */
function unknownBody(words: readonly Word[]): Body | null {
  const opener = BODY_OPENERS.find((o) => startsWithWords(words, o));
  if (!opener) return null;
  let n = 0;
  while (n < words.length && n < BODY_NAME_WORDS && !AFTER_BODY_NAME.has(words[n].text.toLowerCase())) {
    n++;
    if (words[n - 1].last) break;
  }
  // Ran on with no end in sight: not a name read with any confidence.
  if (n === BODY_NAME_WORDS && n < words.length && !words[n - 1].last) return null;
  if (n <= opener.split(" ").length) return null;
  const name = words.slice(0, n).map((w) => w.text).join(" ");
  const typed = placeTypeIn(words, n);
  const province = typed && typed.nameStart < n ? findProvince(words.slice(typed.nameStart, n).map((w) => w.text).join(" ")) : null;
  const local = typed !== null || opener === "Sở";
  return {
    issuer: { code: null, name, level: typed ? typed.level : local ? "province" : null, place: province ? province.name : null },
    key: slugify(name),
    provinceSlug: local && province ? province.slug : null,
    local,
    end: words[n - 1].end,
  };
}

interface Word {
  text: string;
  end: number;
  /** A punctuation mark or a blank line ends the phrase after this word. */
  last: boolean;
}

/** Words from `at`, up to BODY_NAME_WORDS + 3, each without the punctuation after it; none past a mark that ends the phrase. */
function wordsAt(s: string, at: number): Word[] {
  const out: Word[] = [];
  const re = /(\S+)(\s*)/gu;
  re.lastIndex = at;
  for (let m = re.exec(s); m !== null && out.length < BODY_NAME_WORDS + 3; m = re.exec(s)) {
    let w = m[1];
    // An opening bracket or quote, or a number (another citation's), is past the name.
    if (w.startsWith("(") || w.startsWith("“") || w.startsWith("\"") || /\d/u.test(w)) break;
    const stripped = w.replace(/[;,.:!?)”"]+$/u, "");
    const last = stripped.length < w.length || /\n\s*\n/u.test(m[2]);
    w = stripped;
    if (w.length > 0) out.push({ text: w, end: m.index + w.length, last });
    if (last || w.length === 0) break;
  }
  return out;
}

function startsWithWords(words: readonly Word[], phrase: string): boolean {
  const parts = phrase.split(" ");
  return parts.every((p, i) => words[i] !== undefined && words[i].text === p);
}

/** The place type at `k` and the capitalised name after it, within the phrase: "tỉnh Nghệ An", "thành phố". */
function placeAfter(words: readonly Word[], k: number): { level: Level | null; name: string | null; end: number } | null {
  if (k >= words.length || words[k - 1].last) return null;
  const type = typeAt(words, k);
  if (!type) return null;
  let end = type.end;
  while (end < words.length && isCapitalised(words[end].text) && !words[end - 1].last) end++;
  return { level: placeTypeLevel(type.type), name: end > type.end ? words.slice(type.end, end).map((w) => w.text).join(" ") : null, end };
}

/** The first place type inside a name of n words, with where the place's name starts. */
function placeTypeIn(words: readonly Word[], n: number): { level: Level | null; nameStart: number } | null {
  for (let i = 1; i < n; i++) {
    const type = typeAt(words, i);
    if (type) return { level: placeTypeLevel(type.type), nameStart: type.end };
  }
  return null;
}

function typeAt(words: readonly Word[], i: number): { type: string; end: number } | null {
  const one = words[i]?.text.toLowerCase();
  const two = words[i + 1] ? `${one} ${words[i + 1].text.toLowerCase()}` : null;
  if (two !== null && PLACE_TYPES.includes(two)) return { type: two, end: i + 2 };
  if (one !== undefined && PLACE_TYPES.includes(one)) return { type: one, end: i + 1 };
  return null;
}

const isCapitalised = (w: string): boolean => capitalUnit(w.charCodeAt(0));
