// GET /api/classes/:classId/my-posts.json — everything the viewer wrote in this class.
import { handleRoute } from "@/lib/http";
import { notFound } from "@/lib/errors";
import { requireViewerForExport } from "@/lib/session";
import { myPostsInClass } from "@/lib/exports/my-posts";
import { downloadResponse } from "@/lib/exports/download";

export const GET = handleRoute<RouteContext<"/api/classes/[classId]/my-posts.json">>(async (_request, { params }) => {
  const { classId } = await params;
  const viewer = await requireViewerForExport();
  const mine = await myPostsInClass(viewer.id, classId);
  if (!mine) throw notFound("That class");
  return downloadResponse(`${mine.class} my posts`, "json", JSON.stringify(mine, null, 2));
});
