import type { Citation, Kind } from "../types.js";
import type { AboveMention, ShortMention } from "../find/short.js";
import { KINDS } from "../vocab/kinds.js";
import { officialNumber, undatedKeyOf, yearAfterNumber, yearInNumber } from "./id.js";
import { bareId, bareWarning, issuerNamedAfter, readBare, type BareReading } from "./bare.js";
import { bodyByCode } from "../vocab/issuers.js";
import { COMMITTEE_NAMES, COMMITTEE_TASK_VERBS } from "../vocab/cues.js";
import { phraseSource } from "../vocab/phrases.js";

/**
 * A short mention as a Citation: the document is the one full citation of the same kind and
 * number in the same text ("Nghị định 64" after "Nghị định số 64/2018/NĐ-CP"), whose fields and
 * id it takes. With none or several, it stays unresolved (`short:<kind>/<number>@?`, a warning):
 * never a guess.
 */
export function identifyShort(m: ShortMention, text: string, full: readonly Citation[]): Citation {
  const number = officialNumber(m.number);
  const ids = new Map<string, Citation>();
  for (const c of full) if (c.form === "full" && c.kind === m.kind.slug && c.number === number && (m.year === null || ofYear(c, m.year))) ids.set(c.id, c);
  // "Quyết định số 65 ngày 2 tháng 3 năm 1998" is not the 65/QĐ-UB of 29/6/1999 the text also cites:
  // a full date written after the number leaves out the full citations dated otherwise.
  const bare = m.year === null && (ids.size === 0 || anyDated(ids)) ? readBare(text, m.end) : null;
  if (bare !== null) for (const [id, c] of ids) if (c.date !== null && c.date !== bare.date) ids.delete(id);
  withoutUndatedTwins(ids);
  const raw = text.slice(m.start, m.end);
  // A number listed after a short mention ("Chỉ thị 15, 16"): its kind word is the first's, as in a list of full citations.
  const kindText = m.kindEnd > m.start ? text.slice(m.start, m.kindEnd) : null;
  if (ids.size === 1) {
    const [c] = ids.values();
    // "Nghị quyết 15 của Quốc hội khoá XII" is not the Politburo's 15-NQ/TW the text also cites: a
    // short form that names its issuer is never the one candidate whose ký hiệu names another body.
    const stated = issuerNamedAfter(text, m.end);
    if (stated !== null && otherIssuer(stated.code!, c) && !inCommitteeName(text, m.start)) {
      const message = `"${raw}" names ${stated.name} as its issuer; ${c.id}, the only ${m.kind.slug} ${number} cited in full, is another body's`;
      return unresolvedShort(m, raw, kindText, { number, year: m.year, id: `short:${m.kind.slug}/${number}@?`, numberStart: m.numberStart }, "short-form-unresolved", message);
    }
    return overlaid(c, { start: m.start, end: m.end, raw, kindText, form: "short", numberStart: m.numberStart, numberEnd: m.end, warnings: [] });
  }
  // None in the text, but the mention gives its full date ("Thông tư số 06 ngày 16 tháng 7 năm 1986
  // của Bộ Nội thương"): a document of its own, identified by kind, number, date and issuer (bare.ts).
  if (ids.size === 0 && bare !== null) return bareCitation(m, text, kindText, number, bare);
  const code = ids.size === 0 ? "short-form-unresolved" : "short-form-ambiguous";
  const message = ids.size === 0 ? `"${raw}" names no document cited in full in this text` : `"${raw}" may be any of ${[...ids.keys()].sort().join(", ")}`;
  return unresolvedShort(m, raw, kindText, { number, year: m.year, id: `short:${m.kind.slug}/${number}@?`, numberStart: m.numberStart }, code, message);
}

/**
 * Whether the citation's ký hiệu names bodies (codes the issuer table knows, a legislature's term
 * left off: QH12 is the Quốc hội), none of them the body `code` names. Compared by the table's name,
 * so that codes of one body agree ("QĐ-UB" and "của UBND tỉnh": Ủy ban nhân dân). A ký hiệu with no
 * code the table knows says nothing against it.
 */
