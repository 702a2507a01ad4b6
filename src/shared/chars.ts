/**
 * Per UTF-16 code unit, 1 where JavaScript's `\s` matches. Hot loops test a window's edges one
 * character at a time; a table lookup there costs nothing, `/\s/.test(text[i])` a string each time.
 */
export const WHITESPACE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const space = /\s/;
  for (let c = 0; c < 0x10000; c++) table[c] = space.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

export function isWhitespaceAt(text: string, i: number): boolean {
  return WHITESPACE[text.charCodeAt(i)] === 1;
}
