import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { withClient } from "./client";
import { isAlive, readPostmasterPid, startEmbeddedPostgres, withDatabase } from "./embedded";
import { migrate } from "./migrate";

// A throwaway database for one run (e2e server, bench, Vitest):
//   - DATABASE_URL unset: an embedded PostgreSQL in a temp dir `<prefix>-XXXXXX` on a free port;
//     drop() stops it and removes the dir;
//   - DATABASE_URL set: a new, uniquely named database on that server; drop() drops it. The database
//     named in the URL is only used to connect; it is never written to.

export type ScratchDatabase = {
  url: string;
  /** The server's maintenance database (or DATABASE_URL itself): for CREATE/DROP DATABASE. */
  serverUrl: string;
  kind: "embedded" | "DATABASE_URL";
  /** Safe to call more than once. */
  drop: () => Promise<void>;
  /** Embedded only: a database outage. Stops the server, waits downMs, starts it again (same port, same data). */
  restart?: (downMs: number) => Promise<void>;
};

export type ScratchDatabaseOptions = {
  /** Names the temp dir and, unless `name` is given, the database (`<prefix>_<time>_<random>`). */
  prefix: string;
  name?: string;
  /** Apply prisma/migrations to the new database. */
  migrate?: boolean;
  log?: (message: string) => void;
};

type ScratchServer = Pick<ScratchDatabase, "url" | "kind" | "restart"> & { stop: () => Promise<void> };

// Each temp dir holds the pid of the process that made it, so later runs can tell abandoned ones.
const OWNER_FILE = "owner.pid";
// A dir without an owner file may be one that another run has only just created.
const OWNERLESS_GRACE_MS = 60_000;

export async function createScratchDatabase(options: ScratchDatabaseOptions): Promise<ScratchDatabase> {
  const log = options.log ?? (() => undefined);
  const name = options.name ?? `${options.prefix.replace(/\W/g, "_")}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const configured = process.env.DATABASE_URL;
  const server: ScratchServer = configured
    ? { url: configured, kind: "DATABASE_URL", stop: async () => undefined }
    : await startScratchServer(options.prefix, log);

  let created = false;
  let dropping: Promise<void> | undefined;
  const drop = () =>
    (dropping ??= (async () => {
      try {
        // An embedded server's databases go with its temp dir.
        if (created && server.kind === "DATABASE_URL") {
          // FORCE: an app's connection pool may still be open if it did not exit cleanly.
          await withClient(server.url, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
          log(`dropped database ${name}`);
        }
      } finally {
        await server.stop();
      }
    })());

  try {
    await withClient(server.url, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    created = true;
    log(`created database ${name} (${server.kind})`);
    const url = withDatabase(server.url, name);
    if (options.migrate) {
      const { applied } = await migrate(url);
      log(`applied ${applied.length} migration(s)`);
    }
    return { url, serverUrl: server.url, kind: server.kind, drop, restart: server.restart };
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}

async function startScratchServer(prefix: string, log: (message: string) => void): Promise<ScratchServer> {
  await reapAbandonedScratchServers(prefix, log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  const dataDir = path.join(dir, "data");
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  try {
    embedded = await startEmbeddedPostgres({ dataDir });
  } catch (error) {
    remove();
    throw error;
  }
  log(`embedded PostgreSQL on port ${embedded.port} (${dir})`);
  return {
    url: embedded.url,
    kind: "embedded",
    stop: async () => {
      await embedded.stop();
      remove();
    },
    restart: async (downMs) => {
      await embedded.stop();
      await sleep(downMs);
      embedded = await startEmbeddedPostgres({ dataDir, port: embedded.port });
    },
  };
}

/**
 * A run killed with SIGKILL cannot clean up: its postgres keeps running and its temp dir stays.
 * Stops and removes those `<prefix>-*` dirs in `parent` whose owner process is gone; dirs of live
 * runs are left alone.
 */
export async function reapAbandonedScratchServers(prefix: string, log: (message: string) => void, parent = os.tmpdir()): Promise<void> {
  let entries: string[];
  try {
    entries = fs.readdirSync(parent).filter((entry) => entry.startsWith(`${prefix}-`));
  } catch {
    return;
  }
  for (const entry of entries) {
    const dir = path.join(parent, entry);
    const dataDir = path.join(dir, "data");
    const postmaster = readPostmasterPid(dataDir)?.pid;
    const serving = postmaster !== undefined && isAlive(postmaster) && servesDataDir(postmaster, dataDir);
    if (!isAbandoned(dir, serving)) continue;
    if (serving) {
      try {
        process.kill(postmaster, "SIGQUIT"); // immediate shutdown: nothing in it is worth keeping
      } catch {
        continue;
      }
      await waitForExit(postmaster);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    log(`removed ${dir}, left behind by an interrupted run`);
  }
}

function isAbandoned(dir: string, serving: boolean): boolean {
  let owner: number;
  try {
    owner = Number(fs.readFileSync(path.join(dir, OWNER_FILE), "utf8"));
  } catch {
    owner = NaN;
  }
  if (Number.isInteger(owner) && owner > 0) return !isAlive(owner);
  // No owner yet: a run between mkdtemp and writing the file, or one from before owner files.
  try {
    return !serving && Date.now() - fs.statSync(dir).mtimeMs > OWNERLESS_GRACE_MS;
  } catch {
    return false; // removed meanwhile
  }
}

// postmaster.pid may name a pid reused since that server died: only signal a postgres started on
// this very data dir (its command line has `-D <dataDir>`). Without /proc, trust the file.
function servesDataDir(pid: number, dataDir: string): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(dataDir);
  } catch {
    return !fs.existsSync("/proc/self");
  }
}

async function waitForExit(pid: number, timeoutMs = 5_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; isAlive(pid) && Date.now() < deadline; ) await sleep(50);
}
