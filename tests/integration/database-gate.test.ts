import { afterAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { createDatabase, DATABASE_LIMITS, type Database, type DatabaseLimits } from "@/lib/db";
import { FAILURE_WINDOW_MS, installDatabaseGate } from "@/lib/database-gate";
import { proxy } from "@/proxy";

// The gate proxy.ts asks before a page renders (ADR 0010), fed by a real pool on the real database:
// closed while waits for a connection fail or near their bound, open otherwise, and proxy.ts then
// answers pages 503 with the "briefly unavailable" page instead of rendering them into a 500.

const databases: Database[] = [];
afterAll(() => Promise.all(databases.map(({ client }) => client.$disconnect())));

function databaseWith(limits: Partial<DatabaseLimits>, url = process.env.DATABASE_URL!): Database {
  const database = createDatabase(url, { ...DATABASE_LIMITS, ...limits });
  databases.push(database);
  return database;
}

const failure = (work: Promise<unknown>) => work.then(() => expect.fail("expected a failure"), (error: unknown) => error);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// .then(): Prisma sends a query only once something waits for it.
const holdConnection = ({ client }: Database, ms: number) => client.$queryRaw`SELECT pg_sleep(${ms / 1000})::text`.then(() => undefined);

describe("the gate of a pool", () => {
  it("stays open while requests queue briefly for a connection", async () => {
    const database = databaseWith({ poolSize: 2 });
    await Promise.all(Array.from({ length: 20 }, () => database.client.user.count()));
    expect(database.gate.isClosed()).toBe(false);
  });

  it("closes when a wait for a connection runs out, and opens on the next connection served", async () => {
    const database = databaseWith({ poolSize: 1, waitMs: 500 });
    await database.client.$queryRaw`SELECT 1`;
    const holding = holdConnection(database, 1_500);
    await sleep(50);
    await failure(database.client.user.count()); // waited 500 ms behind the holder
    expect(database.gate.isClosed()).toBe(true);
    await holding;
    await database.client.user.count();
    expect(database.gate.isClosed()).toBe(false);
  });

  it("closes while the database refuses connections, for a short window after the last refusal", async () => {
    const database = databaseWith({ waitMs: 1_000 }, "postgresql://nobody:nothing@127.0.0.1:9/none");
    await failure(database.client.user.count());
    expect(database.gate.isClosed()).toBe(true);
    // Nothing tried again: pages are let through to find out, rather than refused for good.
    expect(database.gate.isClosed(performance.now() + FAILURE_WINDOW_MS)).toBe(false);
  });

  it("closes while requests wait behind one that waited near the bound, and opens once the queue is empty", async () => {
    // Shed past 3.2 s (0.8 of the bound): the second request waits about 3.5 s behind the first.
    const database = databaseWith({ poolSize: 1, waitMs: 4_000 });
    await database.client.$queryRaw`SELECT 1`;
    const first = holdConnection(database, 3_600);
    await sleep(50);
    const second = holdConnection(database, 1_000);
    await first;
    await sleep(50); // the second now holds the connection
    expect(database.gate.isClosed()).toBe(false); // nobody waits: a page would be served next
    const third = database.client.user.count().then(() => undefined);
    await sleep(50);
    expect(database.gate.isClosed()).toBe(true);
    await Promise.all([second, third]); // the third waited about 1 s
    expect(database.gate.isClosed()).toBe(false);
  });
});

describe("proxy.ts", () => {
  const request = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) => proxy(new NextRequest(`http://localhost${path}`, init));

  it("answers a page 503 with Retry-After and the unavailable page while the database cannot serve", async () => {
    const database = databaseWith({ waitMs: 1_000 }, "postgresql://nobody:nothing@127.0.0.1:9/none");
    installDatabaseGate(database.gate);
    await failure(database.client.user.count());

    for (const answer of [request("/classes"), request("/classes", { headers: { rsc: "1" } }), request("/", { method: "HEAD" })]) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("1");
    }
    const page = request("/classes/abc");
    const html = await page.text();
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html).toContain("<h1>Margin is briefly unavailable</h1>");
    // The page's inline style and script carry the nonce its Content-Security-Policy allows.
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get("content-security-policy")!)![1];
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toContain(`<style nonce="${nonce}">`);

    // Not pages: route handlers answer 503 themselves (the health check with the truth), forms "busy".
    expect(request("/api/health").status).toBe(200);
    expect(request("/classes", { method: "POST" }).status).toBe(200);
    expect(request("/favicon.ico").status).toBe(200);
  });

  it("lets pages through while the database serves", async () => {
    const database = databaseWith({});
    installDatabaseGate(database.gate);
    await database.client.user.count();
    const answer = request("/classes");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("x-middleware-next")).toBe("1");
  });
});
