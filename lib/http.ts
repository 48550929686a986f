import "server-only";
import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS } from "@/lib/errors";

export function jsonError(error: AppError): NextResponse {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
    { status: HTTP_STATUS[error.code] },
  );
}

// Wraps a route handler: expected failures become 4xx JSON, anything else a logged 500.
export function handleRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof AppError) return jsonError(error);
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
