import type { Analysis } from "../../src/types.js";
import type { Gold } from "./score.js";

interface AnalysisScore {
  rolesChecked: number;
  rolesRight: number;
  relations: { gold: number; found: number; matched: number };
  selfChecked: number;
  selfRight: number;
  problems: string[];
}

const SELF_FIELDS = ["kind", "title", "number", "symbol", "date"] as const;
const JURISDICTION_FIELDS = ["level", "province", "district"] as const;

/** Roles, relations between cited documents, and the document's own identity, against the gold. */
export function scoreAnalysis(text: string, gold: Gold, a: Analysis): AnalysisScore {
  const s: AnalysisScore = { rolesChecked: 0, rolesRight: 0, relations: { gold: 0, found: 0, matched: 0 }, selfChecked: 0, selfRight: 0, problems: [] };
  // A numbered citation is found at its number, one named without a number at its start (the gold's "at" for each).
  const byAt = new Map(a.citations.map((c) => [c.form === "named" ? c.start : c.numberStart, c]));
  for (const g of gold.citations) {
    const c = byAt.get(g.at);
    if (!c) continue;
    s.rolesChecked++;
    if (c.role === g.role) s.rolesRight++;
    else s.problems.push(`ROLE ${g.at} ${g.text}: ${c.role} ≠ ${g.role}`);
  }

  // Relations between cited documents, compared as (type, from id, to id).
  const idAt = (at: number) => byAt.get(at)?.id ?? `missing@${at}`;
  const goldRel = new Set(gold.relations.map((r) => `${r.type} ${idAt(r.from)} -> ${idAt(r.to)}`));
  const gotRel = new Set(a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.type} ${r.from} -> ${r.to}`));
  s.relations.gold = goldRel.size;
  s.relations.found = gotRel.size;
  for (const r of gotRel) if (goldRel.has(r)) s.relations.matched++;
  for (const r of goldRel) if (!gotRel.has(r)) s.problems.push(`RELATION MISSED ${r}`);
  for (const r of gotRel) if (!goldRel.has(r)) s.problems.push(`RELATION SPURIOUS ${r}`);

  const check = (name: string, got: unknown, want: unknown) => {
    s.selfChecked++;
    if ((got ?? null) === (want ?? null)) s.selfRight++;
    else s.problems.push(`SELF ${name}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  };
  for (const f of SELF_FIELDS) check(f, a.self[f], gold.self[f]);
  for (const f of JURISDICTION_FIELDS) check(`jurisdiction.${f}`, a.self.jurisdiction[f], gold.self.jurisdiction[f]);
  check("promulgatedBy", a.self.promulgatedBy?.numberStart ?? null, gold.self.promulgatedBy);
  void text;
  return s;
}
