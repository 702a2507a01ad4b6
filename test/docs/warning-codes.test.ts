/**
 * Every warning and error code the source can emit (source-codes.ts reads them from its syntax) has
 * its row in the README's table "Warnings and errors" (`<!-- checked: codes -->`), and every row
 * names a code the source still emits: a user who meets `text-outside-page` or `split-year` in the
 * output has somewhere to look, and the table keeps no code that is gone. Each example quoted from a
 * fixture or a test stands in it, and a citation warning's example raises it when read alone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { markedTables } from "./readme-blocks.js";
import { ROOT, emittedCodes } from "./source-codes.js";

/** The stages a row may name, in the folder flow's order. */
const STAGES = ["read", "prepare", "identify", "analyze", "graph", "store", "CLI"];

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const table = markedTables(README).find((t) => t.marker === "checked: codes");

describe("README's table of warnings and errors", () => {
  const emitted = emittedCodes();

  it("is found, and its collection from the source finds the codes of every stage", () => {
    expect(table).toBeDefined();
    // A few of each stage: a scan that lost a shape would find fewer, and pass for the wrong reason.
    for (const code of ["legacy-encoding", "needs-ocr", "split-year", "no-own-number", "undated-candidate", "not-found", "short-form-ambiguous", "conflict", "bad-header", "out-of-memory"]) {
      expect(emitted.has(code), code).toBe(true);
    }
  });

  it("has one row for each code the source emits, and none for a code it does not", () => {
    const rows = table!.rows.map((r) => ({ line: r.line, code: /^`([^`]+)`$/.exec(r.cells[0]!)?.[1] ?? r.cells[0]! }));
    const listed = rows.map((r) => r.code);
    const twice = listed.filter((c, i) => listed.indexOf(c) !== i);
    const missing = [...emitted.keys()].filter((c) => !listed.includes(c)).sort().map((c) => `${c} (${emitted.get(c)!.join(", ")})`);
    const gone = rows.filter((r) => !emitted.has(r.code)).map((r) => `README line ${r.line}: ${r.code}`);
    expect({ "emitted but not in the table": missing, "in the table but emitted nowhere": gone, "codes with two rows": twice }).toEqual({
      "emitted but not in the table": [],
      "in the table but emitted nowhere": [],
      "codes with two rows": [],
    });
  });

  it("names each row's stage among the folder flow's, and fills every column", () => {
    const wrong = table!.rows.flatMap(({ cells, line }) => {
      const stages = cells[1]!.split(/,\s*/);
      const bad = stages.filter((s) => !STAGES.includes(s));
      return [
        ...(cells.length !== 6 ? [`README line ${line}: ${cells.length} cells, not 6`] : []),
        ...(bad.length > 0 ? [`README line ${line}: stage ${bad.join(", ")}`] : []),
        ...(cells.some((c) => c === "") ? [`README line ${line}: an empty cell`] : []),
      ];
    });
    expect(wrong).toEqual([]);
  });

  // The example column quotes the text a case stands in ("…"), and says where: fixtures/ or a test.
  const quotes = (cell: string) => [...cell.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const files = (cell: string) => [...cell.matchAll(/\b((?:fixtures|test)\/[\w./-]+\.\w+)/g)].map((m) => m[1]!);
  const spaced = (text: string) => text.replace(/\\"/g, '"').replace(/\s+/g, " ");

  it("quotes each example as the file it names holds it", () => {
    const wrong = table!.rows.flatMap(({ cells, line }) => {
      const named = files(cells[4]!);
      return quotes(cells[4]!).flatMap((quote) =>
        named.length > 0 && !named.some((f) => spaced(readFileSync(join(ROOT, f), "utf8")).includes(spaced(quote))) ? [`README line ${line}: "${quote}" is not in ${named.join(", ")}`] : [],
      );
    });
    expect(wrong).toEqual([]);
  });

  it("gives each citation warning an example that, read alone, raises it", () => {
    const rows = table!.rows.filter(({ cells }) => cells[1]!.split(/,\s*/).includes("identify"));
    expect(rows.length).toBeGreaterThan(10);
    const wrong = rows.flatMap(({ cells, line }) => {
      const code = /`([^`]+)`/.exec(cells[0]!)![1]!;
      const examples = quotes(cells[4]!);
      if (examples.length === 0) return [`README line ${line}: ${code} quotes no example`];
      return examples.flatMap((text) => {
        const raised = extract(text).flatMap((c) => c.warnings.map((w) => w.code));
        return raised.includes(code) ? [] : [`README line ${line}: "${text}" raises ${raised.join(", ") || "nothing"}, not ${code}`];
      });
    });
    expect(wrong).toEqual([]);
  });
});
