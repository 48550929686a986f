import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseKnownUnavailable } from "@/lib/database-gate";
import { RETRY_AFTER_SECONDS } from "@/lib/errors";
import { API_POLICY, isHttps, newNonce, pagePolicy, securityHeaders } from "@/lib/security-headers";
import { unavailablePage } from "@/lib/unavailable-page";

// Runs before every page and route handler: refuses paths that do not decode, answers a page 503
// while the database is known to be unable to serve it (ADR 0010), and sets the security headers
// (ADR 0012). A page's Content-Security-Policy carries a fresh nonce, which Next reads from the
// request's copy of the header and puts on the scripts it renders.
export function proxy(request: NextRequest) {
  const https = isHttps(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"));
  const { pathname } = request.nextUrl;
  if (!decodes(pathname)) return withHeaders(new NextResponse("Not found", { status: 404 }), securityHeaders(API_POLICY, { https }));
  if (pathname === "/api" || pathname.startsWith("/api/")) return withHeaders(NextResponse.next(), securityHeaders(API_POLICY, { https }));

  const nonce = newNonce();
  const policy = pagePolicy({ nonce, development: process.env.NODE_ENV === "development", https });
  if (isPageRead(request) && isDatabaseKnownUnavailable()) return withHeaders(unavailableResponse(nonce), securityHeaders(policy, { https }));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), securityHeaders(policy, { https }));
}

// Next.js answers 500 when a dynamic segment holds an escape that does not decode (/classes/%ZZ,
// /classes/%ED%A0%80: vercel/next.js#92527). Such a URL names nothing, so it is a 404 here, before
// routing tries to decode it.
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// A document or an RSC navigation: what would render a page. Server actions (POST) answer "busy"
// themselves; files such as /favicon.ico are not pages.
function isPageRead(request: NextRequest): boolean {
  return (request.method === "GET" || request.method === "HEAD") && !request.nextUrl.pathname.split("/").at(-1)!.includes(".");
}

// A navigation answered like this (RSC included: the client router then loads the document) shows
// the page, which loads the real one again once the database is back.
function unavailableResponse(nonce: string): NextResponse {
  return new NextResponse(unavailablePage({ nonce, retryAfterSeconds: RETRY_AFTER_SECONDS }), {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Static files (hashed chunks, optimized images) are not documents: no policy to send them.
export const config = { matcher: "/((?!_next/static|_next/image).*)" };
