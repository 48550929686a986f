import { NextResponse, type NextRequest } from "next/server";

// Next.js answers 500 when a dynamic segment holds an escape that does not decode (/classes/%ZZ,
// /classes/%ED%A0%80: vercel/next.js#92527). Such a URL names nothing, so it is a 404 here, before
// routing tries to decode it.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return new NextResponse("Not found", { status: 404 });
  }
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
