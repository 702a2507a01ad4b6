import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/index.js";
import { isListingError, readListing } from "../../src/read/listing.js";
import { DEV, edgesOf, loadDevGold, scoreRelations, precisionOf, recallOf, f1Of } from "./relations.js";
const gold = loadDevGold();
const found = new Map<string, Set<string>>();
for (const f of readdirSync(join(DEV, "texts")).sort()) found.set(`texts/${f}`, edgesOf(analyze(readFileSync(join(DEV, "texts", f), "utf8"), { path: f })));
for (const r of readListing(readFileSync(join(DEV, "listing.csv"), "utf8"), "csv", { text: "trich_yeu", number: "so_ky_hieu", date: "ngay_ban_hanh" })) {
  if (isListingError(r)) { console.log("ERR", r); continue; }
  found.set(`listing.csv#${r.index}`, edgesOf(analyze(r.text, { path: `#${r.index}` })));
}
for (const part of ["texts", "listing"] as const) {
  const s = scoreRelations(gold[part], found);
  for (const [t, c] of [...s.perType].sort()) console.log(`  ${t.padEnd(14)} tp=${c.tp} fp=${c.fp} fn=${c.fn} P=${precisionOf(c).toFixed(3)} R=${recallOf(c).toFixed(3)}`);
  console.log(`${part}: P=${precisionOf(s.total).toFixed(3)} R=${recallOf(s.total).toFixed(3)} F1=${f1Of(s.total).toFixed(3)}`);
  if (process.argv.includes("--show")) { for (const m of s.misses) console.log("  miss  " + m); for (const m of s.extras) console.log("  extra " + m); }
}
