import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isModerator, memberOf, roleIn } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationAction, Role } from "@/lib/generated/prisma/enums";

// Finding what a moderator acts on: non-members get "not found" (ids leak nothing), members who
// are not the class's teachers or TAs get "forbidden".
export const NOT_A_MODERATOR = "Only the class's teachers and TAs can moderate.";

export function assertModerator(role: Role | undefined): asserts role is Role {
  if (!isModerator(role)) throw new AppError("FORBIDDEN", NOT_A_MODERATOR);
}

export async function findPostForModerator(userId: string, postId: string) {
  const post = await db.post.findFirst({
    where: { id: postId, assignment: { classroom: memberOf(userId) } },
    select: { id: true, authorId: true, parentId: true, assignment: { select: { classroomId: true, classroom: { select: roleIn(userId) } } } },
  });
  const role = post?.assignment.classroom.memberships[0]?.role;
  if (!post || !role) throw notFound("That post");
  assertModerator(role);
  return { role, classroomId: post.assignment.classroomId, authorId: post.authorId, isResponse: post.parentId === null };
}

// The viewer's role in a class, or null for non-members.
export async function roleInClassroom(userId: string, classroomId: string): Promise<Role | null> {
  const membership = await db.membership.findUnique({ where: { classroomId_userId: { classroomId, userId } }, select: { role: true } });
  return membership?.role ?? null;
}

export async function findClassroomForModerator(userId: string, classroomId: string): Promise<Role> {
  const role = await roleInClassroom(userId, classroomId);
  if (!role) throw notFound("That class");
  assertModerator(role);
  return role;
}

type Tx = Prisma.TransactionClient;

export type AuditInput = {
  classroomId: string;
  // null for what the system did by itself (auto-hide after reports).
  actorId: string | null;
  action: ModerationAction;
  postId?: string | null;
  targetUserId?: string | null;
  reason?: string | null;
};

// Always called with the transaction that performs the action, so neither exists without the other.
export function recordAudit(tx: Tx, entry: AuditInput) {
  return tx.auditEntry.create({ data: entry, select: { id: true } });
}
