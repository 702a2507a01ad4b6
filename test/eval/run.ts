/**
 * npm run eval: precision and recall of vncite against the hand-checked gold files, per file and
 * in total. Prints every miss, spurious hit and wrong field so a regression names its cause.
 */
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { analyze, extract } from "../../src/index.js";
import { loadGolds, precision, recall, scoreCitations, scoreNamed } from "./score.js";
import { scoreAnalysis } from "./score-analysis.js";
import { formPrecision, formRecall, scoreAllForms, scoreFreshForms, type FormCounts } from "./score-forms.js";
import { REWRITES } from "./rewrites.js";
import { loadFreshSets, scoreFreshSet } from "./fresh.js";
import { loadIdentityPairs, scoreIdentity } from "./identity.js";
import { analyzeDev, edgesOf, f1Of, precisionOf, recallOf, fixtureRelations, loadDevGold, relationRows, scoreRelations, type GoldDocument, type TypeCounts } from "./relations.js";

/** The counts one row of the table is made of; the total row is their sum. */
interface Counts {
  gold: number;
  found: number;
  matched: number;
  exact: number;
  rolesRight: number;
  rolesChecked: number;
  relations: { gold: number; found: number; matched: number };
  selfRight: number;
  selfChecked: number;
}

const pct = (x: number) => x.toFixed(3);
const ratio = (a: number, b: number) => pct(b ? a / b : 1);
const row = (name: string, c: Counts): string[] => [
  name,
  String(c.gold),
  String(c.found),
  pct(precision(c)),
  pct(recall(c)),
  ratio(c.exact, c.matched),
  ratio(c.rolesRight, c.rolesChecked),
  pct(precision(c.relations)),
  pct(recall(c.relations)),
  `${c.selfRight}/${c.selfChecked}`,
];

const rows: string[][] = [["file", "gold", "found", "P", "R", "fields", "roles", "rel P", "rel R", "self"]];
const total: Counts = { gold: 0, found: 0, matched: 0, exact: 0, rolesRight: 0, rolesChecked: 0, relations: { gold: 0, found: 0, matched: 0 }, selfRight: 0, selfChecked: 0 };
const problems: string[] = [];

const fixtureGold: GoldDocument[] = [];
const namedTotal = { gold: 0, found: 0, matched: 0, exact: 0 };
const fixtureFound = new Map<string, Set<string>>();
for (const { name, text, gold } of loadGolds()) {
  const s = scoreCitations(text, gold.citations, extract(text));
  const analysis = analyze(text, { path: name });
  const a = scoreAnalysis(text, gold, analysis);
  fixtureGold.push(fixtureRelations(name, gold.citations));
  const n = scoreNamed(gold.named ?? [], analysis.citations);
  for (const k of ["gold", "found", "matched", "exact"] as const) namedTotal[k] += n[k];
  problems.push(...n.missed.map((m) => `${name} MISSED NAMED ${m}`), ...n.spurious.map((m) => `${name} SPURIOUS NAMED ${m}`), ...n.fieldErrors.map((m) => `${name} NAMED FIELD ${m}`));
  fixtureFound.set(name, edgesOf(analysis));
  const counts: Counts = { ...s, ...a };
  for (const k of ["gold", "found", "matched", "exact", "rolesRight", "rolesChecked", "selfRight", "selfChecked"] as const) total[k] += counts[k];
  for (const k of ["gold", "found", "matched"] as const) total.relations[k] += a.relations[k];
  rows.push(row(name, counts));
  problems.push(
    ...s.missed.map((m) => `${name} MISSED ${m}`),
    ...s.spurious.map((m) => `${name} SPURIOUS ${m}`),
    ...s.fieldErrors.map((m) => `${name} FIELD ${m}`),
    ...a.problems.map((m) => `${name} ${m}`),
  );
}
rows.push(row("TOTAL", total));

printTable(rows);
console.log(
  `named laws: gold ${namedTotal.gold}, found ${namedTotal.found}, P ${pct(precision(namedTotal))}, R ${pct(recall(namedTotal))}, fields ${ratio(namedTotal.exact, namedTotal.matched)}`,
);
if (problems.length) console.log(["", ...problems].join("\n"));

// Document-level relations (the graph's typed edges), per type: the fixtures, then the development
// corpus (fixtures/dev: 60 texts and a 300-row listing, gold written by reading).
const dev = loadDevGold();
const devFound = analyzeDev(analyze);
for (const [title, gold, found] of [
  ["fixtures", fixtureGold, fixtureFound],
  ["dev texts", dev.texts, devFound],
  ["dev listing", dev.listing, devFound],
] as const) {
  const score = scoreRelations(gold, found);
  console.log(`\nDocument-level relations: ${title}`);
  printTable([["type", "tp", "fp", "fn", "P", "R", "F1"], ...relationRows(score)]);
  if (process.argv.includes("--show")) for (const m of [...score.misses.map((x) => `MISSED ${x}`), ...score.extras.map((x) => `EXTRA ${x}`)]) console.log(m);
}
// Relations to laws, codes and ordinances cited by name (the gold's `named`), by slug of the name and year.
const named = scoreRelations([...dev.texts, ...dev.listing], devFound, "named");
console.log("\nDocument-level relations to documents named without a number: dev texts and listing");
printTable([["type", "tp", "fp", "fn", "P", "R", "F1"], ...relationRows(named)]);
if (process.argv.includes("--show")) for (const m of [...named.misses.map((x) => `MISSED ${x}`), ...named.extras.map((x) => `EXTRA ${x}`)]) console.log(m);

