import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, withDatabase } from "../../scripts/db/embedded";
import { migrate } from "../../scripts/db/migrate";
import { newDatabaseName, withAdminClient, type TestDatabaseServer } from "./databases";

// One PostgreSQL for the whole run: the embedded server in a temp dir, or the server behind
// DATABASE_URL when set (its own database is never touched). A migrated template database is made
// once; tests/setup/test-database.ts copies it for each test file, which is far cheaper than migrating.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  let stopServer = async () => undefined as void;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "vitest-pg-"));
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data") });
    adminUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await fs.rm(dir, { recursive: true, force: true });
    };
  }

  const prefix = `vt${Date.now().toString(36)}`;
  const template = newDatabaseName(prefix, "template");
  try {
    await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(template)}`));
    await migrate(withDatabase(adminUrl, template));
  } catch (error) {
    await dropDatabases(adminUrl, prefix).catch(() => undefined);
    await stopServer();
    throw error;
  }

  const provided: TestDatabaseServer = { adminUrl, prefix, template };
  project.provide("testDatabaseServer", provided);

  return async () => {
    try {
      await dropDatabases(adminUrl, prefix);
    } finally {
      await stopServer();
    }
  };
}

async function dropDatabases(adminUrl: string, prefix: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [`${prefix}_`],
    );
    // FORCE: a test file's Prisma pool may still hold connections.
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
  });
}
