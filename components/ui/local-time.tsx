"use client";

import { formatInZone, relativeTime, timeLeft } from "@/lib/time";
import { useNow, useTimeZone } from "@/components/ui/time-zone-context";

// A UTC time shown in the viewer's time zone, the same on the server and in the browser.
//   exact:    "Dec 2, 2026, 9:13 AM CST"
//   relative: "5 min ago" for the last week (exact on hover and for screen readers), else exact
//   due:      "Dec 9, 2026, 11:59 PM CST · 2 days left"
export function LocalTime({ iso, form = "exact", className }: { iso: string; form?: "exact" | "relative" | "due"; className?: string }) {
  const zone = useTimeZone();
  const now = useNow();
  const exact = formatInZone(iso, zone);
  if (form === "due") {
    return (
      <>
        <time dateTime={iso} className={className}>
          {exact}
        </time>{" "}
        · {timeLeft(iso, now)}
      </>
    );
  }
  const recent = form === "relative" ? relativeTime(iso, now, zone) : null;
  if (!recent) {
    return (
      <time dateTime={iso} className={className}>
        {exact}
      </time>
    );
  }
  return (
    <time dateTime={iso} title={exact} className={className}>
      {recent}
      <span className="sr-only"> ({exact})</span>
    </time>
  );
}
