"use client";

import { useEffect, useRef, useState } from "react";
import { NotificationBell } from "@/components/layout/notification-bell";
import { LiveAnnouncer, useAnnouncer } from "@/components/live/live-announcer";
import { anyStreamOpen, listenToFeed } from "@/components/live/live-feed";

// A page with no live stream of its own asks this often, only while the tab is visible.
export const BELL_POLL_MS = 60_000;

// The header's bell, kept current without a reload (ADR 0016). It opens no stream: a notification
// for the viewer arrives on whatever stream the page already holds (the section page's, the
// moderators' header stream), and the bell then reads its count; a page without one asks every
// minute while visible, and whenever the tab becomes visible again. A rise is announced politely.
export function LiveNotificationBell({ unread }: { unread: number }) {
  const [count, setCount] = useState(unread);
  const [rendered, setRendered] = useState(unread);
  const { message, announce } = useAnnouncer();
  const shown = useRef(unread);
  // The layout rendered again (a form action, a refresh): its count is the newest.
  if (unread !== rendered) {
    setRendered(unread);
    setCount(unread);
  }
  useEffect(() => {
    shown.current = count;
  }, [count]);
  useEffect(() => {
    let gone = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = async () => {
      const response = await fetch("/api/notifications/unread", { cache: "no-store" }).catch(() => null);
      const answer = response?.ok ? ((await response.json()) as { unread: number }) : null;
      if (gone || !answer) return;
      if (answer.unread > shown.current) announce(`Notifications, ${answer.unread} unread`);
      setCount(answer.unread);
    };
    const readSoon = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void read(), 300);
    };
    const visible = () => document.visibilityState === "visible";
    const stopListening = listenToFeed((message) => (message.kind === "notify" || message.kind === "resync" ? readSoon() : undefined));
    const poll = setInterval(() => (visible() && !anyStreamOpen() ? void read() : undefined), BELL_POLL_MS);
    const onVisibility = () => (visible() ? readSoon() : undefined);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      gone = true;
      stopListening();
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [announce]);
  return (
    <>
      <NotificationBell unread={count} />
      <LiveAnnouncer message={message} testId="bell-announcer" />
    </>
  );
}
