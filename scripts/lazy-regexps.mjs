#!/usr/bin/env node
/**
 * Makes a folder's module-constant regexes that ask for a `\p{…}` class on first use: every top-level
 * `const X = /…/` or `const X = new RegExp(…)` of the folder whose making asks for one (asksForClass below) becomes
 * `const X = lazyRegExp(() => …)` (src/shared/lazy-regexp.ts), and every read of X anywhere in the program (the
 * tsconfig's files: src, test, bench; imports followed) becomes `X()`. Written for src/analyze in session 58
 * (bench/README, "Session 58 (helper speed58)"); run it again after merging code that adds such constants there
 * (test/analyze/regexes-on-first-use.test.ts names them), then `npx tsc --noEmit`. Idempotent, and after a merge that
 * took another branch's version of a file, its reads of constants made lazy elsewhere become calls too.
 *
 *   node scripts/lazy-regexps.mjs [folder=src/analyze/]
 */
import ts from "typescript";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The repository's program (tsconfig.json) and its checker. */
export function repositoryProgram(under = "") {
  const cfg = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  // `under` ("src/"): the roots below it only, and what they import; src/ imports nothing of test/ or bench/, whose
  // 400 files the test's program parsed for nothing.
  const program = ts.createProgram(cfg.fileNames.filter((f) => relative(ROOT, f).startsWith(under)), cfg.options);
  return { program, checker: program.getTypeChecker() };
}

const isRegexInit = (e) => {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return ts.isRegularExpressionLiteral(e) || (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "RegExp");
};

/**
 * Whether making the regex asks ICU for a `\p{…}` class (~0.3 M instructions each): its text holds one, or a constant
 * or function it names does (followed through imports, a few levels deep). Only these are worth a call at each read:
 * a regex without one costs little to make at load, and a call at each of its reads costs more in analyze() (session
 * 58: all 436 constants made lazy put 178 K calls a devx5 pass into analyze(), +240 M on its p8).
 */
function asksForClass(checker, node, depth = 0, seen = new Set()) {
  if (node.getText().includes("\\p{")) return true;
  if (depth > 4) return false;
  let found = false;
  const visit = (n) => {
    if (found) return;
    if (ts.isIdentifier(n)) {
      let sym = checker.getSymbolAtLocation(n);
      if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
      for (const decl of sym?.declarations ?? []) {
        if (seen.has(decl) || decl.getSourceFile().isDeclarationFile) continue;
        seen.add(decl);
        const body = ts.isVariableDeclaration(decl) ? decl.initializer : ts.isFunctionDeclaration(decl) ? decl.body : undefined;
        if (body && asksForClass(checker, body, depth + 1, seen)) {
          found = true;
          return;
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** The folder's module constants holding a regex made at load that asks for a `\p{…}` class: { sf, decl, where }. */
export function constantRegexesAskingForClass(program, checker, folder = "src/analyze/") {
  const found = [];
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !relative(ROOT, sf.fileName).startsWith(folder)) continue;
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const decl of st.declarationList.declarations) {
        if (!decl.initializer || !ts.isIdentifier(decl.name) || !isRegexInit(decl.initializer) || !asksForClass(checker, decl.initializer)) continue;
        found.push({ sf, decl, where: `${relative(ROOT, sf.fileName)}:${sf.getLineAndCharacterOfPosition(decl.getStart(sf)).line + 1} ${decl.name.text}` });
      }
    }
  }
  return found;
}

/** A constant written `lazyRegExp(() => …)`. */
const isLazyConstant = (sym) =>
  (sym.declarations ?? []).some((d) => ts.isVariableDeclaration(d) && d.initializer !== undefined && ts.isCallExpression(d.initializer)
    && ts.isIdentifier(d.initializer.expression) && d.initializer.expression.text === "lazyRegExp");

function main(folder) {
  const { program, checker } = repositoryProgram();
  const edits = new Map(); // file -> [{ pos, end, text }]
  const add = (f, pos, end, text) => {
    if (!edits.has(f)) edits.set(f, []);
    edits.get(f).push({ pos, end, text });
  };
  const found = constantRegexesAskingForClass(program, checker, folder);
  const targets = new Set();
  for (const { sf, decl } of found) {
    targets.add(checker.getSymbolAtLocation(decl.name));
    add(sf.fileName, decl.initializer.getStart(sf), decl.initializer.getStart(sf), "lazyRegExp(() => ");
    add(sf.fileName, decl.initializer.end, decl.initializer.end, ")");
    if (decl.type) add(sf.fileName, decl.type.getStart(sf) - 2, decl.type.end, ""); // drop ": RegExp"
  }
  const files = program.getSourceFiles().filter((s) => !s.isDeclarationFile && s.fileName.startsWith(ROOT + "/"));
  for (const sf of files) {
    const visit = (n) => {
      if (ts.isIdentifier(n)) {
        const p = n.parent;
        const skip = (ts.isVariableDeclaration(p) && p.name === n) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p)
          || (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n) || ts.isTypeQueryNode(p) || ts.isQualifiedName(p);
        let s = skip ? undefined : checker.getSymbolAtLocation(n);
        if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
        // A read of a constant made lazy now; or, after a merge, code written against a constant that another file
        // made lazy before, read as a regex (`X.test`: a lazy one handed on as a function stays as written).
        const called = ts.isCallExpression(p) && p.expression === n && p.arguments.length === 0;
        const readAsRegex = ts.isPropertyAccessExpression(p) && p.expression === n;
        if (s && !called && (targets.has(s) || (readAsRegex && isLazyConstant(s)))) add(sf.fileName, n.end, n.end, ts.isShorthandPropertyAssignment(p) ? `: ${n.text}()` : "()");
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  for (const sf of new Set(found.map((r) => r.sf))) {
    if (sf.statements.some((s) => ts.isImportDeclaration(s) && s.moduleSpecifier.text.endsWith("shared/lazy-regexp.js"))) continue;
    const imp = relative(dirname(sf.fileName), resolve(ROOT, "src/shared/lazy-regexp.js"));
    const last = sf.statements.filter((s) => ts.isImportDeclaration(s)).at(-1);
    const at = last ? last.end : 0;
    add(sf.fileName, at, at, `${last ? "\n" : ""}import { lazyRegExp } from "${imp.startsWith(".") ? imp : `./${imp}`}";${last ? "" : "\n"}`);
  }
  for (const [f, es] of edits) {
    let text = readFileSync(f, "utf8");
    es.sort((a, b) => b.pos - a.pos || b.end - a.end);
    for (const e of es) text = text.slice(0, e.pos) + e.text + text.slice(e.end);
    writeFileSync(f, text);
  }
  console.log(`${found.length} constant regexes made on first use; ${edits.size} files changed`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv[2] ?? "src/analyze/");
