import { readServerInfo } from "./fixtures/server-info";

// Runs in Playwright's main process after the webServer (scripts/e2e-server.ts) is up, before any
// worker starts. Points the workers at the server's database, so that the fixtures can build state
// with the test factories (tests/setup/factories.ts and tests/factories, through lib/db, which reads
// DATABASE_URL when first imported). Workers inherit this process's environment.
//
// With DATABASE_URL set for the run, the server made a new database on that server; the workers get
// the new database's URL, never the one the run was given.
export default function globalSetup(): void {
  const { databaseUrl } = readServerInfo();
  process.env.DATABASE_URL = databaseUrl;
}
