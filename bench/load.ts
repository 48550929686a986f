// Load generators: autocannon for HTTP, pgbench (or a pg loop) for the database's raw insert rate.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";

export type HttpFigures = {
  requestsPerSec: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

export type HttpLoad = {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** `[<id>]` in the body is replaced by a fresh id per request. */
  body?: string;
  connections: number;
  durationSec: number;
};

export async function httpLoad(load: HttpLoad): Promise<HttpFigures> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: load.url,
        method: load.method ?? "GET",
        headers: load.headers,
        body: load.body,
        idReplacement: load.body?.includes("[<id>]") ?? false,
        connections: load.connections,
        duration: load.durationSec,
        timeout: 30,
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, Number(stat.count)]),
  );
  return {
    requestsPerSec: round(result.requests.total / (result.duration || load.durationSec), 1),
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export const PGBENCH = "/usr/lib/postgresql/15/bin/pgbench";

export type InsertFigures = { tool: "pgbench" | "pg-loop"; clients: number; durationSec: number; tps: number; transactions: number; failed: number };

// A scratch copy of "Post" with its indexes (no foreign keys): one row per transaction, autocommit,
// like the app's insert. Created and dropped here.
const SCRATCH = "bench_raw_insert";

export async function rawInsertRate(databaseUrl: string, clients: number, durationSec: number): Promise<InsertFigures> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  admin.on("error", () => undefined); // the server going away during an interrupted run's cleanup
  await admin.connect();
  try {
    await admin.query(`DROP TABLE IF EXISTS ${SCRATCH}`);
    await admin.query(`CREATE TABLE ${SCRATCH} (LIKE "Post" INCLUDING DEFAULTS INCLUDING INDEXES)`);
    const figures = fs.existsSync(PGBENCH) && process.env.BENCH_NO_PGBENCH !== "1"
      ? await viaPgbench(databaseUrl, clients, durationSec)
      : await viaPgLoop(databaseUrl, clients, durationSec);
    const { rows } = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM ${SCRATCH}`);
    if (Number(rows[0]!.n) < figures.transactions) throw new Error(`raw insert: ${figures.transactions} reported, ${rows[0]!.n} rows found`);
    return figures;
  } finally {
    await admin.query(`DROP TABLE IF EXISTS ${SCRATCH}`).catch(() => undefined);
    await admin.end();
  }
}

const INSERT_SQL = `INSERT INTO ${SCRATCH} (id, "assignmentId", "sectionId", "authorId", body)
  VALUES (md5(random()::text || clock_timestamp()::text), 'benchassignment', 'benchsection', 'benchauthor', 'A raw insert of a short body, for comparison.')`;

async function viaPgbench(databaseUrl: string, clients: number, durationSec: number): Promise<InsertFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pgbench-"));
  let child: ReturnType<typeof spawn> | undefined;
  // process.exit() (Ctrl-C cleanup) skips `finally`: remove the dir and stop pgbench on exit too.
  const onExit = () => {
    child?.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", onExit);
  const script = path.join(dir, "insert.sql");
  fs.writeFileSync(script, `${INSERT_SQL.replace(/\n\s*/g, " ")};\n`);
  const url = new URL(databaseUrl);
  const args = ["-n", "-M", "prepared", "-c", String(clients), "-j", String(Math.min(clients, os.cpus().length)), "-T", String(durationSec), "-f", script,
    "-h", url.hostname, "-p", url.port || "5432", "-U", decodeURIComponent(url.username), decodeURIComponent(url.pathname.slice(1))];
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const pgbench = spawn(PGBENCH, args, { env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) }, stdio: ["ignore", "pipe", "pipe"] });
      child = pgbench;
      let out = "";
      pgbench.stdout.on("data", (chunk) => (out += chunk));
      pgbench.stderr.on("data", (chunk) => (out += chunk));
      pgbench.once("error", reject);
      pgbench.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`pgbench exited ${code}:\n${out.slice(-2000)}`))));
    });
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1]);
    const transactions = Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1]);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    if (!Number.isFinite(tps) || !Number.isFinite(transactions)) throw new Error(`could not read pgbench output:\n${output}`);
    return { tool: "pgbench", clients, durationSec, tps: round(tps, 0), transactions, failed };
  } finally {
    process.removeListener("exit", onExit);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function viaPgLoop(databaseUrl: string, clients: number, durationSec: number): Promise<InsertFigures> {
  const pool = Array.from({ length: clients }, () => new pg.Client({ connectionString: databaseUrl }));
  for (const client of pool) client.on("error", () => undefined);
  await Promise.all(pool.map((client) => client.connect()));
  try {
    let transactions = 0;
    const started = performance.now();
    const end = started + durationSec * 1000;
    await Promise.all(
      pool.map(async (client) => {
        while (performance.now() < end) {
          await client.query({ name: "bench-insert", text: INSERT_SQL });
          transactions++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return { tool: "pg-loop", clients, durationSec, tps: round(transactions / seconds, 0), transactions, failed: 0 };
  } finally {
    await Promise.all(pool.map((client) => client.end().catch(() => undefined)));
  }
}
