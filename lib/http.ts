import "server-only";
import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS, RETRY_AFTER_SECONDS } from "@/lib/errors";
import { toAppError } from "@/lib/unavailable";

export function jsonError(error: AppError): NextResponse {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
    { status: HTTP_STATUS[error.code], headers: error.code === "UNAVAILABLE" ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : undefined },
  );
}

// Wraps a route handler: expected failures become 4xx JSON (503 with Retry-After when the database
// cannot serve right now), anything else a logged 500.
export function handleRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      const expected = toAppError(error);
      if (expected) return jsonError(expected);
      console.error(error);
      return NextResponse.json({ error: { code: "INTERNAL", message: "Internal error" } }, { status: 500 });
    }
  };
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("INVALID", "The request body must be JSON.");
  }
}
