/**
 * What the tests that hold a fast search to the regex it stands for share: a seeded random source, so a
 * failure replays; a match as a plain record, so two searches' answers compare with toEqual; and every
 * real text under a folder, the fixtures' texts being where a shortcut meets real drafting.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";

/** Numbers in [0, 1) from a linear congruential generator: the same seed, the same strings. */
export function seededRandom(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** A match as a plain record (where it starts and what each group holds), or null. */
export const matchShape = (m: RegExpExecArray | null) => (m === null ? null : { index: m.index, groups: [...m] });

/** Every .txt file below `dir`, read as UTF-8. */
export function textsUnder(dir: string): string[] {
  return readTexts(dir, []);
}

function readTexts(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) readTexts(p, out);
    else if (p.endsWith(".txt")) out.push(readFileSync(p, "utf8"));
  }
  return out;
}

/** `n` pieces drawn by `next` from `pieces`, joined: the random strings the equivalence tests feed a rewrite and its original. */
export function randomPieces(next: () => number, pieces: readonly string[], n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
  return s;
}

/**
 * Notes a case whose answer `got` is not `want` (deep, strict: Object.is for a primitive, as toBe), named by `name()`,
 * in `differ`, which the test expects empty once after its loop: an expect() a case cost ~7 µs of CPU, more than most
 * of the searches compared (a file of 260,000 cases paid ~2 s for them).
 */
export function noteIfDiffer(differ: string[], got: unknown, want: unknown, name: () => string): void {
  if (!isDeepStrictEqual(got, want)) differ.push(name());
}
