import Link from "next/link";
import { getViewer } from "@/lib/session";
import { signOutAction } from "@/lib/accounts/actions";
import { unreadCountForHeader } from "@/lib/notifications/unread-count";
import { LiveNotificationBell } from "@/components/live/live-notification-bell";
import { ModerationBadge } from "@/components/live/moderation-badge";

export async function SiteHeader() {
  const viewer = await getViewer();
  const unread = viewer ? await unreadCountForHeader(viewer.id) : 0;
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900 no-underline">
          Margin
        </Link>
        {viewer ? (
          <div className="flex items-center gap-3 text-sm">
            <LiveNotificationBell unread={unread} />
            <ModerationBadge />
            <Link href="/join">Join a class</Link>
            <span className="hidden text-slate-700 sm:inline">{viewer.name}</span>
            <Link href="/account">Your account</Link>
            <form action={signOutAction}>
              <button type="submit" className="btn-secondary py-1">
                Sign out
              </button>
            </form>
          </div>
        ) : (
          <div className="flex items-center gap-3 text-sm">
            <Link href="/signin">Sign in</Link>
            <Link href="/signup" className="btn-primary py-1">
              Create account
            </Link>
          </div>
        )}
      </nav>
    </header>
  );
}
