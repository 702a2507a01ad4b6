/**
 * The README's examples, run as a user would copy them. Every fenced block carries a marker on the
 * line before it (an HTML comment, which GitHub and npm do not show):
 *
 *   <!-- checked: ts -->                 compiled (--strict) and run against dist, as `import "vncite"`
 *                                        resolves from a project that installed it; a statement followed
 *                                        by a comment line opening with `[`, `{` or `"` shows its result,
 *                                        compared with what it gives ("..." leaves fields or elements out)
 *   <!-- checked: ts, compiled only … --> compiled, not run (it needs a database)
 *   <!-- checked: sh -->                 each line run by bash in a work folder of its own (below),
 *                                        `vncite` being the built CLI; every line must exit 0 (lines
 *                                        naming a postgres:// database are not run: there is none)
 *   <!-- checked: output … -->           right after a sh block: the JSON it prints, compared as for ts
 *                                        ("abridged" in the marker: objects may hold more fields)
 *   <!-- checked: folders -->            each folder listed exists, and every folder of src/ is listed
 *   <!-- not checked: why -->            installs, eval output and the like
 *
 * and before a table:
 *
 *   <!-- checked: spellings -->          each spelling in the first column (in backticks) is read, after
 *                                        "số" unless it opens with a word, in a preamble's line, as one
 *                                        full citation spanning it; the row's first spelling has the id
 *                                        the second column gives (its year or place after "@" left out)
 *   <!-- checked: dependencies -->       the packages in the first column are package.json's dependencies
 *                                        and devDependencies, all of them; "(dev)" ones are dev, the others
 *                                        dependencies unless "bundled"
 *   <!-- checked: codes -->              one row per warning or error code the source emits, and none for a
 *                                        code it does not (warning-codes.test.ts)
 *
 * A work folder holds what the examples name: plans/ (the five fixture plans, and plan.pdf, a PDF
 * of one of them, where a block names it), plan.pdf, listing.csv (the dev listing's first 40
 * rows), dump.txt; and node_modules/vncite, this checkout. The names the ts blocks use without defining (`text`,
 * `paths`, `ref`, …) are GIVEN below. The blocks run side by side, each in its own folder, as
 * they write files of the same names. Nothing is timed.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, FIXTURES, ROOT, removeTempDirs, run, tempDir } from "../cli/helpers.js";
import { type Block, differences, fencedBlocks, markedTables, openingLiteral, shownValue } from "./readme-blocks.js";

afterAll(removeTempDirs);

// The built library, as the examples use it (not src/, which vitest would compile for this file alone).
const { extract }: typeof import("../../src/index.js") = await import(pathToFileURL(join(ROOT, "dist", "index.js")).href);

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const blocks = fencedBlocks(README);
const tsBlocks = blocks.filter((b) => b.marker?.startsWith("checked: ts"));
const base = tempDir("readme");
/** A block runs up to ten commands; on a machine loaded past its cores each takes seconds. */
const BLOCK_TIMEOUT = 300_000;

/** What the ts blocks use without defining it, as the prose around them says it: each name's line. */
const GIVEN: Record<string, string> = {
  paths: 'const paths = givenDir("plans").filter((f) => f.endsWith(".txt")).sort().map((f) => `plans/${f}`);',
  text: 'const text = givenRead("plans/000_d68bdff47092aead.txt", "utf8");',
  json: 'const json = GivenGraph.from(givenDir("plans").filter((f) => f.endsWith(".txt")).map((f) => givenAnalyze(givenRead(`plans/${f}`, "utf8"), { path: `plans/${f}` }))).toJSON();',
  ref: 'const ref = "Chỉ thị 43/CT-TTg";',
  plan: 'const plan = "63/KH-UBND@2021~hau-giang";',
  id: 'const id = "43/CT-TTg@2020";',
  out: 'const out = givenStream("out.json");',
};
const GIVEN_IMPORTS = `import { readdirSync as givenDir, readFileSync as givenRead, createWriteStream as givenStream } from "node:fs";
import { CitationGraph as GivenGraph, analyze as givenAnalyze } from "vncite";`;

