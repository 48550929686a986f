// GET /api/health — { ok: true } while the database answers, else 503 { ok: false } with
// Retry-After. For load balancers, docker-compose's health check, and the error page, which asks
// it whether a failure was an outage; it needs no session and says nothing else.
import { NextResponse } from "next/server";
import { RETRY_AFTER_SECONDS } from "@/lib/errors";
import { isDatabaseReachable } from "@/lib/health";

// Asked afresh on every request, never prerendered at build time.
export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await isDatabaseReachable();
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }) };
  return NextResponse.json({ ok }, { status: ok ? 200 : 503, headers });
}
