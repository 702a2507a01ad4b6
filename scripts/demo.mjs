#!/usr/bin/env node
/**
 * `npm run demo`: build the citation graph of the five fixture plans with the built CLI, then ask
 * it, for each plan, what the plan implements (and what it is based on or attached to).
 * Everything goes through `vncite` itself, as a user would run it.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
const vncite = (...args) => execFileSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

// The glob is expanded by vncite, not a shell, so this works the same everywhere.
console.log("$ vncite graph 'fixtures/*.txt' -o graph.json");
vncite("graph", "fixtures/*.txt", "-o", "graph.json");

const graph = JSON.parse(readFileSync(join(root, "graph.json"), "utf8"));
const byFile = new Map(graph.nodes.flatMap((n) => n.attributes.files.map((f) => [f, n.attributes])));
// What a plan does with each document it cites, in the order worth reading.
const SHOWN = [
  ["implements", "implements"],
  ["based_on", "based on"],
  ["promulgated_by", "attached to"],
  ["guides", "guides"],
  ["amends", "amends"],
];

const plans = readdirSync(join(root, "fixtures")).filter((f) => f.endsWith(".txt")).sort();
for (const plan of plans) {
  const file = `fixtures/${plan}`;
  const self = byFile.get(file);
  console.log(`\n${file}\n  ${self.label}${self.date ? ` (${self.date})` : ""}`);
  const cited = JSON.parse(vncite("query", "graph.json", "cites", file, "--format", "json")).results;
  for (const [relation, words] of SHOWN) {
    for (const r of cited.filter((c) => c.relations.includes(relation))) {
      console.log(`  ${words.padEnd(11)} ${r.label}${r.date ? ` of ${r.date}` : ""}  [${r.id}]`);
    }
  }
  if (!cited.some((c) => c.relations.includes("implements"))) console.log("  (implements no document it names by number)");
}
