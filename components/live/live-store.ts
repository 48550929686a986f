"use client";

import { useSyncExternalStore } from "react";

// A tiny store the page's live island writes and the pieces it drives read, so the server-rendered
// page around them needs no client wrapper. One section page per document, so one store.
export type LiveSectionState = { responseCount: number | null; waiting: number; showWaiting: () => void };

const EMPTY: LiveSectionState = { responseCount: null, waiting: 0, showWaiting: () => {} };
let current = EMPTY;
const listeners = new Set<() => void>();

export function setLiveSection(next: LiveSectionState | null) {
  current = next ?? EMPTY;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLiveSection(): LiveSectionState {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => EMPTY,
  );
}
