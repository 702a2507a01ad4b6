import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { phraseSource, recordPhraseSources } from "../../src/vocab/phrases.js";
import { DOCUMENT_CUES } from "../../src/vocab/cues.js";
import { KINDS } from "../../src/vocab/kinds.js";
import { allIssuerPhrases, ISSUER_TITLES } from "../../src/vocab/issuers.js";

/**
 * The specification phraseSource is read off a sorted list for: a trie of the phrases' units, each
 * node's branches in unit order, a branch that may end made optional; a comma may have one blank before it (a word
 * segmenter's "sửa đổi , bổ sung").
 */
function byTrie(phrases: readonly string[], keepCase = false): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const phrase of new Set(phrases)) {
    const p = phrase.trim().replace(/\s+/g, " ");
    let node = root;
    for (const unit of keepCase ? p : p.toLowerCase()) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const escape = (u: string) => ("\\[]{}()*+?.^$|".includes(u) ? `\\${u}` : /^[\s#\-,]$/.test(u) ? `\\u${u.charCodeAt(0).toString(16).padStart(4, "0")}` : u);
  const alternatives = (node: Node): string => {
    const branches = [...node.next.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([unit, child]) => (unit === " " ? "\\s+" : unit === "," ? `[ \\t]?${escape(unit)}` : escape(unit)) + continuation(child));
    return branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
  };
  const continuation = (node: Node): string => {
    if (node.next.size === 0) return "";
    const rest = alternatives(node);
    if (!node.end) return rest;
    return rest.startsWith("(?:") ? `${rest}?` : `(?:${rest})?`;
  };
  return alternatives(root);
}

describe("phraseSource", () => {
  it("merges phrases into a trie: shared beginnings once, the longer phrase optional after the shorter", () => {
    expect(phraseSource(["Thông tư", "thông tư liên tịch", "Thông báo"])).toBe("thông\\s+(?:báo|tư(?:\\s+liên\\s+tịch)?)");
    expect(phraseSource(["a.b", "a-b"], { keepCase: true })).toBe("a(?:\\u002db|\\.b)");
    expect(phraseSource([])).toBe("(?:)");
    expect(phraseSource(["", "  ", "x"])).toBe("x");
  });

  it("with runTogether, lets a phrase's words stand with no space between them, as a copy that lost it writes them ('thaythế')", () => {
    expect(phraseSource(["thay thế", "thay đổi"], { runTogether: true })).toBe("thay\\s*(?:thế|đổi)");
    const re = new RegExp(`^(?:${phraseSource(["thay thế"], { runTogether: true })})$`, "i");
    expect(["thay thế", "thay\nthế", "thaythế", "THAYTHẾ"].map((w) => re.test(w))).toEqual([true, true, true, true]);
    // Without it, the words need their space, as before.
    expect(new RegExp(`^(?:${phraseSource(["thay thế"])})$`, "i").test("thaythế")).toBe(false);
  });

  it("is the trie's source for the vocabularies it is built from", () => {
    const lists = [DOCUMENT_CUES.flatMap((c) => c.phrases), KINDS.flatMap((k) => k.words), [...allIssuerPhrases(), ...ISSUER_TITLES]];
    for (const list of lists) {
      expect(phraseSource(list)).toBe(byTrie(list));
      expect(phraseSource(list, { keepCase: true })).toBe(byTrie(list, true));
    }
  });

  it("is the trie's source for any list of phrases, duplicates, prefixes, spaces and case included", () => {
    const unit = fc.constantFrom("a", "b", "A", "ư", "Ư", " ", "  ", "\t", "-", ".", "(", "𝐀", "ệ");
    const phrase = fc.array(unit, { maxLength: 6 }).map((u) => u.join(""));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), fc.boolean(), (phrases, keepCase) => {
        expect(phraseSource(phrases, { keepCase })).toBe(byTrie(phrases, keepCase));
      }),
      { numRuns: 2000 },
    );
  });

  it("spells out both cases with anyCase, matching what the 'i' flag matches, for every letter of the vocabularies", () => {
    const letters = new Set([...[...allIssuerPhrases(), ...ISSUER_TITLES, ...KINDS.flatMap((k) => k.words), ...DOCUMENT_CUES.flatMap((c) => c.phrases)].join("").toLowerCase()]);
    let bmp = "";
    for (let c = 0; c < 0x10000; c++) bmp += String.fromCharCode(c);
    for (const letter of letters) {
      if (!/\p{L}/u.test(letter)) continue;
      const withFlag = bmp.match(new RegExp(phraseSource([letter]), "gi"));
      const spelled = bmp.match(new RegExp(phraseSource([letter], { anyCase: true }), "g"));
      expect(spelled, letter).toEqual(withFlag);
    }
    expect(phraseSource(["Chỉ thị", "chi thi"], { anyCase: true })).toBe("[cC][hH](?:[iI]\\s+[tT][hH][iI]|[ỉỈ]\\s+[tT][hH][ịỊ])");
  });
});

describe("phraseSource's sources made at build time (tsup.config.ts)", () => {
  const list = ["Thông tư", "thông tư liên tịch", "Thông báo"];

  it("records each source it makes, keyed by the list in its order and the options", () => {
    const recorded = recordPhraseSources();
    const plain = phraseSource(list);
    const anyCase = phraseSource(list, { anyCase: true });
    const reordered = phraseSource([...list].reverse());
    expect(plain).toBe(reordered);
    const made = [...recorded].filter(([, source]) => source === plain || source === anyCase);
    // Three keys: the other order is another key (the build cannot know it makes the same source), anyCase another.
    expect(made.map(([key]) => key)).toEqual([
      JSON.stringify([false, false, false, list]),
      JSON.stringify([false, true, false, list]),
      JSON.stringify([false, false, false, [...list].reverse()]),
    ]);
    expect(made.map(([, source]) => source)).toEqual([plain, anyCase, plain]);
  });

  it("takes a source from the bundle's table when its key is there, and makes any other", async () => {
    const key = JSON.stringify([false, false, false, list]);
    const global = globalThis as { __VNCITE_PHRASE_SOURCES__?: string };
    global.__VNCITE_PHRASE_SOURCES__ = JSON.stringify([[key, "(?:from the table)"]]);
    try {
      vi.resetModules();
      const fresh = await import("../../src/vocab/phrases.js");
      expect(fresh.phraseSource(list)).toBe("(?:from the table)");
      // Another option, another order: not in the table, made as before.
      expect(fresh.phraseSource(list, { keepCase: true })).toBe(phraseSource(list, { keepCase: true }));
      expect(fresh.phraseSource([...list].reverse())).toBe(phraseSource(list));
    } finally {
      delete global.__VNCITE_PHRASE_SOURCES__;
      vi.resetModules();
    }
  });
});
