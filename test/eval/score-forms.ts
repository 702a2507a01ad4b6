/**
 * Short forms and pinpoints against fixtures/dev/gold-forms.json (written by reading every dev
 * text; its format and matching rules are in fixtures/dev/gold-forms.md) and against the fresh sets'
 * fixtures/fresh/<set>/gold-forms.json (whole texts of a set, read the same way; a text held in the
 * set's gold.json is scored in the held half, apart from the probe). Gold entries name their place by
 * surface text and occurrence, so a scorer finds them by string search.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Citation } from "../../src/types.js";
import { loadFreshSets } from "./fresh.js";
import { DEV } from "./relations.js";

interface Place {
  text: string;
  occurrence: number;
}
const UNITS = ["appendix", "part", "chapter", "section", "article", "clause", "point", "subpoint"] as const;
type Unit = (typeof UNITS)[number];

interface GoldShort extends Place {
  kind: string;
  number: string;
  /** The full citation it names; null when the text has none (or two) to resolve to. */
  refersTo: Place | null;
  id: string | null;
}
type GoldPinpoint = Place &
  Partial<Record<Unit, string>> & {
    into: (Place & { kind: "cited" }) | { kind: "self" | "internal" | "attached" | "implicit" | "other" };
  };
export interface FormsText {
  file: string;
  short: GoldShort[];
  pinpoints: GoldPinpoint[];
  notShort?: (Place & { why: string })[];
}

const loadFormsGold = (dir = DEV): FormsText[] => (JSON.parse(readFileSync(join(dir, "gold-forms.json"), "utf8")) as { texts: FormsText[] }).texts;

/** Offset of the `occurrence`-th (from 0) occurrence of `text`; a gold entry that is not there is an error in the gold. */
function locate(text: string, p: Place, file: string): number {
  let at = -1;
  for (let i = 0; i <= p.occurrence; i++) {
    at = text.indexOf(p.text, at + 1);
    if (at < 0) throw new Error(`${file}: "${p.text}" occurs fewer than ${p.occurrence + 1} times`);
  }
  return at;
}

export interface FormCounts {
  gold: number;
  found: number;
  /** Found where the gold has one (same start). */
  matched: number;
  /** Matched and right: resolved to the right document (short forms), every field and the document right (pinpoints). */
  right: number;
}
export interface FormsScore {
  short: FormCounts;
  pinpoint: FormCounts;
  /** Gold pinpoints not scored, by what they point into (self, internal, attached, implicit, other). */
  unscored: Map<string, number>;
  problems: string[];
}

const emptyCounts = (): FormCounts => ({ gold: 0, found: 0, matched: 0, right: 0 });
const labels = (s: string | undefined) =>
  (s ?? "")
    .split(/\s*(?:,|\bvà\b)\s*/u)
    .filter(Boolean)
    .map((x) => x.toLowerCase())
    .join(", ");
const show = (text: string, at: number, len: number) => JSON.stringify(text.slice(Math.max(0, at - 25), at + len + 40).replace(/\s+/g, " "));