// The same texts laid out as other editors write them (test/eval/rewrites.ts): what the layout costs.
console.log("\nDocument-level relations, dev texts rewritten (layout, or wording that says the same; the gold stands): numbered, and named without a number");
const rewriteRows = [["rewrite", "P", "R", "F1", "named P", "named R"]];
for (const { name, rewrite } of REWRITES) {
  const found = analyzeDev((text, options) => analyze(rewrite(text), options), "texts");
  const s = scoreRelations(dev.texts, found).total;
  const n = scoreRelations(dev.texts, found, "named").total;
  rewriteRows.push([name, pct(precisionOf(s)), pct(recallOf(s)), pct(f1Of(s)), pct(precisionOf(n)), pct(recallOf(n))]);
}
printTable(rewriteRows);

// `npm run eval -- --against <dist>`: the fresh sets read by another build too (a session's start, a branch), for a before and after.
const otherBuild = await loadOtherBuild();

/** The build named after --against, loaded once for every table that shows it; null without the option. */
async function loadOtherBuild(): Promise<{ dir: string; analyze: typeof analyze; extract: typeof extract } | null> {
  const at = process.argv.indexOf("--against");
  if (at < 0 || !process.argv[at + 1]) return null;
  const dir = resolve(process.argv[at + 1]);
  const other = (await import(pathToFileURL(join(dir, "index.js")).href)) as { analyze: typeof analyze; extract: typeof extract };
  return { dir, analyze: other.analyze, extract: other.extract };
}

// The fresh sets (fixtures/fresh): one family of real documents each, probe and held halves apart.
const freshSets = loadFreshSets();
if (freshSets.length) {
  printFresh("fixtures/fresh; held = never used to choose a fix when collected", analyze);
  if (otherBuild) printFresh(`read by the build in ${otherBuild.dir}`, otherBuild.analyze);
}

/**
 * The fresh sets scored as `analyzeText` reads them: a row per set and half, the halves' totals; numbered
 * edges first, then (n tp … n R) the relations to documents named without a number, scored as dev's named.
 * --show prints the probe half's misses, extras and wrong own numbers; the held half's only with --show-held
 * (held texts never shape a fix: session 50's helpers found held numbered lines printed unmarked).
 */
function printFresh(title: string, analyzeText: typeof analyze): void {
  console.log(`\nDocument-level relations, fresh sets (${title}); n = named without a number (slug of the name and year)`);
  const freshRows = [["set", "half", "docs", "tp", "fp", "fn", "P", "R", "F1", "self", "n tp", "n fp", "n fn", "n P", "n R"]];
  const zero = () => ({ tp: 0, fp: 0, fn: 0 });
  const sum = { probe: zero(), held: zero() };
  const namedSum = { probe: zero(), held: zero() };
  const selfSum = { probe: [0, 0], held: [0, 0] };
  const notes: string[] = [];
  const heldNotes: string[] = [];
  const namedCells = (n: TypeCounts) => [String(n.tp), String(n.fp), String(n.fn), pct(precisionOf(n)), pct(recallOf(n))];
  for (const set of freshSets) {
    for (const s of scoreFreshSet(set, analyzeText)) {
      const c = s.numbered.total;
      const n = s.named.total;
      for (const k of ["tp", "fp", "fn"] as const) {
        sum[s.half][k] += c[k];
        namedSum[s.half][k] += n[k];
      }
      selfSum[s.half][0] += s.self.right;
      selfSum[s.half][1] += s.self.checked;
      freshRows.push([s.set, s.half, String(s.documents), String(c.tp), String(c.fp), String(c.fn), pct(precisionOf(c)), pct(recallOf(c)), pct(f1Of(c)), `${s.self.right}/${s.self.checked}`, ...namedCells(n)]);
      const lines = [
        ...s.numbered.misses.map((x) => `MISSED ${s.set}/${x}`),
        ...s.numbered.extras.map((x) => `EXTRA ${s.set}/${x}`),
        ...s.self.wrong,
        ...s.named.misses.map((x) => `MISSED NAMED ${s.half} ${s.set}/${x}`),
        ...s.named.extras.map((x) => `EXTRA NAMED ${s.half} ${s.set}/${x}`),
      ];
      // The held half's lines only with --show-held, each marked: a helper reading --show sees the probe's alone.
      if (s.half === "probe") notes.push(...lines);
      else heldNotes.push(...lines.map((l) => `HELD ${l}`));
    }
  }
  for (const half of ["probe", "held"] as const) {
    const c = sum[half];
    freshRows.push(["TOTAL", half, "", String(c.tp), String(c.fp), String(c.fn), pct(precisionOf(c)), pct(recallOf(c)), pct(f1Of(c)), `${selfSum[half][0]}/${selfSum[half][1]}`, ...namedCells(namedSum[half])]);
  }
  printTable(freshRows);
  for (const half of ["probe", "held"] as const) {
    const n = namedSum[half];
    console.log(`named (fresh ${half}): ${n.tp}/${n.fp}/${n.fn}, P ${pct(precisionOf(n))}, R ${pct(recallOf(n))}`);
  }
  if (process.argv.includes("--show")) for (const m of notes) console.log(m);
  if (process.argv.includes("--show-held")) for (const m of heldNotes) console.log(m);
}

