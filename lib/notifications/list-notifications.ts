import "server-only";
import { db } from "@/lib/db";
import { effectiveAnonymity } from "@/lib/discussion/anonymity";
import { decodeCursor, encodeCursor, olderThan } from "@/lib/discussion/cursor";
import { presentNotification, type NotificationRow, type NotificationView } from "@/lib/notifications/present-notification";
import { visibleNotificationsWhere } from "@/lib/notifications/visibility";

export type NotificationPage = { items: NotificationView[]; olderCursor: string | null; hasUnread: boolean };

const PAGE_SIZE = 20;

function rowSelect(userId: string) {
  return {
    id: true,
    kind: true,
    reason: true,
    readAt: true,
    createdAt: true,
    classroomId: true,
    classroom: { select: { name: true, anonymity: true, memberships: { where: { userId }, select: { role: true }, take: 1 } } },
    post: {
      select: {
        id: true,
        parentId: true,
        authorId: true,
        replyTo: { select: { authorId: true } },
        assignmentId: true,
        assignment: { select: { anonymity: true, reading: { select: { title: true } } } },
        // Every class's role of the author, to tell students from moderators in this one.
        author: { select: { name: true, deletedAt: true, memberships: { select: { classroomId: true, role: true } } } },
      },
    },
  } as const;
}

// The viewer's own notifications, newest first, a page at a time (keyset on createdAt, id). Reads
// nothing of anyone else's; text is rendered here, under the class's anonymity as it is now.
export async function listNotifications(userId: string, cursorParam?: string | null): Promise<NotificationPage> {
  const cursor = decodeCursor(cursorParam);
  const where = visibleNotificationsWhere(userId);
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { ...where, ...olderThan(cursor) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE + 1,
      select: rowSelect(userId),
    }),
    db.notification.findFirst({ where: { ...where, readAt: null }, select: { id: true } }),
  ]);
  const page = rows.slice(0, PAGE_SIZE) as NotificationRow[];
  const pseudonyms = await pseudonymsOf(page);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentNotification(userId, row, pseudonyms)),
    olderCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last) : null,
    hasUnread: unread !== null,
  };
}

// Existing pseudonyms of the authors on this page, keyed "assignmentId:userId"; read only, since a
// student's label is made when they post.
async function pseudonymsOf(rows: NotificationRow[]): Promise<Map<string, string>> {
  const pairs = rows.flatMap(({ post, classroom }) =>
    post && effectiveAnonymity(post.assignment, classroom) === "PSEUDONYMOUS" ? [{ assignmentId: post.assignmentId, userId: post.authorId }] : [],
  );
  if (pairs.length === 0) return new Map();
  const found = await db.pseudonym.findMany({ where: { OR: pairs }, select: { assignmentId: true, userId: true, label: true } });
  return new Map(found.map((row) => [`${row.assignmentId}:${row.userId}`, row.label]));
}
