import { analyze } from "../../src/index.js";
import { loadFreshSets, scoreFreshSet } from "./fresh.js";
const names = process.argv.slice(2);
for (const set of loadFreshSets()) {
  if (!names.includes(set.set)) continue;
  for (const s of scoreFreshSet(set, (t, o) => analyze(t, o) as any)) {
    const c = s.numbered.total, n = s.named.total;
    console.log(s.set, s.half, `numbered ${c.tp}/${c.fp}/${c.fn}`, `self ${s.self.right}/${s.self.checked}`, `named ${n.tp}/${n.fp}/${n.fn}`);
    for (const x of s.numbered.misses) console.log("  MISSED", x);
    for (const x of s.numbered.extras) console.log("  EXTRA", x);
    for (const x of s.self.wrong) console.log("  ", x);
    for (const x of s.named.misses) console.log("  MISSED NAMED", x);
    for (const x of s.named.extras) console.log("  EXTRA NAMED", x);
  }
}
