import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { createRateLimiter } from "@/lib/rate-limits/limiter";
import type { RateLimit } from "@/lib/rate-limits/limits";

// The limiter itself, with tight limits of the test's own (the suite runs with RATE_LIMIT_SCALE=1000).
// Two Prisma clients with pools of their own stand for two app instances on one database.
const url = process.env.DATABASE_URL!;
const instanceA = createDatabase(url).client;
const instanceB = createDatabase(url).client;
afterAll(() => Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]));

let count = 0;
function tightLimit(extra: Partial<RateLimit> = {}): RateLimit {
  return { name: `test-${++count}`, points: 2, windowSeconds: 60, tooMany: "Too many tries.", ...extra };
}

async function refusal(attempt: Promise<unknown>): Promise<AppError> {
  const error = await attempt.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("a rate limit", () => {
  it("allows its points per key, then refuses with the time to wait", async () => {
    const limiter = createRateLimiter(db);
    const limit = tightLimit();
    await limiter.consume(limit, "ana");
    await limiter.consume(limit, "ana");
    const error = await refusal(limiter.consume(limit, "ana"));
    expect(error).toMatchObject({ code: "RATE_LIMITED", message: "Too many tries. Try again in 1 minute." });
    expect(error.retryAfter).toBeGreaterThan(50);
    expect(error.retryAfter).toBeLessThanOrEqual(60);
    // Another key, and another limit for the same key, have counts of their own.
    await limiter.consume(limit, "ben");
    await limiter.consume(tightLimit(), "ana");
  });

  it("starts a new window once the old one has expired", async () => {
    const limiter = createRateLimiter(db);
    const limit = tightLimit();
    await limiter.consume(limit, "ana");
    await limiter.consume(limit, "ana");
    await refusal(limiter.consume(limit, "ana"));
    await db.rateLimit.update({ where: { key: `${limit.name}:ana` }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await limiter.consume(limit, "ana");
    await limiter.consume(limit, "ana");
    await refusal(limiter.consume(limit, "ana"));
  });

  it("scales its points by RATE_LIMIT_SCALE, never below one", async () => {
    const limit = tightLimit();
    const tripled = createRateLimiter(db, 3);
    for (let i = 0; i < 6; i++) await tripled.consume(limit, "ana");
    await refusal(tripled.consume(limit, "ana"));
    const tiny = createRateLimiter(db, 0.01);
    const one = tightLimit();
    await tiny.consume(one, "ben");
    await refusal(tiny.consume(one, "ben"));
  });

  it("is shared by two app instances, also when they hit it at the same moment", async () => {
    const a = createRateLimiter(instanceA);
    const b = createRateLimiter(instanceB);
    const limit = tightLimit({ points: 10 });
    await a.consume(limit, "ana");
    await b.consume(limit, "ana");
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).consume(limit, "ana")));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(8);
    await refusal(a.consume(limit, "ana"));
    await refusal(b.consume(limit, "ana"));
  });

  it("counts only failed attempts on a failures-only limit", async () => {
    const a = createRateLimiter(instanceA);
    const b = createRateLimiter(instanceB);
    const failures = tightLimit({ failuresOnly: true });
    const attempts = tightLimit();
    const succeed = () => Promise.resolve("ok");
    const fail = () => Promise.reject(new AppError("NOT_FOUND", "No such code."));
    for (let i = 0; i < 5; i++) await a.limitFailures([[failures, "ana"], [attempts, `ana-${i}`]], succeed);
    await expect(a.limitFailures([[failures, "ana"]], fail)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(b.limitFailures([[failures, "ana"]], fail)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Two failures used it up, on either instance; now even the right answer waits.
    await expect(a.limitFailures([[failures, "ana"]], succeed)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // A result can say it failed without throwing (a wrong password answers null).
    const other = tightLimit({ failuresOnly: true });
    await b.limitFailures([[other, "ben"]], () => Promise.resolve(null), (user) => user !== null);
    await b.limitFailures([[other, "ben"]], () => Promise.resolve(null), (user) => user !== null);
    await refusal(b.limitFailures([[other, "ben"]], () => Promise.resolve(null), (user) => user !== null));
  });

  it("answers 429 with Retry-After in seconds and the message over HTTP", async () => {
    const limiter = createRateLimiter(db);
    const limit = tightLimit({ points: 1, windowSeconds: 240, tooMany: "Too many sign-in attempts." });
    const route = handleRoute(async () => {
      await limiter.consume(limit, "ana");
      return Response.json({ ok: true });
    });
    expect((await route(new Request("http://test/"), {})).status).toBe(200);
    const refused = await route(new Request("http://test/"), {});
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(230);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(240);
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED", message: "Too many sign-in attempts. Try again in 4 minutes." } });
  });
});
