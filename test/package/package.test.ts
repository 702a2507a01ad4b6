/**
 * The package as a user installs it: the tarball `npm pack` makes from dist (built by `npm test`
 * first), checked by attw and publint, and its type declarations compiled by a new TypeScript
 * project under each module setting users have, with --strict and without --skipLibCheck.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, SLOW_RUNS_TIMEOUT, removeTempDirs, run, tempDir } from "../cli/helpers.js";

afterAll(removeTempDirs);

const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);
const dir = tempDir("package");
let tarball = "";
let unpacked = "";

beforeAll(async () => {
  // --ignore-scripts: prepack would rebuild dist while other test files run the CLI from it.
  const pack = await run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", dir], {});
  expect(pack.code, pack.stderr).toBe(0);
  tarball = join(dir, pack.stdout.trim().split("\n").pop()!);
  const untar = await run("tar", ["-xzf", tarball, "-C", dir], {});
  expect(untar.code, untar.stderr).toBe(0);
  unpacked = join(dir, "package");
}, 120_000);

describe("the packed tarball", () => {
  it("holds dist, schema, README and LICENSE (and the vncite/postgres stub for node10), and no sources or tests", () => {
    const top = readdirSync(unpacked).sort();
    expect(top).toEqual(["LICENSE", "README.md", "dist", "package.json", "postgres", "schema"]);
    expect(readdirSync(join(unpacked, "postgres"))).toEqual(["package.json"]);
    expect(readdirSync(join(unpacked, "dist"))).toEqual(expect.arrayContaining(["index.js", "index.cjs", "index.d.ts", "index.d.cts", "cli.js"]));
  });

  it("attw finds no problem for any resolution mode", async () => {
    const r = await run(bin("attw"), [tarball, "--format", "ascii"], {});
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("No problems found");
  }, SLOW_RUNS_TIMEOUT);

  it("publint reports nothing, warnings and suggestions included", async () => {
    const r = await run(bin("publint"), ["run", unpacked, "--pack", "false", "--strict", "--level", "suggestion"], {});
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/Errors?:|Warnings?:|Suggestions?:/);
  });
});

/** Uses every public type a caller is likely to name, so each must be exported and resolvable. */
const CONSUMER = `import {
  analyze, extract, parseCitation, readDocument, CitationGraph, ReadError, ResolveError,
  type Analysis, type Citation, type ChainHit, type ChainOptions, type InstrumentsOptions,
  type CitationMultiGraph, type DocumentAttributes, type GraphWarning, type ReadErrorCode,
  type ReadResult, type SerializedCitationGraph, type FlatGraphSource,
} from "vncite";

const citations: Citation[] = extract("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018");
const one: Citation | null = parseCitation("nghị quyết 76/nq-cp");
const analysis: Analysis = analyze("KẾ HOẠCH", { path: "a.txt" });
const graph = CitationGraph.from([analysis]);
const chain: ChainOptions = { transitive: true };
const instruments: InstrumentsOptions = {};
const hits: ChainHit[] = graph.implementersOf("file:a.txt", chain);
const multi: CitationMultiGraph = graph.graph;
const order: number = multi.order;
const attributes: DocumentAttributes | undefined = graph.document("file:a.txt");
const warnings: readonly GraphWarning[] = graph.warnings;
const json: SerializedCitationGraph = graph.toJSON();
const flat: FlatGraphSource = multi;
const reading: Promise<ReadResult> = readDocument("a.txt");
function codeOf(e: unknown): ReadErrorCode | "other" {
  return e instanceof ReadError ? e.code : e instanceof ResolveError ? "other" : "other";
}
export { citations, one, hits, instruments, order, attributes, warnings, json, flat, reading, codeOf };
`;

