import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/unavailable";
import { AppError } from "@/lib/errors";

export type Viewer = { id: string; name: string; email: string };

// A signed token outlives a deleted account, so the account is checked too (once per request).
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  if (!(await isActiveAccount(user.id))) return null;
  return { id: user.id, name: user.name ?? "", email: user.email ?? "" };
});

// While the database cannot answer, the token is trusted: every page and action needs the database
// anyway, and the header (in the root layout) must still render so the error page can wait and retry.
async function isActiveAccount(userId: string): Promise<boolean> {
  try {
    return (await db.user.count({ where: { id: userId, deletedAt: null } })) > 0;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return true;
    throw error;
  }
}

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