function otherIssuer(code: string, c: Citation): boolean {
  const stated = bodyName(code);
  if (stated === null || c.symbol === null) return false;
  let known = false;
  for (const part of c.symbol.split(/[-/]/u)) {
    const name = bodyName(part);
    if (name === null) continue;
    if (name === stated) return false;
    known = true;
  }
  return known;
}

/**
 * A committee named after the document it is set up for ("Ban Chỉ đạo", "Tổ công tác", "Bộ phận giúp
 * việc" and the verb, vocab COMMITTEE_NAMES, COMMITTEE_TASK_VERBS) right before the short form: the
 * "của" after the document is the committee's, who set it up, not the document's issuer. "Bộ phận
 * giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy" is the provincial Party committee's working group for
 * the Politburo's 03-CT/TW the page cites in full (fixtures/fresh/fresh56b-013); "Tổ công tác chuyên
 * trách thực hiện Đề án 30 của Ủy ban nhân dân tỉnh" (fresh29g-009), "Tổ công tác thực hiện Đề án 30
 * của Bộ" (seg34-007) a province's and a ministry's groups for the Prime Minister's scheme.
 */
function inCommitteeName(text: string, start: number): boolean {
  return COMMITTEE_BEFORE.test(text.slice(Math.max(0, start - COMMITTEE_REACH), start).normalize("NFC"));
}
const COMMITTEE_BEFORE = new RegExp(String.raw`(?:^|[\s,(])(?:${phraseSource(COMMITTEE_NAMES)})(?:\s+(?:${phraseSource(COMMITTEE_TASK_VERBS)}))?\s+$`, "iu");
/** How far before a short form a committee's name is looked for: the longest name, a verb and blanks. */
const COMMITTEE_REACH = 80;

function bodyName(code: string): string | null {
  return bodyByCode(code)?.name ?? null;
}

function anyDated(ids: ReadonlyMap<string, Citation>): boolean {
  for (const c of ids.values()) if (c.date !== null) return true;
  return false;
}

/** A short form whose document no full citation gives, read with the date and issuer after it (readBare). */
function bareCitation(m: ShortMention, text: string, kindText: string | null, number: string, bare: BareReading): Citation {
  const id = bareId(m.kind.slug, number, bare);
  const raw = text.slice(m.start, bare.end);
  return {
    start: m.start,
    end: bare.end,
    raw,
    kind: m.kind.slug,
    kindText,
    form: "short",
    number,
    year: null,
    symbol: null,
    typeCode: m.kind.code,
    style: "state",
    date: bare.date,
    issuer: bare.issuer,
    id,
    numberStart: m.numberStart,
    numberEnd: m.end,
    warnings: [bareWarning(raw, id, m.start, bare.end)],
  };
}

/**
 * A short form that names no one document: its kind, what number it gives, and why. Written out,
 * not spread from a shared base: a spread that adds properties costs microseconds on Node 20.
 */
function unresolvedShort(
  m: { start: number; end: number; kind: { slug: Kind; code: string | null } },
  raw: string,
  kindText: string | null,
  given: { number: string | null; year: number | null; id: string; numberStart: number },
  code: "short-form-unresolved" | "short-form-ambiguous",
  message: string,
): Citation {
  return {
    start: m.start,
    end: m.end,
    raw,
    kind: m.kind.slug,
    kindText,
    form: "short",
    number: given.number,
    year: given.year,
    symbol: null,
    typeCode: m.kind.code,
    style: "state",
    date: null,
    issuer: null,
    id: given.id,
    numberStart: given.numberStart,
    numberEnd: m.end,
    warnings: [{ code, message, start: m.start, end: m.end }],
  };
}

/**
 * "Nghị định 100/2019" is a decree numbered 100 of 2019: the year in its number, or, where its
 * number has none ("2210/QĐ-TTg"), the year of its date.
 */
function ofYear(c: Citation, year: number): boolean {
  if (c.year !== null) return c.year === year;
  return c.date !== null && c.date.startsWith(String(year));
}

