import { handleRoute } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { exportMyData } from "@/lib/accounts/export-data";
import { notFound } from "@/lib/errors";

// GET /api/account/export  (JSON download of everything the signed-in viewer wrote)
export const GET = handleRoute(async () => {
  const viewer = await requireViewerForAction();
  const data = await exportMyData(viewer.id);
  if (!data) throw notFound("That account");
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="margin-my-data-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});
