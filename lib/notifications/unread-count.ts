import "server-only";
import { db } from "@/lib/db";
import { visibleNotificationsWhere } from "@/lib/notifications/visibility";

/** The bell's number: one COUNT over the partial index of unread rows, on every page render. */
export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { ...visibleNotificationsWhere(userId), readAt: null } });
}
