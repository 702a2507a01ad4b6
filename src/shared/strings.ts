/**
 * The string as a flat string of its own. A substring of 13 characters or more is a view into
 * the text it was cut from (V8's sliced strings) and keeps all of that text alive; a string made
 * by `+` is a tree of its pieces. For what is kept long (a cache's keys, a graph's values), so the
 * copy is paid once per value.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Each word with its first letter a capital, the rest small: "huyện long hồ" → "Huyện Long Hồ", "thông tư" → "Thông Tư". */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}
