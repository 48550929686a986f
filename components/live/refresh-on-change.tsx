"use client";

import { useRouter } from "next/navigation";
import { useLiveEvents } from "@/components/live/use-live-events";

// The debate view and the live board, live: their counts, columns and unanswered challenges are
// aggregates, so on a change in this section the page's server components render again
// (router.refresh, the same rules as a reload). Debounced over a second, so a burst of posts costs
// each reader one render.
const DEBOUNCE_MS = 1_000;

export function RefreshOnChange({ classId, sectionId }: { classId: string; sectionId: string }) {
  const router = useRouter();
  useLiveEvents(
    `/api/classes/${classId}/live`,
    (event) => event.sectionId === sectionId && event.kind !== "report",
    // The page was rendered a moment before its stream opened; a change in between is rare, and
    // a render per page view is what this saves.
    (reason) => (reason === "changed" ? router.refresh() : undefined),
    DEBOUNCE_MS,
  );
  return null;
}
