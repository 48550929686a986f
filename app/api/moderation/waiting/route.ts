import { NextResponse } from "next/server";
import { handleRoute } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { waitingForModerator, waitingInClass } from "@/lib/moderation/waiting";

export const dynamic = "force-dynamic";

// GET /api/moderation/waiting[?classId=] — how many posts wait for the viewer as a moderator
// (pending or reported), across their classes or in one; { moderates: false } for everyone else.
// A class the viewer does not moderate: 404.
export const GET = handleRoute(async (request: Request) => {
  const viewer = await requireViewerForAction();
  const classId = new URL(request.url).searchParams.get("classId");
  const waiting = classId ? await waitingInClass(viewer.id, classId) : await waitingForModerator(viewer.id);
  return NextResponse.json(waiting, { headers: { "Cache-Control": "no-store" } });
});
