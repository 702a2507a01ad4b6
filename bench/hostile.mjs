/**
 * Hostile inputs for extract(), shared by the linear-time tests (test/reliability/hostile.test.ts,
 * CPU time) and their wall-clock benchmark (bench/hostile.bench.mjs).
 */
export const MB = 1_000_000;

export const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** 1 MB runs of the characters citations are made of; compared with 1 MB of ordinary text. */
export function runs() {
  return {
    digits: fill("1", MB),
    slashes: fill("/", MB),
    dashes: fill("-", MB),
    "en dashes": fill("\u2013", MB),
    spaces: fill(" ", MB),
    newlines: fill("\n", MB),
    '"số " repeated': fill("số ", MB),
    '"1/1/1/1…"': fill("1/", MB),
    '"1-A/1-A/…"': fill("1-A/", MB),
    '"1 / 1 / …"': fill("1 / ", MB),
    // A number's letter past d is read only where a year and a code follow: here the code never comes.
    '"1e / 2000 / …"': fill("1e / 2000 / ", MB),
    // A space and capitals after a number, never a citation: "số" is not before it, nor the slash after it.
    '"1 NQ 1 NQ …"': fill("1 NQ ", MB),
    "combining marks": fill("\u0301", MB),
    "kind words": fill("Nghị định số ", MB),
    // A law's name after a line of spaces: whether the text writes capitals inside its lines is asked.
    "spaces, then a law's name": fill(" ", MB - 24) + "luật đất đai năm 2013 Ủy",
    // A short form's number is looked for across line breaks: each number reads back over its own blank lines.
    "kind words, blank lines, numbers": fill("Quyết định số\n\n\n1. ", MB),
  };
}
export const RUNS_LIMIT = 20;

/**
 * Characters no token matches right after citations, with the same text with a Latin letter in
 * place of each: [text with them, text in Latin letters], 50 KB each.
 */
export function foreign() {
  const cases = {
    "Chinese after each citation": [(f) => `1/A ${f.repeat(80)} `, "中"],
    "emoji after each citation": [(f) => `Nghị định số 61/2018/NĐ-CP ${f.repeat(40)} `, "😀"],
    "PDF private-use glyphs after each citation": [(f) => `Quyết định số 12/QĐ-UBND ${f.repeat(60)} `, "\uf0b7"],
  };
  const n = 50_000;
  const out = {};
  for (const [name, [make, char]] of Object.entries(cases)) out[name] = [fill(make(char), n), fill(make("x".repeat(char.length)), n)];
  return out;
}
export const FOREIGN_LIMIT = 5;

/** Inputs where almost every position is an anchor or a citation: [40 KB, 160 KB] of each. */
export function dense() {
  const units = {
    '"1/A " (a citation every 4 characters)': "1/A ",
    '"1/A, " (one endless list)': "1/A, ",
    '"1-A/B " (Party numbering)': "1-A/B ",
    '"1 / 2020 / A "': "1 / 2020 / A ",
    '"1e / 2020 / A " (a letter past d)': "1e / 2020 / A ",
    '"số 1 NQ/TW " (a space for the dash)': "số 1 NQ/TW ",
    "marks between citations": "a\u0301\u0302\u0303 1/A ",
    // Few tokens before each number: the island window must grow back over a 300-letter word.
    "long words between citations": `${"x".repeat(300)} -1/A `,
    "citations with dates and issuers": "61/2018/NĐ-CP ngày 1/1/2018 của Chính phủ ",
    // Words keyword phrases have inside ("và", "dân"): a window must not keep reaching back
    // over them for a phrase that might have begun earlier.
    '"và" between citations': `${"và ".repeat(400)}số 5/KH-UBND `,
    '"dân" between citations': `${"dân ".repeat(400)}Kế hoạch số 5/KH-UBND `,
    // Short forms and listed numbers before full citations of their kind: each short mention once
    // searched every full citation of the text (quadratic; extract/short-mentions.ts).
    '"Quyết định 1, 2 và 3/QĐ-UBND, " (short forms among full citations)': "Quyết định 1, 2 và 3/QĐ-UBND, ",
  };
  // Big enough that fixed per-call costs (JIT, a GC) do not weigh on the small run.
  const n = 40_000;
  const out = {};
  for (const [name, unit] of Object.entries(units)) out[name] = [fill(unit, n), fill(unit, 4 * n)];
  return out;
}
/** 4 when linear, 16 when quadratic; 8 (their geometric mean) tells them apart. */
export const DENSE_LIMIT = 8;

/**
 * The smallest ratio cost(a) / cost(b) over up to `rounds` + 2 pairs measured back to back, after a
 * warm-up of each. Load from other processes only ever adds cost, and adds it unevenly, so the
 * least disturbed pair is the one nearest the true ratio. Given `under` (a test's bound), pairs stop
 * at the first one under it: the smallest of all would be under it too, so the verdict is the same.
 */
export function pairedMinRatio(cost, a, b, rounds, under = 0, warm = cost) {
  // Warm up on both sizes first: the first large runs pay V8's compiling of the code they reach
  // (an analyze() of 800 lines took 40 ms cold and 10 ms warm), which no linear-time claim is about.
  // One round does that; the two more taken until session 38 are pairs that count now, so that the
  // most a test can take (every pair over its bound) is still three rounds and `rounds` pairs, and a
  // pass, which stops at the first pair under, takes two. `warm` is one run when `cost` measures
  // several (test/reliability/rule-checks.ts): the warm-up is no measure, one run compiles what they reach.
  warm(a);
  warm(b);
  let best = Infinity;
  for (let i = 0; i < rounds + 2 && !(best < under); i++) best = Math.min(best, cost(a) / cost(b));
  return best;
}
