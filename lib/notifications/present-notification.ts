import "server-only";
import type { AnonymityMode, NotificationKind, Role } from "@/lib/generated/prisma/enums";
import { STUDENT_ROLE } from "@/lib/authz";
import { effectiveAnonymity } from "@/lib/discussion/anonymity";
import { authorOf } from "@/lib/discussion/present-post";
import { permalinkPath } from "@/lib/discussion/permalink-path";
import { MODERATOR_KINDS } from "@/lib/notifications/visibility";

/** What a browser receives of a notification: text only, no user ids. */
export type NotificationView = {
  id: string;
  text: string;
  // A moderator's reason, or a report's.
  reason: string | null;
  // Where it happened: "Class · Reading".
  context: string;
  // The post, or for moderators' kinds the class's moderation queue.
  href: string;
  unread: boolean;
  createdAt: string;
};

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  reason: string | null;
  readAt: Date | null;
  createdAt: Date;
  classroomId: string;
  classroom: { name: string; anonymity: AnonymityMode; memberships: { role: Role }[] };
  post: {
    id: string;
    parentId: string | null;
    authorId: string;
    /** The reply this one answers, when it answers a reply rather than the response. */
    replyTo: { authorId: string } | null;
    assignmentId: string;
    assignment: { anonymity: AnonymityMode | null; reading: { title: string } };
    author: { name: string; deletedAt: Date | null; memberships: { classroomId: string; role: Role }[] };
  } | null;
};

// noun: what the post is; answered: what of the recipient's it answers (REPLY, COUNTER).
function sentence(kind: NotificationKind, who: string, noun: string, answered: string): string {
  switch (kind) {
    case "REPLY":
      return `${who} replied to your ${answered}.`;
    case "COUNTER":
      return `${who} posted a counter-argument to your ${answered}.`;
    case "APPROVED":
      return `Your ${noun} was approved.`;
    case "REJECTED":
      return `Your ${noun} was rejected.`;
    case "HIDDEN":
      return `Your ${noun} was hidden.`;
    case "REPORT":
      return `A ${noun} by ${who} was reported.`;
    case "PENDING":
      return `A ${noun} by ${who} is waiting for approval.`;
  }
}

// The person named is always the post's author, shown to this recipient exactly as on the post
// itself (lib/discussion/present-post.ts): "Anonymous student", a pseudonym or "Former member".
export function presentNotification(userId: string, row: NotificationRow, pseudonyms: Map<string, string>): NotificationView {
  const post = row.post!;
  const role = row.classroom.memberships[0]?.role ?? STUDENT_ROLE;
  const author = {
    authorId: post.authorId,
    author: { ...post.author, memberships: post.author.memberships.filter((m) => m.classroomId === row.classroomId) },
  };
  const anonymity = effectiveAnonymity(post.assignment, row.classroom);
  const label = pseudonyms.get(`${post.assignmentId}:${post.authorId}`);
  const { name } = authorOf(author, { viewer: { userId, role }, anonymity, pseudonyms: new Map(label ? [[post.authorId, label]] : []) });
  const moderatorKind = MODERATOR_KINDS.includes(row.kind);
  return {
    id: row.id,
    text: sentence(row.kind, name, post.parentId ? "reply" : "response", post.replyTo?.authorId === userId ? "reply" : "response"),
    reason: row.reason,
    context: `${row.classroom.name} · ${post.assignment.reading.title}`,
    href: moderatorKind ? `/classes/${row.classroomId}/moderation` : permalinkPath(post.id),
    unread: row.readAt === null,
    createdAt: row.createdAt.toISOString(),
  };
}
