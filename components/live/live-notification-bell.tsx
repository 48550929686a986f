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
  // A count read here holds only while the layout still renders the count it was read against:
  // once the layout renders another (a form action, a refresh), that one is newer. Derived, not
  // copied into state during render, so a read racing a transition cannot bring back an old count.
  const [live, setLive] = useState<{ unread: number; against: number } | null>(null);
  const count = live && live.against === unread ? live.unread : unread;
  const { message, announce } = useAnnouncer();
  const shown = useRef(unread);
  const rendered = useRef(unread);
  useEffect(() => {
    shown.current = count;
    rendered.current = unread;
  }, [count, unread]);
  useEffect(() => {
    let gone = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Only the newest read's answer counts.
    let latest = 0;
    const read = async () => {
      const asked = ++latest;
      const against = rendered.current;
      const response = await fetch("/api/notifications/unread", { cache: "no-store" }).catch(() => null);
      const answer = response?.ok ? ((await response.json()) as { unread: number }) : null;
      if (gone || !answer || asked !== latest) return;
      if (answer.unread > shown.current) announce(`Notifications, ${answer.unread} unread`);
      setLive({ unread: answer.unread, against });
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
