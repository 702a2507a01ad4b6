/**
 * The warning and error codes the source can emit, for warning-codes.test.ts. They are string
 * literals where they are made, in each stage's own module (no table gathers them: a warning is
 * written where its case is read), so they are read from the source's syntax (TypeScript's
 * parser), in the shapes a code is written in:
 *
 *   { code: "split-year", … }                  a property named `code` (a warning, an error record)
 *   readonly code = "bad-header"               a class's `code` field, or its type ("not-found" | "ambiguous")
 *   const code = … ? "a" : "b"                 a variable named `code` (its literals)
 *   (…, code: "a" | "b")                       a parameter named `code` typed by literals
 *   type ReadErrorCode = "unreadable" | …      a type alias named …Code
 *   new ReadError("corrupt", …)                an error class's constructor, its first argument
 *
 * A code made any other way (read from a variable of another name) is not seen: write it in one of
 * these shapes, or teach this file the new one.
 *
 * A literal counts when it is written as codes are, in small letters and dashes ("year-mismatch");
 * the issuers' codes ("UBND", "TW") are capitals, never a warning's.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** The checkout. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const CODE_SHAPE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Error classes whose constructor takes the code first. */
const CODED_ERRORS = new Set(["ReadError", "StoreError"]);
/** Literals the shapes above take that are no code a user meets, each with where it stands. */
const NOT_CODES: Record<string, string> = {
  // const code = (error as NodeJS.ErrnoException).code ?? "error": the errno shown inside the message
  // "cannot read standard input (…)", whose code is "unreadable".
  error: "src/cli/run.ts",
  // const code = body[1] === "x" ? … : …: a character reference's code point, "x" its hexadecimal mark.
  x: "src/read/xml-scan.ts",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => join(dir, f));
}

/** The code-shaped string literals (and literal types) inside a node. */
function literalsIn(node: ts.Node, into: Set<string>): void {
  if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CODE_SHAPE.test(node.text)) into.add(node.text);
  ts.forEachChild(node, (child) => literalsIn(child, into));
}

const named = (name: ts.Node | undefined, text: string) => name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && name.text === text;

/** Every code the source can emit, each with the files that make it. */
export function emittedCodes(): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const file of sourceFiles(join(ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    if (!text.includes("code") && !text.includes("Error(")) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const found = new Set<string>();
    const visit = (node: ts.Node): void => {
      if (
        ((ts.isPropertyAssignment(node) || ts.isPropertyDeclaration(node) || ts.isPropertySignature(node) || ts.isVariableDeclaration(node) || ts.isParameter(node)) &&
          named(node.name, "code")) ||
        (ts.isTypeAliasDeclaration(node) && node.name.text.endsWith("Code"))
      ) {
        const { type, initializer } = node as { type?: ts.Node; initializer?: ts.Node };
        const parts = [type, initializer];
        for (const part of parts) if (part) literalsIn(part, found);
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && CODED_ERRORS.has(node.expression.text) && node.arguments?.[0]) {
        literalsIn(node.arguments[0], found);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    const shown = relative(ROOT, file).split("\\").join("/");
    for (const code of found) {
      if (NOT_CODES[code] === shown) continue;
      codes.set(code, [...(codes.get(code) ?? []), shown]);
    }
  }
  return codes;
}