describe("the type declarations, as a new TypeScript project sees them", () => {
  let project = "";
  beforeAll(() => {
    project = join(dir, "consumer");
    mkdirSync(join(project, "node_modules"), { recursive: true });
    cpSync(unpacked, join(project, "node_modules", "vncite"), { recursive: true });
    // What `npm install vncite` would add beside it (graphology-types as graphology's peer). No
    // @types/node: the declarations must not need it.
    for (const dep of ["graphology", "graphology-types"]) {
      symlinkSync(join(ROOT, "node_modules", dep), join(project, "node_modules", dep), "dir");
    }
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    for (const file of ["esm.mts", "cjs.cts", "plain.ts"]) writeFileSync(join(project, file), CONSUMER);
  });

  const settings: [string, string, string[]][] = [
    ["nodenext, from ESM", "esm.mts", ["--module", "nodenext", "--moduleResolution", "nodenext"]],
    ["node16, from CommonJS (.cts)", "cjs.cts", ["--module", "node16", "--moduleResolution", "node16"]],
    ["bundler", "plain.ts", ["--module", "esnext", "--moduleResolution", "bundler"]],
    ["node10", "plain.ts", ["--module", "commonjs", "--moduleResolution", "node10", "--esModuleInterop"]],
  ];
  it.each(settings)("compile under %s with --strict", async (_name, file, flags) => {
    const args = ["--noEmit", "--strict", "--target", "es2022", "--lib", "es2022", ...flags, file];
    const r = await run(bin("tsc"), args, { cwd: project });
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});

describe("the JSON Schemas, as an installed package exposes them", () => {
  // `files` ships schema/, but `exports` closes every path it does not name: without the
  // "./schema/*" subpath neither import nor require.resolve can reach them (ERR_PACKAGE_PATH_NOT_EXPORTED).
  let project = "";
  beforeAll(() => {
    project = join(dir, "schema-user");
    mkdirSync(join(project, "node_modules"), { recursive: true });
    cpSync(unpacked, join(project, "node_modules", "vncite"), { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "schema-user", private: true, type: "module" }));
  });

  it.each(["graph.schema.json", "extract.schema.json"])("import and require.resolve reach vncite/schema/%s", async (file) => {
    const esm = `import schema from "vncite/schema/${file}" with { type: "json" }; console.log(typeof schema.$schema);`;
    const imported = await run(process.execPath, ["--input-type=module", "-e", esm], { cwd: project });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout.trim()).toBe("string");
    const cjs = `console.log(require.resolve("vncite/schema/${file}"))`;
    const resolved = await run(process.execPath, ["--input-type=commonjs", "-e", cjs], { cwd: project });
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(resolved.stdout.trim()).toBe(join(realpathSync(project), "node_modules", "vncite", "schema", file));
  });
});

describe("the CLI's bundled dependencies", () => {
  // commander and fast-glob are built into dist/cli.js (tsup.config.ts), so they are dev
  // dependencies: an install need not fetch them. The tarball's CLI, with no node_modules at all
  // beside it, parses its options, walks a folder and expands a glob.
  it("the packed CLI runs with neither installed, and package.json lists neither as a runtime dependency", async () => {
    const pkg = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies)).not.toContain("commander");
    expect(Object.keys(pkg.dependencies)).not.toContain("fast-glob");
    const alone = join(dir, "cli-alone");
    cpSync(join(unpacked, "dist"), join(alone, "dist"), { recursive: true });
    cpSync(join(unpacked, "package.json"), join(alone, "package.json"));
    mkdirSync(join(alone, "texts", "sub"), { recursive: true });
    writeFileSync(join(alone, "texts", "a.txt"), "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;\n");
    writeFileSync(join(alone, "texts", "sub", "b.txt"), "Thực hiện Chỉ thị số 43/CT-TTg của Thủ tướng Chính phủ.\n");
    const cli = join(alone, "dist", "cli.js");
    const help = await run(process.execPath, [cli, "extract", "--help"], { cwd: alone });
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain("Exit codes:");
    const walked = await run(process.execPath, [cli, "extract", "texts", "--format", "ndjson"], { cwd: alone });
    expect(walked.code, walked.stderr).toBe(0);
    const globbed = await run(process.execPath, [cli, "extract", "texts/**/b.txt", "--format", "ndjson"], { cwd: alone });
    expect(globbed.code, globbed.stderr).toBe(0);
    const files = (out: string) => [...new Set(out.trim().split("\n").map((l) => JSON.parse(l).file))].sort();
    expect(files(walked.stdout)).toEqual(["texts/a.txt", "texts/sub/b.txt"]);
    expect(files(globbed.stdout)).toEqual(["texts/sub/b.txt"]);
  });
});
