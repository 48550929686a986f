import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { ChangeNameInput, ChangePasswordInput } from "@/lib/accounts/schemas";
import { endAllSessions, forgetSession } from "@/lib/accounts/sessions";

// The account page's commands. Each acts on the signed-in viewer's own account only.

export type Account = { name: string; email: string };

// Where changing the password lands: the account page, saying it is done.
export const PASSWORD_CHANGED_PATH = "/account?changed=password";

export async function getAccount(userId: string): Promise<Account | null> {
  return db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
}

export async function changeName(userId: string, input: unknown): Promise<void> {
  const { name } = parseInput(ChangeNameInput, input);
  await db.user.update({ where: { id: userId }, data: { name } });
  // Sessions show the name from the account: this instance shows the new one at once.
  forgetSession(userId);
}

/**
 * Sets a new password when the current one is right, and ends every session (this device signs in
 * again with the new password). Returns the email to sign in with.
 */
export async function changePassword(userId: string, input: unknown): Promise<{ email: string }> {
  const { currentPassword, newPassword } = parseInput(ChangePasswordInput, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("INVALID", "Your current password is not right.", { currentPassword: ["Your current password is not right."] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endAllSessions(userId, tx);
  });
  return { email: user.email };
}
