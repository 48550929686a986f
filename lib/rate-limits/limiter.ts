import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { RATE_LIMITS, scaled, tryAgainIn, type RateLimit, type RateLimitName } from "@/lib/rate-limits/limits";

// Counts live in PostgreSQL, so every app instance shares them (ADR 0011). One statement per hit,
// atomic under concurrency, with the database's clock deciding when a window ends, so instances
// whose clocks differ still agree.

export type Check = readonly [limit: RateLimit, key: string];

export type RateLimiter = {
  /** Counts one hit; throws RATE_LIMITED (429, Retry-After) when the key is over the limit. */
  consume(limit: RateLimit, key: string): Promise<void>;
  /** Counts an attempt against every check first, and gives it back when `work` succeeds on a failures-only limit. */
  limitFailures<T>(checks: readonly Check[], work: () => Promise<T>, succeeded?: (result: T) => boolean): Promise<T>;
};

// An expired row is reused by its key's next hit; rows nobody hits again are swept now and then.
const SWEEP_CHANCE = 0.01;

export function createRateLimiter(client: PrismaClient, scale = 1): RateLimiter {
  async function consume(limit: RateLimit, key: string): Promise<void> {
    const { points, windowSeconds, tooMany } = scaled(limit, scale);
    const [count] = await client.$queryRaw<{ points: number; secondsLeft: number }[]>`
      INSERT INTO "RateLimit" ("key", "points", "expiresAt")
      VALUES (${`${limit.name}:${key}`}, 1, (now() AT TIME ZONE 'UTC') + make_interval(secs => ${windowSeconds}::float8))
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN "RateLimit"."expiresAt" <= (now() AT TIME ZONE 'UTC') THEN 1 ELSE "RateLimit"."points" + 1 END,
        "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= (now() AT TIME ZONE 'UTC') THEN EXCLUDED."expiresAt" ELSE "RateLimit"."expiresAt" END
      RETURNING "points", EXTRACT(EPOCH FROM ("expiresAt" - (now() AT TIME ZONE 'UTC')))::float8 AS "secondsLeft"`;
    if (Math.random() < SWEEP_CHANCE) void sweep();
    if (count && count.points > points) {
      throw new AppError("RATE_LIMITED", `${tooMany} ${tryAgainIn(count.secondsLeft)}`, undefined, Math.max(1, Math.ceil(count.secondsLeft)));
    }
  }

  async function refund(limit: RateLimit, key: string): Promise<void> {
    await client.$executeRaw`
      UPDATE "RateLimit" SET "points" = GREATEST("points" - 1, 0)
      WHERE "key" = ${`${limit.name}:${key}`} AND "expiresAt" > (now() AT TIME ZONE 'UTC')`;
  }

  // Not awaited: a failed sweep costs nothing but a few stale rows, which the next one removes.
  async function sweep(): Promise<void> {
    await client.$executeRaw`DELETE FROM "RateLimit" WHERE "expiresAt" < (now() AT TIME ZONE 'UTC') - interval '1 hour'`.catch(() => 0);
  }

  async function limitFailures<T>(checks: readonly Check[], work: () => Promise<T>, succeeded: (result: T) => boolean = () => true): Promise<T> {
    for (const [limit, key] of checks) await consume(limit, key);
    const result = await work();
    if (succeeded(result)) {
      await Promise.all(checks.filter(([limit]) => limit.failuresOnly).map(([limit, key]) => refund(limit, key)));
    }
    return result;
  }

  return { consume, limitFailures };
}

const limiter = createRateLimiter(db, env().RATE_LIMIT_SCALE ?? 1);

/** Counts one hit of a named limit for `key` (a user id, an email, an address). */
export function consumeRateLimit(name: RateLimitName, key: string): Promise<void> {
  return limiter.consume(RATE_LIMITS[name], key);
}

/** Runs `work` within the named limits; only failed attempts stay counted on failures-only limits. */
export function limitFailures<T>(
  checks: readonly (readonly [RateLimitName, string])[],
  work: () => Promise<T>,
  succeeded?: (result: T) => boolean,
): Promise<T> {
  return limiter.limitFailures(checks.map(([name, key]) => [RATE_LIMITS[name], key] as const), work, succeeded);
}
