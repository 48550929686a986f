// POST /api/readings — { title, author, source, perspective, text, sections: [{ start, heading, question }] } → { id }
// A route handler rather than a server action: a reading may be up to 2 MB of text, over the
// server actions' 1 MB body limit.
import { NextResponse } from "next/server";
import { handleRoute, readJson } from "@/lib/http";
import { MAX_READING_JSON_BYTES } from "@/lib/readings/limits";
import { requireViewerForAction } from "@/lib/session";
import { createReading } from "@/lib/readings/save-reading";

export const POST = handleRoute(async (request: Request) => {
  const viewer = await requireViewerForAction();
  return NextResponse.json(await createReading(viewer.id, await readJson(request, MAX_READING_JSON_BYTES)), { status: 201 });
});
