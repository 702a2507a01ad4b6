/**
 * A regex written in free-spacing mode (XRegExp's "x" flag: whitespace and "#" comments to the end
 * of a line are layout, not pattern), as a native RegExp. XRegExp itself tokenizes a pattern with
 * its own regexes at each construction: the three find-stage patterns (find/patterns.ts) cost every
 * process that imports vncite tens of milliseconds of CPU at start, before any text is read. This
 * gives the same source XRegExp gives (test/shared/free-spacing.test.ts holds it to XRegExp): what
 * it drops becomes "(?:)" where two tokens would otherwise run together ("\1 1" is not "\11", a
 * quantifier after a comment keeps its atom), and nothing at a group's edge, a "|", the pattern's ends
 * or before a quantifier, and a run of them is one. Escapes and character classes are kept whole
 * ("[ ]" is a space); an inline "(?#...)" comment is not read (the RegExp constructor then throws:
 * none is written here).
 */
export function freeSpacing(source: string, flags: string): RegExp {
  let out = "";
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (c === "[") {
      let j = i + 1;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      LAYOUT.lastIndex = i;
      const m = LAYOUT.exec(source);
      if (m === null) {
        out += c;
        i++;
      } else {
        const end = i + m[0].length;
        out += separates(source, i, end) ? "(?:)" : "";
        i = end;
      }
    }
  }
  // Runs of separators collapse to one, as XRegExp collapses them (one is always enough).
  return new RegExp(out.replace(/(?:\(\?:\))+/g, "(?:)"), flags);
}

/** Whitespace, or a line comment with its line break (one token each, as XRegExp reads them). */
const LAYOUT = /\s+|#[^\n]*\n?/y;
const GROUP_EDGE = /^[()|]$/;
const GROUP_OPENING = /\(\?(?:[:=!]|<[=!])$/;
const QUANTIFIER_NEXT = /^(?:\s|#[^#\n]*|\(\?#[^)]*\))*(?:[?*+]|\{\d+(?:,\d*)?\})/;

/** Whether the layout at [from, to) must leave "(?:)" between the tokens around it (XRegExp's getContextualTokenSeparator). */
function separates(source: string, from: number, to: number): boolean {
  return !(
    GROUP_EDGE.test(source[from - 1] ?? "") ||
    GROUP_EDGE.test(source[to] ?? "") ||
    from === 0 ||
    to === source.length ||
    GROUP_OPENING.test(source.substring(from - 4, from)) ||
    QUANTIFIER_NEXT.test(source.slice(to))
  );
}
