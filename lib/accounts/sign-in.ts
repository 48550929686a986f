import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { safeReturnPath } from "@/lib/return-path";
import { AppError } from "@/lib/errors";

// Signs in and redirects to `returnTo`; a wrong password becomes a form message.
export async function signInOrExplain(email: string, password: string, returnTo: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(returnTo) });
  } catch (error) {
    if (error instanceof AuthError) throw new AppError("UNAUTHENTICATED", "That email and password don't match an account.");
    throw error;
  }
}
