/**
 * `npm run build`: tsup, then a stamp of what was built from (node_modules/.cache/vncite/build.json):
 * a hash of every file the build reads (src/, the configs, package.json and the lock file, this
 * script) and a hash of the dist/ it made.
 *
 * `node scripts/build.mjs --if-stale` (what `npm test` runs) builds only when the stamp does not
 * match: a source, config or dependency changed, dist/ is missing or was changed by hand, or no
 * build wrote a stamp. So `npm ci` (whose prepare builds) then `npm test` builds once, not twice
 * (~15-30 s of CPU on CI), and a developer who edits src/ and runs `npm test` still tests a fresh
 * dist. Hashes of contents, not modification times: a checkout or a copy cannot fool it.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const STAMP = join(ROOT, "node_modules", ".cache", "vncite", "build.json");
/** What tsup reads besides src/: its config, the TypeScript settings of the .d.ts build, the version (src/cli/main.ts imports package.json), the bundled dependencies' versions. */
const INPUT_FILES = ["package.json", "package-lock.json", "tsup.config.ts", "tsconfig.json", "scripts/build.mjs"];

/** Every file under `dir` (recursively), as paths relative to ROOT, sorted. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(relative(ROOT, path));
  }
  return out.sort();
}

/** One hash over the names and contents of `files` (a missing file hashes as missing). */
function hashFiles(files) {
  const hash = createHash("sha256");
  for (const file of files) {
    const path = join(ROOT, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(path) && statSync(path).isFile() ? readFileSync(path) : "\0missing\0");
    hash.update("\0");
  }
  return hash.digest("hex");
}

const inputsHash = () => hashFiles([...INPUT_FILES, ...filesUnder(join(ROOT, "src"))]);
const distHash = () => hashFiles(filesUnder(DIST));

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return null;
  }
}

if (process.argv.includes("--if-stale")) {
  const stamp = readStamp();
  if (stamp && stamp.inputs === inputsHash() && existsSync(DIST) && stamp.dist === distHash()) {
    console.log("dist/ is already built from these sources (node_modules/.cache/vncite/build.json): not rebuilt");
    process.exit(0);
  }
}

// The sources as they are when the build starts (an edit made during it makes the stamp stale).
const inputs = inputsHash();
// No stamp while building: a build that fails or is stopped leaves none behind.
rmSync(STAMP, { force: true });
const tsup = spawnSync(join(ROOT, "node_modules", ".bin", "tsup"), { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
if (tsup.status !== 0) process.exit(tsup.status ?? 1);
// Written to a new file and renamed over the old: node_modules may be hard links shared with
// another checkout (cp -al), whose stamp must not change.
mkdirSync(dirname(STAMP), { recursive: true });
const temporary = `${STAMP}.${process.pid}.tmp`;
writeFileSync(temporary, JSON.stringify({ inputs, dist: distHash() }) + "\n");
renameSync(temporary, STAMP);
