/**
 * Graph-level identity (fixtures/identity/gold.json): pairs of mentions in real texts, each read
 * by hand as one document or two, with the text that proves it. The files are analysed and graphed
 * together (CitationGraph.from: undated mentions and named laws merged as `vncite graph` does) and
 * each pair is scored by the nodes its two mentions land on: one document on one node is joined,
 * on two is split; two documents on two nodes are apart, on one wrongly merged. The project's rule
 * is that a split with a warning is the price of a doubt, and a wrong merge is never paid.
 *
 * Since session 55 a numbered mention without its year ("Chỉ thị 15/CT-TTg") is never merged into
 * the one dated document of its number the graph knows (an `undated-candidate` warning names both):
 * the pairs where that merge was right (gold.json's "Kept apart since session 55" pairs, 24) count
 * as split, those where it was wrong (10) as apart. The joined figure counts only what the ids prove.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze, CitationGraph, type Analysis } from "../../src/index.js";
import { namedMergeKeyOf, termPlace, undatedKeyOfNode } from "../../src/graph/merge-undated.js";
import { termRangeOf } from "../../src/identify/id.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GOLD = fileURLToPath(new URL("../../fixtures/identity/gold.json", import.meta.url));

/** A mention: a file's own number ("self"), or the citation over the `nth` occurrence of `cite`. */
interface Mention {
  file: string;
  self?: boolean;
  cite?: string;
  nth?: number;
}
export interface IdentityPair {
  same: boolean;
  a: Mention;
  b: Mention;
  why: string;
}
export interface IdentityScore {
  joined: number;
  split: string[];
  apart: number;
  merged: string[];
  /** Mentions no citation covers (the gold or the reading is wrong). */
  unfound: string[];
}

export function loadIdentityPairs(path = GOLD): IdentityPair[] {
  return (JSON.parse(readFileSync(path, "utf8")) as { pairs: IdentityPair[] }).pairs;
}

export function scoreIdentity(pairs: IdentityPair[], analyzeText: typeof analyze = analyze): IdentityScore {
  const files = [...new Set(pairs.flatMap((p) => [p.a.file, p.b.file]))].sort();
  const analyses = new Map<string, Analysis>(files.map((f) => [f, analyzeText(readFileSync(ROOT + f, "utf8"), { path: f })]));
  const graph = CitationGraph.from([...analyses.values()]);
  const score: IdentityScore = { joined: 0, split: [], apart: 0, merged: [], unfound: [] };
  // Where each mention landed: its own id's node, else the one node the graph merged it into (a law
  // named without its number or year into the numbered or dated one: merge-undated.ts's keys); a
  // file's own node for its own number.
  const own = new Map<string, string>();
  const mergedInto = new Map<string, string[]>();
  graph.graph.forEachNode((id, a) => {
    for (const f of a.files) own.set(f, id);
    for (const key of new Set([namedMergeKeyOf(a), undatedKeyOfNode(id, a)])) if (key !== null) mergedInto.set(key, [...(mergedInto.get(key) ?? []), id]);
  });
  const nodeOf = (m: Mention): string | null => {
    if (m.self) return own.get(m.file) ?? null;
    const text = readFileSync(ROOT + m.file, "utf8");
    let at = -1;
    for (let i = 0; i <= (m.nth ?? 0); i++) at = text.indexOf(m.cite!, at + 1);
    if (at < 0) return null;
    const analysis = analyses.get(m.file)!;
    const c = analysis.citations.find((x) => x.start < at + m.cite!.length && x.end > at);
    if (!c) return null;
    // A mention of the text's own number is the document itself.
    if (c.id === analysis.self.id) return own.get(m.file) ?? null;
    if (graph.hasDocument(c.id)) return c.id;
    // A central Party number cited with its term ("18-NQ/TW@2016-2021"): merged into its number's dated node within the term.
    const range = termRangeOf(c.id);
    const into = range === null ? (mergedInto.get(c.id) ?? []) : (mergedInto.get(range.undated) ?? []).filter((d) => termPlace(graph.graph.getNodeAttributes(d), range) !== "out");
    return into.length === 1 ? into[0] : null;
  };
  for (const p of pairs) {
    const [a, b] = [nodeOf(p.a), nodeOf(p.b)];
    if (a === null || b === null) {
      score.unfound.push(`${p.a.file} ${p.a.cite ?? "self"} | ${p.b.file} ${p.b.cite ?? "self"}`);
      continue;
    }
    if (p.same && a === b) score.joined++;
    else if (p.same) score.split.push(`${a} | ${b}`);
    else if (a !== b) score.apart++;
    else score.merged.push(a);
  }
  return score;
}
