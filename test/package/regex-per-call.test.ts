/**
 * The built library compiles its regexes when it loads, not at each call. Two ways a regex is built
 * per call without a `new RegExp` in the source:
 * - esbuild (tsup, target node20) writes a regex literal holding \p{…} as `new RegExp("\\p{…}", "u")`,
 *   so such a literal inside a function is a new regex at every call;
 * - `matchAll` clones its regex (the spec's species constructor) at every call, as V8 does too.
 * V8 finds a new regex's compiled code in its compilation cache only until a collection drops the
 * entry, then parses and compiles it again: 450 such regexes a devx5 pass of extract() cost 4.6 % of
 * it (bench/README.md, Session 36). Module constants (and exec loops with lastIndex reset) build none.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../cli/helpers.js";

const DIST = join(ROOT, "dist");
/**
 * Real texts that reach every regex once built per call: dev-045 the named-law reader's \p{M}/\p{Ll}
 * look-backs (afterLowerWord) and schemes' FIRST_ARTICLE; dev-043 the pinpoint's unit labels and
 * head-cue's TASK_END; fresh29r-006 a province's name folded to ASCII (asciiFold's \p{M}) and speaker's
 * PURPOSE_JOIN.
 */
const TEXTS = ["fixtures/dev/texts/dev-045.txt", "fixtures/dev/texts/dev-043.txt", "fixtures/fresh/fresh29r/texts/fresh29r-006.txt"];

/**
 * In a child process (the counters replace globals; test files share a worker): the library loaded,
 * then RegExp wrapped to count each regex built, by `new RegExp`/`RegExp()`, by matchAll's clone, or
 * from a string by match/matchAll/search; extract() and analyze() over the texts twice, the second
 * round counted. `split` by a regex is not counted: V8's fast path splits with the regex itself.
 */
const CHILD = `
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [index, ...files] = process.argv.slice(1);
const Original = RegExp;
let counting = false;
const built = {};
const count = (what) => { if (counting) built[what] = (built[what] ?? 0) + 1; };
globalThis.RegExp = new Proxy(Original, {
  construct(target, args, newTarget) { count("new RegExp(" + JSON.stringify(String(args[0])) + ")"); return Reflect.construct(target, args, newTarget); },
  apply(target, self, args) { count("RegExp(" + JSON.stringify(String(args[0])) + ")"); return Reflect.apply(target, self, args); },
});
const matchAll = Original.prototype[Symbol.matchAll];
Original.prototype[Symbol.matchAll] = function (s) { count("matchAll " + this); return matchAll.call(this, s); };
for (const name of ["match", "matchAll", "search"]) {
  const method = String.prototype[name];
  String.prototype[name] = function (pattern, ...rest) {
    if (typeof pattern === "string") count(name + "(" + JSON.stringify(pattern) + ")");
    return method.call(this, pattern, ...rest);
  };
}
const lib = await import(pathToFileURL(index).href);
const texts = files.map((f) => readFileSync(f, "utf8"));
const round = () => texts.forEach((text, i) => { lib.extract(text); lib.analyze(text, { path: files[i] }); });
round();
counting = true;
round();
counting = false;
process.stdout.write(JSON.stringify(built));
`;

describe("the built library's regexes", () => {
  it.runIf(existsSync(join(DIST, "index.js")))("are built once: a second round of extract() and analyze() over real texts builds none", () => {
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD, join(DIST, "index.js"), ...TEXTS.map((t) => join(ROOT, t))], {
      encoding: "utf8",
    });
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({});
  });

  it.runIf(existsSync(DIST))("holds no regex the bundler rewrote from a \\p{…} literal inside a function", () => {
    // esbuild's rewrite is `new RegExp("…\\p{…}…", flags)`, a plain string: inside a function its line is indented.
    const rewritten: string[] = [];
    for (const file of readdirSync(DIST).filter((f) => f.endsWith(".js") && f !== "view-app.js")) {
      readFileSync(join(DIST, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/^\s.*new RegExp\("[^"]*\\\\p\{/.test(line)) rewritten.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(rewritten).toEqual([]);
  });
});
