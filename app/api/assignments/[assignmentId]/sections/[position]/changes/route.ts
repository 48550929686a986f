import { NextResponse } from "next/server";
import { handleRoute } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { sectionChanges } from "@/lib/discussion/changes";
import { SectionPosition } from "@/lib/discussion/schemas";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/api/assignments/[assignmentId]/sections/[position]/changes">;

// GET /api/assignments/:assignmentId/sections/:position/changes?since=<ISO time>
//   What the viewer may see that changed since then; `cursor` is the next `since`.
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const viewer = await requireViewerForAction();
  const { assignmentId, position } = await params;
  const since = new URL(request.url).searchParams.get("since") ?? undefined;
  const changes = await sectionChanges(viewer.id, assignmentId, parseInput(SectionPosition, position), since);
  return NextResponse.json(changes, { headers: { "Cache-Control": "no-store" } });
});
