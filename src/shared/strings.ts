/**
 * The string as a flat string of its own. A substring of 13 characters or more is a view into
 * the text it was cut from (V8's sliced strings) and keeps all of that text alive; a string made
 * by `+` is a tree of its pieces. For what is kept long (a cache's keys, a graph's values), so the
 * copy is paid once per value.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * text.slice(from, to) as a flat string: a copy, not a view. A slice of 13 characters or more is a
 * view into `text` (V8's sliced string), and each charCodeAt of it goes through the view to its
 * parent: the citation lexer and the name reader walk their windows character by character, and a
 * copy made once a window cost less than the views' reads (bench/README.md, Session 49, helper
 * speed49b). Two non-empty pieces joined: V8's join copies them into one new string (a slice,
 * `+`, concat or a one-piece join give a view or a tree again).
 */
export function flatSlice(text: string, from: number, to: number): string {
  // A short slice is a copy already; a negative offset (slice's "from the end") is left to slice itself.
  if (!(to - from >= FLAT_BELOW && from >= 0)) return text.slice(from, to);
  const mid = from + ((to - from) >> 1);
  return [text.slice(from, mid), text.slice(mid, to)].join("");
}
/** V8 copies a substring shorter than this (SlicedString::kMinLength): it is flat already. */
const FLAT_BELOW = 13;

/** Each word with its first letter a capital, the rest small: "huyện long hồ" → "Huyện Long Hồ", "thông tư" → "Thông Tư". */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** Every "\r\n" and lone "\r" as "\n" (XML 1.0's line-end rule; a CRLF or old-Mac copy read as its "\n" copy); a text without a CR as it is. */
export function lfLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(CR_LINE_END, "\n") : text;
}
const CR_LINE_END = /\r\n?/g;
