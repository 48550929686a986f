// PUT /api/readings/:readingId — the same body as POST /api/readings → { id, version, newVersion }
// A frozen reading (a class has posted on it) is not changed: a new version is saved instead.
import { NextResponse } from "next/server";
import { handleRoute, readJson } from "@/lib/http";
import { MAX_READING_JSON_BYTES } from "@/lib/readings/limits";
import { requireViewerForAction } from "@/lib/session";
import { updateReading } from "@/lib/readings/save-reading";

export const PUT = handleRoute<RouteContext<"/api/readings/[readingId]">>(async (request, { params }) => {
  const viewer = await requireViewerForAction();
  const { readingId } = await params;
  return NextResponse.json(await updateReading(viewer.id, readingId, await readJson(request, MAX_READING_JSON_BYTES)));
});
