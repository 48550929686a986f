import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationAction } from "@/lib/generated/prisma/enums";
import { requireAccess } from "@/lib/access";
import { recordAudit } from "@/lib/moderation/record-audit";
import { postChangeNotice, publishLive } from "@/lib/live/publish";
import { PostTarget, PostWithReason } from "@/lib/moderation/schemas";
import { approvalNotices, decisionNotices, writeNotices, type Notice } from "@/lib/discussion/notices";

// The single-post moderation actions. Each is a guarded state change: the update applies only
// while the post is in a state the action fits, so two moderators acting at once cannot both
// succeed, and the audit entry is written in the same transaction.
type Transition = {
  action: ModerationAction;
  when: Prisma.PostWhereInput;
  data: Prisma.PostUpdateManyMutationInput;
  // What to say when the post is no longer in a state this action fits.
  conflict: string;
  responsesOnly?: string;
  // The decision settles the open reports on the post.
  resolvesReports?: boolean;
  // Who hears of it, written in the same transaction.
  notify?: (tx: Prisma.TransactionClient, change: Change) => Notice[] | Promise<Notice[]>;
};

type Change = { postId: string; authorId: string; classroomId: string; moderatorId: string; reason: string | null };

const tellAuthor =
  (kind: "REJECTED" | "HIDDEN") =>
  (_tx: Prisma.TransactionClient, { authorId, classroomId, moderatorId, reason }: Change) =>
    decisionNotices(kind, { authorId }, classroomId, moderatorId, reason);

async function transition(userId: string, postId: string, reason: string | null, t: Transition): Promise<void> {
  const access = await requireAccess(userId, { postId }, "moderate:class");
  const { classroom, post } = access;
  if (t.responsesOnly && post.parentId !== null) throw new AppError("INVALID", t.responsesOnly);
  const after = typeof t.data.status === "string" ? t.data.status : post.status;
  await db.$transaction(async (tx) => {
    const { count } = await tx.post.updateMany({ where: { id: postId, ...t.when }, data: t.data });
    if (count === 0) throw new AppError("CONFLICT", t.conflict);
    if (t.resolvesReports) await tx.report.updateMany({ where: { postId, resolvedAt: null }, data: { resolvedAt: new Date() } });
    await recordAudit(tx, { classroomId: classroom.id, actorId: userId, action: t.action, postId, targetUserId: post.authorId, reason });
    const change = { postId, authorId: post.authorId, classroomId: classroom.id, moderatorId: userId, reason };
    if (t.notify) await writeNotices(tx, postId, await t.notify(tx, change));
    await publishLive(tx, postChangeNotice("moderation", access, { authorId: post.authorId, before: post.status, after }, t.resolvesReports));
  });
}

const withReason = (input: unknown) => parseInput(PostWithReason, input);
const postOnly = (input: unknown) => parseInput(PostTarget, input);

export async function approvePost(userId: string, input: unknown): Promise<void> {
  const { postId } = postOnly(input);
  await transition(userId, postId, null, {
    action: "APPROVE",
    when: { status: "PENDING" },
    data: { status: "PUBLISHED", moderationReason: null },
    conflict: "That post is no longer waiting for approval.",
    notify: (tx, { postId, classroomId, moderatorId }) => approvalNotices(tx, postId, classroomId, moderatorId),
  });
}

export async function rejectPost(userId: string, input: unknown): Promise<void> {
  const { postId, reason } = withReason(input);
  await transition(userId, postId, reason, {
    action: "REJECT",
    when: { status: "PENDING" },
    data: { status: "REJECTED", moderationReason: reason },
    conflict: "That post is no longer waiting for approval.",
    notify: tellAuthor("REJECTED"),
  });
}

export async function hidePost(userId: string, input: unknown): Promise<void> {
  const { postId, reason } = withReason(input);
  await transition(userId, postId, reason, {
    action: "HIDE",
    when: { status: "PUBLISHED" },
    data: { status: "HIDDEN", moderationReason: reason },
    conflict: "Only a published post can be hidden.",
    resolvesReports: true,
    notify: tellAuthor("HIDDEN"),
  });
}

// A moderator's delete keeps its reason, which is what makes it restorable (an author's own
// delete has none and stays deleted).
export async function removePost(userId: string, input: unknown): Promise<void> {
  const { postId, reason } = withReason(input);
  await transition(userId, postId, reason, {
    action: "DELETE",
    when: { status: { in: ["PUBLISHED", "PENDING", "HIDDEN", "REJECTED"] } },
    data: { status: "DELETED", moderationReason: reason },
    conflict: "That post is already deleted.",
    resolvesReports: true,
  });
}

// Back to published: a hidden, rejected or moderator-deleted post, or a published one whose
// reports a moderator dismisses.
export async function restorePost(userId: string, input: unknown): Promise<void> {
  const { postId } = postOnly(input);
  await transition(userId, postId, null, {
    action: "RESTORE",
    when: {
      OR: [
        { status: { in: ["HIDDEN", "REJECTED"] } },
        { status: "DELETED", moderationReason: { not: null } },
        { status: "PUBLISHED", reports: { some: { resolvedAt: null } } },
      ],
    },
    data: { status: "PUBLISHED", moderationReason: null },
    conflict: "There is nothing to restore on that post.",
    resolvesReports: true,
  });
}

export async function pinPost(userId: string, input: unknown): Promise<void> {
  const { postId } = postOnly(input);
  await transition(userId, postId, null, {
    action: "PIN",
    when: { status: "PUBLISHED", pinnedAt: null },
    data: { pinnedAt: new Date() },
    conflict: "Only a published response that is not pinned yet can be pinned.",
    responsesOnly: "Only responses can be pinned, not replies.",
  });
}

export async function unpinPost(userId: string, input: unknown): Promise<void> {
  const { postId } = postOnly(input);
  await transition(userId, postId, null, {
    action: "UNPIN",
    when: { pinnedAt: { not: null } },
    data: { pinnedAt: null },
    conflict: "That response is not pinned.",
  });
}

export async function pickPost(userId: string, input: unknown): Promise<void> {
  const { postId } = postOnly(input);
  await transition(userId, postId, null, {
    action: "PICK",
    when: { status: "PUBLISHED", teacherPick: false },
    data: { teacherPick: true },
    conflict: "Only a published post that is not a teacher's pick yet can be picked.",
  });
}

export async function unpickPost(userId: string, input: unknown): Promise<void> {
  const { postId } = postOnly(input);
  await transition(userId, postId, null, {
    action: "UNPICK",
    when: { teacherPick: true },
    data: { teacherPick: false },
    conflict: "That post is not a teacher's pick.",
  });
}

// The reason lives in the audit entry; lib/discussion reads it back to explain the lock.
export async function lockThread(userId: string, input: unknown): Promise<void> {
  const { postId, reason } = withReason(input);
  await transition(userId, postId, reason, {
    action: "LOCK_THREAD",
    when: { lockedAt: null },
    data: { lockedAt: new Date() },
    conflict: "That thread is already locked.",
    responsesOnly: "Lock the response that starts the thread.",
  });
}

export async function unlockThread(userId: string, input: unknown): Promise<void> {
  const { postId } = postOnly(input);
  await transition(userId, postId, null, {
    action: "UNLOCK_THREAD",
    when: { lockedAt: { not: null } },
    data: { lockedAt: null },
    conflict: "That thread is not locked.",
  });
}
