import { NextResponse } from "next/server";
import { handleRoute } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { unreadCount } from "@/lib/notifications/unread-count";

export const dynamic = "force-dynamic";

// GET /api/notifications/unread — the header bell's number, { unread: N }, read again when a
// notification for the viewer arrives on the page's live stream, or by a visible page's slow poll.
export const GET = handleRoute(async () => {
  const viewer = await requireViewerForAction();
  return NextResponse.json({ unread: await unreadCount(viewer.id) }, { headers: { "Cache-Control": "no-store" } });
});
