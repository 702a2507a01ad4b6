import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Citation } from "../../src/types.js";

/** Compares vncite's output with the hand-checked gold files in fixtures/. */
const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");
const FIELDS = ["kind", "number", "year", "symbol", "style", "date"] as const;

interface GoldCitation {
  at: number;
  text: string;
  kind: string;
  number: string;
  year: number | null;
  symbol: string;
  style: string;
  date: string | null;
  role: string;
}

/** A law, code or ordinance cited by name, at the offset of its kind word. */
export interface GoldNamed {
  at: number;
  text: string;
  kind: string;
  name: string;
  year: number | null;
  role: string;
}

export interface Gold {
  file: string;
  named?: GoldNamed[];
  self: Record<string, unknown> & { jurisdiction: Record<string, unknown>; promulgatedBy: number | null };
  citations: GoldCitation[];
  relations: { type: string; from: number; to: number }[];
}

export function loadGolds(): { name: string; text: string; gold: Gold }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(FIXTURES, f), "utf8")) as Gold;
      return { name: gold.file, text: readFileSync(join(FIXTURES, gold.file), "utf8"), gold };
    });
}

interface Score {
  gold: number;
  found: number;
  matched: number;
  /** Matched with every field right. */
  exact: number;
  fieldErrors: string[];
  missed: string[];
  spurious: string[];
}

/** A predicted citation matches a gold one when its number starts where the gold's does. */
export function scoreCitations(text: string, gold: GoldCitation[], all: Citation[]): Score {
  const got = all.filter((c) => c.form === "full");
  return scoreAt(gold, got, (c) => c.numberStart, FIELDS, (c) => `${c.numberStart} ${text.slice(c.numberStart, c.numberEnd)}`);
}

/** Named citations match on where they start; name, kind and year must be right too. */
export function scoreNamed(gold: readonly GoldNamed[], all: readonly Citation[]): Score {
  const got = all.filter((c) => c.form === "named");
  return scoreAt(gold, got, (c) => c.start, ["kind", "name", "year"] as const, (c) => `${c.start} ${c.raw}`);
}

/** Gold and found citations paired by an offset, then compared field by field. */
function scoreAt<G extends { at: number; text: string }, F extends keyof Citation & keyof G>(
  gold: readonly G[],
  got: readonly Citation[],
  at: (c: Citation) => number,
  fields: readonly F[],
  describe: (c: Citation) => string,
): Score {
  const byAt = new Map(got.map((c) => [at(c), c]));
  const s: Score = { gold: gold.length, found: got.length, matched: 0, exact: 0, fieldErrors: [], missed: [], spurious: [] };
  for (const g of gold) {
    const c = byAt.get(g.at);
    if (!c) {
      s.missed.push(`${g.at} ${g.text}`);
      continue;
    }
    s.matched++;
    const wrong = fields.filter((f) => (c[f] ?? null) !== (g[f] ?? null));
    if (wrong.length === 0) s.exact++;
    else s.fieldErrors.push(`${g.at} ${g.text}: ${wrong.map((f) => `${String(f)} ${JSON.stringify(c[f])} ≠ ${JSON.stringify(g[f])}`).join(", ")}`);
  }
  const ats = new Set(gold.map((g) => g.at));
  for (const c of got) if (!ats.has(at(c))) s.spurious.push(describe(c));
  return s;
}

export const precision = (s: { found: number; matched: number }) => (s.found === 0 ? 1 : s.matched / s.found);
export const recall = (s: { gold: number; matched: number }) => (s.gold === 0 ? 1 : s.matched / s.gold);
