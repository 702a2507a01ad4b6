import { defineConfig } from "tsup";
import { recordPhraseSources } from "./src/vocab/phrases.js";

// The vocabularies' regex sources (phraseSource), made here once instead of in every process that
// loads the bundle: the library's modules and the CLI worker's are loaded with recording on, and what
// they made goes into the bundles as a constant (src/vocab/phrases.ts says how it is read).
const phraseSources = recordPhraseSources();
await import("./src/index.js");
await import("./src/cli/process-file.js");
// A string of JSON (read with JSON.parse), not an array: esbuild would make an array constant a module of its own, called from every module.
const define = { __VNCITE_PHRASE_SOURCES__: JSON.stringify(JSON.stringify([...phraseSources])) };

// Three bundles: the library (ESM + CJS + .d.ts), the CLI (ESM only, with a shebang), and the
// view's page script (one browser IIFE with every dependency inside, which `vncite view` inlines
// into the HTML it writes, so the page needs no network).
export default defineConfig([
  {
    entry: { index: "src/index.ts", postgres: "src/postgres.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    // The CommonJS bundle gets a stand-in for import.meta.url (pdf.ts finds pdf.js's data through
    // it in ESM); without one esbuild warns that import.meta is empty there.
    shims: true,
    // Chevrotain and XRegExp inside the bundle: imported from node_modules, Chevrotain's ESM build
    // (with lodash-es) is hundreds of module files, and resolving them cost ~0.5 s of CPU at every
    // import of vncite, more than reading and analysing a hundred plans. unorm too: imported from
    // node_modules it is CommonJS, and Node scans its 0.4 MB for exports at every import (0.03 s on
    // the importing thread, and ~0.1 s of compiling that scan on V8's helper threads).
    noExternal: ["chevrotain", "xregexp", "unorm"],
    loader: { ".sql": "text" },
    define,
  },
  {
    entry: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    // The bundled CommonJS packages (fast-glob and its matchers) require Node's built-ins, which
    // esbuild's ESM output can only do through a real `require`.
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __vnciteRequire } from "node:module";\nconst require = __vnciteRequire(import.meta.url);' },
    // Bundled, not resolved at run time: resolving a package's many module files costs more CPU
    // than running them (chevrotain's took a worker ~0.8 s). With commander, fast-glob, unorm and
    // csv-parse (since replaced by src/read/csv.ts) in too, `vncite --version` fell 0.17 -> 0.14 s CPU
    // and a one-file extract 0.63 -> 0.52 s (medians of 7 pairs; bench/README.md, Session 7).
    noExternal: ["chevrotain", "xregexp", "commander", "fast-glob", "unorm"],
    loader: { ".sql": "text" },
    define,
  },
  {
    entry: { "view-app": "src/view/browser/app.ts" },
    format: ["iife"],
    platform: "browser",
    target: "es2020",
    minify: true,
    // No source map: the page is one file, and a sourceMappingURL comment would point outside it.
    sourcemap: false,
    noExternal: [/.*/],
    outExtension: () => ({ js: ".js" }),
  },
]);