// Graph-level identity (fixtures/identity): pairs of mentions read as one document or two.
const pairs = loadIdentityPairs();
const identity = scoreIdentity(pairs);
const ones = pairs.filter((p) => p.same).length;
console.log(`\nIdentity in the graph (fixtures/identity): one document joined ${identity.joined}/${ones}, two documents apart ${identity.apart}/${pairs.length - ones}`);
for (const m of [...identity.merged.map((x) => `WRONGLY MERGED ${x}`), ...identity.unfound.map((x) => `UNFOUND ${x}`)]) console.log(m);
if (process.argv.includes("--show")) for (const x of identity.split) console.log(`SPLIT ${x}`);

// Short forms and pinpoints in the dev texts (fixtures/dev/gold-forms.json, every text read), each form on its own.
const forms = scoreAllForms((text) => extract(text));
const formRow = (name: string, c: FormCounts) => [name, String(c.gold), String(c.found), String(c.matched), String(c.right), pct(formPrecision(c)), pct(formRecall(c))];
for (const [title, form, right] of [
  ["Short forms (dev texts): right = resolved to the right document, or left unresolved when the gold says so", "short", "resolved"],
  ["Pinpoints into cited documents (dev texts): right = every unit and the document right", "pinpoint", "exact"],
] as const) {
  console.log(`\n${title}`);
  const perFile = forms.perFile.filter(([, s]) => s[form].gold || s[form].found).map(([f, s]) => formRow(f, s[form]));
  printTable([["file", "gold", "found", "at", right, "P", "R"], ...perFile, formRow("TOTAL", forms.total[form])]);
}
console.log(`pinpoints not scored (not into a cited document): ${[...forms.total.unscored].sort().map(([k, n]) => `${k} ${n}`).join(", ")}`);
if (forms.total.problems.length) console.log(["", ...forms.total.problems].join("\n"));

// Short forms and pinpoints in the fresh sets' read texts (fixtures/fresh/<set>/gold-forms.json), probe and held apart.
printFreshForms("fixtures/fresh", extract);
if (otherBuild) printFreshForms(`read by the build in ${otherBuild.dir}`, otherBuild.extract);

/**
 * The fresh sets' short forms and pinpoints as `extractText` reads them: a row per set and half, each half's
 * total, and the probe's problems; the held half's only with --show-held (held texts never shape a fix).
 */
function printFreshForms(title: string, extractText: typeof extract): void {
  const fresh = scoreFreshForms((text) => extractText(text));
  console.log(`\nShort forms and pinpoints, fresh sets' read texts (${title}): short = resolved right, pin = every unit and the document right`);
  const cells = (c: FormCounts) => [String(c.gold), String(c.found), String(c.right), pct(formPrecision(c)), pct(formRecall(c))];
  const rows = [["set", "half", "texts", "short gold", "found", "right", "P", "R", "pin gold", "found", "exact", "P", "R"]];
  for (const r of fresh.perSet) rows.push([r.set, r.half, String(r.texts), ...cells(r.score.short), ...cells(r.score.pinpoint)]);
  for (const half of ["probe", "held"] as const) rows.push(["TOTAL", half, "", ...cells(fresh[half].short), ...cells(fresh[half].pinpoint)]);
  printTable(rows);
  for (const half of ["probe", "held"] as const) {
    const s = fresh[half];
    console.log(`fresh ${half}: short ${s.short.right}/${s.short.found}/${s.short.gold} (right/found/gold), pinpoints ${s.pinpoint.right}/${s.pinpoint.found}/${s.pinpoint.gold}; not scored: ${[...s.unscored].sort().map(([k, n]) => `${k} ${n}`).join(", ")}`);
  }
  const shown = process.argv.includes("--show-held") ? [...fresh.probe.problems, ...fresh.held.problems.map((p) => `HELD ${p}`)] : fresh.probe.problems;
  if (shown.length) console.log(["", ...shown].join("\n"));
}

function printTable(table: string[][]): void {
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const r of table) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
}