/**
 * "Nghị định 244/HĐBT ngày 30/6/1990" and, later, "Nghị định 244/HĐBT": one document, as the
 * graph merges them. The undated mention leaves the candidates when its dated twin is the only
 * one of its key. So does a number written without its year ("55/NĐ-CP@?", "44/NĐ-CP@2015") beside the one with it
 * ("55/2015/NĐ-CP": id.ts yearAfterNumber, yearInNumber) where that one is the only one of its number and ký hiệu and
 * the yearless one's date (if any) is of its year, as pages cite a decree both ways: "Hội nghị triển khai Nghị định
 * 55/NĐ-CP của Chính phủ … Nghị định 55/2015/NĐ-CP ngày 9-6-2015 … Nghị định 55" (a district's news, fresh60c-010),
 * "… Nghị định số 13/NĐ-CP về bảo vệ dữ liệu cá nhân … Nghị định số 13/2023/NĐ-CP" (Bà Rịa - Vũng Tàu's plan, fresh37a-010),
 * "Căn cứ Nghị định số 44/NĐ-CP ngày 06 tháng 5 năm 2015 …" beside 44/2015/NĐ-CP (fresh30x-013): as the undated twin,
 * it leaves the candidates.
 */
function withoutUndatedTwins<T>(ids: Map<string, T>): void {
  if (ids.size < 2) return;
  const datedByKey = new Map<string, number>();
  // "55/2015/NĐ-CP" → "55/NĐ-CP": the ký hiệu without the number's year, and that year.
  const yearedByKey = new Map<string, { count: number; year: string }>();
  for (const id of ids.keys()) {
    const key = undatedKeyOf(id);
    if (key !== null) datedByKey.set(key, (datedByKey.get(key) ?? 0) + 1);
    const y = yearInNumber(id);
    if (y !== null) yearedByKey.set(y.yearless, { count: (yearedByKey.get(y.yearless)?.count ?? 0) + 1, year: y.year });
  }
  for (const id of [...ids.keys()]) {
    if (datedByKey.get(id) === 1) {
      ids.delete(id);
      continue;
    }
    const n = yearAfterNumber(id);
    const twin = n === null ? undefined : yearedByKey.get(n.yearless);
    if (n !== null && twin !== undefined && twin.count === 1 && (n.year === "?" || n.year === twin.year)) ids.delete(id);
  }
}

/** What CitedBefore keeps of a citation with a number: little, as extractChunks keeps one for each in a whole text. */
export interface CitedRecord {
  start: number;
  kind: string;
  form: Citation["form"];
  number: string;
  id: string;
  /** "Số: 05/2020/TT-BTC": a number with no kind word, "Số" capitalised, as a document states its own in its header. */
  own: boolean;
}

/** A citation's record for CitedBefore (its start moved by `shift`), or null when it has no number. */
export function citedRecord(c: Citation, shift = 0): CitedRecord | null {
  if (c.number === null || (c.form !== "full" && c.form !== "short")) return null;
  return { start: c.start + shift, kind: c.kind, form: c.form, number: c.number, id: c.id, own: statesOwnNumber(c) };
}

/** "Số    77  /KH-BTV": a citation with no kind word, "Số" capitalised, as a document states its own number in its header. */
export function statesOwnNumber(c: Citation): boolean {
  return c.kindText === null && OWN_NUMBER.test(c.raw.slice(0, 4).normalize("NFC"));
}
const OWN_NUMBER = /^(?:Số|SỐ)(?![\p{L}\p{N}])/u;

/**
 * The documents cited before an offset, by the kind a pointing mention names ("Thông tư nêu
 * trên": circulars, joint ones too, as "Thông tư số 23/2015/TTLT-…" cites one), read forward over
 * `cited` (every citation's record, in text order; the pointing mentions are asked in text order too,
 * and asking back before the last offset reads again from the start). The documents: each full
 * citation's id; each short form's, the ids of the full citations of its kind and number (`full`,
 * as identifyShort is given them), or, with none, a document of its own. Not the text's own number.
 * Each id maps to the kind and number its full citations are found by (null: a short form's own).
 */
export class CitedBefore {
  private readonly byKind = new Map<string, { at: number; ids: Map<string, CitedRecord | null> }>();

  constructor(
    private readonly cited: readonly CitedRecord[],
    private readonly full: (kind: string, number: string) => readonly Citation[],
  ) {}

