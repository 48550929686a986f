"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

export type Presence = { count: number; names: string[] | null };
type Beat = Presence & { spotlightId: string | null };

// A little under the server's one-minute window (lib/presence/presence.ts), so a reader who stays
// is never counted out between two beats.
const HEARTBEAT_MS = 25_000;

function presenceText(count: number): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? "person is" : "people are"} in this section`;
}

// "5 people are in this section". While the tab is visible it tells the server the viewer is here
// (at once, then every 25 s) and shows the count the server answers; moderators also get names
// when `withNames` asks for them. The answer also names the post in the spotlight: when it is not
// the one the page shows (`spotlightId`), the page is fetched again.
export function PresenceCount({
  sectionPath,
  withNames,
  initial,
  spotlightId,
  className = "",
}: {
  sectionPath: string;
  withNames: boolean;
  initial: Presence;
  spotlightId: string | null;
  className?: string;
}) {
  const router = useRouter();
  const [presence, setPresence] = useState(initial);
  const endpoint = `/api${sectionPath}/presence${withNames ? "?names=shown" : ""}`;
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const beat = async () => {
      try {
        const response = await fetch(endpoint, { method: "POST" });
        if (!response.ok) return;
        const answer = (await response.json()) as Beat;
        setPresence(answer);
        if (answer.spotlightId !== spotlightId) router.refresh();
      } catch {
        // Offline or busy for a moment: the next beat tries again.
      }
    };
    const start = () => {
      clearInterval(timer);
      if (document.hidden) return;
      void beat();
      timer = setInterval(beat, HEARTBEAT_MS);
    };
    const onVisibility = () => (document.hidden ? clearInterval(timer) : start());
    start();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [endpoint, spotlightId, router]);
  return (
    <div className={className} data-testid="presence">
      <p data-testid="presence-count">{presenceText(presence.count)}</p>
      {presence.names && presence.names.length > 0 ? (
        <details className="text-base">
          <summary className="cursor-pointer">Who is here</summary>
          <ul className="mt-1 list-disc pl-6" data-testid="presence-names">
            {presence.names.map((name, index) => (
              <li key={`${index}-${name}`}>{name}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

