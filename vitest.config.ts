import { defineConfig } from "vitest/config";

// No test uses TLS, yet every node process started with NODE_EXTRA_CA_CERTS set parses its certificates first
// (~0.035 s of CPU for 144 of them, and again in each worker thread the CLI starts: bench/README.md, sessions 28, 66).
// The suite starts hundreds (vitest's workers, the CLI, tsc, npm): they inherit the environment without it.
// .ci/run does not set it; a machine that does (this one) paid it on every spawn.
delete process.env.NODE_EXTRA_CA_CERTS;

export default defineConfig({
  // SQL files are imported as text, as tsup's text loader bundles them.
  plugins: [
    {
      name: "sql-as-text",
      transform(code, id) {
        return id.endsWith(".sql") ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    // CI pins the properties' seed (the file says why); local runs keep a random one.
    setupFiles: ["test/helpers/property-seed.ts"],
    testTimeout: 60_000,
    // Hooks start and stop PostgreSQL, Chromium and CLI fixtures; on a loaded machine those take longer
    // than the 10 s default (the cluster's stop timed out at load ~11 in a full run).
    hookTimeout: 120_000,
    pool: "forks",
    // Two test files at a time, whatever the core count (vitest's default is one fewer than the cores:
    // one on a 2-core machine). Most files wait on a process they start (the CLI, PostgreSQL, Chromium),
    // so a second file fills the idle core: on 2 cores the whole run took 174 s against 222 s, all
    // 1,569 tests passing both ways. The timing tests compare CPU time or runs taken in turns in one
    // process (test/hostile/timing.ts, test/helpers/linear.ts), so a busier machine does not decide them.
    maxWorkers: 2,
    // One module cache per worker, not per file: importing the library again for each of ~90 files
    // cost more CPU than most files' tests (import 68 s against tests 39 s on the library's own
    // files). No test mocks modules, stubs globals or changes the environment, so none can leak.
    isolate: false,
  },
});
