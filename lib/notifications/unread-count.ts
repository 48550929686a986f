import "server-only";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/unavailable";
import { visibleNotificationsWhere } from "@/lib/notifications/visibility";

/** The bell's number: one COUNT over the partial index of unread rows, on every page render. */
export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { ...visibleNotificationsWhere(userId), readAt: null } });
}

// The header is in the root layout, above the error page that must render while the database is
// down (ADR 0010): then the bell shows no count rather than taking the page with it.
export async function unreadCountForHeader(userId: string): Promise<number> {
  try {
    return await unreadCount(userId);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return 0;
    throw error;
  }
}
