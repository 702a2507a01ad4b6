import { defineConfig } from "tsup";

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
    // import of vncite, more than reading and analysing a hundred plans.
    noExternal: ["chevrotain", "xregexp"],
    loader: { ".sql": "text" },
  },
  {
    entry: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    noExternal: ["chevrotain", "xregexp"],
    loader: { ".sql": "text" },
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
