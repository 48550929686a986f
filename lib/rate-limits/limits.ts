// Every rate limit, in one table (ADR 0011 gives the reasons for each number). A limit allows
// `points` hits per key in a window of `windowSeconds`; `failuresOnly` limits give a point back when
// the attempt succeeds, so a school behind one address is never held back by its own good sign-ins.
// No "server-only": the numbers are plain data, and unit tests read them.

export type RateLimit = {
  /** Part of the stored key: the same name on every instance shares one count. */
  name: string;
  points: number;
  windowSeconds: number;
  failuresOnly?: boolean;
  /** The first sentence of the message; "Try again in N minutes." follows. */
  tooMany: string;
};

export const RATE_LIMITS = {
  signInPerAccount: { name: "sign-in-account", points: 10, windowSeconds: 15 * 60, failuresOnly: true, tooMany: "Too many sign-in attempts." },
  signInPerAddress: { name: "sign-in-ip", points: 100, windowSeconds: 15 * 60, failuresOnly: true, tooMany: "Too many sign-in attempts." },
  signUpPerAddress: { name: "sign-up-ip", points: 100, windowSeconds: 60 * 60, tooMany: "Too many accounts were made from this network." },
  joinCodePerAddress: { name: "join-code-ip", points: 50, windowSeconds: 15 * 60, failuresOnly: true, tooMany: "Too many join codes were tried from this network." },
  joinCodePerUser: { name: "join-code-user", points: 20, windowSeconds: 15 * 60, failuresOnly: true, tooMany: "Too many join codes were tried." },
  postingPerUser: { name: "post-user", points: 20, windowSeconds: 60, tooMany: "You are posting faster than anyone can read." },
  reportingPerUser: { name: "report-user", points: 20, windowSeconds: 10 * 60, tooMany: "Too many reports." },
  exportPerUser: { name: "export-user", points: 30, windowSeconds: 10 * 60, tooMany: "Too many exports." },
} as const satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** A limit with its allowance multiplied (RATE_LIMIT_SCALE), never below one. */
export function scaled(limit: RateLimit, scale: number): RateLimit {
  return { ...limit, points: Math.max(1, Math.round(limit.points * scale)) };
}

/** "Try again in 4 minutes." — whole minutes from a minute on, rounded up so the advice holds. */
export function tryAgainIn(seconds: number): string {
  const wait = Math.max(1, Math.ceil(seconds));
  if (wait < 60) return `Try again in ${wait} second${wait === 1 ? "" : "s"}.`;
  const minutes = Math.ceil(wait / 60);
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
