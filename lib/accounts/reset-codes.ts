import "server-only";
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { requireAccess } from "@/lib/access";
import { isStudent } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/record-audit";
import { hashPassword } from "@/lib/accounts/password";
import { IssueResetCodeInput, RedeemResetCodeInput } from "@/lib/accounts/schemas";
import { endAllSessions } from "@/lib/accounts/sessions";

// Account recovery without email (ADR 0003): a class's teacher issues a one-time code for one of
// its students and hands it over in person; the student enters it at /reset with a new password.

export const RESET_CODE_MINUTES = 30;
// Tries per code, the right one included: 5 guesses at 31^10 codes cannot find one.
export const RESET_CODE_ATTEMPTS = 5;
// No 0/O, 1/I/L: read aloud or copied from a screen, the code survives.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 10;

const INVALID_CODE = "That email and code don't work. The code may be mistyped, used, replaced or expired: ask your teacher for a new one.";
const NOT_A_STUDENT = "Reset codes are for students. Teachers and TAs change their password on their account page.";

function generateResetCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

// A SHA-256 is enough for a random code that works 5 times within 30 minutes; the code itself is
// never stored.
export function hashResetCode(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

export type IssuedResetCode = { code: string; studentName: string; expiresAt: Date };

/** A new code for a student of the class; their previous code stops working. Audited. */
export async function issueResetCode(userId: string, input: unknown, now = new Date()): Promise<IssuedResetCode> {
  const { classroomId, membershipId } = parseInput(IssueResetCodeInput, input);
  await requireAccess(userId, { classroomId }, "reset:password");
  const code = generateResetCode();
  const expiresAt = new Date(now.getTime() + RESET_CODE_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    const target = await tx.membership.findFirst({
      where: { id: membershipId, classroomId },
      select: { role: true, user: { select: { id: true, name: true } } },
    });
    if (!target) throw notFound("That member");
    if (!isStudent(target.role)) throw new AppError("FORBIDDEN", NOT_A_STUDENT);
    const fields = { classroomId, issuedById: userId, codeHash: hashResetCode(code), expiresAt, attempts: 0, usedAt: null, createdAt: now };
    await tx.passwordResetCode.upsert({ where: { userId: target.user.id }, create: { userId: target.user.id, ...fields }, update: fields });
    await recordAudit(tx, { classroomId, actorId: userId, action: "ISSUE_RESET_CODE", targetUserId: target.user.id });
    return { code: `${code.slice(0, 5)}-${code.slice(5)}`, studentName: target.user.name, expiresAt };
  });
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Sets the student's new password with a valid code, uses the code up and ends every session of
 * the account. Any failure (unknown email, wrong, used, replaced or expired code, too many tries)
 * gets one message. Returns the email to sign in with.
 */
export async function redeemResetCode(input: unknown, now = new Date()): Promise<{ email: string }> {
  const { email, code, newPassword } = parseInput(RedeemResetCodeInput, input);
  const invalid = new AppError("INVALID", INVALID_CODE, { code: [INVALID_CODE] });
  const live = { user: { email }, usedAt: null, expiresAt: { gt: now } };
  // Every try uses up an attempt before the code is compared, so guesses sent in parallel cannot
  // exceed the limit.
  const claimed = await db.passwordResetCode.updateMany({
    where: { ...live, attempts: { lt: RESET_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  const reset = claimed.count ? await db.passwordResetCode.findFirst({ where: live, select: { id: true, userId: true, classroomId: true, codeHash: true } }) : null;
  if (!reset || !sameHash(reset.codeHash, hashResetCode(code))) throw invalid;
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // Only one of two uses at once gets here with the code still unused.
    const used = await tx.passwordResetCode.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (!used.count) throw invalid;
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await endAllSessions(reset.userId, tx);
    await recordAudit(tx, { classroomId: reset.classroomId, actorId: reset.userId, action: "USE_RESET_CODE", targetUserId: reset.userId });
  });
  return { email };
}
