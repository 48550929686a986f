import path from "node:path";
import { fileURLToPath } from "node:url";
import { withClient } from "./client";
import { startEmbeddedPostgres, withDatabase } from "./embedded";

export type ResolvedDatabase = {
  url: string;
  /** Stops the embedded server if this call started it; a no-op for DATABASE_URL. */
  stop: () => Promise<void>;
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const EMBEDDED_DATA_DIR = path.join(repoRoot, ".data", "postgres");
export const EMBEDDED_DEFAULT_PORT = 54329;
export const EMBEDDED_DATABASE = "classroom";

/**
 * DATABASE_URL when set; otherwise the embedded server with its data in .data/postgres (kept across
 * runs) on EMBEDDED_PG_PORT or 54329, with the `classroom` database created if missing.
 */
export async function resolveDatabaseUrl(): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, stop: async () => undefined };

  const port = Number(process.env.EMBEDDED_PG_PORT ?? EMBEDDED_DEFAULT_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`EMBEDDED_PG_PORT is not a port: ${process.env.EMBEDDED_PG_PORT}`);

  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port });
  try {
    await createDatabaseIfMissing(server.url, EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabase(server.url, EMBEDDED_DATABASE), stop: server.stop };
}

async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  }).catch((error: unknown) => {
    // Two processes starting at once may both see it missing; the loser's error is harmless.
    if ((error as { code?: string }).code !== "42P04") throw error;
  });
}
