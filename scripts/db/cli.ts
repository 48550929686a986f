import { pathToFileURL } from "node:url";
import { resolveDatabaseUrl } from "./database-url";

/** Runs `main` when the module at `moduleUrl` (its import.meta.url) is the script node was started with. */
export function runIfMain(moduleUrl: string, main: () => Promise<void>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

/** `work` on the project's database (resolveDatabaseUrl), then stops the embedded server if it started one. */
export async function withProjectDatabase(work: (databaseUrl: string) => Promise<void>): Promise<void> {
  const database = await resolveDatabaseUrl();
  try {
    await work(database.url);
  } finally {
    await database.stop();
  }
}
