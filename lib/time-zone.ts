import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/session";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/time";

// The browser sends its zone once, in this cookie (components/layout/time-zone-detector.tsx).
export const TIME_ZONE_COOKIE = "tz";

// `renderedAt`: the time this request renders at, so relative times on the page agree with it.
export type ViewerTimeZone = { zone: string; source: "profile" | "browser" | "default"; renderedAt: number };

// The zone times are shown in: the one chosen in the profile, else the browser's, else UTC. Once
// per request, so the layout and every page agree.
export const viewerTimeZone = cache(async (): Promise<ViewerTimeZone> => {
  const renderedAt = Date.now();
  const viewer = await getViewer();
  if (viewer) {
    const chosen = await chosenTimeZone(viewer.id);
    if (chosen) return { zone: chosen, source: "profile", renderedAt };
  }
  const fromBrowser = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  if (isTimeZone(fromBrowser)) return { zone: fromBrowser, source: "browser", renderedAt };
  return { zone: DEFAULT_TIME_ZONE, source: "default", renderedAt };
});

async function chosenTimeZone(userId: string): Promise<string | null> {
  try {
    const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
    return isTimeZone(user?.timeZone) ? user.timeZone : null;
  } catch {
    // The root layout asks on every page, the error page included: with the database down, the
    // browser's zone still shows times, and the page itself reports the outage.
    return null;
  }
}
