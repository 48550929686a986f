import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { runIfMain, withProjectDatabase } from "./cli";

// Applies prisma/migrations/*/migration.sql and records them in `_prisma_migrations` exactly as
// Prisma Migrate does, because Prisma's own engine cannot run on this machine
// (docs/decisions/0002-migrations-without-the-native-engine.md).

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "prisma", "migrations");

/** Prisma Migrate's advisory lock key: holding it also keeps `prisma migrate deploy` out. */
const PRISMA_ADVISORY_LOCK = 72707369;
const LOCK_WAIT = "5min";

// Prisma's DDL, verbatim (sql-schema-connector, PostgresFlavour::create_migrations_table).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export type LocalMigration = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: string[] };
type Row = { id: string; checksum: string; migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

/** sha256 hex of the script, as Prisma computes it. */
export function checksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Prisma accepts a script whose line endings git changed, and old non-zero-padded checksums. */
function matchesChecksum(sql: string, recorded: string): boolean {
  const variants = [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\n", "\r\n")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant, "utf8").digest();
    const rendered = recorded.length === 64 ? digest.toString("hex") : [...digest].map((b) => b.toString(16)).join("");
    return rendered === recorded;
  });
}

/** Migration folders in Prisma's order (directories only; other files are ignored, as Prisma does). */
export async function listMigrations(dir = MIGRATIONS_DIR): Promise<LocalMigration[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const sql = await fs.readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksum(sql) };
    }),
  );
}

export async function migrate(
  databaseUrl: string,
  options: { migrationsDir?: string; log?: (message: string) => void } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  const local = await listMigrations(options.migrationsDir);
  const schema = new URL(databaseUrl).searchParams.get("schema");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(schema)}`);
      await client.query(`SET search_path TO ${client.escapeIdentifier(schema)}`);
    }
    // Session lock: app instances starting together migrate one at a time; the others then find
    // everything applied. It is released when the connection closes, even on a crash.
    await client.query(`SET lock_timeout = '${LOCK_WAIT}'`);
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query("RESET lock_timeout");

    await ensureMigrationsTable(client);
    const rows = (
      await client.query<Row>(
        "SELECT id, checksum, migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at",
      )
    ).rows.filter((row) => row.rolled_back_at === null);

    const failed = rows.filter((row) => row.finished_at === null).map((row) => row.migration_name);
    if (failed.length) {
      throw new Error(
        `migrations marked as failed in _prisma_migrations: ${failed.join(", ")}. Fix the database by hand, ` +
          "then mark them with `prisma migrate resolve` (or delete their rows) before migrating again.",
      );
    }
    const appliedNames = new Set(rows.map((row) => row.migration_name));
    const byName = new Map(local.map((m) => [m.name, m]));
    for (const row of rows) {
      const file = byName.get(row.migration_name);
      if (!file) log(`warning: ${row.migration_name} is applied but missing from ${options.migrationsDir ?? MIGRATIONS_DIR}`);
      else if (!matchesChecksum(file.sql, row.checksum)) {
        throw new Error(
          `migration ${row.migration_name} was modified after it was applied (checksum ${row.checksum} in the ` +
            `database, ${file.checksum} on disk). Never edit an applied migration: add a new one (npm run db:diff).`,
        );
      }
    }

    const applied: string[] = [];
    for (const migration of local.filter((m) => !appliedNames.has(m.name))) {
      log(`applying ${migration.name}`);
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: [...appliedNames].filter((name) => byName.has(name)) };
  } finally {
    await client.end(); // also releases the advisory lock
  }
}

async function ensureMigrationsTable(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname = current_schema()`,
  );
  if (rows.some((row) => row.table === "_prisma_migrations")) return;
  // Like Prisma (P3005): never adopt a database that already holds tables without a migration history.
  if (rows.length) {
    throw new Error(
      `the database schema is not empty (${rows.map((r) => r.table).join(", ")}) but has no _prisma_migrations ` +
        "table. Baseline it (prisma migrate resolve --applied <migration>) or use an empty database.",
    );
  }
  await client.query(CREATE_MIGRATIONS_TABLE);
}

// One transaction per migration: a failing script leaves neither half its changes nor a failed row
// behind, so fixing the file and rerunning is enough.
async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query("INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ($1, $2, $3)", [
      id,
      migration.checksum,
      migration.name,
    ]);
    await client.query(migration.sql);
    await client.query(
      "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp() WHERE id = $1",
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${migration.name} failed and was rolled back: ${message}`, { cause: error });
  }
}

runIfMain(import.meta.url, () =>
  withProjectDatabase(async (databaseUrl) => {
    const result = await migrate(databaseUrl, { log: (message) => console.log(message) });
    console.log(
      result.applied.length
        ? `applied ${result.applied.length} migration(s); ${result.alreadyApplied.length} already applied`
        : `database is up to date (${result.alreadyApplied.length} migration(s) applied)`,
    );
  }),
);
