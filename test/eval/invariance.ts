/**
 * Relations that hold whatever the layout: any folder of real texts, no gold needed. Each text is
 * analysed as written and as each rewrite of test/eval/rewrites.ts writes it (the same words laid
 * out otherwise, or wording that says the same); every relation gained or lost is printed. A rule
 * that read layout instead of language shows here on texts nobody has scored yet.
 *
 *   npm run invariance -- DIR... [--rewrite NAME-SUBSTRING]... [--ignore-place]
 *
 * --ignore-place compares ids without their place ("~tinh/huyen"), for rewrites that change a case
 * a place is read by. Exits 1 when any text differs, so it can guard a corpus in CI.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "../../src/index.js";
import { REWRITES } from "./rewrites.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rewrite: { type: "string", multiple: true }, "ignore-place": { type: "boolean", default: false } },
});
if (positionals.length === 0) {
  console.error("usage: npm run invariance -- DIR... [--rewrite NAME-SUBSTRING] [--ignore-place]");
  process.exit(2);
}

function textsIn(path: string, out: string[] = []): string[] {
  if (!statSync(path).isDirectory()) {
    if (path.endsWith(".txt")) out.push(path);
    return out;
  }
  for (const name of readdirSync(path).sort()) textsIn(join(path, name), out);
  return out;
}

const place = (id: string) => (values["ignore-place"] ? id.replace(/~.*$/, "") : id);
function relations(text: string): Set<string> {
  const a = analyze(text);
  return new Set(a.relations.map((r) => `${r.type} ${r.from === a.self.id ? "SELF" : place(r.from)} -> ${place(r.to)}`));
}

const files = positionals.flatMap((p) => textsIn(p));
const rewrites = REWRITES.filter((r) => r.name !== "as written" && (!values.rewrite || values.rewrite.some((w) => r.name.includes(w))));
const base = new Map(files.map((f) => [f, relations(readFileSync(f, "utf8"))]));
let differing = 0;
for (const { name, rewrite } of rewrites) {
  let n = 0;
  for (const f of files) {
    const got = relations(rewrite(readFileSync(f, "utf8")));
    const was = base.get(f)!;
    const lost = [...was].filter((r) => !got.has(r));
    const gained = [...got].filter((r) => !was.has(r));
    if (lost.length === 0 && gained.length === 0) continue;
    n++;
    console.log(`${name} | ${f}`);
    for (const r of lost) console.log(`  lost    ${r}`);
    for (const r of gained) console.log(`  gained  ${r}`);
  }
  console.log(`${name}: ${n} of ${files.length} texts differ`);
  differing += n;
}
process.exit(differing > 0 ? 1 : 0);
