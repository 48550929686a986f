"use server";

import { signOut } from "@/lib/auth";
import { createAccount } from "@/lib/accounts/create-account";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { viewerAction, visitorAction } from "@/lib/actions";
import { setTimeZone } from "@/lib/accounts/time-zone";
import { signInOrExplain } from "@/lib/accounts/sign-in";
import { getViewer } from "@/lib/session";
import { changeName, changePassword, PASSWORD_CHANGED_PATH } from "@/lib/accounts/account";
import { endAllSessions } from "@/lib/accounts/sessions";
import { RESET_CODE_MINUTES, issueResetCode, redeemResetCode } from "@/lib/accounts/reset-codes";
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

export const changeNameAction = viewerAction(changeName, "Your name is saved.");

// Every session ends with the old password; this device signs in again with the new one. Signing in
// redirects, so the account page renders with the new session (a refresh in place would still see
// the old cookie) and says what happened.
export const changePasswordAction = viewerAction(async (userId, input) => {
  const { email } = await changePassword(userId, input);
  await signInOrExplain(email, input.newPassword ?? "", PASSWORD_CHANGED_PATH);
}, "Your password is changed.");

// Ends every session, this device's too: "everywhere" includes the computer in front of you, which
// may be a shared one.
export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer.id);
  await signOut({ redirectTo: "/signin" });
}

export const issueResetCodeAction = viewerAction(
  issueResetCode,
  ({ code, studentName }) =>
    `Reset code for ${studentName}: ${code} (works once, for ${RESET_CODE_MINUTES} minutes). ` +
    `Give it to ${studentName} in person: they open /reset and enter their email, this code and a new password.`,
);

export const redeemResetCodeAction = visitorAction(async (input) => {
  const { email } = await redeemResetCode(input);
  await signInOrExplain(email, input.newPassword ?? "", "/");
});
// After deleting, the session cookie goes too (the token no longer works anyway) and the person
// lands on the sign-in page, which says the account is gone.
export const deleteAccountAction = viewerAction(async (userId, input) => {
  await deleteAccount(userId, input);
  await signOut({ redirectTo: "/signin?deleted=1" });
}, "");

export const setTimeZoneAction = viewerAction(setTimeZone, ({ timeZone }) => `Times now show in ${timeZone}.`);
