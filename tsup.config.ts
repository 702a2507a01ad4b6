import { defineConfig } from "tsup";

// Two bundles: the library (ESM + CJS + .d.ts) and the CLI (ESM only, with a shebang).
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
    loader: { ".sql": "text" },
  },
  {
    entry: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    loader: { ".sql": "text" },
  },
]);
