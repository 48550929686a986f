import { NextResponse } from "next/server";
import { handleRoute } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { heartbeat } from "@/lib/board/spotlight";

type Context = RouteContext<"/api/assignments/[assignmentId]/sections/[position]/presence">;

// POST /api/assignments/:assignmentId/sections/:position/presence[?names=shown]
//   The page's heartbeat: the viewer is here now. Answers { count, names, spotlightId }; names only
//   for the class's moderators, and only when asked for.
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const viewer = await requireViewerForAction();
  const { assignmentId, position } = await params;
  const withNames = new URL(request.url).searchParams.get("names") === "shown";
  return NextResponse.json(await heartbeat(viewer.id, assignmentId, position, { withNames }), { headers: { "Cache-Control": "no-store" } });
});
