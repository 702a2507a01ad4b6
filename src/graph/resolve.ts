import { parseCitation } from "../extract.js";
import { findProvince, matchProvinceAt } from "../vocab/provinces.js";
import { compareStrings, type DocumentAttributes } from "./attributes.js";
import { filesVersion, type CitationMultiGraph } from "./build.js";
import { namedKeyOf } from "./named.js";
import { parseId, termRangeOf, undatedKeyOf } from "../identify/id.js";

/** What a reference names in a graph: every matching node id, sorted; `ambiguous` when more than one. */
export interface ResolveResult {
  matches: string[];
  ambiguous: boolean;
}

/**
 * Thrown by the queries when a reference names no document ("not-found") or more than one
 * ("ambiguous"); `candidates` lists the matching ids (sorted) so a CLI can print them and exit 3.
 */
export class ResolveError extends Error {
  readonly code: "not-found" | "ambiguous";
  readonly ref: string;
  readonly candidates: string[];
  constructor(ref: string, candidates: string[]) {
    const code = candidates.length === 0 ? "not-found" : "ambiguous";
    super(
      code === "not-found"
        ? `no document matches "${ref}"`
        : `ambiguous: "${ref}" matches ${candidates.length} documents; candidates: ${candidates.join(", ")}`,
    );
    this.name = "ResolveError";
    this.code = code;
    this.ref = ref;
    this.candidates = candidates;
  }
}

interface Index {
  order: number;
  files: number;
  /** `${number}|${symbol}` → ids. */
  bySymbol: Map<string, string[]>;
  /** Path of an analysed file → ids of the documents it is. */
  byFile: Map<string, string[]>;
  /** The same, by the path's spelling without "./" and doubled slashes (filePathKey). */
  byFileKey: Map<string, string[]>;
  /** "law:dat-dai" → the laws of that name, numbered or not, any year. */
  byName: Map<string, string[]>;
}

function push(map: Map<string, string[]>, k: string, id: string): void {
  const list = map.get(k);
  if (list) list.push(id);
  else map.set(k, [id]);
}

const indexes = new WeakMap<CitationMultiGraph, Index>();

function buildIndex(graph: CitationMultiGraph): Index {
  const bySymbol = new Map<string, string[]>();
  const byFile = new Map<string, string[]>();
  const byFileKey = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    for (const f of a.files) push(byFile, f, id);
    for (const f of new Set(a.files.map(filePathKey))) push(byFileKey, f, id);
    const named = a.title !== null ? nameKeyOf(a.kind, a.title) : null;
    if (named !== null) push(byName, named, id);
    const key = lookupKey(id, a.number, a.symbol);
    if (key !== null) push(bySymbol, `${key.number}|${key.symbol}`, id);
  });
  return { order: graph.order, files: filesVersion(graph), bySymbol, byFile, byFileKey, byName };
}

/**
 * The index of a graph, rebuilt when nodes or files were added since through this module's
 * functions (node keys never change; `files` only grows through upsertDocument).
 */
function indexOf(graph: CitationMultiGraph): Index {
  let idx = indexes.get(graph);
  if (!idx || idx.order !== graph.order || idx.files !== filesVersion(graph)) {
    idx = buildIndex(graph);
    indexes.set(graph, idx);
  }
  return idx;
}

/** "@2021~tra-vinh", "@?", "~hau-giang", "~nghe-an/thi-xa-hoang-mai" at the end of an id. */
const ID_SUFFIX = /(?:@(\d{4}|\?))?(?:~(\?|[a-z0-9-]+)(?:\/([a-z0-9-]+))?)?$/;

