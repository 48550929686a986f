// GET /api/classes/:classId/overview.csv — the class's progress overview as a spreadsheet.
import { handleRoute } from "@/lib/http";
import { notFound } from "@/lib/errors";
import { requireViewerForAction } from "@/lib/session";
import { getClassOverview, overviewCsv } from "@/lib/assignments/class-overview";

export const GET = handleRoute<RouteContext<"/api/classes/[classId]/overview.csv">>(async (_request, { params }) => {
  const { classId } = await params;
  const viewer = await requireViewerForAction();
  const overview = await getClassOverview(viewer.id, classId);
  if (!overview) throw notFound("That class");
  const filename = `${overview.classroom.name.replace(/[^\w -]+/g, "").trim() || "class"} progress.csv`;
  return new Response(`\uFEFF${overviewCsv(overview)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
