import "server-only";
import { rolesWith } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export const AUTHOR_KINDS: NotificationKind[] = ["APPROVED", "REJECTED", "HIDDEN"];
export const REPLY_KINDS: NotificationKind[] = ["REPLY", "COUNTER"];
export const MODERATOR_KINDS: NotificationKind[] = ["REPORT", "PENDING"];

// A notification shows only while it tells its recipient nothing a page would not: they are still
// in the class, the class and the assignment are not archived, a reply is still published, and the
// moderators' kinds go to whoever still moderates. Anything else is hidden, not deleted: a member who
// comes back, or a post restored, brings it back (ADR 0016).
export function visibleNotificationsWhere(userId: string): Prisma.NotificationWhereInput {
  return {
    recipientId: userId,
    classroom: { archivedAt: null, memberships: { some: { userId } } },
    AND: [
      { post: { assignment: { archivedAt: null } } },
      {
        OR: [
          { kind: { in: AUTHOR_KINDS } },
          { kind: { in: REPLY_KINDS }, post: { status: "PUBLISHED" } },
          { kind: { in: MODERATOR_KINDS }, classroom: { memberships: { some: { userId, role: { in: rolesWith("moderate:class") } } } } },
        ],
      },
    ],
  };
}
