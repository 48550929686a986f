import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { SCHEMA_PATH, diffDatamodels } from "../../scripts/db/diff";
import { MIGRATIONS_DIR, listMigrations, migrate } from "../../scripts/db/migrate";
import { createEmptyDatabase } from "../setup/databases";

// Drift: the migrations folder must produce exactly the database that prisma/schema.prisma
// describes. If this fails, run `npm run db:diff -- <name>` (and never edit applied migrations).

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

// Everything Prisma's schema maps to, as comparable text. Column order is left out: a column added
// by a later migration comes last, while a fresh CREATE TABLE puts it where the model has it.
const CATALOG_QUERIES = {
  tables: `SELECT table_name FROM information_schema.tables
           WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  columns: `SELECT table_name, column_name, data_type, udt_name, character_maximum_length, numeric_precision,
                   numeric_scale, datetime_precision, is_nullable, column_default, is_identity, is_generated
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraints: `SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype,
                       pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = 'public' AND c.conrelid <> 0 AND c.conrelid::regclass::text <> '_prisma_migrations'`,
  enums: `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumlabel) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' GROUP BY t.typname`,
  sequences: `SELECT sequencename, data_type FROM pg_sequences WHERE schemaname = 'public'`,
  extensions: `SELECT extname FROM pg_extension`,
} as const;

async function catalog(url: string): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    Object.entries(CATALOG_QUERIES).map(async ([name, sql]) => {
      const rows = await query(url, sql);
      return [name, rows.map((row) => JSON.stringify(row)).sort()] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number };
const appliedRows = (url: string) =>
  query<MigrationRow>(url, "SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name");

const tempDirs: string[] = [];
afterAll(() => Promise.all(tempDirs.map((dir) => fs.rm(dir, { recursive: true, force: true }))));

async function copyOfMigrations(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "migrations-"));
  tempDirs.push(dir);
  await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("prisma/migrations", () => {
  it("produce exactly the database prisma/schema.prisma describes", async () => {
    const [fromMigrations, fromSchema] = await Promise.all([createEmptyDatabase("drift_a"), createEmptyDatabase("drift_b")]);
    await migrate(fromMigrations);

    const schema = await fs.readFile(SCHEMA_PATH, "utf8");
    const script = await diffDatamodels(null, schema, fromSchema);
    expect(script).toContain("CREATE TABLE");
    await query(fromSchema, script);

    const [actual, expected] = await Promise.all([catalog(fromMigrations), catalog(fromSchema)]);
    expect(actual.tables.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it("are recorded as Prisma Migrate records them, and a second run applies nothing", async () => {
    const url = await createEmptyDatabase("idempotent");
    const local = await listMigrations();
    expect(local.length).toBeGreaterThan(0);

    const first = await migrate(url);
    expect(first.applied).toEqual(local.map((m) => m.name));
    const rows = await appliedRows(url);
    for (const migration of local) {
      const sql = await fs.readFile(path.join(MIGRATIONS_DIR, migration.name, "migration.sql"), "utf8");
      const row = rows.find((r) => r.migration_name === migration.name);
      expect(row).toMatchObject({ checksum: sha256(sql), applied_steps_count: 1 });
      expect(row?.finished_at).toBeInstanceOf(Date);
    }

    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(local.map((m) => m.name));
    expect(await appliedRows(url)).toEqual(rows);
  });

  it("apply each migration once when several instances start together", async () => {
    const url = await createEmptyDatabase("concurrent");
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const appliedCounts = results.map((r) => r.applied.length).sort();
    const total = (await listMigrations()).length;
    expect(appliedCounts).toEqual([0, 0, total]);
    expect(await appliedRows(url)).toHaveLength(total);
  });

  it("refuse to run when an applied migration was edited", async () => {
    const dir = await copyOfMigrations();
    const url = await createEmptyDatabase("edited");
    await migrate(url, { migrationsDir: dir });

    const [first] = await listMigrations(dir);
    await fs.appendFile(path.join(dir, first!.name, "migration.sql"), "\n-- edited\n");
    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/was modified after it was applied/);
  });

  it("roll a failing migration back completely and record nothing", async () => {
    const dir = await copyOfMigrations();
    const url = await createEmptyDatabase("failing");
    await migrate(url, { migrationsDir: dir });

    const broken = path.join(dir, "99999999999999_broken");
    await fs.mkdir(broken);
    await fs.writeFile(path.join(broken, "migration.sql"), 'CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n');
    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/99999999999999_broken failed/);

    const half = await query(url, "SELECT to_regclass('\"Half\"') AS t");
    expect(half[0]).toEqual({ t: null });
    expect((await appliedRows(url)).map((r) => r.migration_name)).not.toContain("99999999999999_broken");
  });
});
