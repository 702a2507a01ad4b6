import { describe, expect, it } from "vitest";
import { FIRST_WORD_MASK, firstWordOf, SHARED_SLOT, tables } from "../../grammars/citation/lexer-tables.js";

/**
 * The fast lexer's first-word look-up (lexer-tables firstWordOf): the slot of a key's low bits names the one first word
 * that may have the key, and its key is compared; where two first words share the low bits, the Map answers. Equivalent
 * to `keywords.get(key)` for every key.
 */
describe("the lexer's first-word slots", () => {
  const t = tables();
  const asMap = (key: number) => t.keywords.get(key);

  it("give every first word's own entry", () => {
    expect(t.firstWords.length).toBe(t.keywords.size);
    for (const [key, first] of t.keywords) expect(firstWordOf(t, key)).toBe(first);
  });

  it("give the Map's answer for keys that share a first word's low bits, and for any other key", () => {
    let sharing = 0;
    for (const key of t.keywords.keys()) {
      for (let high = 0; high < 16; high++) {
        const other = ((key & FIRST_WORD_MASK) | (high << 16)) & 0x3fffffff;
        expect(firstWordOf(t, other)).toBe(asMap(other));
        if (other !== key) sharing++;
      }
    }
    expect(sharing).toBeGreaterThan(1000);
    let seed = 7;
    for (let i = 0; i < 200_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const key = seed & 0x3fffffff;
      expect(firstWordOf(t, key)).toBe(asMap(key));
    }
  });

  it("mark shared low bits as such (the Map asked there), if any", () => {
    const low = new Map<number, number>();
    for (const key of t.keywords.keys()) low.set(key & FIRST_WORD_MASK, (low.get(key & FIRST_WORD_MASK) ?? 0) + 1);
    for (const [bits, n] of low) expect(t.firstWordSlot[bits] === SHARED_SLOT).toBe(n > 1);
  });
});
