/**
 * One regex source matching any of `phrases` as written in real text: any case (use it with the
 * "i" flag; `keepCase` keeps the phrases' own case instead), any run of whitespace (line breaks
 * included) between words.
 *
 * The phrases are merged into a trie, so the source reads "th(?:ông\s+tư(?:\s+liên\s+tịch)?|…)":
 * a lexer tries it at every word of the text, and a flat alternation of eighty phrases cost eighty
 * failed comparisons per word. Each optional tail is greedy, so the longest phrase wins, and a
 * shorter one is still found when what follows rules the longer one out.
 */
export function phraseSource(phrases: readonly string[], options: PhraseOptions = {}): string {
  // Built into the bundle (tsup.config.ts): the same source, as it was made from the same list.
  const key = BUILT !== null || recorded !== null ? phraseKey(phrases, options) : "";
  const built = BUILT?.get(key);
  if (built !== undefined) return built;
  const source = makePhraseSource(phrases, options);
  recorded?.set(key, source);
  return source;
}

interface PhraseOptions {
  keepCase?: boolean;
  anyCase?: boolean;
  runTogether?: boolean;
}

/**
 * The sources the bundle's modules make as they load (some 240 of them from ~2,900 phrases), made
 * once at build time: tsup.config.ts loads the modules with recordPhraseSources() on and hands what
 * they made to esbuild as __VNCITE_PHRASE_SOURCES__ (JSON of [key, source] pairs). Making them cost
 * every CLI worker and every import of the library ~165 M instructions, an eighth of loading the
 * worker's bundle (bench/README.md, Session 39). A source is keyed by all it is made from (the list
 * in its order and the options), so a list or option the build did not see is made here as before,
 * and where the constant is not defined (the tests run src/ as it is) every source is made here.
 * A source depends on the list and its options and on the lower and upper case of the phrases'
 * letters (String#toLowerCase, toUpperCase), so one the build made differs from one made here only
 * if the build's Node and this one cased a letter of the vocabularies differently.
 */
declare const __VNCITE_PHRASE_SOURCES__: string | undefined;
const BUILT: ReadonlyMap<string, string> | null =
  typeof __VNCITE_PHRASE_SOURCES__ === "undefined" ? null : new Map(JSON.parse(__VNCITE_PHRASE_SOURCES__) as [string, string][]);

/** key → source of every source made (not found built) since recordPhraseSources() was called; null when not recording. */
let recorded: Map<string, string> | null = null;

/** Records each source made from now on (the build's use, before the modules that make them load). */
export function recordPhraseSources(): Map<string, string> {
  recorded ??= new Map();
  return recorded;
}

/** Everything a source is made from, as one string: a different list, order or option is a different key. */
function phraseKey(phrases: readonly string[], options: PhraseOptions): string {
  return JSON.stringify([options.keepCase === true, options.anyCase === true, options.runTogether === true, phrases]);
}

function makePhraseSource(phrases: readonly string[], options: PhraseOptions): string {
  const keepCase = options.keepCase === true;
  const letter = options.anyCase === true ? eitherCase : escapeUnit;
  // A copy that lost the space between a phrase's words ("thaythế", "HƯỚNGDẪN") still holds it when asked.
  const space = options.runTogether === true ? "\\s*" : "\\s+";
  // A word segmenter's copy sets every comma off from the word before it ("sửa đổi , bổ sung", as the development
  // corpus prints it): a phrase's comma holds one blank before it at most.
  const escape = (unit: string): string => (unit === SPACE ? space : unit === "," ? `[ \\t]?${letter(unit)}` : letter(unit));
  const list = unitsOf(phrases, keepCase);
  // Sorted unit by unit, the phrases under each trie node lie side by side, children in order and
  // a phrase ending at a node first among them: the trie is read off the sorted list, with no node
  // built (building one Map per node cost every process a few hundredths of a second at start).
  return list.length === 0 ? "(?:)" : alternatives(list, 0, list.length, 0, escape);
}

