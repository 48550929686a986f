"use server";

import { viewerAction } from "@/lib/actions";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";

export const markNotificationReadAction = viewerAction(markNotificationRead, "Marked as read.");
export const markAllNotificationsReadAction = viewerAction(markAllNotificationsRead, "All marked as read.");
