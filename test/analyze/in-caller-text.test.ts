import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { readDocument } from "../../src/read/index.js";
import { encodeLegacy } from "../../src/shared/legacy-encoding.js";
import { formatFile } from "../read/helpers.js";

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), "utf8");
/** A real decree's text (fixtures/dev), made legacy mojibake by the tables' inverse: nothing composed. */
const DEV = fixture("dev/texts/dev-005.txt").normalize("NFC");

describe("analyze() of a string in a legacy font encoding", () => {
  for (const encoding of ["tcvn3", "vni"] as const) {
    it(`${encoding}: the Unicode text's reading, every offset the caller's, the conversion said once`, () => {
      const legacy = encodeLegacy(DEV, encoding);
      const unicode = analyze(DEV, { path: "dev-005" });
      const found = analyze(legacy, { path: "dev-005" });
      expect(found.citations.map((c) => `${c.id} ${c.role}`)).toEqual(unicode.citations.map((c) => `${c.id} ${c.role}`));
      expect(found.relations.map((r) => `${r.type} ${r.to}`)).toEqual(unicode.relations.map((r) => `${r.type} ${r.to}`));
      expect(found.self.id).toBe(unicode.self.id);
      const encoded = (s: number, e: number) => encodeLegacy(DEV.slice(s, e), encoding);
      for (const [i, c] of found.citations.entries()) expect(found.citations[i].raw).toBe(legacy.slice(c.start, c.end));
      for (const [i, c] of unicode.citations.entries()) expect(found.citations[i].raw).toBe(encoded(c.start, c.end));
      for (const [i, r] of unicode.relations.entries()) {
        expect(legacy.slice(found.relations[i].evidence.start, found.relations[i].evidence.end)).toBe(encoded(r.evidence.start, r.evidence.end));
        // The sentence stays as read: Unicode, what a reader wants to see.
        expect(found.relations[i].evidence.sentence).toBe(r.evidence.sentence);
      }
      for (const [i, p] of (unicode.parts ?? []).entries()) expect(legacy.slice(found.parts![i].start, found.parts![i].end)).toBe(encoded(p.start, p.end));
      expect(found.warnings[0]).toMatchObject({ code: "legacy-encoding", start: 0, end: legacy.length });
      expect(found.warnings.filter((w) => w.code === "legacy-encoding")).toHaveLength(1);
    });
  }

  it("reads a TCVN3 page given as a string: fresh61g-003's two decrees, which it missed as Latin-1 garble", () => {
    const page = fixture("fresh/fresh61g/texts/fresh61g-003.txt");
    const based = analyze(page).citations.filter((c) => c.role === "based_on").map((c) => c.id);
    expect(based).toEqual(expect.arrayContaining(["15/CP@1993", "68/CP@1995"]));
  });

  it("converts nothing twice: a legacy file read by readDocument() is Unicode, analyze() finds nothing to convert", async () => {
    const doc = await readDocument(formatFile("001_69a87f8fa69e4c9a.tcvn3.docx"));
    expect(doc.warnings.map((w) => w.code)).toContain("legacy-encoding");
    expect(analyze(doc.text).warnings.map((w) => w.code)).not.toContain("legacy-encoding");
  });
});
