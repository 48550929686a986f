import { inject } from "vitest";
import { createDatabase } from "./databases";

// Runs in each test file's worker before the file is imported: gives the file its own copy of the
// migrated template, so files can run in parallel and never see each other's rows. lib/env reads
// DATABASE_URL when lib/db is first imported, which happens after this.
const server = inject("testDatabaseServer");
process.env.DATABASE_URL = await createDatabase(server, "file", server.template);
