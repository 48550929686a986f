import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: unit tests need no database; integration tests share one PostgreSQL and get a
// fresh migrated database per file (tests/setup/global-database.ts, tests/setup/test-database.ts).
// tests/e2e is Playwright's and is not matched here.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // lib/ modules import "server-only", which throws outside React Server Components.
      { find: /^server-only$/, replacement: path.join(root, "tests/setup/server-only.ts") },
    ],
  },
  test: {
    // A wrapper sums the counts from the JSON report.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          // Lets modules that import lib/db load; a unit test that queries fails fast (nothing listens).
          env: { DATABASE_URL: "postgresql://unit-tests-have-no-database@127.0.0.1:9/none" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/global-database.ts"],
          setupFiles: ["tests/setup/test-database.ts"],
          testTimeout: 20_000,
          // Tests post, sign in and export far faster than people; rate-limits.test.ts sets its own limits.
          env: { RATE_LIMIT_SCALE: "1000" },
          hookTimeout: 60_000,
          // next-auth imports "next/server" without an extension, which Node's ESM loader refuses;
          // bundled by Vite it resolves, so tests can import lib/actions (which reads the session).
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});
