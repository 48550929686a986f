import { NextResponse, type NextRequest } from "next/server";
import { API_POLICY, isHttps, newNonce, pagePolicy, securityHeaders } from "@/lib/security-headers";

// Runs before every page and route handler: refuses paths that do not decode, and sets the security
// headers (ADR 0012). A page's Content-Security-Policy carries a fresh nonce, which Next reads from
// the request's copy of the header and puts on the scripts it renders.
export function proxy(request: NextRequest) {
  const https = isHttps(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"));
  const { pathname } = request.nextUrl;
  if (!decodes(pathname)) return withHeaders(new NextResponse("Not found", { status: 404 }), securityHeaders(API_POLICY, { https }));
  if (pathname === "/api" || pathname.startsWith("/api/")) return withHeaders(NextResponse.next(), securityHeaders(API_POLICY, { https }));

  const policy = pagePolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development", https });
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

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Static files (hashed chunks, optimized images) are not documents: no policy to send them.
export const config = { matcher: "/((?!_next/static|_next/image).*)" };
