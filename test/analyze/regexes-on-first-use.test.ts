import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The analyze stage's regexes are made on their first use (shared/lazy-regexp.ts), not when the bundle loads: one
 * bundle holds every stage, and an extract() process paid for the analyze stage's 460 regexes and their 616 `\p{…}`
 * classes without running one (bench/README, session 58). This reads each module of src/analyze and lists the regexes
 * its top level makes as it loads (a regex literal or `new RegExp` outside any function) that a module constant holds
 * or that asks for a `\p{…}` class. A regex made at load only to fill a table of code units (markClass) and let go,
 * without `\p{…}`, costs little and stays.
 */
const ROOT = join(import.meta.dirname, "../../src/analyze");

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Where the module's top level makes a regex a constant holds or one with `\p{…}`, not inside a function's body. */
export function regexesMadeAtLoad(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n)) return; // made when called, not at load
    if (ts.isRegularExpressionLiteral(n) || (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "RegExp")) {
      let holder: ts.Node = n.parent;
      while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder)) holder = holder.parent;
      if (ts.isVariableDeclaration(holder) || n.getText(sf).includes("\\p{")) {
        found.push(`${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`);
      }
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe("the analyze stage's regexes", () => {
  it("are none of them made when a module loads", () => {
    const atLoad = modules(ROOT).flatMap((f) => regexesMadeAtLoad(f, readFileSync(f, "utf8")));
    expect(atLoad).toEqual([]);
  });

  it("the check sees a module constant regex, and not one made on first use or inside a function", () => {
    const check = (source: string) => regexesMadeAtLoad(join(ROOT, "x.ts"), source);
    expect(check("const A = /a/u;\nconst B = (new RegExp('b'));\nconst C = [new RegExp('\\\\p{L}', 'u')];")).toEqual(["x.ts:1", "x.ts:2", "x.ts:3"]);
    expect(check("const A = lazyRegExp(() => /a/u);\nfunction f() { return /\\p{L}/u.test('b'); }")).toEqual([]);
    expect(check("const T = markClass(new Uint8Array(0x80), /[iI]/);")).toEqual([]);
  });
});
