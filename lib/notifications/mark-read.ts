import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { NotificationTarget } from "@/lib/notifications/schemas";

// Only the recipient may mark a notification; anyone else's id is "not found", like an unknown one.
export async function markNotificationRead(userId: string, input: unknown): Promise<void> {
  const { notificationId } = parseInput(NotificationTarget, input);
  const { count } = await db.notification.updateMany({ where: { id: notificationId, recipientId: userId, readAt: null }, data: { readAt: new Date() } });
  if (count > 0) return;
  // Already read (another tab) is fine; someone else's or unknown is not.
  const own = await db.notification.findFirst({ where: { id: notificationId, recipientId: userId }, select: { id: true } });
  if (!own) throw notFound("That notification");
}

export async function markAllNotificationsRead(userId: string): Promise<{ marked: number }> {
  const { count } = await db.notification.updateMany({ where: { recipientId: userId, readAt: null }, data: { readAt: new Date() } });
  return { marked: count };
}
