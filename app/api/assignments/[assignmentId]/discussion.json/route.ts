// GET /api/assignments/:assignmentId/discussion.json — the whole discussion as JSON, as the viewer may read it.
import { handleRoute } from "@/lib/http";
import { notFound } from "@/lib/errors";
import { requireViewerForExport } from "@/lib/session";
import { discussionJson, getDiscussionExport } from "@/lib/exports/discussion";
import { downloadResponse } from "@/lib/exports/download";

export const GET = handleRoute<RouteContext<"/api/assignments/[assignmentId]/discussion.json">>(async (_request, { params }) => {
  const { assignmentId } = await params;
  const viewer = await requireViewerForExport();
  const discussion = await getDiscussionExport(viewer.id, assignmentId);
  if (!discussion) throw notFound("That assignment");
  return downloadResponse(`${discussion.title} discussion`, "json", discussionJson(discussion));
});
