"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import type { Waiting } from "@/lib/moderation/waiting";
import { useLiveEvents } from "@/components/live/use-live-events";

// In the site header, for moderators: how many posts wait for them across their classes, kept
// current. Asked once per page load; only a moderator then opens a stream. Nothing shows while
// nothing waits, but the stream stays open, so the count appears as soon as something arrives.
export function ModerationBadge() {
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const read = () => fetchWaiting().then((answer) => answer && setWaiting(answer));
  useEffect(() => {
    let current = true;
    void fetchWaiting().then((answer) => current && answer && setWaiting(answer));
    return () => {
      current = false;
    };
  }, []);
  if (!waiting?.moderates) return null;
  return <LiveCount count={waiting.count} href={waiting.queuePath ?? "/"} onChange={read} />;
}

async function fetchWaiting(): Promise<Waiting | null> {
  const response = await fetch("/api/moderation/waiting", { cache: "no-store" }).catch(() => null);
  return response?.ok ? ((await response.json()) as Waiting) : null;
}

function LiveCount({ count, href, onChange }: { count: number; href: string; onChange: () => void }) {
  // The count was read before the stream opened: what arrived in between was heard by nobody, so
  // the stream's opening reads it again too.
  useLiveEvents("/api/live/moderation", (event) => event.queue, onChange);
  if (count === 0) return null;
  return (
    <Link href={href} data-testid="moderation-waiting">
      Moderation: <span className="rounded-full bg-amber-100 px-2 text-amber-900">{count}</span>
      <span className="sr-only"> waiting</span>
    </Link>
  );
}
