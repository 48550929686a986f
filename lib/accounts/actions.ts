"use server";

import { signOut } from "@/lib/auth";
import { createAccount } from "@/lib/accounts/create-account";
import { viewerAction, visitorAction } from "@/lib/actions";
import { setTimeZone } from "@/lib/accounts/time-zone";
import { signInOrExplain } from "@/lib/accounts/sign-in";

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

export const setTimeZoneAction = viewerAction(setTimeZone, ({ timeZone }) => `Times now show in ${timeZone}.`);
