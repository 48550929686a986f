import type { NotificationView } from "@/lib/notifications/present-notification";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { ActionForm } from "@/components/ui/action-form";
import { LocalTime } from "@/components/ui/local-time";

export function NotificationList({ items }: { items: NotificationView[] }) {
  return (
    <ul className="space-y-3" aria-label="Notifications, newest first">
      {items.map((item) => (
        <li key={item.id} className={`card space-y-2 ${item.unread ? "border-l-4 border-l-blue-700" : ""}`} data-testid="notification" data-unread={item.unread}>
          <p>
            {item.unread ? <span className="mr-2 rounded bg-blue-100 px-1.5 py-0.5 text-xs font-semibold text-blue-900">Unread</span> : null}
            <a href={item.href} className="font-medium">
              {item.text}
            </a>
          </p>
          {item.reason ? <p className="text-slate-800">Reason: {item.reason}</p> : null}
          <p className="text-sm text-slate-700">
            {item.context} · <LocalTime iso={item.createdAt} form="relative" />
          </p>
          {item.unread ? (
            <ActionForm action={markNotificationReadAction} fields={{ notificationId: item.id }} pendingLabel="Marking…" className="btn-secondary py-1 text-sm"
              submitLabel={<>Mark as read<span className="sr-only">: {item.text}</span></>}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
