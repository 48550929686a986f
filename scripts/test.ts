// `npm test`: every suite in order — typecheck, lint, Vitest (unit + integration), production
// build, Playwright — then one summed line. Later suites still run when an earlier one fails,
// so a single run reports everything; the exit code is non-zero if anything failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

type SuiteResult = { suite: string; passed: number; failed: number; skipped?: number };

const RESULTS_DIR = "test-results";
const only = process.argv.slice(2);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
}

// Every page is dynamic, so the build never connects; lib/env only wants a well-formed URL.
const BUILD_ENV = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://build@127.0.0.1:9/build" };

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, file), "utf8")) as T;
  } catch {
    return null;
  }
}

function check(suite: string, ok: boolean): SuiteResult {
  return { suite, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

const suites: Record<string, () => SuiteResult> = {
  typecheck: () => check("typecheck", run("npx", ["next", "typegen"]) && run("npx", ["tsc", "--noEmit"])),
  lint: () => check("lint", run("npx", ["eslint", "."])),
  vitest: () => {
    fs.rmSync(path.join(RESULTS_DIR, "vitest.json"), { force: true });
    const ok = run("npx", ["vitest", "run"]);
    const report = readJson<VitestReport>("vitest.json");
    if (!report) return check("vitest (no report)", false);
    const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
    return { suite: "vitest", passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
  },
  e2e: () => {
    if (!run("npx", ["next", "build"], BUILD_ENV)) return check("e2e (build failed)", false);
    fs.rmSync(path.join(RESULTS_DIR, "playwright.json"), { force: true });
    const ok = run("npx", ["playwright", "test"]);
    const report = readJson<PlaywrightReport>("playwright.json");
    if (!report) return check("e2e (no report)", false);
    const { expected, unexpected, flaky, skipped } = report.stats;
    return { suite: "e2e", passed: expected + flaky, failed: unexpected + (ok || unexpected > 0 ? 0 : 1), skipped };
  },
};

fs.mkdirSync(RESULTS_DIR, { recursive: true });
const results = Object.entries(suites)
  .filter(([name]) => only.length === 0 || only.includes(name))
  .map(([, runSuite]) => runSuite());
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
fs.writeFileSync(path.join(RESULTS_DIR, "summary.json"), JSON.stringify({ passed, failed, suites: results }, null, 2));

console.log("\nSuite results:");
for (const r of results) console.log(`  ${r.suite.padEnd(12)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
