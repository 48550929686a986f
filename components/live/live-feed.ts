"use client";

import type { LiveEvent } from "@/lib/live/events";

// What every live stream of this page hears, for pieces that hold no stream of their own (the
// header's bell): they listen here instead of opening a second stream, and know whether any stream
// is open, so they poll only when none is.
export type FeedMessage = LiveEvent | { kind: "resync" };

const listeners = new Set<(message: FeedMessage) => void>();
const openStreams = new Set<EventSource>();

export function tellFeed(message: FeedMessage): void {
  for (const listener of listeners) listener(message);
}

export function listenToFeed(listener: (message: FeedMessage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function streamOpened(source: EventSource): void {
  openStreams.add(source);
}

export function streamClosed(source: EventSource | null): void {
  if (source) openStreams.delete(source);
}

export function anyStreamOpen(): boolean {
  return openStreams.size > 0;
}