/**
 * A phrase's units (characters, lower-cased unless the caller matches case; each run of
 * whitespace one unit), sorted unit by unit, each phrase once. Every process builds some 120
 * sources from ~2,900 phrases as it starts: as strings, sorted and compared natively, that took
 * ~40 % less CPU than as one array of characters per phrase (a string's units are its UTF-16
 * code units, the same order and the same units as its characters' wherever no character lies
 * outside the BMP; a list with such a character is read as arrays of characters).
 */
function unitsOf(phrases: readonly string[], keepCase: boolean): Units[] {
  const strings: string[] = [];
  let astral = false;
  for (const phrase of phrases) {
    const p = phrase.trim().replace(/\s+/g, SPACE);
    // An empty phrase matches nothing of its own (the trie's root is no branch).
    if (p.length === 0) continue;
    strings.push(keepCase ? p : p.toLowerCase());
    astral ||= /[\uD800-\uDFFF]/.test(p);
  }
  const list: Units[] = astral ? strings.map((s) => [...s]) : strings;
  if (astral) (list as string[][]).sort(compareUnits);
  else (list as string[]).sort();
  let kept = 0;
  for (const units of list) if (kept === 0 || compareUnits(list[kept - 1], units) !== 0) list[kept++] = units;
  list.length = kept;
  return list;
}

/** A phrase as its units: a string of BMP characters, or an array of characters. */
type Units = string | readonly string[];

function compareUnits(a: Units, b: Units): number {
  if (typeof a === "string" && typeof b === "string") return a === b ? 0 : a < b ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

const SPACE = " ";

/** The branches after the `depth` units that list[from..to) share, each of which goes on past them. */
function alternatives(list: readonly Units[], from: number, to: number, depth: number, escape: (unit: string) => string): string {
  let source = "";
  for (let i = from; i < to; ) {
    const unit = list[i][depth];
    let j = i + 1;
    while (j < to && list[j][depth] === unit) j++;
    // The phrase ending with this unit, if any, sorts first in its group.
    const ends = list[i].length === depth + 1;
    const branch = escape(unit) + continuation(list, ends ? i + 1 : i, j, depth + 1, ends, escape);
    source = i === from ? branch : `${source}|${branch}`;
    i = j;
  }
  return isOneBranch(list, from, to, depth) ? source : `(?:${source})`;
}

/** Sorted, the phrases of one branch share their unit at `depth` from first to last. */
function isOneBranch(list: readonly Units[], from: number, to: number, depth: number): boolean {
  return list[from][depth] === list[to - 1][depth];
}

function continuation(list: readonly Units[], from: number, to: number, depth: number, ends: boolean, escape: (unit: string) => string): string {
  if (from >= to) return "";
  const rest = alternatives(list, from, to, depth, escape);
  if (!ends) return rest;
  return isOneBranch(list, from, to, depth) ? `(?:${rest})?` : `${rest}?`;
}

/**
 * One character as a regex source, escaped as XRegExp.escape escapes it (the sources stay the
 * same): syntax characters with a backslash, and whitespace, "#", "-" and "," as \uNNNN, which
 * the "u" flag accepts where "\-" or "\," would be errors. XRegExp's own two replaces per
 * character cost a tenth of a second of every process's start over the vocabularies.
 */
function escapeUnit(unit: string): string {
  if (unit.length === 1 && "\\[]{}()*+?.^$|".includes(unit)) return `\\${unit}`;
  if (/^[\s#\-,]$/.test(unit)) return `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
  return unit;
}

/**
 * A letter as a class of its two cases ("[ủỦ]"), what the "i" flag would match: a pattern that
 * must match some of its phrases in one case only (text without marks, lower case) cannot carry
 * the flag, so the phrases read in any case spell their cases out. For Vietnamese letters the two
 * are the same characters (test/vocab/phrases.test.ts compares them over the whole BMP).
 */
function eitherCase(unit: string): string {
  const upper = unit.toUpperCase();
  return upper.length === 1 && upper !== unit ? `[${unit}${upper}]` : escapeUnit(unit);
}