/** The imports and the given names a block uses, as lines put before it (the same count for every block). */
function given(block: Block): string {
  const lines = Object.entries(GIVEN).map(([name, line]) => (new RegExp(`\\b${name}\\b`).test(block.code) ? line : ""));
  return [GIVEN_IMPORTS, ...lines, ""].join("\n");
}
const GIVEN_LINES = GIVEN_IMPORTS.split("\n").length + Object.keys(GIVEN).length;

/** A new work folder (see the file's comment) named for a block; plans/plan.pdf only where it is named (read, it costs each command pdf.js). */
function workFolder(name: string, pdfInPlans: boolean): string {
  const work = join(base, name);
  mkdirSync(join(work, "node_modules"), { recursive: true });
  symlinkSync(ROOT, join(work, "node_modules", "vncite"), "dir");
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "readme-reader", private: true, type: "module" }));
  mkdirSync(join(work, "plans"));
  for (const f of FIXTURES) copyFileSync(join(ROOT, f), join(work, "plans", f.slice("fixtures/".length)));
  const pdf = join(ROOT, "fixtures", "formats", "004_2d26f027d69bfb37.pdf");
  if (pdfInPlans) copyFileSync(pdf, join(work, "plans", "plan.pdf"));
  copyFileSync(pdf, join(work, "plan.pdf"));
  // 40 records (none of them broken across lines) read as the whole listing is, in a third of the time.
  const listing = readFileSync(join(ROOT, "fixtures", "dev", "listing.csv"), "utf8").split("\n").slice(0, 41);
  writeFileSync(join(work, "listing.csv"), listing.join("\n") + "\n");
  copyFileSync(join(ROOT, FIXTURES[0]!), join(work, "dump.txt"));
  return work;
}

let work = "";
beforeAll(() => {
  work = workFolder("ts", false);
});

