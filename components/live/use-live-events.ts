"use client";

import { useEffect, useRef } from "react";
import type { LiveEvent } from "@/lib/live/events";
import { streamClosed, streamOpened, tellFeed } from "@/components/live/live-feed";

// A client over its cap (429), or one whose stream cannot open, asks this often instead.
export const POLL_MS = 30_000;

// Follows a live stream and calls `onCatchUp` (to read what changed since the caller's cursor) once
// a burst of relevant events has been quiet for `debounceMs`, and whenever what was missed cannot
// be told: the stream opened or reopened, the server said "resync", or a poll. EventSource
// reconnects by itself and sends Last-Event-ID; when the server refuses (over a cap), this polls
// every 30 s and tries the stream again. `opened` tells the stream's first opening, when nothing
// may have changed since the page was rendered a moment ago, from everything else.
export type CatchUpReason = "opened" | "changed";

export function useLiveEvents(url: string, relevant: (event: LiveEvent) => boolean, onCatchUp: (reason: CatchUpReason) => void, debounceMs = 300) {
  const handlers = useRef({ relevant, onCatchUp });
  useEffect(() => {
    handlers.current = { relevant, onCatchUp };
  });
  useEffect(() => {
    let source: EventSource | null = null;
    let poll: ReturnType<typeof setInterval> | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let openedOnce = false;
    let reason: CatchUpReason = "opened";
    const catchUp = (next: CatchUpReason = "changed") => {
      if (timer) clearTimeout(timer);
      else reason = next;
      if (next === "changed") reason = next;
      timer = setTimeout(() => {
        timer = null;
        handlers.current.onCatchUp(reason);
      }, debounceMs);
    };
    const open = () => {
      source?.close();
      streamClosed(source);
      const current = new EventSource(url);
      source = current;
      source.addEventListener("change", (message) => {
        const event = JSON.parse((message as MessageEvent<string>).data) as LiveEvent;
        tellFeed(event);
        // A notification is for the header's bell (through the feed), not for the page's reader.
        if (event.kind !== "notify" && handlers.current.relevant(event)) catchUp();
      });
      source.addEventListener("resync", () => {
        tellFeed({ kind: "resync" });
        catchUp();
      });
      source.addEventListener("ready", () => {
        streamOpened(current);
        // What arrived between the page's render and now was heard by nobody: the bell reads again.
        tellFeed({ kind: "resync" });
        catchUp(openedOnce ? "changed" : "opened");
        openedOnce = true;
      });
      source.addEventListener("error", () => {
        streamClosed(current);
        // CLOSED: refused (over the cap, signed out, no longer a member), not a dropped connection.
        if (source?.readyState === EventSource.CLOSED && !poll) {
          poll = setInterval(() => {
            catchUp();
            open();
          }, POLL_MS);
        }
      });
      source.addEventListener("open", () => {
        if (poll) clearInterval(poll);
        poll = null;
      });
    };
    open();
    return () => {
      source?.close();
      streamClosed(source);
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
    };
  }, [url, debounceMs]);
}
