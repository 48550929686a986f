"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

const YEAR_SECONDS = 365 * 24 * 60 * 60;
let sent = false;

// The server cannot know the browser's zone; on the first visit (or after travelling) this sends it
// once as a cookie and renders the page again. A zone chosen in the profile wins, so it does nothing.
export function TimeZoneDetector({ zone, chosen, cookieName }: { zone: string; chosen: boolean; cookieName: string }) {
  const router = useRouter();
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (chosen || sent || !browserZone || browserZone === zone) return;
    sent = true; // once per page load, so a refused cookie or zone cannot loop
    // Zone names are cookie-safe as they are (letters, digits, "/", "_", "+", "-").
    document.cookie = `${cookieName}=${browserZone}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
    router.refresh();
  }, [zone, chosen, cookieName, router]);
  return null;
}
