// GET /api/assignments/:assignmentId/discussion.md — the whole discussion as Markdown, as the viewer may read it.
import { handleRoute } from "@/lib/http";
import { notFound } from "@/lib/errors";
import { requireViewerForExport } from "@/lib/session";
import { viewerTimeZone } from "@/lib/time-zone";
import { getDiscussionExport } from "@/lib/exports/discussion";
import { discussionMarkdown } from "@/lib/exports/discussion-markdown";
import { downloadResponse } from "@/lib/exports/download";

export const GET = handleRoute<RouteContext<"/api/assignments/[assignmentId]/discussion.md">>(async (_request, { params }) => {
  const { assignmentId } = await params;
  const viewer = await requireViewerForExport();
  const discussion = await getDiscussionExport(viewer.id, assignmentId);
  if (!discussion) throw notFound("That assignment");
  return downloadResponse(`${discussion.title} discussion`, "md", discussionMarkdown(discussion, (await viewerTimeZone()).zone));
});
