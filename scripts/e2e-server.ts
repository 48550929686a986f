import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemo } from "../prisma/seed";
import { createScratchDatabase, type ScratchDatabase } from "./db/scratch-database";
import { nextStartCommand } from "./next-server";
import { E2E_AUTH_SECRET, e2ePort, removeServerInfo, serverInfoPath, writeServerInfo } from "../tests/e2e/fixtures/server-info";

// Playwright's webServer (playwright.config.ts). Every run gets its own throwaway, migrated database
// (scripts/db/scratch-database.ts: embedded in a temp dir, or a new database on the DATABASE_URL
// server), removed on exit. Then the demo class, and `next start` (production build; `next build`
// must have run) on E2E_PORT. Shuts everything down on SIGTERM/SIGINT/SIGHUP.
//
// The tests build their state in the same database and sign users in by setting the session cookie
// (tests/e2e/fixtures): the database's URL goes to test-results/e2e-server-<port>.json
// (tests/e2e/fixtures/server-info.ts) before next starts, and the session secret is a constant both share.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = e2ePort();
const host = process.env.E2E_HOST ?? "127.0.0.1";
const AUTH_SECRET = E2E_AUTH_SECRET;

const log = (message: string) => console.log(`[e2e-server] ${message}`);

let child: ChildProcess | undefined;
let database: ScratchDatabase | undefined;
let stopping = false;

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`E2E_PORT is not a port: ${process.env.E2E_PORT}`);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error(
      "no production build: .next/BUILD_ID is missing. Run `npx next build` before the end-to-end tests " +
        "(the e2e server runs `next start` and never builds by itself).",
    );
  }

  // A file left by a run that was killed must not point the tests at a database that is gone.
  removeServerInfo(port);
  database = await createScratchDatabase({ prefix: "margin-e2e", migrate: true, log });
  if (stopping) return;
  await seed(database.url);
  log("seeded the demo class");
  if (stopping) return;
  writeServerInfo({ databaseUrl: database.url, pid: process.pid }, port);
  log(`wrote ${serverInfoPath(port)}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    // An ended session stops working within this many seconds (tests/e2e/account.spec.ts).
    SESSION_CHECK_SECONDS: "2",
    // Every spec signs in, posts and exports from 127.0.0.1 within minutes; rate-limits.spec.ts
    // starts a second server with the real limits.
    RATE_LIMIT_SCALE: process.env.RATE_LIMIT_SCALE ?? "1000",
  };
  log(`starting next on http://${host}:${port}`);
  const [command, args, serverEnv] = nextStartCommand(["--port", String(port), "--hostname", host], env);
  const server = spawn(command, args, { cwd: root, env: serverEnv, stdio: "inherit" });
  child = server;
  const code = await new Promise<number>((resolve) => {
    server.once("error", (error) => {
      console.error(error.message);
      resolve(1);
    });
    server.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1)));
  });
  await shutdown(stopping ? 0 : code || 1);
}

async function seed(url: string): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

let shuttingDown: Promise<void> | undefined;
function shutdown(code: number): Promise<void> {
  return (shuttingDown ??= (async () => {
    try {
      removeServerInfo(port);
      await database?.drop();
    } catch (error) {
      console.error(`[e2e-server] cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(code);
  })());
}

// Playwright signals the whole process group (gracefulShutdown in playwright.config.ts); Ctrl-C does
// too. Let next finish first, then remove the database. Before next has started, stop right away.
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      // Should next hang, don't keep the database forever.
      setTimeout(() => child?.kill("SIGKILL"), 10_000).unref();
    } else {
      void shutdown(0);
    }
  });
}

main().catch(async (error: unknown) => {
  console.error(`[e2e-server] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
