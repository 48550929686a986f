"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { plural } from "@/lib/format";
import type { SectionChanges } from "@/lib/discussion/changes";
import type { LiveEvent } from "@/lib/live/events";
import { useLiveEvents } from "@/components/live/use-live-events";
import { LiveAnnouncer, useAnnouncer } from "@/components/live/live-announcer";
import { setLiveSection, useLiveSection } from "@/components/live/live-store";

// The section page, live. Events carry only "something changed in section X"; this island then
// reads /changes (the page's own visibility rules and presenter) and decides:
// - new responses wait behind "N new responses — show them", so nothing moves under the reader;
// - an edit, a removal or a new reply to a post on screen, and the viewer's own post being
//   decided, re-render the page's server components (router.refresh): React keeps focus, open
//   forms and typed text, and the browser's scroll anchoring keeps the reader's place.
// Bursts are debounced into one read; refreshes are spread out so a class does not re-render at once.

const DEBOUNCE_MS = 300;
const SPREAD_MS = 1_000;

type SectionLiveProps = {
  classId: string;
  assignmentId: string;
  position: number;
  sectionId: string;
  // The server's clock when it rendered the page: the first read asks what changed since.
  renderedAt: string;
  responseCount: number;
  // Only the newest page gains new responses at its top.
  isFirstPage: boolean;
};

const onScreen = (postId: string) => document.getElementById(`post-${postId}`) !== null;

export function SectionLive({ classId, assignmentId, position, sectionId, renderedAt, responseCount: initialCount, isFirstPage }: SectionLiveProps) {
  const router = useRouter();
  const [responseCount, setResponseCount] = useState(initialCount);
  const [waiting, setWaiting] = useState<string[]>([]);
  const { message, announce } = useAnnouncer();
  const sync = useRef({ cursor: renderedAt, shownAt: renderedAt, waiting: [] as string[], reading: false, again: false, spotlight: false });

  const rerender = () => {
    sync.current.shownAt = sync.current.cursor;
    sync.current.waiting = [];
    setWaiting([]);
    router.refresh();
  };

  const readOnce = async () => {
    const state = sync.current;
    const response = await fetch(`/api/assignments/${assignmentId}/sections/${position}/changes?since=${encodeURIComponent(state.cursor)}`, { cache: "no-store" });
    if (!response.ok) return;
    const changes = (await response.json()) as SectionChanges;
    state.cursor = changes.cursor;
    setResponseCount(changes.responseCount);
    const removed = new Set(changes.removed);
    let stale = changes.truncated || changes.removed.some(onScreen) || state.spotlight;
    state.spotlight = false;
    const arrived: string[] = [];
    for (const post of changes.posts) {
      const changedSinceShown = post.version > state.shownAt;
      if (onScreen(post.id) || (post.parentId !== null && onScreen(post.parentId))) stale ||= changedSinceShown;
      // The viewer's own new post arrives with their own submission.
      else if (post.parentId === null && isFirstPage && !post.deleted && !post.author.isViewer) arrived.push(post.id);
    }
    const before = state.waiting.length;
    state.waiting = [...new Set([...state.waiting, ...arrived])].filter((id) => !removed.has(id));
    setWaiting(state.waiting);
    if (state.waiting.length > before) announce(plural(state.waiting.length, "new response"));
    if (stale) setTimeout(rerender, Math.random() * SPREAD_MS);
  };

  // One read at a time; events during a read make one more read after it.
  const read = async () => {
    const state = sync.current;
    if (state.reading) {
      state.again = true;
      return;
    }
    state.reading = true;
    try {
      do {
        state.again = false;
        await readOnce();
      } while (state.again);
    } catch {
      // Offline for a moment: the next event or poll reads again from the same cursor.
    } finally {
      state.reading = false;
    }
  };

  const relevant = (event: LiveEvent) => {
    // The spotlight is not in the delta read: the page renders it again.
    if (event.kind === "spotlight" && event.sectionId === sectionId) sync.current.spotlight = true;
    return event.sectionId === sectionId || event.sectionId === null;
  };
  useLiveEvents(`/api/classes/${classId}/live`, relevant, read, DEBOUNCE_MS);

  const showWaiting = () => {
    announce(`Showing ${plural(waiting.length, "new response")}.`);
    // The control goes away with them: the discussion's heading, just above, keeps the focus
    // instead of the page's start.
    document.getElementById("discussion-heading")?.focus({ preventScroll: true });
    rerender();
  };

  useEffect(() => {
    setLiveSection({ responseCount, waiting: waiting.length, showWaiting });
  });
  useEffect(() => () => setLiveSection(null), []);

  return <LiveAnnouncer message={message} />;
}

// "(12 responses)" in the discussion's heading, kept current.
export function LiveResponseCount({ count }: { count: number }) {
  return <>{plural(useLiveSection().responseCount ?? count, "response")}</>;
}

// At the top of the discussion: new responses wait here until the reader asks for them.
export function NewResponsesControl() {
  const { waiting, showWaiting } = useLiveSection();
  if (waiting === 0) return null;
  return (
    <button type="button" className="btn-secondary w-full" onClick={showWaiting} data-testid="new-responses">
      {plural(waiting, "new response")} — show {waiting === 1 ? "it" : "them"}
    </button>
  );
}
