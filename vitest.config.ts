import { defineConfig } from "vitest/config";

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
    testTimeout: 60_000,
    pool: "forks",
  },
});