describe.concurrent("README code blocks", () => {
  it("each says whether it is checked, and how", () => {
    const known = /^(checked: (ts|ts, compiled only\b.*|sh|output\b.*|folders)|not checked: .+)$/;
    const bad = blocks.filter((b) => !b.marker || !known.test(b.marker)).map((b) => `line ${b.line}: ${b.marker ?? "no marker"}`);
    expect(bad).toEqual([]);
    const outputs = blocks.flatMap((b, i) => (b.marker?.startsWith("checked: output") ? [i] : []));
    expect(outputs.filter((i) => blocks[i - 1]?.marker !== "checked: sh").map((i) => `line ${blocks[i]!.line}: no sh block before it`)).toEqual([]);
    // What this file checks, so that a marker lost in an edit is noticed.
    expect(tsBlocks.length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((b) => b.marker === "checked: sh").length).toBeGreaterThanOrEqual(3);
  });

  it("a tarball the README names is this version's (`npm pack` names it so)", () => {
    const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
    const named = [...README.matchAll(/\b[\w-]+-\d+\.\d+\.\d+[\w.-]*\.tgz\b/g)].map((m) => m[0]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((t) => t !== `${name}-${version}.tgz`)).toEqual([]);
  });

  it("each --option it names is the CLI's (src/cli defines it) or a script's it names (eval, invariance, compare-builds)", () => {
    const cli = readdirSync(join(ROOT, "src", "cli"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(join(ROOT, "src", "cli", f), "utf8"))
      .join("\n");
    // --help is commander's own.
    const defined = new Set(["--help", ...[...cli.matchAll(/"(?:-\w, )?(--[a-z][a-z-]+)/g)].map((m) => m[1]!)]);
    const scripts = ["test/eval/run.ts", "test/eval/invariance.ts", "bench/compare-builds.mjs"].map((f) => readFileSync(join(ROOT, f), "utf8")).join("\n");
    const named = new Set([...README.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]));
    expect([...named].filter((o) => !defined.has(o) && !scripts.includes(`"${o}"`) && !scripts.includes(`[${o}`))).toEqual([]);
  });

  it("the ts blocks compile under --strict against dist's declarations", () => {
    const files = tsBlocks.map((b) => {
      const file = join(work, `block-${b.line}.ts`);
      writeFileSync(file, given(b) + b.code + "\n");
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts"],
      types: ["node"],
      typeRoots: [join(ROOT, "node_modules", "@types")],
      skipLibCheck: true,
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file || d.start === undefined) return message;
      const block = tsBlocks[files.indexOf(d.file.fileName)];
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      return block ? `README line ${block.line + line - GIVEN_LINES}: ${message}` : `${d.file.fileName}: ${message}`;
    });
    expect(errors).toEqual([]);
  });

  for (const block of tsBlocks.filter((b) => b.marker === "checked: ts")) {
    it(`the ts block at line ${block.line} runs, and gives the results it shows`, async () => {
      const shown = shownResults(block);
      const file = join(work, `run-${block.line}.mjs`);
      writeFileSync(file, runnable(block, shown));
      const r = await run(process.execPath, [file], { cwd: work });
      expect(r.code, r.stderr).toBe(0);
      const got: unknown[] = JSON.parse(r.stdout.slice(r.stdout.lastIndexOf(RESULTS) + RESULTS.length));
      const wrong = shown.flatMap((s, k) => differences(got[k], s.value).map((d) => `README line ${s.line}: ${d}`));
      expect(wrong).toEqual([]);
    }, BLOCK_TIMEOUT);
  }

  blocks.forEach((block, i) => {
    if (block.marker !== "checked: sh") return;
    const output = blocks[i + 1]?.marker?.startsWith("checked: output") ? blocks[i + 1] : undefined;
    const shows = output ? `, and print what line ${output.line} shows` : "";
    it(`the commands at line ${block.line} run over the fixtures, exit 0${shows}`, async () => {
      const r = await run("bash", ["-c", script(block)], { cwd: workFolder(`sh-${block.line}`, block.code.includes("plans/plan.pdf")) });
      expect(r.code, r.stderr).toBe(0);
      if (!output) return;
      const abridged = /abridged/.test(output.marker!);
      expect(differences(JSON.parse(r.stdout), shownValue(output.code), abridged)).toEqual([]);
    }, BLOCK_TIMEOUT);
  });

  for (const block of blocks.filter((b) => b.marker === "checked: folders")) {
    it(`the folders at line ${block.line} are the source's`, () => {
      const listed = block.code.split("\n").flatMap((l) => /^(\S+\/)\s/.exec(l)?.[1] ?? []);
      expect(listed.filter((d) => !existsSync(join(ROOT, d)) || !statSync(join(ROOT, d)).isDirectory())).toEqual([]);
      const src = readdirSync(join(ROOT, "src")).filter((d) => statSync(join(ROOT, "src", d)).isDirectory());
      expect(src.map((d) => `src/${d}/`).filter((d) => !listed.includes(d))).toEqual([]);
    });
  }
});

describe("README's claims about the CLI's inputs", () => {
  it("the extensions folders are walked for are the readers' (READ_EXTENSIONS), every one of them", async () => {
    const { READ_EXTENSIONS } = await import("../../src/read/format.js");
    const sentence = /Folders are walked for ([^(]+)\(/.exec(README)?.[1];
    expect(sentence).toBeDefined();
    const listed = [...sentence!.matchAll(/\.[a-z]+\b/g)].map((m) => m[0]).sort();
    expect(listed).toEqual(Object.keys(READ_EXTENSIONS).sort());
  });

  it("each read limit of the limits table is an option of every command that reads a file (annotate too)", async () => {
    const table = README.slice(README.indexOf("| option (CLI) | default | code |"));
    const rows = table.slice(0, table.indexOf("\n\n")).split("\n").slice(2);
    const limits = rows.flatMap((row) => [...row.matchAll(/`(--[a-z-]+)`/g)].map((m) => m[1]!));
    expect(limits.length).toBeGreaterThanOrEqual(6);
    const commands = [
      (await import("../../src/cli/commands/extract.js")).extractCommand(),
      (await import("../../src/cli/commands/graph.js")).graphCommand(),
      (await import("../../src/cli/commands/load.js")).loadCommand(),
      (await import("../../src/cli/commands/view.js")).viewCommand(),
      (await import("../../src/cli/commands/annotate.js")).annotateCommand(),
    ];
    const missing = commands.flatMap((c) => limits.filter((o) => !c.options.some((opt) => opt.long === o)).map((o) => `${c.name()} ${o}`));
    expect(missing).toEqual([]);
  });
});

describe("README's paths", () => {
  // "src/analyze/parts.ts" was named long after it became the folder src/analyze/parts/.
  it("each path it names in the checkout exists (src/, bench/, scripts/, schema/, docs/, test/, fixtures/, grammars/)", () => {
    const named = [...new Set([...README.matchAll(/\b(?:src|bench|scripts|schema|docs|test|fixtures|grammars)\/[\w./<>*-]*[\w/*>]/g)].map((m) => m[0]))].filter(
      (p) => !/[<*]/.test(p), // a pattern ("test/view/*.browser.test.ts", "fixtures/fresh/<set>/…")
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});

describe("README's claims about the view page", () => {
  // The page's script is built for es2020 syntax, but what it calls is not lowered: `.at()` (Chrome
  // 92) ran at the script's start while the README said Chrome 80 opens the page.
  const SINCE: [RegExp, number][] = [
    [/DecompressionStream/, 80],
    [/\.replaceAll\(/, 85],
    [/\.at\(/, 92],
    [/Object\.hasOwn\b/, 93],
    [/\.findLast(Index)?\(/, 97],
    [/\bstructuredClone\(/, 98],
    [/\.(toSorted|toReversed|toSpliced)\(/, 110],
    [/\bObject\.groupBy\b/, 117],
  ];
  it("the Chrome it names runs every newer API the page's script calls", () => {
    const named = Number(/\(Chrome (\d+), Firefox \d+, Safari [\d.]+/.exec(README)?.[1]);
    expect(named).toBeGreaterThan(0);
    const script = readFileSync(join(ROOT, "dist", "view-app.js"), "utf8");
    const needs = Math.max(...SINCE.filter(([api]) => api.test(script)).map(([, version]) => version));
    expect(named).toBe(needs);
  });
});

describe("README tables of examples", () => {
  const tables = markedTables(README);
  // A blank line inside a table ends it: Markdown shows the rows after it as a paragraph of pipes
  // (the Identifiers table lost its bare:, law:, constitution: and charter: rows so).
  it("no table is cut by a blank line between two of its rows", () => {
    const lines = README.split("\n");
    const cut = lines.flatMap((line, i) => (line === "" && lines[i - 1]?.startsWith("|") && lines[i + 1]?.startsWith("|") ? [`line ${i + 1}`] : []));
    expect(cut).toEqual([]);
  });

  it("the marked tables are found", () => {
    expect(tables.map((t) => t.marker)).toEqual(["checked: codes", "checked: spellings", "checked: dependencies"]);
  });

  for (const { rows } of tables.filter((t) => t.marker === "checked: dependencies")) {
    it("the dependency table names every package of package.json, each where package.json has it", () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string>>;
      const runtime = Object.keys(pkg.dependencies!);
      const dev = Object.keys(pkg.devDependencies!);
      const wrong: string[] = [];
      const named = rows.flatMap(({ cells, line }) => {
        const cell = cells[0]!;
        const names = cell
          .replace(/\(\+ ([^)]*)\)/g, ", $1") // "graphology (+ graphology-gexf)"
          .replace(/\([^)]*\)/g, "")
          .split(",")
          .map((n) => n.trim().split(" ")[0]!); // "chevrotain 11": its major version
        for (const name of names) {
          const where = /\(dev\)/.test(cell) ? dev : /bundled/.test(cell) ? [...runtime, ...dev] : runtime;
          if (!where.includes(name)) wrong.push(`line ${line}: ${name} is not in package.json's ${where === dev ? "devDependencies" : "dependencies"}`);
        }
        return names;
      });
      wrong.push(...[...runtime, ...dev].filter((n) => !named.includes(n)).map((n) => `${n}: not in the table`));
      expect(wrong).toEqual([]);
    });
  }

  for (const { rows } of tables.filter((t) => t.marker === "checked: spellings")) {
    it.each(rows.map((r) => [r.line, r.cells] as const))("the spellings at line %i are read as the row says", (_line, cells) => {
      const spellings = [...cells[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const readAs = /`([^`]+)`/.exec(cells[1]!)?.[1];
      expect(spellings.length).toBeGreaterThan(0);
      const wrong: string[] = [];
      spellings.forEach((spelling, k) => {
        const phrase = /^\p{L}/u.test(spelling) ? spelling : `số ${spelling}`;
        const text = spelling.startsWith("Số:") ? `${spelling}\n` : `Căn cứ ${phrase} ngày 5/3/2010 của Ủy ban nhân dân tỉnh;`;
        const at = text.indexOf(spelling);
        const found = extract(text).filter((c) => c.form === "full" && c.start <= at && c.end >= at + spelling.length);
        if (found.length !== 1) wrong.push(`"${spelling}": ${found.length} full citations span it in "${text.trim()}"`);
        else if (k === 0 && found[0]!.id.replace(/[@~].*$/, "") !== readAs) wrong.push(`"${spelling}": read as ${found[0]!.id}, the row says ${readAs}`);
      });
      expect(wrong).toEqual([]);
    });
  }
});

interface Shown {
  /** Offsets of the statement's expression in the block's code. */
  start: number;
  end: number;
  value: unknown;
  /** README line of the shown literal. */
  line: number;
}

/** The statements of a ts block followed by a comment that shows their result. */
function shownResults(block: Block): Shown[] {
  const source = ts.createSourceFile("block.ts", block.code, ts.ScriptTarget.ES2022, true);
  const statements = source.statements;
  const shown: Shown[] = [];
  statements.forEach((s, i) => {
    if (!ts.isExpressionStatement(s)) return;
    const until = i + 1 < statements.length ? statements[i + 1]!.getStart(source) : block.code.length;
    const comments = block.code
      .slice(s.end, until)
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.startsWith("//"))
      .map((l) => l.slice(2).trim());
    const first = comments.findIndex((c) => /^[[{"]/.test(c));
    if (first < 0) return;
    const literal = openingLiteral(comments.slice(first).join("\n"));
    const at = block.code.indexOf(comments[first]!, s.end);
    const line = block.line + block.code.slice(0, at).split("\n").length - 1;
    if (literal === null) throw new Error(`README line ${line}: a result whose brackets do not close`);
    shown.push({ start: s.expression.getStart(source), end: s.expression.end, value: shownValue(literal), line });
  });
  return shown;
}

const RESULTS = "\n--- shown results ---\n";

/** The block as a module that records each shown statement's value (awaited) and prints them last. */
function runnable(block: Block, shown: Shown[]): string {
  let code = block.code;
  for (let k = shown.length - 1; k >= 0; k--) {
    const { start, end } = shown[k]!;
    code = `${code.slice(0, start)}shownResult(${k}, ${code.slice(start, end)})${code.slice(end)}`;
  }
  const js = ts.transpileModule(given(block) + code, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
  return `const shownResults = [];
const shownPending = [];
function shownResult(k, value) {
  shownPending.push(Promise.resolve(value).then((v) => { shownResults[k] = v; }));
  return value;
}
${js}
await Promise.all(shownPending);
process.stdout.write(${JSON.stringify(RESULTS)} + JSON.stringify(shownResults));
`;
}

/** The block as one bash script stopping at the first line that fails, naming it. */
function script(block: Block): string {
  const hasJq = spawnSync("bash", ["-c", "command -v jq"]).status === 0;
  const lines = [`vncite() { ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"; }`, "set -o pipefail"];
  block.code.split("\n").forEach((line, i) => {
    if (line.trim() === "" || line.includes("postgres://")) return;
    if (/\|\s*jq\b/.test(line) && !hasJq) return; // jq is the reader's, not vncite's
    lines.push(line, `rc=$?; if [ "$rc" != 0 ]; then echo "README line ${block.line + i} exited $rc" >&2; exit 1; fi`);
  });
  return lines.join("\n");
}
