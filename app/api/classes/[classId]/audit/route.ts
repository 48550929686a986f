import { handleRoute } from "@/lib/http";
import { csvResponse } from "@/lib/csv";
import { notFound } from "@/lib/errors";
import { requireViewerForExport } from "@/lib/session";
import { exportAuditLogCsv } from "@/lib/moderation/audit-log";

type Context = RouteContext<"/api/classes/[classId]/audit">;

// GET /api/classes/:classId/audit?action=&student=&from=&to=  (CSV, for the class's moderators)
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const viewer = await requireViewerForExport();
  const { classId } = await params;
  const filter = Object.fromEntries(new URL(request.url).searchParams);
  const file = await exportAuditLogCsv(viewer.id, classId, filter);
  if (!file) throw notFound("That class");
  return csvResponse(file.filename, file.csv);
});
