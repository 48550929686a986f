import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/unavailable";

// Revocable JWT sessions (ADR 0003). A token carries the account's sessionVersion from when it was
// issued; raising the version in the database ends every session issued before. Each instance looks
// the version up at most once per SESSION_CHECK_SECONDS (default 30) per account, so an ended
// session stops working within that time on every instance.

export const DEFAULT_SESSION_CHECK_SECONDS = 30;
// A session lasts this long from sign-in, however often its cookie is re-signed.
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;
// Bounds memory: past this many accounts the cache starts over (a cache miss costs one query).
const MAX_CACHED_ACCOUNTS = 10_000;

type SessionHolder = { version: number; name: string; email: string; timeZone: string | null };
type CacheEntry = { holder: SessionHolder | null; until: number };

// On globalThis so that every bundle of the server (pages, actions, route handlers) shares one cache.
const globalForSessions = globalThis as unknown as { sessionHolders?: Map<string, CacheEntry> };
const cache = (globalForSessions.sessionHolders ??= new Map<string, CacheEntry>());

function checkIntervalMs(): number {
  return (env().SESSION_CHECK_SECONDS ?? DEFAULT_SESSION_CHECK_SECONDS) * 1000;
}

async function findSessionHolder(userId: string, now: number): Promise<SessionHolder | null> {
  const cached = cache.get(userId);
  if (cached && cached.until > now) return cached.holder;
  const user = await db.user.findUnique({ where: { id: userId, deletedAt: null }, select: { sessionVersion: true, name: true, email: true, timeZone: true } });
  const holder = user ? { version: user.sessionVersion, name: user.name, email: user.email, timeZone: user.timeZone } : null;
  if (cache.size >= MAX_CACHED_ACCOUNTS) cache.clear();
  cache.set(userId, { holder, until: now + checkIntervalMs() });
  return holder;
}

export type SessionToken = { sub?: string; sv?: number; signedInAt?: number; name?: string | null; email?: string | null; timeZone?: string | null };

/**
 * The session's token with the account's current name, email and time zone, or null when the session was
 * ended (its version is behind the account's) or the account is gone.
 */
export async function refreshSession<T extends SessionToken>(token: T, now = Date.now()): Promise<T | null> {
  if (!token.sub) return null;
  // Auth.js's own /api/auth/session re-signs the cookie with a later expiry; the sign-in time does not move.
  if (token.signedInAt !== undefined && now - token.signedInAt * 1000 >= SESSION_MAX_AGE_SECONDS * 1000) return null;
  let holder: SessionHolder | null;
  try {
    holder = await findSessionHolder(token.sub, now);
  } catch (error) {
    // The database is down or overloaded: keep the session rather than sign everyone out. Every
    // page and action needs the database too, so they answer 503 until it is back.
    if (isDatabaseUnavailable(error)) return token;
    throw error;
  }
  if (!holder || holder.version !== (token.sv ?? 0)) return null;
  return { ...token, name: holder.name, email: holder.email, timeZone: holder.timeZone };
}

/** Forgets what this instance knows of an account, so its next request reads the database. */
export function forgetSession(userId: string): void {
  cache.delete(userId);
}

/**
 * Ends every session of the account (every device, this one included) within the check interval;
 * at once on this instance. Pass the transaction that changes the account, so both happen together.
 * Returns the new version, for a session issued afterwards.
 */
export async function endAllSessions(userId: string, tx: Prisma.TransactionClient = db): Promise<number> {
  const { sessionVersion } = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  forgetSession(userId);
  return sessionVersion;
}
