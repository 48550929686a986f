import { handleRoute } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { moderatedClassroomIds } from "@/lib/moderation/waiting";
import { liveStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// GET /api/live/moderation — Server-Sent Events over every class the viewer moderates, for the
// header's count of what waits for them. Signed out: 401; over a cap: 429.
export const GET = handleRoute(async (request: Request) => {
  const viewer = await requireViewerForAction();
  const classrooms = new Map((await moderatedClassroomIds(viewer.id)).map((id) => [id, { moderator: true }]));
  return liveStream({ userId: viewer.id, classrooms, lastEventId: request.headers.get("last-event-id"), signal: request.signal });
});
