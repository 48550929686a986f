import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { safeReturnPath } from "@/lib/return-path";
import { AppError } from "@/lib/errors";
import { toAppError } from "@/lib/unavailable";

// Signs in and redirects to `returnTo`; a wrong password becomes a form message. next-auth wraps
// what authorize() throws (a rate limit, a busy database) in an AuthError: its own message is kept.
export async function signInOrExplain(email: string, password: string, returnTo: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(returnTo) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    throw toAppError((error.cause as { err?: unknown } | undefined)?.err) ?? new AppError("UNAUTHENTICATED", "That email and password don't match an account.");
  }
}