interface Hints {
  year: number | null;
  /** The reference asks for an undated id itself ("15/ct-ttg@?"). */
  undated?: boolean;
  province: string | null;
  district: string | null;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Hints written after the citation: "tỉnh Trà Vinh", "năm 2021". */
function hintsAfter(text: string, from: number, hints: Hints): void {
  const rest = text.slice(from);
  if (hints.year === null) {
    const y = /(?:^|[^\p{L}\p{N}])((?:19|20)\d{2})(?![\p{L}\p{N}])/u.exec(rest);
    if (y) hints.year = Number(y[1]);
  }
  if (hints.province === null) {
    for (let i = from; i < text.length; i++) {
      if (isWordChar(text[i - 1])) continue;
      const m = matchProvinceAt(text, i);
      if (m) {
        hints.province = m.province.slug;
        break;
      }
    }
  }
}

/** What the resolver needs to know of a document that matched on number and ký hiệu. */
export interface ResolveCandidate {
  id: string;
  /** The node's `year` attribute (the year inside the number). */
  year: number | null;
  /** The node's `date` attribute. */
  date: string | null;
  /** The node's jurisdiction province name. */
  province: string | null;
}

/** The name a law is looked up by, any year ("law:dat-dai"), or null for documents of other kinds. */
export function nameKeyOf(kind: DocumentAttributes["kind"], title: string): string | null {
  const key = namedKeyOf(kind, title, null);
  return key === null ? null : key.slice(0, key.lastIndexOf("@"));
}

/** A citation a user typed, as the resolver looks it up: by number and ký hiệu, then narrowed. */
export interface CitationQuery {
  /** A law cited by name: looked up by its name (nameKeyOf) and, when given, its year instead. */
  named: { key: string | null; year: number | null } | null;
  number: string | null;
  symbol: string | null;
  /** The year inside the number ("61/2018/NĐ-CP"), which must agree. */
  year: number | null;
  hints: Hints;
}

/** The reference as resolve reads it: trimmed NFC text, "" when there is none. */
export function referenceText(ref: string): string {
  return typeof ref === "string" ? ref.normalize("NFC").trim() : "";
}

/**
 * A relative path as it names the same file however it was typed: a graph of "./plans" holds
 * "./plans/a.txt", which "plans/a.txt" names too. Drops doubled slashes, "./" segments and a leading
 * "./"; ".." is kept (what it undoes may be a link). The PostgreSQL store spells the same steps in
 * resolve-file-key.sql.
 */
export function filePathKey(path: string): string {
  return path.replace(/\/{2,}/g, "/").replace(/\/(?:\.\/)+/g, "/").replace(/^(?:\.\/)+/, "");
}

/** The file path a reference may name ("file:a.txt" or "a.txt"), and whether only a file can match. */
export function referenceFile(q: string): { path: string; only: boolean } {
  return q.startsWith("file:") ? { path: q.slice(5), only: true } : { path: q, only: false };
}

/** The citation (and the year, province and district hints) in a reference; null when it has none. */
export function citationQuery(q: string): CitationQuery | null {
  const hints: Hints = { year: null, province: null, district: null };
  let text = q;
  const suffix = ID_SUFFIX.exec(q);
  if (suffix && suffix[0] !== "") {
    text = q.slice(0, suffix.index);
    if (suffix[1] && suffix[1] !== "?") hints.year = Number(suffix[1]);
    if (suffix[1] === "?") hints.undated = true;
    if (suffix[2] && suffix[2] !== "?") hints.province = suffix[2];
    if (suffix[3]) hints.district = suffix[3];
  }
  const c = parseCitation(text);
  if (!c) return null;
  if (c.date && hints.year === null) hints.year = Number(c.date.slice(0, 4));
  if (c.issuer?.place && hints.province === null) hints.province = findProvince(c.issuer.place)?.slug ?? null;
  hintsAfter(text, c.end, hints);
  // "Luật Đất đai 2003", "luật đất đai năm 2003": by name, then by year when one is given.
  const named = c.form === "named" && c.name ? { key: nameKeyOf(c.kind, c.name), year: c.year ?? hints.year } : null;
  return { named, number: c.number, symbol: c.symbol, year: c.year, hints };
}

/** The number and ký hiệu a document is looked up by: those of its id, else its attributes'. */
export function lookupKey(id: string, number: string | null, symbol: string | null): { number: string; symbol: string } | null {
  const p = parseId(id);
  const n = p?.number ?? number;
  const s = p?.symbol ?? symbol;
  return n !== null && s !== null ? { number: n, symbol: s } : null;
}

/** Of the laws with the query's name, those of its year when it gives one. */
export function narrowNamed(query: CitationQuery, candidates: readonly { id: string; year: number | null }[]): string[] {
  const year = query.named?.year ?? null;
  return candidates.filter((c) => year === null || c.year === year).map((c) => c.id);
}

/** Of the documents with the query's number and ký hiệu, those its year and hints name. */
export function narrowCandidates(query: CitationQuery, candidates: readonly ResolveCandidate[]): string[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const provinceSlugOf = (id: string) => {
    const p = parseId(id);
    if (p?.province) return p.province;
    const name = byId.get(id)!.province;
    return name ? (findProvince(name)?.slug ?? null) : null;
  };
  // The year a document was issued: its date's, else the one inside its number ("61/2018/NĐ-CP").
  const dateYearOf = (id: string) => {
    const p = parseId(id);
    if (p?.dateYear) return p.dateYear;
    const c = byId.get(id)!;
    if (c.date) return Number(c.date.slice(0, 4));
    return p?.year ?? c.year;
  };
  let ids = candidates.map((c) => c.id);
  if (query.year !== null) ids = ids.filter((id) => (parseId(id)?.year ?? byId.get(id)!.year) === query.year);
  // A year asked is that year's document only: a mention whose year is unknown ("15/CT-TTg@?") is
  // not taken for it (its number restarts every year); its citers are the possible ones (possiblyCitedBy).
  if (query.hints.year !== null) ids = ids.filter((id) => dateYearOf(id) === query.hints.year);
  ids = narrow(ids, query.hints.province, provinceSlugOf);
  ids = narrow(ids, query.hints.district, (id) => parseId(id)?.district ?? null);
  if (!query.hints.undated) return withoutUndatedCandidates(ids);
  const undated = ids.filter(isUndatedId);
  return undated.length > 0 ? undated : ids;
}

/**
 * Without the undated ids ("15/CT-TTg@?") one of the others is a candidate of ("15/CT-TTg@2020"):
 * "Chỉ thị 15/CT-TTg" asks for the document, and the undated node is a mention kept apart from it
 * (mergeUndatedMentions), not a second document to choose from; its citers are the document's
 * possible citers (possiblyCitedBy). Asked by its id ("…@?"), it is what is asked.
 */
function withoutUndatedCandidates(ids: string[]): string[] {
  const keys = new Set(ids.map(undatedKeyOf).filter((k) => k !== null));
  return keys.size === 0 ? ids : ids.filter((id) => !keys.has(id));
}

/**
 * Those with the hinted place; failing any, those whose place is unknown (a central document has
 * none to lack; a local one whose province its text did not name, "~?"); else none.
 */
function narrow<T>(ids: string[], hint: T | null, valueOf: (id: string) => T | null): string[] {
  if (hint === null || ids.length === 0) return ids;
  const exact = ids.filter((id) => valueOf(id) === hint);
  return exact.length > 0 ? exact : ids.filter((id) => valueOf(id) === null);
}

/** An undated id: "15/CT-TTg@?", "30/KH-UBND@?~tra-vinh". */
function isUndatedId(id: string): boolean {
  return /@\?(?:~|$)/.test(id);
}

/**
 * For a reference that names a year no document of its number and ký hiệu has ("Chỉ thị 15/CT-TTg
 * năm 2021" beside 15/CT-TTg@2020), the one undated mention of that number (and place) it may be
 * ("15/CT-TTg@?"), whose citers possiblyCitedBy offers; null when the reference names a document,
 * names no year, or no such mention (or more than one) is there. Shared with the PostgreSQL store.
 */
export function undatedForYear(query: CitationQuery, candidates: readonly ResolveCandidate[]): string | null {
  if (query.named || query.hints.year === null || query.hints.undated) return null;
  if (narrowCandidates(query, candidates).length > 0) return null;
  // A central Party mention cited with its term ("36-NQ/TW@2001-2006") whose years hold the year asked is what it may be.
  const year = query.hints.year;
  const termed = candidates.filter((c) => {
    const range = termRangeOf(c.id);
    return range !== null && year >= range.from && (range.to === null || year <= range.to);
  });
  if (termed.length === 1) return termed[0].id;
  const undated = narrowCandidates({ ...query, hints: { ...query.hints, year: null, undated: true } }, candidates).filter(isUndatedId);
  return undated.length === 1 ? undated[0] : null;
}

/** Matches as resolve returns them: unique, sorted, `ambiguous` when more than one. */
export function resolveResult(matches: string[]): ResolveResult {
  const sorted = [...new Set(matches)].sort(compareStrings);
  return { matches: sorted, ambiguous: sorted.length > 1 };
}

/**
 * The documents a reference names. `ref` may be:
 * - a node id ("103/KH-UBND@2021~tra-vinh", "file:plans/a.txt"), matched exactly;
 * - the path of an analysed file;
 * - citation text a user types, read with the citation grammar ("Chỉ thị 43/CT-TTg",
 *   "nghị quyết 76/nq-cp", "Kế hoạch 103/KH-UBND tỉnh Trà Vinh", "Kế hoạch 103/KH-UBND năm 2021"),
 *   or an id with different spelling or missing parts ("103/kh-ubnd@2021").
 * Citations match on number and ký hiệu (and the year inside the number, when given); then a year
 * (from the date, "năm 2021", or "@2021") keeps the documents of that year only, never one whose
 * year is unknown ("15/CT-TTg@2021" beside 15/CT-TTg@2020 and 15/CT-TTg@? names nothing: the
 * undated mention's citers are its possiblyCitedBy); a province (from the issuer, "tỉnh Trà Vinh",
 * or "~tra-vinh") narrows them, keeping those where it is unknown only when none agree.
 * A mention without its year kept apart beside a dated candidate ("15/CT-TTg@?" beside
 * "15/CT-TTg@2020") is left out unless the reference asks for it ("@?", or its id).
 * Never throws. (The PostgreSQL store runs the same steps against its tables.)
 */
export function resolve(graph: CitationMultiGraph, ref: string): ResolveResult {
  const q = referenceText(ref);
  if (q === "") return resolveResult([]);
  if (graph.hasNode(q)) return resolveResult([q]);
  const idx = indexOf(graph);
  const file = referenceFile(q);
  let byFile = (idx.byFile.get(file.path) ?? []).filter((id) => graph.hasNode(id));
  // Spelled otherwise ("plans/a.txt" for "./plans/a.txt"): every file that spelling names, so two stay two.
  if (byFile.length === 0) byFile = (idx.byFileKey.get(filePathKey(file.path)) ?? []).filter((id) => graph.hasNode(id));
  if (byFile.length > 0 || file.only) return resolveResult(byFile);

  const query = citationQuery(q);
  if (!query) return resolveResult([]);
  if (query.named) {
    const ids = query.named.key ? (idx.byName.get(query.named.key) ?? []).filter((id) => graph.hasNode(id)) : [];
    return resolveResult(narrowNamed(query, ids.map((id) => ({ id, year: graph.getNodeAttribute(id, "year") }))));
  }
  return resolveResult(narrowCandidates(query, candidatesOf(graph, idx, query)));
}

/** The documents of the query's number and ký hiệu, with what narrows them. */
function candidatesOf(graph: CitationMultiGraph, idx: Index, query: CitationQuery): ResolveCandidate[] {
  const ids = (idx.bySymbol.get(`${query.number}|${query.symbol}`) ?? []).filter((id) => graph.hasNode(id));
  return ids.map((id) => {
    const a = graph.getNodeAttributes(id);
    return { id, year: a.year, date: a.date, province: a.jurisdiction?.province ?? null };
  });
}

/**
 * For a reference that names no document but a year of a number whose mention without its year the
 * graph holds ("15/CT-TTg@2021" beside 15/CT-TTg@?): that mention (`via`) and the year asked
 * (undatedForYear); else null. Asked once resolve has named nothing.
 */
export function undatedMentionFor(graph: CitationMultiGraph, ref: string): { via: string; year: number } | null {
  const q = referenceText(ref);
  const query = q === "" ? null : citationQuery(q);
  if (!query || query.named || query.hints.year === null) return null;
  const via = undatedForYear(query, candidatesOf(graph, indexOf(graph), query));
  return via === null ? null : { via, year: query.hints.year };
}

/** The one document a reference names; throws ResolveError when none or several match. */
export function resolveOne(graph: CitationMultiGraph, ref: string): string {
  const r = resolve(graph, ref);
  if (r.matches.length !== 1) throw new ResolveError(ref, r.matches);
  return r.matches[0];
}

/** What nearMatches found: how the reference was read, and the documents nearest to it. */
export interface NearMatches {
  /** The citation read in the reference ("103/KH-UBND, năm 2019"), or null when none was. */
  read: string | null;
  /**
   * What the `ids` share with it: its number and ký hiệu (a year or place ruled them out), its number
   * alone, or a law's name (what was sought when `ids` is empty); null when nothing could be sought.
   */
  by: "number and ký hiệu" | "number" | "name" | null;
  /** At most `limit` ids, sorted. */
  ids: string[];
  /** How many there were before the limit. */
  total: number;
}

/** Where nearMatches looks: the documents of a number and ký hiệu, of a number, of a law's name (NearLookups of a graph or a database). */
export interface NearLookups<R> {
  bySymbol(number: string, symbol: string): R;
  byNumber(number: string): R;
  byName(key: string): R;
}

/**
 * For a reference that names no document, the documents nearest to it, so that a user who typed a
 * wrong year, place or code sees what the graph holds: those with its number and ký hiệu that its
 * year or place ruled out; failing any, those with its number under another ký hiệu; for a law by
 * name, the laws of that name in other years. Only what the resolver's index already holds (the number alone walks
 * its keys), asked only once a reference has named nothing: no pass over the documents.
 */
export function nearMatches(graph: CitationMultiGraph, ref: string, limit = 10): NearMatches {
  const idx = indexOf(graph);
  const live = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => graph.hasNode(id));
  return nearSteps<string[], NearMatches>(ref, limit, {
    bySymbol: (number, symbol) => live(idx.bySymbol.get(`${number}|${symbol}`)),
    byNumber: (number) => {
      const prefix = `${number}|`;
      const ids: string[] = [];
      for (const [key, list] of idx.bySymbol) if (key.startsWith(prefix)) ids.push(...live(list));
      return ids;
    },
    byName: (key) => live(idx.byName.get(key)),
  }, (ids, next) => next(ids));
}

