import Link from "next/link";
import type { Metadata } from "next";
import { requireViewer } from "@/lib/session";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { ActionForm } from "@/components/ui/action-form";
import { EmptyState } from "@/components/ui/page-section";
import { NotificationList } from "@/components/notifications/notification-list";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const viewer = await requireViewer("/notifications");
  const { cursor } = await searchParams;
  const page = await listNotifications(viewer.id, typeof cursor === "string" ? cursor : null);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        {page.hasUnread ? <ActionForm action={markAllNotificationsReadAction} fields={{}} submitLabel="Mark all as read" pendingLabel="Marking…" /> : null}
      </div>
      {page.items.length === 0 ? (
        <EmptyState
          title={cursor ? "No older notifications." : "No notifications yet."}
          actions={
            <Link href="/" className="btn-secondary">
              Go to your classes
            </Link>
          }
        >
          Replies to your posts, counter-arguments and moderators&apos; decisions will show here.
        </EmptyState>
      ) : (
        <NotificationList items={page.items} />
      )}
      <nav aria-label="Older and newer notifications" className="flex gap-4">
        {cursor ? <Link href="/notifications">Newest</Link> : null}
        {page.olderCursor ? <Link href={`/notifications?cursor=${page.olderCursor}`}>Show older</Link> : null}
      </nav>
    </div>
  );
}
