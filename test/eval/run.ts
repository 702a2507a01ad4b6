/**
 * npm run eval: precision and recall of vncite against the hand-checked gold files, per file and
 * in total. Prints every miss, spurious hit and wrong field so a regression names its cause.
 */
import { extract } from "../../src/index.js";
import { loadGolds, precision, recall, scoreCitations } from "./score.js";
import { scoreAnalysis } from "./score-analysis.js";
import { analyze } from "../../src/index.js";

const pct = (x: number) => x.toFixed(3);
const rows: string[][] = [["file", "gold", "found", "P", "R", "fields", "roles", "rel P", "rel R", "self"]];
const total = { gold: 0, found: 0, matched: 0, exact: 0, roles: 0, roleN: 0, relGold: 0, relFound: 0, relMatched: 0, self: 0, selfN: 0 };
const problems: string[] = [];

for (const { name, text, gold } of loadGolds()) {
  const got = extract(text);
  const s = scoreCitations(text, gold.citations, got);
  const a = scoreAnalysis(text, gold, analyze(text, { path: name }));
  total.gold += s.gold;
  total.found += s.found;
  total.matched += s.matched;
  total.exact += s.exact;
  total.roles += a.rolesRight;
  total.roleN += a.rolesChecked;
  total.relGold += a.relations.gold;
  total.relFound += a.relations.found;
  total.relMatched += a.relations.matched;
  total.self += a.selfRight;
  total.selfN += a.selfChecked;
  rows.push([
    name,
    String(s.gold),
    String(s.found),
    pct(precision(s)),
    pct(recall(s)),
    pct(s.matched ? s.exact / s.matched : 1),
    pct(a.rolesChecked ? a.rolesRight / a.rolesChecked : 1),
    pct(precision(a.relations)),
    pct(recall(a.relations)),
    `${a.selfRight}/${a.selfChecked}`,
  ]);
  for (const m of s.missed) problems.push(`${name} MISSED ${m}`);
  for (const m of s.spurious) problems.push(`${name} SPURIOUS ${m}`);
  for (const m of s.fieldErrors) problems.push(`${name} FIELD ${m}`);
  for (const m of a.problems) problems.push(`${name} ${m}`);
}
rows.push([
  "TOTAL",
  String(total.gold),
  String(total.found),
  pct(precision(total)),
  pct(recall(total)),
  pct(total.matched ? total.exact / total.matched : 1),
  pct(total.roleN ? total.roles / total.roleN : 1),
  pct(precision({ found: total.relFound, matched: total.relMatched })),
  pct(recall({ gold: total.relGold, matched: total.relMatched })),
  `${total.self}/${total.selfN}`,
]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
if (problems.length) {
  console.log("");
  for (const p of problems) console.log(p);
}