/**
 * nearMatches' steps over any lookups, sync (a graph in memory) or async (the PostgreSQL store):
 * `then` chains a lookup's result to the next step, so that both run the same steps in one place.
 */
export function nearSteps<R, T>(ref: string, limit: number, lookups: NearLookups<R>, then: (r: R, next: (ids: string[]) => NearMatches | T) => T | NearMatches): T | NearMatches {
  const q = referenceText(ref);
  const query = q === "" ? null : citationQuery(q);
  if (!query) return { read: null, by: null, ids: [], total: 0 };
  const hints = [query.hints.year !== null ? `năm ${query.hints.year}` : null, query.hints.province ? `~${query.hints.province}` : null]
    .concat(query.hints.district ? [`/${query.hints.district}`] : [])
    .filter((h) => h !== null);
  const done = (read: string, by: NearMatches["by"], ids: string[]): NearMatches => {
    const sorted = [...new Set(ids)].sort(compareStrings);
    return { read: [read, ...hints].join(", "), by, ids: sorted.slice(0, limit), total: sorted.length };
  };
  if (query.named) {
    const name = query.named.key ?? "a law by name";
    const read = query.named.year !== null ? `${name}, năm ${query.named.year}` : name;
    if (query.named.key === null) return done(read, "name", []);
    return then(lookups.byName(query.named.key), (ids) => done(read, "name", ids));
  }
  if (query.number === null) return done("a citation without a number", null, []);
  const { number: n, symbol } = query;
  const number = query.year !== null ? `${n}/${query.year}` : n;
  const read = symbol !== null ? `${number}/${symbol}` : `số ${number}`;
  const byNumber = () => then(lookups.byNumber(n), (ids) => done(read, "number", ids));
  if (symbol === null) return byNumber();
  return then(lookups.bySymbol(n, symbol), (same) => (same.length > 0 ? done(read, "number and ký hiệu", same) : byNumber()) as NearMatches | T);
}
