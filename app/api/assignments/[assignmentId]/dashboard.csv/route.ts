// GET /api/assignments/:assignmentId/dashboard.csv — the dashboard's per-student table, for teachers and TAs.
import { handleRoute } from "@/lib/http";
import { csvResponse } from "@/lib/csv";
import { notFound } from "@/lib/errors";
import { requireViewerForExport } from "@/lib/session";
import { getDashboard } from "@/lib/dashboard/dashboard";
import { dashboardCsv } from "@/lib/dashboard/dashboard-csv";

export const GET = handleRoute<RouteContext<"/api/assignments/[assignmentId]/dashboard.csv">>(async (_request, { params }) => {
  const { assignmentId } = await params;
  const viewer = await requireViewerForExport();
  const dashboard = await getDashboard(viewer.id, assignmentId);
  if (!dashboard) throw notFound("That assignment");
  return csvResponse(`${dashboard.title} dashboard.csv`, dashboardCsv(dashboard));
});
