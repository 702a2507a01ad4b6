import { readFileSync } from "node:fs";
import { extract } from "../../src/index.js";
import { readHeader } from "../../src/analyze/header.js";
import { findParts } from "../../src/analyze/parts.js";
import { splitClauses } from "../../src/analyze/clauses.js";
const t = readFileSync(process.argv[2], "utf8");
const found = extract(t);
const parts = findParts(t, readHeader(t));
for (const c of splitClauses(t, parts, found.map(f => ({start: f.start, end: f.end})))) console.log(c.part, c.opensList, JSON.stringify(t.slice(c.start, c.end).slice(0, 150)));
