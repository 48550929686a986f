import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { withClient } from "../../scripts/db/client";
import { withDatabase } from "../../scripts/db/embedded";

// Shared by the global setup (runs in Vitest's main process) and test workers (through inject).
export type TestDatabaseServer = {
  /** A connection to the server used for CREATE/DROP DATABASE. */
  adminUrl: string;
  /** Every database this run creates starts with this prefix, so teardown can find them all. */
  prefix: string;
  /** Migrated database that each test file's database is copied from. */
  template: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServer: TestDatabaseServer;
  }
}

export function newDatabaseName(prefix: string, label: string): string {
  return `${prefix}_${label}_${randomBytes(4).toString("hex")}`;
}

/** A new database on the test server: empty, or a copy of `template`. Returns its URL. */
export async function createDatabase(server: TestDatabaseServer, label: string, template?: string): Promise<string> {
  const name = newDatabaseName(server.prefix, label);
  await withClient(server.adminUrl, async (client) => {
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
  });
  return withDatabase(server.adminUrl, name);
}

/** For tests that need a database without the migrations applied (e.g. the migration tests). */
export function createEmptyDatabase(label = "empty"): Promise<string> {
  return createDatabase(inject("testDatabaseServer"), label);
}
