import { readFileSync } from "node:fs";
import { analyze } from "../../src/index.js";
const f = process.argv[2]; const t = readFileSync(f, "utf8");
const a = analyze(t, { path: f });
for (const p of a.parts ?? []) console.log(p.type, p.start, p.end, JSON.stringify(t.slice(p.start, Math.min(p.end, p.start + 80))));
for (const c of a.citations) console.log(c.start, c.role, c.id, JSON.stringify(t.slice(Math.max(0, c.start - 60), c.start)));
for (const r of a.relations) if (!a.citations.some(c=>c.id===r.to && r.from===a.self.id)) console.log("NESTED", r.type, r.from, r.to);
