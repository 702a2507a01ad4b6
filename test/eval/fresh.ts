/**
 * The fresh sets (fixtures/fresh/<set>/): real documents of one family each, collected in a session
 * and read into gold before vncite ran on them, every 4th file held out of every fix. Scored as the
 * development corpus is (document-level edges, score.py's matching), probe and held apart, with the
 * document's own number (self) beside them. Once committed a set is seen text: its held half says how
 * the rules did on text they were not shaped on at the time, not after.
 *
 * Sets collected side by side sometimes saved the same document (another site's copy of the page, or
 * the same page): the later copy's gold entry says `duplicate_of` and is not scored, so no document
 * counts twice. The copy kept is a probe one where any copy is probe (a probe copy may have shaped a
 * fix, so its document is no longer unseen); `documentKey` is how a copy is told.
 *
 * A set may hold a listing too (`listing.csv`, a portal's table of documents: number, date, subject
 * line), read as the dev listing is; its gold entries are under `listing`, one per row
 * ("listing.csv#<row>"), every 4th row held (rows 3, 7, 11, …), scored in the same halves.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Analysis, AnalyzeOptions } from "../../src/index.js";
import { analyzeListing, edgesOf, scoreRelations, type GoldDocument, type RelationScore } from "./relations.js";

const FRESH = fileURLToPath(new URL("../../fixtures/fresh/", import.meta.url));

interface FreshDocument extends GoldDocument {
  held?: boolean;
  /** "<set>/texts/<file>": the same document in another set, scored there and not here. */
  duplicate_of?: string;
  self?: { number?: string | null; symbol?: string | null } | null;
}
export interface FreshSet {
  set: string;
  dir: string;
  texts: FreshDocument[];
  /** The rows of `listing.csv`, when the set has one. */
  listing: FreshDocument[];
}

/** Every set with a gold.json, by name. */
export function loadFreshSets(root = FRESH): FreshSet[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "gold.json")))
    .map((d) => d.name)
    .sort()
    .map((set) => {
      const dir = join(root, set);
      const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as { texts: FreshDocument[]; listing?: FreshDocument[] };
      return { set, dir, texts: gold.texts, listing: gold.listing ?? [] };
    });
}

/**
 * What two copies of one document share: its first 1,500 characters once NFC and without white space
 * (sites wrap and indent the same text differently, and the store keeps about the first 2,000
 * characters of a page, so copies can differ in where they end but not in how they begin).
 */
export const documentKey = (text: string): string => text.normalize("NFC").replace(/\s+/g, "").slice(0, 1500);

export interface FreshScore {
  set: string;
  half: "probe" | "held";
  documents: number;
  numbered: RelationScore;
  /** Relations to laws, codes and ordinances named without a number (the gold's `named`): slug of the name and year, as dev's. */
  named: RelationScore;
  self: { right: number; checked: number; wrong: string[] };
}

// "&" dropped as relations.ts drops it: BLĐTB&XH is BLĐTBXH.
const tokens = (symbol: string | null | undefined) =>
  [...new Set((symbol ?? "").toUpperCase().replace(/\u00d0/g, "Đ").replace(/TƯ/g, "TW").replace(/&/g, "").split(/[-/.\s–]+/).filter(Boolean))].sort().join("-");
const integer = (n: string | null | undefined) => (n != null && /^\d+$/.test(String(n).trim()) ? Number(n) : null);

/** A set analysed and scored, its probe half and its held half apart. */
export function scoreFreshSet(s: FreshSet, analyzeText: (text: string, options: AnalyzeOptions) => Analysis): FreshScore[] {
  const found = new Map<string, Set<string>>();
  const selves = new Map<string, Analysis["self"]>();
  const scored = s.texts.filter((d) => !d.duplicate_of);
  for (const d of scored) {
    const analysis = analyzeText(readFileSync(join(s.dir, d.file), "utf8"), { path: d.file });
    found.set(d.file, edgesOf(analysis));
    selves.set(d.file, analysis.self);
  }
  if (s.listing.length) for (const [row, edges] of analyzeListing(readFileSync(join(s.dir, "listing.csv"), "utf8"), analyzeText)) found.set(row, edges);
  return (["probe", "held"] as const).map((half) => {
    const docs = [...scored, ...s.listing].filter((d) => Boolean(d.held) === (half === "held"));
    const self = { right: 0, checked: 0, wrong: [] as string[] };
    for (const d of docs) {
      // A row's own number is the listing's column, given, not read: not a self to check.
      if (!d.self?.number || !selves.has(d.file)) continue;
      self.checked++;
      const got = selves.get(d.file)!;
      if (integer(got.number) === integer(d.self.number) && tokens(got.symbol) === tokens(d.self.symbol)) self.right++;
      else self.wrong.push(`${s.set}/${d.file}: self ${d.self.number}/${d.self.symbol}, got ${got.number ?? "-"}/${got.symbol ?? "-"}`);
    }
    return { set: s.set, half, documents: docs.length, numbered: scoreRelations(docs, found), named: scoreRelations(docs, found, "named"), self };
  });
}
