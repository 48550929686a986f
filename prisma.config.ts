import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI insists on a native schema engine before `generate`, which never runs it. Where the
// engine cannot be downloaded (offline machines), point the check at a stub file. Migrations go
// through scripts/db instead (docs/decisions/0002-migrations-without-the-native-engine.md).
const bundledEngine = path.join("node_modules", "@prisma", "engines");
const hasNativeEngine =
  fs.existsSync(bundledEngine) &&
  fs.readdirSync(bundledEngine).some((file) => file.startsWith("schema-engine"));
if (!hasNativeEngine) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma", "schema.prisma");
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
