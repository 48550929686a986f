// GET /api/classes/:classId/overview.csv — the class's progress overview as a spreadsheet.
import { handleRoute } from "@/lib/http";
import { csvResponse } from "@/lib/csv";
import { notFound } from "@/lib/errors";
import { requireViewerForExport } from "@/lib/session";
import { getClassOverview, overviewCsv } from "@/lib/assignments/class-overview";

export const GET = handleRoute<RouteContext<"/api/classes/[classId]/overview.csv">>(async (_request, { params }) => {
  const { classId } = await params;
  const viewer = await requireViewerForExport();
  const overview = await getClassOverview(viewer.id, classId);
  if (!overview) throw notFound("That class");
  return csvResponse(`${overview.classroom.name} progress.csv`, overviewCsv(overview));
});
