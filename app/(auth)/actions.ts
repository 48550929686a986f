"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth";
import { createAccount } from "@/lib/accounts/create-account";
import { runAction } from "@/lib/actions";
import { safeReturnPath } from "@/lib/return-path";
import type { ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";

async function signInOrExplain(email: string, password: string, returnTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(returnTo) });
  } catch (error) {
    if (error instanceof AuthError) throw new AppError("UNAUTHENTICATED", "That email and password don't match an account.");
    throw error;
  }
}

export async function signInAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, ({ email = "", password = "", callbackUrl = "/" }) =>
    signInOrExplain(email, password, callbackUrl),
  );
}

export async function signUpAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (input) => {
    const account = await createAccount(input);
    await signInOrExplain(account.email, input.password ?? "", input.callbackUrl ?? "/");
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
