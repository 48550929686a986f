"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { plural } from "@/lib/format";
import type { Waiting } from "@/lib/moderation/waiting";
import { useLiveEvents } from "@/components/live/use-live-events";
import { LiveAnnouncer, useAnnouncer } from "@/components/live/live-announcer";

// The moderation queue, live: what arrives waits behind "N new items — show them", so a moderator
// reading a post does not see the list move under them.
export function QueueLive({ classId, shown }: { classId: string; shown: number }) {
  const router = useRouter();
  const [count, setCount] = useState(shown);
  const { message, announce } = useAnnouncer();
  const [shownCount, setShownCount] = useState(shown);

  const read = async () => {
    const response = await fetch(`/api/moderation/waiting?classId=${encodeURIComponent(classId)}`, { cache: "no-store" }).catch(() => null);
    if (!response?.ok) return;
    const waiting = (await response.json()) as Waiting;
    if (waiting.count > shownCount && waiting.count !== count) announce(`${plural(waiting.count - shownCount, "new item")} in the queue`);
    setCount(waiting.count);
  };
  useLiveEvents(`/api/classes/${classId}/live`, (event) => event.queue, read);

  if (count === shownCount) return <LiveAnnouncer message={message} />;
  const show = () => {
    setShownCount(count);
    router.refresh();
  };
  return (
    <>
      <button type="button" className="btn-secondary w-full" onClick={show} data-testid="queue-changed">
        {count > shownCount ? `${plural(count - shownCount, "new item")} — show them` : "The queue changed — show it"}
      </button>
      <LiveAnnouncer message={message} />
    </>
  );
}
