"use server";

import { signOut } from "@/lib/auth";
import { createAccount } from "@/lib/accounts/create-account";
import { visitorAction } from "@/lib/actions";
import { signInOrExplain } from "@/lib/accounts/sign-in";
import { limitSignUps } from "@/lib/accounts/sign-up-limit";

export const signInAction = visitorAction(({ email = "", password = "", callbackUrl = "/" }) =>
  signInOrExplain(email, password, callbackUrl),
);

export const signUpAction = visitorAction(async (input) => {
  await limitSignUps();
  const account = await createAccount(input);
  await signInOrExplain(account.email, input.password ?? "", input.callbackUrl ?? "/");
});

// The header's plain sign-out button: nothing to report back to a form.
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
