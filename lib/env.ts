import { z } from "zod";

// The server's configuration, validated once. Everything else reads `env`, never process.env.
const EnvSchema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100, "DATABASE_POOL_SIZE must be 1 to 100").optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  // How long an instance trusts its last look at an account's sessionVersion (ADR 0003).
  SESSION_CHECK_SECONDS: z.coerce.number().int().min(0).max(30, "SESSION_CHECK_SECONDS must be 0 to 30").optional(),
  // Multiplies every rate limit's allowance (lib/rate-limits/limits.ts); test and bench servers raise it.
  RATE_LIMIT_SCALE: z.coerce.number().positive("RATE_LIMIT_SCALE must be a positive number").optional(),
  // How many proxies in front of the app append to X-Forwarded-For; unset: no proxy is trusted.
  TRUST_PROXY: z.coerce.number().int().min(1, "TRUST_PROXY is the number of proxies in front of Margin (1 or more)").optional(),
  // Open live-update streams (Server-Sent Events) one instance serves; more are told to poll.
  LIVE_MAX_CONNECTIONS: z.coerce.number().int().min(1, "LIVE_MAX_CONNECTIONS must be 1 or more").optional(),
  // ... and per user (tabs); the bench raises it to open hundreds from a class of 30.
  LIVE_MAX_PER_USER: z.coerce.number().int().min(1, "LIVE_MAX_PER_USER must be 1 or more").optional(),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}
