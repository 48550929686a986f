import { handleRoute } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { classSubscription } from "@/lib/live/subscriptions";
import { liveStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = RouteContext<"/api/classes/[classId]/live">;

// GET /api/classes/:classId/live — Server-Sent Events: where something changed in the class
// (ids only). Signed out: 401; not a member, or an archived class: 404; over a cap: 429.
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const viewer = await requireViewerForAction();
  const { classId } = await params;
  const classrooms = await classSubscription(viewer.id, classId);
  return liveStream({ userId: viewer.id, classrooms, lastEventId: request.headers.get("last-event-id"), signal: request.signal });
});
