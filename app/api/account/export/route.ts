import { handleRoute } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { myDataFile } from "@/lib/accounts/export-data";
import { notFound } from "@/lib/errors";

// GET /api/account/export  (JSON download of everything the signed-in viewer wrote)
export const GET = handleRoute(async () => {
  const viewer = await requireViewerForAction();
  const file = await myDataFile(viewer.id);
  if (!file) throw notFound("That account");
  return new Response(file.json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
