#!/usr/bin/env node
/**
 * Makes a folder's module-constant regexes on first use: every top-level `const X = /…/` or `const X = new RegExp(…)`
 * of the folder becomes `const X = lazyRegExp(() => …)` (src/shared/lazy-regexp.ts), and every read of X anywhere in
 * the program (src, test, bench: the tsconfig's files, imports followed) becomes `X()`. Written for src/analyze in
 * session 58 (bench/README, "Session 58 (helper speed58)"); run again after merging code that adds constant regexes
 * there (test/analyze/regexes-on-first-use.test.ts names them), then `npx tsc --noEmit`. Idempotent: a constant
 * already made by lazyRegExp is left as it is.
 *
 *   node scripts/lazy-regexps.mjs [folder=src/analyze/]
 */
import ts from "typescript";
import { readFileSync, writeFileSync } from "node:fs";
import { relative, dirname } from "node:path";
const root = process.cwd();
const folder = process.argv[2] ?? "src/analyze/";
const cfg = ts.getParsedCommandLineOfConfigFile("tsconfig.json", {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram(cfg.fileNames, cfg.options);
const checker = program.getTypeChecker();
const isRegexInit = (e) => {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return ts.isRegularExpressionLiteral(e) || (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "RegExp");
};
const targets = new Set(); // symbols
const edits = new Map(); // file -> [{pos,end,text}]
const add = (f, pos, end, text) => { if (!edits.has(f)) edits.set(f, []); edits.get(f).push({ pos, end, text }); };
const files = program.getSourceFiles().filter((s) => !s.isDeclarationFile && s.fileName.startsWith(root + "/"));
for (const sf of files) {
  const rel = relative(root, sf.fileName);
  if (!rel.startsWith(folder)) continue;
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of st.declarationList.declarations) {
      if (!d.initializer || !ts.isIdentifier(d.name) || !isRegexInit(d.initializer)) continue;
      targets.add(checker.getSymbolAtLocation(d.name));
      add(sf.fileName, d.initializer.getStart(sf), d.initializer.getStart(sf), "lazyRegExp(() => ");
      add(sf.fileName, d.initializer.end, d.initializer.end, ")");
      if (d.type) add(sf.fileName, d.type.getStart(sf) - 2, d.type.end, ""); // drop ": RegExp"
    }
  }
}
const needImport = new Set();
for (const sf of files) {
  const visit = (n) => {
    if (ts.isIdentifier(n)) {
      const p = n.parent;
      const skip = (ts.isVariableDeclaration(p) && p.name === n) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p)
        || (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n) || ts.isTypeQueryNode(p) || ts.isQualifiedName(p);
      if (!skip) {
        let s = checker.getSymbolAtLocation(n);
        if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
        if (s && targets.has(s)) {
          if (ts.isShorthandPropertyAssignment(p)) add(sf.fileName, n.end, n.end, `: ${n.text}()`);
          else add(sf.fileName, n.end, n.end, "()");
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
let count = 0;
for (const sf of files) {
  const rel = relative(root, sf.fileName);
  const hasImport = sf.statements.some((s) => ts.isImportDeclaration(s) && s.moduleSpecifier.text.endsWith("shared/lazy-regexp.js"));
  if (rel.startsWith(folder) && !hasImport && edits.get(sf.fileName)?.some((e) => e.text === "lazyRegExp(() => ")) {
    const imp = relative(dirname(sf.fileName), root + "/src/shared/lazy-regexp.js");
    const spec = imp.startsWith(".") ? imp : "./" + imp;
    const last = sf.statements.filter((s) => ts.isImportDeclaration(s)).at(-1);
    const at = last ? last.end : 0;
    add(sf.fileName, at, at, (last ? "\n" : "") + `import { lazyRegExp } from "${spec}";` + (last ? "" : "\n"));
  }
}
for (const [f, es] of edits) {
  let text = readFileSync(f, "utf8");
  es.sort((a, b) => b.pos - a.pos || b.end - a.end);
  for (const e of es) text = text.slice(0, e.pos) + e.text + text.slice(e.end);
  writeFileSync(f, text); count++;
}
console.log(`${targets.size} constant regexes made on first use; ${count} files changed`);
