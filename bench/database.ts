// A fresh database for one bench run: embedded PostgreSQL in a temp dir on a free port when
// DATABASE_URL is unset, otherwise a uniquely named database on that server. Dropped/removed by drop().
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { findFreePort, startEmbeddedPostgres, withDatabase } from "../scripts/db/embedded";
import { migrate } from "../scripts/db/migrate";

export type BenchDatabase = {
  url: string;
  kind: "embedded" | "DATABASE_URL";
  serverVersion: string;
  drop: () => Promise<void>;
};

const TEMP_PREFIX = "bench-pg-";

// A run killed outright (SIGKILL) can't remove its temp dir; later runs remove those whose server is
// gone (no live postmaster.pid), leaving any concurrent run's alone.
function removeAbandonedDataDirs(log: (message: string) => void): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      if (Date.now() - fs.statSync(dir).mtimeMs < 60_000) continue; // maybe still starting up
      const pid = Number(fs.readFileSync(path.join(dir, "data", "postmaster.pid"), "utf8").split("\n")[0]);
      if (pid > 0 && isAlive(pid)) continue;
    } catch {
      /* no postmaster.pid: the server is not running */
    }
    fs.rmSync(dir, { recursive: true, force: true });
    log(`removed ${dir}, left behind by an interrupted run`);
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

export async function freshDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  const configured = process.env.DATABASE_URL;
  const name = `bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  let serverUrl: string;
  let stopServer = async () => undefined as void;
  let kind: BenchDatabase["kind"];

  if (configured) {
    kind = "DATABASE_URL";
    serverUrl = configured;
  } else {
    kind = "embedded";
    removeAbandonedDataDirs(log);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), TEMP_PREFIX));
    const port = await findFreePort();
    log(`starting embedded PostgreSQL in ${dir} on port ${port}`);
    try {
      const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port });
      serverUrl = server.url;
      stopServer = async () => {
        await server.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      };
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  let created = false;
  const drop = async () => {
    try {
      if (created && kind === "DATABASE_URL") {
        await admin((client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
        log(`dropped database ${name}`);
      }
    } finally {
      await stopServer();
    }
  };

  try {
    const serverVersion = await admin(async (client) => {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      created = true;
      return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
    });
    const url = withDatabase(serverUrl, name);
    const { applied } = await migrate(url);
    log(`database ${name} (${kind}, PostgreSQL ${serverVersion}): ${applied.length} migration(s) applied`);
    return { url, kind, serverVersion, drop };
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}
