import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { constantRegexesAskingForClass, repositoryProgram } from "../../scripts/lazy-regexps.mjs";

/**
 * The analyze stage's regexes that ask for a `\p{…}` class are made on their first use (shared/lazy-regexp.ts), not
 * when the bundle loads: one bundle holds every stage, and an extract() process made the analyze stage's regexes and
 * their 616 `\p{…}` classes (ICU's sets, ~0.3 M instructions each) without running one (bench/README, session 58).
 * A regex without one stays a module constant: cheap to make, and a call at each read would cost analyze() more.
 */
const ROOT = join(import.meta.dirname, "../../src/analyze");

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Where a module's top level, outside any function, writes a regex holding `\p{…}`: made as the module loads. */
function classRegexesAtLoad(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n)) return; // made when called, not at load
    const isRegex = ts.isRegularExpressionLiteral(n) || (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "RegExp");
    if (isRegex && n.getText(sf).includes("\\p{")) found.push(`${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`);
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe("the analyze stage's regexes that ask for a \\p{…} class", () => {
  it("are no module's constants (scripts/lazy-regexps.mjs makes them lazy), their class written in them or in what they name", () => {
    const { program, checker } = repositoryProgram("src/");
    expect(constantRegexesAskingForClass(program, checker).map((r) => r.where)).toEqual([]);
  }, 120_000);

  it("are not written outside a function at any module's top level", () => {
    expect(modules(ROOT).flatMap((f) => classRegexesAtLoad(f, readFileSync(f, "utf8")))).toEqual([]);
  });

  it("the checks see such a regex, and not one made on first use, inside a function or without a class", () => {
    const check = (source: string) => classRegexesAtLoad(join(ROOT, "x.ts"), source);
    expect(check("const A = /\\p{L}/u;\nconst B = [new RegExp('[\\\\p{L}]', 'u')];")).toEqual(["x.ts:1", "x.ts:2"]);
    expect(check("const A = lazyRegExp(() => /\\p{L}/u);\nfunction f() { return /\\p{L}/u.test('b'); }\nconst C = /[a-z]/;")).toEqual([]);
  });
});
