import type { TestProject } from "vitest/node";
import { withClient } from "../../scripts/db/client";
import { createScratchDatabase } from "../../scripts/db/scratch-database";
import { newDatabaseName, type TestDatabaseServer } from "./databases";

// One PostgreSQL for the whole run (scripts/db/scratch-database.ts: the embedded server in a temp
// dir, or the server behind DATABASE_URL, whose own database is never touched). A migrated template
// database is made once; tests/setup/test-database.ts copies it for each test file, which is far
// cheaper than migrating.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prefix = `vt${Date.now().toString(36)}`;
  const template = newDatabaseName(prefix, "template");
  const scratch = await createScratchDatabase({ prefix: "vitest-pg", name: template, migrate: true });

  const provided: TestDatabaseServer = { adminUrl: scratch.serverUrl, prefix, template };
  project.provide("testDatabaseServer", provided);

  return async () => {
    try {
      await dropDatabases(scratch.serverUrl, prefix);
    } finally {
      await scratch.drop();
    }
  };
}

async function dropDatabases(adminUrl: string, prefix: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [`${prefix}_`],
    );
    // FORCE: a test file's Prisma pool may still hold connections.
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
  });
}
