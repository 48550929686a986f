"use server";

import { signOut } from "@/lib/auth";
import { createAccount } from "@/lib/accounts/create-account";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { viewerAction, visitorAction } from "@/lib/actions";
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

// After deleting, the session cookie goes too (the token no longer works anyway) and the person
// lands on the sign-in page, which says the account is gone.
export const deleteAccountAction = viewerAction(async (userId, input) => {
  await deleteAccount(userId, input);
  await signOut({ redirectTo: "/signin?deleted=1" });
}, "");
