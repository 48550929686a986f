// GET /api/health — { ok: true } while the database answers, else 503 { ok: false }. For load
// balancers and docker-compose's health check; it needs no session and says nothing else.
import { NextResponse } from "next/server";
import { isDatabaseReachable } from "@/lib/health";

// Asked afresh on every request, never prerendered at build time.
export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await isDatabaseReachable();
  return NextResponse.json({ ok }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
