// A fresh, migrated database for one bench run (scripts/db/scratch-database.ts: embedded in a temp
// dir, or a new database on the DATABASE_URL server). Dropped/removed by drop().
import { withClient } from "../scripts/db/client";
import { createScratchDatabase, type ScratchDatabase } from "../scripts/db/scratch-database";

export type BenchDatabase = ScratchDatabase & { serverVersion: string };

export async function freshDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  const database = await createScratchDatabase({ prefix: "bench-pg", migrate: true, log });
  try {
    const { rows } = await withClient(database.url, (client) => client.query<{ server_version: string }>("SHOW server_version"));
    const serverVersion = rows[0]!.server_version;
    log(`PostgreSQL ${serverVersion} (${database.kind})`);
    return { ...database, serverVersion };
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
}
