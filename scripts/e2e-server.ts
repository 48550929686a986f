import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemo } from "../prisma/seed";
import { createDatabaseIfMissing } from "./db/database-url";
import { startEmbeddedPostgres, withDatabase } from "./db/embedded";
import { migrate } from "./db/migrate";

// Playwright's webServer (playwright.config.ts). Every run gets its own throwaway database:
//   - DATABASE_URL unset: a fresh embedded PostgreSQL in a temp dir on a free port, removed on exit;
//   - DATABASE_URL set: a fresh, uniquely named database on that server, dropped on exit (the
//     database named in the URL is only used to connect; it is never written to).
// Then migrations, the demo class, and `next start` (production build; `next build` must have run)
// on E2E_PORT. Shuts everything down on SIGTERM/SIGINT/SIGHUP.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");
const port = Number(process.env.E2E_PORT ?? 3100);
const host = process.env.E2E_HOST ?? "127.0.0.1";
// Fixed so that runs are reproducible; it signs only the throwaway sessions of this test server.
const AUTH_SECRET = "e2e-test-secret-not-for-production-0123456789abcdef";
const TEMP_PREFIX = "margin-e2e-";

type Database = { url: string; cleanup: () => Promise<void> };

const log = (message: string) => console.log(`[e2e-server] ${message}`);

let child: ChildProcess | undefined;
let database: Database | undefined;
let stopping = false;

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`E2E_PORT is not a port: ${process.env.E2E_PORT}`);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error(
      "no production build: .next/BUILD_ID is missing. Run `npx next build` before the end-to-end tests " +
        "(the e2e server runs `next start` and never builds by itself).",
    );
  }

  database = process.env.DATABASE_URL ? await freshDatabaseOn(process.env.DATABASE_URL) : await freshEmbeddedServer();
  if (stopping) return;
  const { applied } = await migrate(database.url);
  log(`applied ${applied.length} migration(s)`);
  if (stopping) return;
  await seed(database.url);
  log("seeded the demo class");
  if (stopping) return;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  log(`starting next on http://${host}:${port}`);
  const server = spawn(nextBin, ["start", "--port", String(port), "--hostname", host], { cwd: root, env, stdio: "inherit" });
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

async function freshEmbeddedServer(): Promise<Database> {
  reapAbandonedServers();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), TEMP_PREFIX));
  fs.writeFileSync(path.join(dir, "owner.pid"), String(process.pid));
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  const cleanup = async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data") });
    await createDatabaseIfMissing(server.url, "margin_e2e");
  } catch (error) {
    await cleanup();
    throw error;
  }
  log(`embedded PostgreSQL on port ${server.port} (${dir})`);
  return { url: withDatabase(server.url, "margin_e2e"), cleanup };
}

async function freshDatabaseOn(serverUrl: string): Promise<Database> {
  const name = `margin_e2e_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql.replace("$db", client.escapeIdentifier(name)));
    } finally {
      await client.end();
    }
  };
  await admin("CREATE DATABASE $db");
  log(`created database ${name} on the DATABASE_URL server`);
  return {
    url: withDatabase(serverUrl, name),
    // FORCE: the app's connection pool may still be open if next did not exit cleanly.
    cleanup: async () => {
      await admin("DROP DATABASE IF EXISTS $db WITH (FORCE)");
      log(`dropped database ${name}`);
    },
  };
}

async function seed(url: string): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

// A run killed with SIGKILL cannot clean up after itself: its postgres keeps running and its temp dir
// stays. Stop and remove those left by e2e servers that are no longer alive (ours only: the prefix).
function reapAbandonedServers(): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(os.tmpdir()).filter((entry) => entry.startsWith(TEMP_PREFIX));
  } catch {
    return;
  }
  for (const entry of entries) {
    const dir = path.join(os.tmpdir(), entry);
    const owner = readPid(path.join(dir, "owner.pid"));
    if (owner === undefined || isAlive(owner)) continue;
    const postmaster = readPid(path.join(dir, "data", "postmaster.pid"));
    if (postmaster !== undefined && isAlive(postmaster)) {
      try {
        process.kill(postmaster, "SIGQUIT"); // immediate shutdown: nothing in it is worth keeping
      } catch {
        continue;
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
    log(`removed an abandoned test database in ${dir}`);
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

let shuttingDown: Promise<void> | undefined;
function shutdown(code: number): Promise<void> {
  return (shuttingDown ??= (async () => {
    try {
      await database?.cleanup();
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
