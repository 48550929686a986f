"use client";

import { useSyncExternalStore } from "react";
import { formatTimestamp } from "@/lib/format";

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const noop = () => () => {};

// A UTC time shown in the viewer's own time zone. The server renders it in UTC (it cannot know
// the zone); the browser re-renders it locally after hydration, without a mismatch.
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    noop,
    () => formatter.format(new Date(iso)),
    () => formatTimestamp(iso),
  );
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
