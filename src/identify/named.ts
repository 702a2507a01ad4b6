import type { Citation } from "../types.js";
import type { NamedMention, SecondLaw } from "../find/named/index.js";
import { LAWS_SHARING_A_NAME, NAME_ABBREVIATIONS, NAME_NOISE_WORDS, NAME_WORD_ABBREVIATIONS } from "../vocab/laws.js";
import { isoDate } from "./dates.js";
import { issuerByCode } from "../vocab/issuers.js";
import { slugify } from "./slug.js";
import { BoundedCache } from "../shared/memo.js";
import { dropIgnorables } from "../prepare/ignorables.js";

/** Every initials a name may write, a body's or term's and an ordinary word's, with what they stand for. */
const EXPANSIONS: Readonly<Record<string, string>> = { ...NAME_ABBREVIATIONS, ...NAME_WORD_ABBREVIATIONS };
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.keys(EXPANSIONS).join("|")})(?![\\p{L}\\p{N}])`, "gu");
const NOISE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAME_NOISE_WORDS.join("|")})(?![\\p{L}\\p{N}])`, "giu");
/**
 * A noise word run into the word before it, where a copy lost the space: "Luật Tổ chức Hội đồng nhân
 * dânvà Ủy ban nhân dân ngày 26 tháng 11 năm 2003" (fixtures/fresh/fresh38b-009 and fresh54d-010, two
 * provinces' decisions), "Luật Ban hành văn bản quy phạm pháp luậtcủa Hội đồng nhân dân, Ủy ban nhân dân"
 * (fresh54d-013). No Vietnamese syllable ends in "và" or "của" but the words themselves (no final is a
 * "v", and "ủa" after a final "c" is no word of a name), so after a letter they open a word of their own
 * and are dropped as NOISE drops them; split by syllables later they would stay ("dan-va-uy-ban"), another
 * law's slug than the name spaced. Only at a word's end: "vàng" opens with "và".
 */
