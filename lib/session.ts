import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { readSession } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limits/limiter";

// timeZone: the one chosen in the profile, if any (lib/time-zone.ts).
export type Viewer = { id: string; name: string; email: string; timeZone: string | null };

// Once per request: the root layout, the header and the page each ask, and each read decrypts the
// session cookie: one of those per page is enough.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await readSession();
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name ?? "", email: user.email ?? "", timeZone: user.timeZone ?? null };
});

// For pages: send a signed-out visitor to sign in, then back here.
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

// For server actions and route handlers, which answer instead of redirecting.
export async function requireViewerForAction(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return viewer;
}

// A CSV export reads a whole class at once: each one counts against the viewer's export limit.
export async function requireViewerForExport(): Promise<Viewer> {
  const viewer = await requireViewerForAction();
  await consumeRateLimit("exportPerUser", viewer.id);
  return viewer;
}
