"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import { DEFAULT_TIME_ZONE } from "@/lib/time";

type Clock = { zone: string; renderedAt: number };

const TimeZoneContext = createContext<Clock>({ zone: DEFAULT_TIME_ZONE, renderedAt: 0 });

// Set by the root layout from the server: the viewer's zone, and the time the server rendered at,
// so the server's HTML and the browser's first render say the same thing.
export function TimeZoneProvider({ zone, renderedAt, children }: Clock & { children: ReactNode }) {
  return <TimeZoneContext value={{ zone, renderedAt }}>{children}</TimeZoneContext>;
}

export function useTimeZone(): string {
  return useContext(TimeZoneContext).zone;
}

// One timer for every relative time on the page, ticking each half minute.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((notify) => notify()), 30_000);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

// To the second: a snapshot must not change between two reads in one render.
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;

/** "Now": the server's render time while hydrating, then the browser's clock. */
export function useNow(): number {
  const { renderedAt } = useContext(TimeZoneContext);
  return useSyncExternalStore(subscribe, currentSecond, () => renderedAt);
}
