import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
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
  // The profile's zone comes with the session check (lib/accounts/sessions.ts): no query of its own.
  const chosen = (await getViewer())?.timeZone;
  if (isTimeZone(chosen)) return { zone: chosen, source: "profile", renderedAt };
  const fromBrowser = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  if (isTimeZone(fromBrowser)) return { zone: fromBrowser, source: "browser", renderedAt };
  return { zone: DEFAULT_TIME_ZONE, source: "default", renderedAt };
});