  before(kind: string, offset: number): ReadonlyMap<string, CitedRecord | null> {
    let s = this.byKind.get(kind);
    if (s === undefined || (s.at > 0 && this.cited[s.at - 1].start >= offset)) this.byKind.set(kind, (s = { at: 0, ids: new Map() }));
    const kinds = KINDS_NAMED_AS.get(kind) ?? [kind];
    for (; s.at < this.cited.length && this.cited[s.at].start < offset; s.at++) {
      const c = this.cited[s.at];
      if (!kinds.includes(c.kind) || c.own) continue;
      if (c.form === "full") {
        s.ids.set(c.id, c);
        continue;
      }
      const named = this.documents(c.kind, c.number);
      for (const id of named.keys()) s.ids.set(id, c);
      if (named.size === 0) s.ids.set(`short:${c.kind}/${c.number}`, null);
    }
    return s.ids;
  }

  /** The fields of the document `id` (a full citation's, found by `by`): the last full citation of that id, as identifyShort takes it. */
  document(id: string, by: CitedRecord): Citation | null {
    return this.documents(by.kind, by.number).get(id) ?? null;
  }

  /** The full citations of a kind and number, the last of each id, read once for each kind and number. */
  private documents(kind: string, number: string): ReadonlyMap<string, Citation> {
    const key = `${kind}|${number}`;
    let ids = this.byNumber.get(key);
    if (ids === undefined) {
      ids = new Map();
      for (const f of this.full(kind, number)) if (f.form === "full" && f.kind === kind && f.number === number) ids.set(f.id, f);
      this.byNumber.set(key, ids);
    }
    return ids;
  }

  private readonly byNumber = new Map<string, Map<string, Citation>>();
}

/**
 * "theo Thông tư nêu trên" (AboveMention) as a Citation: the one document of its kind cited before
 * it (`cited`: CitedBefore, asked for it), whose fields and id it takes. With none or several it
 * stays unresolved (`short:<kind>@?`, a warning): never a guess.
 */
export function identifyAbove(m: AboveMention, text: string, cited: CitedBefore, asked: ReadonlyMap<string, CitedRecord | null>): Citation {
  // Five or more stay two or more however many undated twins leave (each leaves with a dated one that stays).
  const ids = asked.size < MANY ? new Map(asked) : null;
  if (ids) withoutUndatedTwins(ids);
  const raw = text.slice(m.start, m.end);
  const kindText = text.slice(m.start, m.kindEnd);
  const [only] = ids && ids.size === 1 ? ids.entries() : [null];
  const document = only && only[1] !== null ? cited.document(only[0], only[1]) : null;
  if (document) return { ...document, start: m.start, end: m.end, raw, kindText, form: "short", numberStart: m.wordsStart, numberEnd: m.end, warnings: [] };
  const size = ids ? ids.size : asked.size;
  const message =
    size === 0
      ? `"${raw}" names no document of its kind cited before it in this text`
      : only
        ? `"${raw}" names ${only[0]}@?, which no full citation gives`
        : ids
          ? `"${raw}" may be any of ${[...ids.keys()].sort().join(", ")}`
          : `"${raw}" may be any of the ${size} documents of its kind cited before it`;
  const given = { number: null, year: null, id: `short:${m.kind.slug}@?`, numberStart: m.wordsStart };
  return unresolvedShort(m, raw, kindText, given, size < 2 ? "short-form-unresolved" : "short-form-ambiguous", message);
}
const MANY = 5;

/** The kinds a kind's word names: its own, and those that are a form of it (a joint circular is a circular). */
const KINDS_NAMED_AS = new Map<string, string[]>(KINDS.map((k) => [k.slug, [k.slug, ...KINDS.filter((f) => f.formOf === k.slug).map((f) => f.slug)]]));

/**
 * A copy of `c` with `over`'s fields (each one of c's own) in their places, every field written once. The spread
 * `{ ...c, start, end, … }` wrote start and end a second time on the copy, which turned those fields of every
 * Citation's shape from const to mutable in V8: eight analyze functions compiled against the const fields were thrown
 * away and compiled again in every process (−355 to −374 M instructions of analyze()'s p8 over the dev texts without
 * it: bench/README, session 57). Key order is c's, as the spread's was, so JSON output is unchanged.
 */
function overlaid<T extends object>(c: T, over: Partial<T>): T {
  const o: Record<string, unknown> = {};
  for (const k in c) o[k] = k in over ? (over as Record<string, unknown>)[k] : (c as Record<string, unknown>)[k];
  return o as T;
}
