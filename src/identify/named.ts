import type { Citation } from "../types.js";
import type { NamedMention } from "../find/named.js";
import { NAME_ABBREVIATIONS, NAME_NOISE_WORDS } from "../vocab/laws.js";
import { isoDate } from "./dates.js";
import { slugify } from "./slug.js";
import { BoundedCache } from "./memo.js";

const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.keys(NAME_ABBREVIATIONS).join("|")})(?![\\p{L}\\p{N}])`, "gu");
const NOISE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAME_NOISE_WORDS.join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** A name as people write it, tidied: whitespace folded, no space before a comma. */
export function tidyName(raw: string): string {
  return UNTIDY.test(raw) ? raw.replace(/\s+/g, " ").replace(/ ,/g, ",").trim() : raw;
}

/** What tidyName changes: whitespace other than one space, a space before a comma, whitespace at an end. */
const UNTIDY = /[^\S ]|\s\s| ,|^\s|\s$/;

/**
 * "(sửa đổi)" after a law's name: the law enacted anew, whose year the mention gives. "Luật Tổ chức
 * HĐND và UBND (sửa đổi) năm 2003" is the 2003 law, as "Luật Tổ chức HĐND và UBND ngày 26/11/2003"
 * is: the mark stays in the name, not in the identity. Not "(sửa đổi, bổ sung) năm 2009": an earlier
 * law as amended that year, no law of that year by that name.
 */
const REVISED_MARK = /\(\s*sửa\s+đổi\s*\)/giu;

/**
 * The identity part of a law's name: abbreviations expanded, "và"/"của", punctuation and a
 * revision mark dropped, ASCII: "Tổ chức HĐND và UBND" and "Tổ chức Hội đồng nhân dân, Uỷ ban nhân
 * dân" are one slug.
 */
export function nameSlug(name: string): string {
  return slugs.get(name, () => slugify(name.replace(REVISED_MARK, " ").replace(abbreviationsIn(name), (a) => NAME_ABBREVIATIONS[a.toUpperCase()]).replace(NOISE, " ")));
}

/**
 * Initials are read in capitals ("Tổ chức HĐND": "hđnd" may be a typo in a name as written), but a
 * name with no capital at all was lower-cased whole (a listing's summary, a crawler's copy): its
 * "luật tổ chức hđnd và ubnd" is the name in capitals lower-cased, and its initials are read so.
 */
function abbreviationsIn(name: string): RegExp {
  return CAPITAL.test(name) ? ABBREVIATION : ABBREVIATION_ANY_CASE;
}

const CAPITAL = /\p{Lu}/u;
const ABBREVIATION_ANY_CASE = new RegExp(ABBREVIATION.source, "giu");

/** The same few laws are named in every document of a corpus. */
const slugs = new BoundedCache<string>();

/** "law:dat-dai@2003", "code:lao-dong@2019", "ordinance:phi-le-phi@?". */
export function namedId(kind: string, name: string, year: number | null): string {
  return `${kind}:${nameSlug(name)}@${year ?? "?"}`;
}

/** A named mention (offsets into `original`) as a Citation. */
export function identifyNamed(m: NamedMention, original: string): Citation {
  const name = tidyName(m.name ?? original.slice(m.nameStart, m.nameEnd).normalize("NFC"));
  const warnings: Citation["warnings"] = [];
  let date: string | null = null;
  if (m.date) {
    const d = isoDate(m.date.day, m.date.month, m.date.year);
    date = d.date;
    if (d.warning) warnings.push({ ...d.warning, start: m.date.start, end: m.date.end });
  }
  return {
    start: m.start,
    end: m.end,
    raw: original.slice(m.start, m.end),
    kind: m.kind,
    kindText: original.slice(m.start, m.kindEnd),
    form: "named",
    name,
    number: null,
    year: m.year,
    symbol: null,
    typeCode: null,
    style: "state",
    date,
    issuer: m.kind === "ordinance" ? { code: "UBTVQH", name: "Ủy ban Thường vụ Quốc hội", level: "central" } : { code: "QH", name: "Quốc hội", level: "central" },
    id: namedId(m.kind, name, m.year),
    numberStart: m.nameStart,
    numberEnd: m.nameEnd,
    warnings,
  };
}
