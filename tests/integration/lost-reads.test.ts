import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createDatabase, DATABASE_LIMITS, type Database } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/unavailable";
import { relayTo } from "@/tests/setup/tcp-relay";

// A read in flight when PostgreSQL goes away is sent again once it is back, within the wait bound
// (lib/db.ts, ADR 0010), so a page that passed the gate is served instead of failing into a 500.
// Writes and transactions are never sent twice. The pool reaches the database through a TCP relay
// that the test cuts (connections reset, new ones refused) and restores.

const relay = relayTo(new URL(process.env.DATABASE_URL!));
let database: Database;

beforeEach(async () => {
  await relay.up();
  database = createDatabase(relay.url(), { ...DATABASE_LIMITS, waitMs: 2_000 });
  await database.client.user.count(); // connected before the outage
  return async () => {
    await relay.down().catch(() => undefined);
    await database.client.$disconnect();
  };
});
afterAll(() => relay.down().catch(() => undefined));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const outcome = (work: Promise<unknown>) => work.then((value) => ({ value }), (error: unknown) => ({ error }));
const backAfter = async (ms: number) => (await sleep(ms), relay.up());

describe("a read that loses its connection", () => {
  it("is answered once the database is back, if it was asked for while the database was down", async () => {
    await relay.down();
    const count = outcome(database.client.user.count());
    await backAfter(600);
    expect(await count).toEqual({ value: 0 });
  });

  it("is answered once the database is back, if the connection broke while it ran", async () => {
    const slow = database.client.$queryRaw<{ done: string }[]>`SELECT pg_sleep(0.5)::text AS done`;
    const answered = outcome(slow);
    await sleep(150);
    await relay.down(); // resets the connection the statement runs on
    await backAfter(400);
    expect(await answered).toEqual({ value: [{ done: "" }] });
  });

  it("fails as unavailable when the database stays away past the wait bound", async () => {
    await relay.down();
    const started = performance.now();
    const { error } = (await outcome(database.client.user.count())) as { error: unknown };
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(performance.now() - started).toBeGreaterThan(1_500); // it tried again meanwhile
  });
});

describe("a statement that changes something", () => {
  it("is not sent again on its own", async () => {
    await relay.down();
    const update = outcome(database.client.$executeRaw`UPDATE "User" SET "name" = "name" WHERE false`);
    await backAfter(300);
    const { error } = (await update) as { error: unknown };
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("is not sent again inside a transaction, even a read", async () => {
    await relay.down();
    const transaction = outcome(database.client.$transaction(async (tx) => tx.user.count()));
    await backAfter(300);
    const { error } = (await transaction) as { error: unknown };
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
