import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eBaseURL, e2ePort } from "./tests/e2e/fixtures/server-info";

// End-to-end tests against the production build (`npx next build` first), served by
// scripts/e2e-server.ts with a fresh database of its own. Run: npm run test:e2e
//
// Tests build the state they are not about straight in that database with the test factories and
// sign users in by setting the session cookie (tests/e2e/fixtures); sign-up, joining and authoring go
// through the UI in specs of their own.

const port = e2ePort();
const baseURL = e2eBaseURL(port);

// `npx playwright install` cannot download browsers on this network: use Debian's Chromium when present.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  // Points the workers at the e2e server's database (the server writes its URL once it is ready).
  globalSetup: "./tests/e2e/global-setup.ts",
  // The project's tsconfig plus a stub for "server-only", so that lib/db and the factories load here.
  tsconfig: "./tests/e2e/tsconfig.playwright.json",
  // Artifacts (traces, screenshots) of failed tests. Not test-results/ itself: Playwright empties its
  // outputDir at the start, and test-results/ also holds the Vitest report.
  outputDir: "test-results/playwright",
  fullyParallel: false,
  // Two cores. Files run in parallel: the app is stateless and every test makes its own users and classes.
  workers: 2,
  // No retries, on CI either: a test that needs one is a bug to fix, not to hide.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Tests take well under 20 s on this 2-core machine when it is not shared (state is built with the
  // factories, long journeys are split); 60 s leaves room for a machine three times slower.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          // --no-sandbox: CI runs as root. The rest keep Chromium off the (closed) network.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // Plain node with tsx's loader: one process, which receives Playwright's signal itself.
    command: "node --import tsx scripts/e2e-server.ts",
    url: `${baseURL}/signin`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    // Embedded PostgreSQL, migrations, seeding (argon2 hashes) and next start on a slow machine.
    timeout: 180_000,
    // The server's stdout shows with DEBUG=pw:webserver; its errors always show.
    stderr: "pipe",
    // SIGTERM to the process group, so the server drops its database; SIGKILL after the timeout.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
