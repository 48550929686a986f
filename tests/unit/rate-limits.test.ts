import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/rate-limits/client-ip";
import { RATE_LIMITS, scaled, tryAgainIn } from "@/lib/rate-limits/limits";

describe("the wait in a rate limit's message", () => {
  it("says seconds under a minute and whole minutes, rounded up, from a minute on", () => {
    expect(tryAgainIn(0.2)).toBe("Try again in 1 second.");
    expect(tryAgainIn(42)).toBe("Try again in 42 seconds.");
    expect(tryAgainIn(60)).toBe("Try again in 1 minute.");
    expect(tryAgainIn(181)).toBe("Try again in 4 minutes.");
    expect(tryAgainIn(15 * 60)).toBe("Try again in 15 minutes.");
  });
});

describe("scaled limits", () => {
  it("multiply the allowance and keep at least one point", () => {
    expect(scaled(RATE_LIMITS.signInPerAccount, 1000).points).toBe(10_000);
    expect(scaled(RATE_LIMITS.signInPerAccount, 0.001).points).toBe(1);
    expect(scaled(RATE_LIMITS.postingPerUser, 1)).toEqual(RATE_LIMITS.postingPerUser);
  });
});

describe("the client's address", () => {
  const request = (forwardedFor?: string) => new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor });

  it("is what Next.js recorded when no proxy is trusted", () => {
    expect(clientIp(request("203.0.113.7"), undefined)).toBe("203.0.113.7");
    expect(clientIp(request(), undefined)).toBe("unknown");
  });

  it("behind trusted proxies is the entry the nearest one added, whatever the client claimed before it", () => {
    expect(clientIp(request("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(request("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientIp(request("203.0.113.7"), 3)).toBe("203.0.113.7");
  });
});
