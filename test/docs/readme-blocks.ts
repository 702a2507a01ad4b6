/**
 * The README's code blocks as data, for test/docs/readme.test.ts: each fenced block with the marker
 * written on the line before it, and the results it shows in an abridged literal ("...": more
 * fields or elements than shown) compared with what vncite gives.
 */

export interface Block {
  /** What the marker says: "checked: ts", "not checked: installs", …; null when there is none. */
  marker: string | null;
  lang: string;
  code: string;
  /** README line (1-based) of the block's first line of code. */
  line: number;
}

/** Written on the line before a block (a blank line may stand between): `<!-- checked: ts -->`. */
const MARKER = /^<!--\s*((?:not )?checked:[^>]*?)\s*-->$/;

export function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    let close = i + 1;
    while (close < lines.length && lines[close] !== "```") close++;
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === "") before--;
    const marked = before >= 0 ? MARKER.exec(lines[before]!.trim()) : null;
    blocks.push({ marker: marked ? marked[1]! : null, lang: open[1]!, code: lines.slice(i + 1, close).join("\n"), line: i + 2 });
    i = close;
  }
  return blocks;
}

export interface Table {
  marker: string;
  /** Each body row's cells, and its README line (1-based). */
  rows: { cells: string[]; line: number }[];
}

/** The tables right under a marker line (`<!-- checked: spellings -->`), their header left out. */
export function markedTables(markdown: string): Table[] {
  const lines = markdown.split("\n");
  const tables: Table[] = [];
  lines.forEach((line, i) => {
    const marked = MARKER.exec(line.trim());
    if (!marked || !lines[i + 1]?.startsWith("|")) return;
    const rows: Table["rows"] = [];
    for (let j = i + 3; j < lines.length && lines[j]!.startsWith("|"); j++) {
      rows.push({ cells: lines[j]!.slice(1, -1).split(" | ").map((c) => c.trim()), line: j + 1 });
    }
    tables.push({ marker: marked[1]!, rows });
  });
  return tables;
}

/** An elision's stand-in once the literal is JavaScript: a key in an object, an element in an array. */
const MORE = "…more";

/**
 * The shown literal (JavaScript object syntax: unquoted keys allowed, "..." for what is left out)
 * as a value, "..." turned into MORE. Throws when the text is no literal, so a result written
 * so that it cannot be read fails the test rather than passing unchecked.
 */
export function shownValue(literal: string): unknown {
  let js = "";
  const open: string[] = [];
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i]!;
    if (c === '"') {
      const end = stringEnd(literal, i);
      js += literal.slice(i, end);
      i = end - 1;
    } else if (literal.startsWith("...", i)) {
      js += open.at(-1) === "{" ? `${JSON.stringify(MORE)}: true` : JSON.stringify(MORE);
      i += 2;
    } else {
      if (c === "{" || c === "[") open.push(c);
      if (c === "}" || c === "]") open.pop();
      js += c;
    }
  }
  return new Function(`return (${js});`)();
}

/** The literal that opens `text` (at its first "[", "{" or '"'), up to where its brackets close. */
export function openingLiteral(text: string): string | null {
  const start = text.search(/[[{"]/);
  if (start < 0) return null;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      i = stringEnd(text, i) - 1;
      if (depth === 0) return text.slice(start, i + 1);
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** Offset just past the double-quoted string starting at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

/**
 * Where `actual` differs from what the README shows: every shown field and element must be there
 * with the shown value; an object or array shown without "..." must have nothing more, unless
 * `abridged` (a block said to show only some fields: objects may hold more). An empty list: it matches.
 */
export function differences(actual: unknown, shown: unknown, abridged = false, at = "result"): string[] {
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return [`${at}: shown an array, got ${brief(actual)}`];
    const elided = shown.at(-1) === MORE;
    const items = elided ? shown.slice(0, -1) : shown;
    if (items.includes(MORE)) return [`${at}: "..." may only end an array`];
    const sizes = elided ? actual.length >= items.length : actual.length === items.length;
    const out = sizes ? [] : [`${at}: shown ${items.length}${elided ? " or more" : ""} elements, got ${actual.length}`];
    items.forEach((item, i) => out.push(...differences(actual[i], item, abridged, `${at}[${i}]`)));
    return out;
  }
  if (shown !== null && typeof shown === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return [`${at}: shown an object, got ${brief(actual)}`];
    const got = actual as Record<string, unknown>;
    const want = shown as Record<string, unknown>;
    const out: string[] = [];
    if (!abridged && !(MORE in want)) {
      const extra = Object.keys(got).filter((k) => got[k] !== undefined && !(k in want));
      if (extra.length) out.push(`${at}: has ${extra.join(", ")}, not shown (add them, or "...")`);
    }
    for (const key of Object.keys(want)) {
      if (key === MORE) continue;
      if (!(key in got)) out.push(`${at}.${key}: shown, missing`);
      else out.push(...differences(got[key], want[key], abridged, `${at}.${key}`));
    }
    return out;
  }
  return Object.is(actual, shown) ? [] : [`${at}: shown ${brief(shown)}, got ${brief(actual)}`];
}

function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
