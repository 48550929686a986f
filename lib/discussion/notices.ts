import "server-only";
import { rolesWith } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReplyKind } from "@/lib/generated/prisma/enums";
import { bellNotices, publishLive } from "@/lib/live/publish";

// Who hears of what happens to a post. Callers write these rows in the transaction of the change
// itself, so a notification exists exactly when its cause committed (ADR 0016). Nobody is told of
// their own act. Rows hold ids and a kind only; lib/notifications renders the text when read.
export type Notice = Prisma.NotificationCreateManyPostInput;

// parentAuthorId: the author of the thread's response; replyToAuthorId: of the reply it answers, if any.
type PublishedPost = { authorId: string; replyKind: ReplyKind | null; parentAuthorId: string | null; replyToAuthorId?: string | null };

/**
 * A reply classmates can now see: the author of the reply it answers hears of it, and so does the
 * author of the thread's response (every reply joins their thread); once each, never the replier.
 */
export function replyNotices(post: PublishedPost, classroomId: string): Notice[] {
  const recipients = new Set([post.replyToAuthorId, post.parentAuthorId].filter((id): id is string => Boolean(id) && id !== post.authorId));
  const kind = post.replyKind === "COUNTER" ? "COUNTER" : "REPLY";
  return [...recipients].map((recipientId) => ({ recipientId, classroomId, kind, actorId: post.authorId }));
}

/** A moderator's decision (or the system's: actorId null), told to the post's author with the reason. */
export function decisionNotices(
  kind: "APPROVED" | "REJECTED" | "HIDDEN",
  post: { authorId: string },
  classroomId: string,
  actorId: string | null,
  reason: string | null,
): Notice[] {
  if (post.authorId === actorId) return [];
  return [{ recipientId: post.authorId, classroomId, kind, actorId, reason }];
}

/** The class's moderators, except the one who acted, hear of a post waiting for approval or a report. */
export async function moderatorNotices(
  client: Prisma.TransactionClient,
  { classroomId, kind, actorId, reason = null }: { classroomId: string; kind: "PENDING" | "REPORT"; actorId: string; reason?: string | null },
): Promise<Notice[]> {
  const moderators = await client.membership.findMany({
    where: { classroomId, role: { in: rolesWith("moderate:class") }, userId: { not: actorId } },
    select: { userId: true },
  });
  return moderators.map(({ userId }) => ({ recipientId: userId, classroomId, kind, actorId, reason }));
}

/** Writes notices about one post with the transaction of the change that caused them, and tells each recipient's bell. */
export async function writeNotices(client: Prisma.TransactionClient, postId: string, notices: Notice[]): Promise<void> {
  if (notices.length === 0) return;
  await client.notification.createMany({ data: notices.map((notice) => ({ ...notice, postId })) });
  await publishLive(client, bellNotices(notices));
}

/** For approval: what an approved post tells its author and, for a reply, the response's author. */
// What a post's approval is for: its author, and (now that classmates can see it) the author of
// the response it replies to. Bulk approval reads these fields with the posts, not one by one.
export const APPROVAL_FIELDS = { authorId: true, replyKind: true, parent: { select: { authorId: true } }, replyTo: { select: { authorId: true } } } as const;
type ApprovedPost = { authorId: string; replyKind: ReplyKind | null; parent: { authorId: string } | null; replyTo: { authorId: string } | null };

export function approvalNoticesFor(post: ApprovedPost, classroomId: string, moderatorId: string): Notice[] {
  return [
    ...decisionNotices("APPROVED", post, classroomId, moderatorId, null),
    ...replyNotices({ ...post, parentAuthorId: post.parent?.authorId ?? null, replyToAuthorId: post.replyTo?.authorId ?? null }, classroomId),
  ];
}

export async function approvalNotices(client: Prisma.TransactionClient, postId: string, classroomId: string, moderatorId: string): Promise<Notice[]> {
  const post = await client.post.findUniqueOrThrow({ where: { id: postId }, select: APPROVAL_FIELDS });
  return approvalNoticesFor(post, classroomId, moderatorId);
}
