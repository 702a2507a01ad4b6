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
export function phraseSource(phrases: readonly string[], options: { keepCase?: boolean } = {}): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of new Set(phrases)) {
    let node = root;
    for (const unit of units(phrase, options.keepCase === true)) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return alternatives(root);
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

const SPACE = " ";

/** Characters (lower-cased unless the caller matches case), each run of whitespace one unit. */
function units(phrase: string, keepCase: boolean): string[] {
  const p = phrase.trim().replace(/\s+/g, SPACE);
  return [...(keepCase ? p : p.toLowerCase())];
}

function alternatives(node: TrieNode): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, child]) => (unit === SPACE ? "\\s+" : escapeUnit(unit)) + continuation(child));
  return branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
}

function continuation(node: TrieNode): string {
  if (node.next.size === 0) return "";
  const rest = alternatives(node);
  if (!node.end) return rest;
  return rest.startsWith("(?:") ? `${rest}?` : `(?:${rest})?`;
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