/** One text's short forms and pinpoints against its gold. */
export function scoreForms(text: string, gold: FormsText, citations: readonly Citation[]): FormsScore {
  const s: FormsScore = { short: emptyCounts(), pinpoint: emptyCounts(), unscored: new Map(), problems: [] };
  const file = gold.file;
  const covering = (at: number) => citations.find((c) => c.start <= at && at < c.end);

  const shorts = citations.filter((c) => c.form === "short");
  const shortAt = new Map(shorts.map((c) => [c.start, c]));
  const goldShortAts = new Set<number>();
  s.short.gold = gold.short.length;
  s.short.found = shorts.length;
  for (const g of gold.short) {
    const at = locate(text, g, file);
    goldShortAts.add(at);
    const c = shortAt.get(at);
    if (!c) {
      s.problems.push(`${file} MISSED SHORT @${at} ${show(text, at, g.text.length)}`);
      continue;
    }
    s.short.matched++;
    const target = g.refersTo && covering(locate(text, g.refersTo, file));
    const want = g.refersTo ? (target?.id ?? `(full citation "${g.refersTo.text}" not found)`) : null;
    const right = want === null ? c.id.startsWith("short:") : c.id === want;
    if (right) s.short.right++;
    else s.problems.push(`${file} SHORT WRONG @${at} ${JSON.stringify(c.raw)}: id ${c.id}, want ${want ?? "unresolved"}`);
  }
  for (const c of shorts) if (!goldShortAts.has(c.start)) s.problems.push(`${file} SPURIOUS SHORT @${c.start} ${show(text, c.start, c.end - c.start)} id ${c.id}`);

  const pinned = citations.filter((c) => c.pinpoint);
  const pinAt = new Map(pinned.map((c) => [c.pinpoint!.start, c]));
  const goldPinAts = new Set<number>();
  s.pinpoint.found = pinned.length;
  for (const g of gold.pinpoints) {
    const at = locate(text, g, file);
    if (g.into.kind !== "cited") {
      s.unscored.set(g.into.kind, (s.unscored.get(g.into.kind) ?? 0) + 1);
      continue;
    }
    s.pinpoint.gold++;
    goldPinAts.add(at);
    const c = pinAt.get(at);
    if (!c) {
      s.problems.push(`${file} MISSED PINPOINT @${at} ${show(text, at, g.text.length)}`);
      continue;
    }
    s.pinpoint.matched++;
    const into = locate(text, g.into, file);
    const wrong = UNITS.filter((u) => labels(c.pinpoint![u]) !== labels(g[u]));
    const problems = wrong.map((u) => `${u} ${JSON.stringify(c.pinpoint![u] ?? null)} ≠ ${JSON.stringify(g[u] ?? null)}`);
    if (!(c.start <= into && into < c.end)) problems.push(`on ${JSON.stringify(c.raw)}, not on "${g.into.text}"@${into}`);
    if (problems.length === 0) s.pinpoint.right++;
    else s.problems.push(`${file} PINPOINT WRONG @${at} ${JSON.stringify(g.text)}: ${problems.join(", ")}`);
  }
  for (const c of pinned) {
    const p = c.pinpoint!;
    if (goldPinAts.has(p.start)) continue;
    const fields = UNITS.filter((u) => p[u] !== undefined).map((u) => `${u} ${p[u]}`).join(", ");
    s.problems.push(`${file} SPURIOUS PINPOINT @${p.start} ${show(text, p.start, p.end - p.start)} (${fields}) on ${JSON.stringify(c.raw)}`);
  }
  return s;
}

export const formPrecision = (c: FormCounts) => (c.found ? c.right / c.found : 1);
export const formRecall = (c: FormCounts) => (c.gold ? c.right / c.gold : 1);

const emptyScore = (): FormsScore => ({ short: emptyCounts(), pinpoint: emptyCounts(), unscored: new Map(), problems: [] });
function addScore(total: FormsScore, s: FormsScore): void {
  for (const form of ["short", "pinpoint"] as const) for (const k of ["gold", "found", "matched", "right"] as const) total[form][k] += s[form][k];
  for (const [k, n] of s.unscored) total.unscored.set(k, (total.unscored.get(k) ?? 0) + n);
  total.problems.push(...s.problems);
}

/** Every dev text scored, with per-file counts and the totals. */
export function scoreAllForms(extractText: (text: string) => Citation[]): { perFile: [string, FormsScore][]; total: FormsScore } {
  const total = emptyScore();
  const perFile: [string, FormsScore][] = [];
  for (const g of loadFormsGold()) {
    const text = readFileSync(join(DEV, g.file), "utf8");
    const s = scoreForms(text, g, extractText(text));
    perFile.push([g.file, s]);
    addScore(total, s);
  }
  return { perFile, total };
}

export interface FreshFormsScore {
  /** One row per set and half that has read texts: "<set>", "probe" | "held". */
  perSet: { set: string; half: "probe" | "held"; texts: number; score: FormsScore }[];
  probe: FormsScore;
  held: FormsScore;
}

/**
 * The fresh sets' read texts (each set's gold-forms.json) scored, probe and held apart: a text is held
 * when the set's gold.json says so. Problems are named "<set>/texts/…".
 */
export function scoreFreshForms(extractText: (text: string) => Citation[]): FreshFormsScore {
  const out: FreshFormsScore = { perSet: [], probe: emptyScore(), held: emptyScore() };
  for (const set of loadFreshSets()) {
    if (!existsSync(join(set.dir, "gold-forms.json"))) continue;
    const held = new Set(set.texts.filter((d) => d.held).map((d) => d.file));
    const rows = { probe: { texts: 0, score: emptyScore() }, held: { texts: 0, score: emptyScore() } };
    for (const g of loadFormsGold(set.dir)) {
      const text = readFileSync(join(set.dir, g.file), "utf8");
      const s = scoreForms(text, { ...g, file: `${set.set}/${g.file}` }, extractText(text));
      const half = held.has(g.file) ? "held" : "probe";
      rows[half].texts++;
      addScore(rows[half].score, s);
      addScore(out[half], s);
    }
    for (const half of ["probe", "held"] as const) if (rows[half].texts) out.perSet.push({ set: set.set, half, ...rows[half] });
  }
  return out;
}
