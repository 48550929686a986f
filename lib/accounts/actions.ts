"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth";
import { createAccount } from "@/lib/accounts/create-account";
import { visitorAction } from "@/lib/actions";
import { safeReturnPath } from "@/lib/return-path";
import { AppError } from "@/lib/errors";

async function signInOrExplain(email: string, password: string, returnTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(returnTo) });
  } catch (error) {
    if (error instanceof AuthError) throw new AppError("UNAUTHENTICATED", "That email and password don't match an account.");
    throw error;
  }
}

export const signInAction = visitorAction(({ email = "", password = "", callbackUrl = "/" }) =>
  signInOrExplain(email, password, callbackUrl),
);

export const signUpAction = visitorAction(async (input) => {
  const account = await createAccount(input);
  await signInOrExplain(account.email, input.password ?? "", input.callbackUrl ?? "/");
});

// The header's plain sign-out button: nothing to report back to a form.
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