const NOISE_GLUED = new RegExp(`(?<=\\p{L})(${NAME_NOISE_WORDS.join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** A name as people write it, tidied: whitespace folded, no space before a comma. */
export function tidyName(written: string): string {
  // What prints nothing is no letter of a name: a page's zero-width space, a CRLF file's CR between two of its words
  // (read as what prints nothing by textAsRead, where the next line opens with a capital: "Ban ⏎ Chấp hành").
  const raw = dropIgnorables(written);
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
 * "Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)"
 * (fresh30e 017, fresh30k 011, each "… ở người (HIV/AIDS) ngày 29 tháng 6 năm 2006"), "Luật Bảo hiểm y
 * tế (BHYT)" (full32 003): initials in parentheses restate the words before them, and the name is one
 * law with them or without them (a mention read up to the parenthesis, a later "Luật … ở người" cut
 * there). Capitals only, two at least, with "/" or "-" between: not "(sửa đổi)", "(khoá X)", a date.
 */
const INITIALS_RESTATED = /\(\s*\p{Lu}{2,}(?:\s*[/-]\s*\p{Lu}{2,})*\s*\)/gu;

/**
 * The identity part of a law's name: abbreviations expanded, "và"/"của", punctuation and a
 * revision mark dropped, ASCII: "Tổ chức HĐND và UBND" and "Tổ chức Hội đồng nhân dân, Uỷ ban nhân
 * dân" are one slug.
 */
export function nameSlug(name: string): string {
  return slugs.get(name, () => {
    const spaced = name.replace(CAMEL, "$1 $2").replace(NOISE_GLUED, " $1");
    return unglued(slugify(spaced.replace(REVISED_MARK, " ").replace(INITIALS_RESTATED, " ").replace(abbreviationsIn(spaced), (a) => EXPANSIONS[a.toUpperCase()]).replace(NOISE, " ")));
  });
}

/**
 * Words run together where a copy lost the space between them (a crawler joining a page's lines or
 * cells: "Luật Tổ chứcHội đồng nhân dân", "Luật Ban hành văn bản quyphạm pháp luật", "Luật Phổbiến,
 * giáodục pháp luật"): the same law as its name spaced. A capital after a small letter inside a word
 * opens another word ("chứcHội", "chứcHĐND", whose initials are then expanded); a slug's word that no
 * Vietnamese syllable can be (two vowel groups, SYLLABLE) is split into the fewest syllables, each
 * syllable's initial consonants taken whole where two splits are syllables ("quy-pham", not
 * "quyp-ham"). A word that may be one syllable is never split: a name written with its spaces keeps
 * its slug.
 */
const CAMEL = /(\p{Ll})(\p{Lu})/gu;
function unglued(slug: string): string {
  return slug.split("-").map(syllables).join("-");
}
/** An ASCII syllable: an initial consonant or none, one to three vowels, a final consonant or none. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
/** A word longer than this is left whole: no name runs more than a few syllables together. */
const GLUED_WORD_MAX = 24;
function syllables(word: string): string {
  if (word.length > GLUED_WORD_MAX || SYLLABLE.test(word) || /[^a-z]/.test(word)) return word;
  // best[i]: the fewest syllables word.slice(0, i) is, and where the last one starts (the earliest start
  // among the fewest: its initial consonants taken whole, "quy-pham", "to-chuc").
  const best: { count: number; from: number }[] = [{ count: 0, from: 0 }];
  for (let i = 1; i <= word.length; i++) {
    let pick: { count: number; from: number } | null = null;
    for (let j = Math.max(0, i - SYLLABLE_MAX); j < i; j++) {
      const before = best[j];
      if (before === undefined || before.count < 0 || !SYLLABLE.test(word.slice(j, i))) continue;
      if (pick === null || before.count + 1 < pick.count) pick = { count: before.count + 1, from: j };
    }
    best.push(pick ?? { count: -1, from: 0 });
  }
  if (best[word.length].count < 2) return word;
  const parts: string[] = [];
  for (let i = word.length; i > 0; i = best[i].from) parts.unshift(word.slice(best[i].from, i));
  return parts.join("-");
}
/** The longest ASCII syllable ("nghieng" is 7; "nghieng" with a longer vowel group, 8). */
const SYLLABLE_MAX = 8;

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

/**
 * A name and year two laws share (LAWS_SHARING_A_NAME), dated with the day one of them was passed, is that law:
 * its id is the law's number ("72/2025/QH15"), as the graph gives a name the number a text writes with it.
 * Any other mention keeps its name's id.
 */
function lawOfTheDay(id: string, date: string | null): string {
  if (date === null) return id;
  return lawsByDay().get(id)?.get(date) ?? id;
}
let byDay: Map<string, Map<string, string>> | null = null;
function lawsByDay(): Map<string, Map<string, string>> {
  return (byDay ??= new Map(LAWS_SHARING_A_NAME.map((s) => [namedId(s.kind, s.name, s.year), new Map(s.laws.map((l) => [l.date, l.id]))])));
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
  const id = lawOfTheDay(namedId(m.kind, name, m.year), date);
  // The law picked by its day is the numbered law's node: its issuer is the term's ("QH15: Quốc hội khóa XV"), as that number's citation says.
  const term = id.startsWith(`${m.kind}:`) ? null : issuerByCode(id.slice(id.lastIndexOf("/") + 1));
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
    issuer: term ? { code: term.code, name: term.name, level: "central" } : m.kind === "ordinance" ? { code: "UBTVQH", name: "Ủy ban Thường vụ Quốc hội", level: "central" } : { code: "QH", name: "Quốc hội", level: "central" },
    id,
    numberStart: m.nameStart,
    numberEnd: m.nameEnd,
    warnings,
  };
}

/**
 * The second law an amending name names by its year or date ("… tố cáo năm 2004 và 2005",
 * NamedMention.second), as a Citation: the first's name, kind and issuer, its own year, date and id.
 * Its span is its year or date alone ("2005", "ngày 29 tháng 11 năm 2005"), which the graph's user
 * sees highlighted as the second law's mention; the name it shares is read from the first's span,
 * before it. It has no kind word of its own (kindText null), and numberStart..numberEnd is its span.
 */
export function identifySecondLaw(m: NamedMention, second: SecondLaw, original: string): Citation {
  const c = identifyNamed({ ...m, year: second.year, date: second.date, second: undefined }, original);
  c.start = second.start;
  c.end = second.end;
  c.raw = original.slice(second.start, second.end);
  c.kindText = null;
  c.numberStart = second.start;
  c.numberEnd = second.end;
  return c;
}
