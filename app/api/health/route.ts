import { NextResponse } from "next/server";
import { handleRoute } from "@/lib/http";
import { checkDatabase } from "@/lib/health";

// GET /api/health: 200 when the app can reach its database, else 503 with Retry-After. The error
// page asks it whether a failure was an outage; a load balancer may too.
export const GET = handleRoute(async () => {
  await checkDatabase();
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
});
