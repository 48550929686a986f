import "server-only";
import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS, RETRY_AFTER_SECONDS } from "@/lib/errors";
import { toAppError } from "@/lib/unavailable";

// When the same request may succeed: soon after a busy moment, later after a rate limit.
function retryAfter(error: AppError): number | undefined {
  if (error.code === "UNAVAILABLE") return RETRY_AFTER_SECONDS;
  return error.retryAfter;
}

export function jsonError(error: AppError): NextResponse {
  const seconds = retryAfter(error);
  return NextResponse.json(
    { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
    { status: HTTP_STATUS[error.code], headers: seconds === undefined ? undefined : { "Retry-After": String(seconds) } },
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

// Request bodies are read up to a limit, so a huge one is refused before it fills memory.
const DEFAULT_MAX_BYTES = 1024 * 1024;

async function readBody(request: Request, maxBytes: number, tooLarge: AppError): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge;
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function readJson(request: Request, maxBytes = DEFAULT_MAX_BYTES): Promise<unknown> {
  const body = await readBody(request, maxBytes, new AppError("INVALID", `The request body is larger than ${Math.ceil(maxBytes / 1024)} KB.`));
  try {
    // fatal: bytes that are not UTF-8 are refused, not turned into U+FFFD.
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    throw new AppError("INVALID", "The request body must be JSON in UTF-8.");
  }
}

/** A multipart or urlencoded form body; null when it is not one. */
export async function readForm(request: Request, maxBytes: number, tooLarge: AppError): Promise<FormData | null> {
  const body = await readBody(request, maxBytes, tooLarge);
  const contentType = request.headers.get("content-type") ?? "";
  return new Response(body, { headers: { "content-type": contentType } }).formData().catch(() => null);
}
