// GET /api/assignments/:assignmentId/gradebook.csv?format=canvas|moodle|google — the assignment's
// grades in a layout an LMS imports (README, "Gradebook CSV"). Teachers only.
import { handleRoute } from "@/lib/http";
import { csvResponse } from "@/lib/csv";
import { notFound } from "@/lib/errors";
import { requireViewerForExport } from "@/lib/session";
import { exportGradebook } from "@/lib/grading/gradebook-export";

export const GET = handleRoute<RouteContext<"/api/assignments/[assignmentId]/gradebook.csv">>(async (request, { params }) => {
  const { assignmentId } = await params;
  const viewer = await requireViewerForExport();
  const gradebook = await exportGradebook(viewer.id, assignmentId, new URL(request.url).searchParams.get("format"));
  if (!gradebook) throw notFound("That assignment");
  return csvResponse(gradebook.filename, gradebook.csv);
});
