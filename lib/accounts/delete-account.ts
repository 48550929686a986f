import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { verifyPassword } from "@/lib/accounts/password";
import { DeleteAccountInput } from "@/lib/accounts/schemas";
import { departureClasses, onlyTeacherMessage } from "@/lib/accounts/departure";
import { FORMER_MEMBER } from "@/lib/accounts/former-member";
import { scrubIdentity } from "@/lib/accounts/scrub";
import { endAllSessions } from "@/lib/accounts/sessions";
import { renderedBody } from "@/lib/markdown/render";

// Deletes the viewer's account in one transaction (ADR 0013). The user row stays as a tombstone so
// kept posts, claims, readings and the audit log still point somewhere; everything on it that
// identified the person goes, and the sign-in and session checks refuse it from then on.
export async function deleteAccount(userId: string, input: unknown): Promise<void> {
  const { password } = parseInput(DeleteAccountInput, input);
  const user = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { name: true, email: true, passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("INVALID", "That password is not right; nothing was deleted.", { password: ["That password is not right."] });
  }
  const blocked = onlyTeacherMessage(await departureClasses(userId));
  if (blocked) throw new AppError("CONFLICT", blocked);

  await db.$transaction(async (tx) => {
    // Lock the row: a second deletion (another tab) waits, then finds the tombstone.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const classroomIds = (await tx.membership.findMany({ where: { userId }, select: { classroomId: true } })).map((m) => m.classroomId);
    await removePostsWhereChosen(tx, userId);
    await scrubIdentity(tx, { userId, classroomIds, identifiers: [user.name, user.email] });
    await tx.report.deleteMany({ where: { reporterId: userId } });
    // Their notifications, and the moderators' ones about their reports (which held the report's reason).
    await tx.notification.deleteMany({ where: { OR: [{ recipientId: userId }, { actorId: userId, kind: "REPORT" }] } });
    await tx.pollAnswer.deleteMany({ where: { userId } });
    await tx.membership.deleteMany({ where: { userId } });
    // Every session of the account ends with it (within the session check, on every instance).
    await endAllSessions(userId, tx);
    await tx.user.update({
      where: { id: userId },
      // An empty hash never verifies; the address is unique per tombstone and cannot receive mail.
      data: { name: FORMER_MEMBER, email: `deleted-${userId}@former-member.invalid`, passwordHash: "", deletedAt: new Date() },
    });
  });
}

// In classes whose teacher chose "remove", the posts stay as placeholders (so replies keep their
// thread) but their text, quote, sources and earlier versions are erased.
async function removePostsWhereChosen(tx: Prisma.TransactionClient, userId: string) {
  const where: Prisma.PostWhereInput = { authorId: userId, assignment: { classroom: { departedPosts: "REMOVE" } } };
  await tx.postSource.deleteMany({ where: { post: where } });
  await tx.postRevision.deleteMany({ where: { post: where } });
  await tx.post.updateMany({
    where,
    data: {
      status: "DELETED",
      body: "",
      ...renderedBody(""),
      moderationReason: null,
      quoteStart: null,
      quoteEnd: null,
      quoteText: null,
      stance: null,
      kind: null,
      replyKind: null,
      pinnedAt: null,
      teacherPick: false,
    },
  });
}
