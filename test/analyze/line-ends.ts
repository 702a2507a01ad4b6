import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { analyze, type Analysis } from "../../src/index.js";

/**
 * Every text the project holds (fixtures, dev, fresh) analysed as written with "\n" and saved otherwise: the same
 * citations, relations, roles, self, warnings and parts, every offset shifted by the units the other line ends add
 * before it, and each citation's raw text the copy's own slice (its CRs inside). whitespace.test.ts holds the reading
 * without offsets on the fixtures and dev texts; here the offsets too, on all of them (crlf56). The fresh texts a set
 * scores are checked where test/eval/fresh.test.ts analyses them for their score (one analysis of each serves both),
 * the others in line-ends.test.ts.
 */
function textsIn(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // A format's copy (fixtures/formats) is a second copy of a fixture text.
      if (name !== "formats") textsIn(path, out);
    } else if (name.endsWith(".txt")) out.push(path);
  }
  return out;
}
export const FILES = textsIn(new URL("../../fixtures/", import.meta.url).pathname);

/**
 * The differences between the analysis of `lf` and that of its copy, the copy's offsets taken back by `back`. `a`, the
 * LF text's analysis, may be given: both line ends are compared with one analysis of each text (the corpus grows every
 * session, and this file ran 39–62 s of a CI run near its budget).
 */
function differences(lf: string, copy: string, lineEnd: string, a: Analysis = analyze(lf)): string[] {
  // Offset o of the LF text is o plus, for each "\n" before it, the units its line end adds (a span at a break starts
  // and ends before the break's first unit).
  const added = lineEnd.length - 1;
  const breaksBefore = new Int32Array(lf.length + 1);
  for (let i = 0, k = 0; i <= lf.length; i++) {
    breaksBefore[i] = k;
    if (lf.charCodeAt(i) === 10) k++;
  }
  const offset = (o: number) => o + added * breaksBefore[o];
  // A string of the copy read as the LF text writes it.
  const asLf = (s: string) => s.replaceAll(lineEnd, "\n");
  // No path: a document without its own number is named by a hash of its text, the same whatever its line ends.
  const b = analyze(copy);
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (out.length > 5) return;
    if (typeof x === "number" && /(^|\.)(start|end|numberStart|numberEnd|amendedAt)$/.test(path)) {
      if (offset(x) !== y) out.push(`${path}: ${offset(x)} ≠ ${String(y)}`);
    } else if (typeof x === "string") {
      if (typeof y !== "string" || asLf(y) !== x) out.push(`${path}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
    } else if (x === null || typeof x !== "object" || y === null || typeof y !== "object") {
      if (x !== y) out.push(`${path}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
    } else {
      if (Array.isArray(x) && (!Array.isArray(y) || x.length !== y.length)) out.push(`${path}: ${x.length} items ≠ ${(y as unknown[]).length}`);
      const xs = x as Record<string, unknown>;
      const ys = y as Record<string, unknown>;
      for (const k of new Set([...Object.keys(xs), ...Object.keys(ys)])) walk(xs[k], ys[k], path ? `${path}.${k}` : k);
    }
  };
  walk(a, b, "");
  for (const c of b.citations) if (c.raw !== copy.slice(c.start, c.end)) out.push(`raw ${JSON.stringify(c.raw)} ≠ its slice`);
  for (const p of b.parts ?? []) if (copy[p.end - 1] === "\r" && copy[p.end] === "\n") out.push(`${p.type} ends between CR and LF`);
  return out;
}

/**
 * The line ends each text of FILES is saved with: "\r\n" (the line end real files carry) for every text, "\r" alone
 * (old Mac, rarely met, read by the same line-break code) for every third, counted in FILES' order: the file ran 22 s of
 * a CI run near its five-minute budget.
 */
const lineEndsOf = (i: number): string[] => (i % 3 === 0 ? ["\r\n", "\r"] : ["\r\n"]);

/** Adds to `differ` how the copies of FILES[i] (`lf`, its analysis `a`) read otherwise. */
export function checkLineEnds(i: number, lf: string, a: Analysis, differ: Record<string, string[]>): void {
  for (const lineEnd of lineEndsOf(i)) {
    const found = differences(lf, lf.replaceAll("\n", lineEnd), lineEnd, a);
    if (found.length > 0) differ[lineEnd].push(`${FILES[i].replace(/.*fixtures\//, "")}: ${found.join("; ")}`);
  }
}
