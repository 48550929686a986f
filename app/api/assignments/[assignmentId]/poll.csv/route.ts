// GET /api/assignments/:assignmentId/poll.csv — each student's stance before and after, for teachers and TAs.
import { handleRoute } from "@/lib/http";
import { csvResponse } from "@/lib/csv";
import { notFound } from "@/lib/errors";
import { requireViewerForExport } from "@/lib/session";
import { getPollResults, pollCsv } from "@/lib/poll/poll-results";

export const GET = handleRoute<RouteContext<"/api/assignments/[assignmentId]/poll.csv">>(async (_request, { params }) => {
  const { assignmentId } = await params;
  const viewer = await requireViewerForExport();
  const results = await getPollResults(viewer.id, assignmentId);
  if (!results) throw notFound("That poll");
  return csvResponse(`${results.title} stance poll.csv`, pollCsv(results));
});
