import { NextResponse } from "next/server";
import { handleRoute, readJson } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { listResponses } from "@/lib/discussion/list-responses";
import { createResponse } from "@/lib/discussion/create-post";
import { SectionPosition } from "@/lib/discussion/schemas";
import { parseInput } from "@/lib/validation";

type Context = RouteContext<"/api/assignments/[assignmentId]/sections/[position]/responses">;

// GET /api/assignments/:assignmentId/sections/:position/responses?cursor=
export const GET = handleRoute(async (request: Request, { params }: Context) => {
  const viewer = await requireViewerForAction();
  const { assignmentId, position } = await params;
  const cursor = new URL(request.url).searchParams.get("cursor");
  return NextResponse.json(await listResponses(viewer.id, assignmentId, parseInput(SectionPosition, position), cursor));
});

// POST /api/assignments/:assignmentId/sections/:position/responses
//   { body, stance?, kind?, sources?: [{ title, url }], quoteStart?, quoteEnd?, quoteText? }
//   Idempotency-Key: <8–100 of [A-Za-z0-9_.:-]> (optional): the same key again answers with the
//   post it made, so a client may retry a 503 or a lost answer safely.
export const POST = handleRoute(async (request: Request, { params }: Context) => {
  const viewer = await requireViewerForAction();
  const { assignmentId, position } = await params;
  const json = await readJson(request);
  const fields = typeof json === "object" && json !== null && !Array.isArray(json) ? json : {};
  // The path names the section and the header the submission; the body cannot say otherwise.
  const idempotencyKey = request.headers.get("idempotency-key") ?? undefined;
  const response = await createResponse(viewer.id, { ...fields, assignmentId, position, idempotencyKey });
  return NextResponse.json(response, { status: 201 });
});
