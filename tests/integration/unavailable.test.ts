import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createDatabase, DATABASE_LIMITS, type DatabaseLimits } from "@/lib/db";
import { handleRoute } from "@/lib/http";
import { visitorAction } from "@/lib/actions";
import { IDLE } from "@/lib/action-state";
import { isDatabaseUnavailable } from "@/lib/unavailable";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/tests/setup/factories";

// Overload and outages, on the real database: the errors they raise are answered 503 with
// Retry-After by routes and "busy" by forms; other errors stay 500.

const clients: PrismaClient[] = [];
afterAll(() => Promise.all(clients.map((client) => client.$disconnect())));

function clientWith(limits: Partial<DatabaseLimits>, url = process.env.DATABASE_URL!): PrismaClient {
  const { client } = createDatabase(url, { ...DATABASE_LIMITS, ...limits });
  clients.push(client);
  return client;
}

const failure = (work: Promise<unknown>) => work.then(() => expect.fail("expected a failure"), (error: unknown) => error);

async function routeAnswer(work: () => Promise<unknown>) {
  const route = handleRoute(async () => {
    await work();
    return Response.json({ ok: true });
  });
  const response = await route(new Request("http://localhost/api/test"), {});
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() };
}

const WAIT_MS = 1_500;

// A one-connection pool whose connection is busy for longer than the pool's bounded wait.
async function busyPool() {
  const tiny = clientWith({ poolSize: 1, waitMs: WAIT_MS });
  await tiny.$queryRaw`SELECT 1`; // connected: from now on the bound is only the wait for the connection
  // .then(): Prisma sends a query only once something waits for it.
  const holding = tiny.$queryRaw`SELECT pg_sleep(${(3 * WAIT_MS) / 1000})::text`.then(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { tiny, holding };
}

describe("a full pool", () => {
  it("answers 503 with Retry-After once the bounded wait for a connection runs out", async () => {
    const { tiny, holding } = await busyPool();
    const started = Date.now();
    const answer = await routeAnswer(() => tiny.user.count());
    expect(Date.now() - started).toBeLessThan(2.5 * WAIT_MS); // gave up at the bound, did not wait for the holder
    expect(answer).toEqual({ status: 503, retryAfter: "1", body: { error: { code: "UNAVAILABLE", message: expect.stringContaining("busy") } } });
    await holding;
  });

  it("treats a transaction that cannot start in time the same way, interactive or batched", async () => {
    const { tiny, holding } = await busyPool();
    expect(isDatabaseUnavailable(await failure(tiny.$transaction(async (tx) => tx.user.count())))).toBe(true);
    expect(isDatabaseUnavailable(await failure(tiny.$transaction([tiny.user.count()])))).toBe(true);
    await holding;
  });

  it("gives a form a busy message, the text sent back and when to retry", async () => {
    const { tiny, holding } = await busyPool();
    const action = visitorAction(async () => {
      await tiny.user.count();
    });
    const form = new FormData();
    form.set("body", "My long response");
    expect(await action(IDLE, form)).toMatchObject({
      status: "error",
      message: "Margin is busy right now. Please try again in a moment.",
      values: { body: "My long response" },
      retryAfter: 1,
    });
    await holding;
  });
});

describe("time limits", () => {
  it("answers 503 when a statement waits on a held lock past statement_timeout", async () => {
    const user = await createUser();
    const holder = clientWith({});
    const waiter = clientWith({ statementMs: 200 });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holding = holder.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
      locked();
      await released;
    });
    await isLocked;
    const answer = await routeAnswer(() => waiter.user.update({ where: { id: user.id }, data: { name: "Renamed" } }));
    release();
    await holding;
    expect(answer.status).toBe(503);
  });
});

describe("a database that is gone", () => {
  it("answers 503 when the server cannot be reached", async () => {
    const unreachable = clientWith({ waitMs: 1_000 }, "postgresql://nobody:nothing@127.0.0.1:9/none");
    expect((await routeAnswer(() => unreachable.user.count())).status).toBe(503);
  });

  it("answers 503 when the server ends the connection mid-statement, and the pool then serves again", async () => {
    const victim = clientWith({});
    // Not a SELECT: a read cut off like this is sent again (lost-reads.test.ts).
    const running = failure(victim.$executeRaw`DO $$ BEGIN PERFORM pg_sleep(5); END $$`);
    const admin = clientWith({});
    await expect
      .poll(() => admin.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%pg_sleep(5)%' AND pid <> pg_backend_pid()`, { timeout: 10_000 })
      .toBe(1);
    expect(isDatabaseUnavailable(await running)).toBe(true);
    // The dead connection was discarded, not handed out again.
    await expect(victim.user.count()).resolves.toEqual(expect.any(Number));
  });

  it("answers 503 when a client whose connection broke is used again", async () => {
    // What a pooled connection cut by a restart after it was handed out says (the bench's fault scenario).
    const broken = new pg.Client({ connectionString: process.env.DATABASE_URL });
    // Heard, as pg-pool hears an idle client's: a terminated backend emits more than one.
    const heard: unknown[] = [];
    broken.on("error", (error) => heard.push(error));
    await broken.connect();
    const { rows } = await broken.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    await clientWith({}).$executeRaw`SELECT pg_terminate_backend(${rows[0]!.pid}::int)`;
    await expect.poll(() => heard.length).toBeGreaterThan(0);
    const error = await failure(broken.query("SELECT 1"));
    expect(String((error as Error).message)).toMatch(/not queryable/);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect((await routeAnswer(() => broken.query("SELECT 1"))).status).toBe(503);
  });
});

describe("other failures", () => {
  it("stay a logged 500: a bug is not an outage", async () => {
    const user = await createUser();
    const plain = clientWith({});
    const duplicate = await routeAnswer(() => plain.user.create({ data: { email: user.email, name: "Twin", passwordHash: "x" } }));
    expect(duplicate).toMatchObject({ status: 500, retryAfter: null, body: { error: { code: "INTERNAL" } } });
    expect((await routeAnswer(async () => Promise.reject(new Error("a bug")))).status).toBe(500);
  });
});
