import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

// Next.js fills X-Forwarded-For with the connection's address only when the request has none, so
// without a proxy a client can name any address it likes (per-address limits then slow only clients
// that don't; the per-account and per-user limits hold regardless). Behind TRUST_PROXY proxies, each
// appends the address it saw: the entry that many from the end is the one the nearest trusted proxy
// saw, and entries before it are the client's own claims.
export function clientIp(list: Headers, trustedProxies = env().TRUST_PROXY): string {
  const entries = (list.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  if (!trustedProxies) return entries[entries.length - 1]!;
  return entries[Math.max(0, entries.length - trustedProxies)]!;
}

/** The address of the request being served (a page, a server action or a route handler). */
export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}
