import "server-only";
import { NextResponse } from "next/server";
import { liveHub, type LiveSubscriber } from "@/lib/live/hub";
import { env } from "@/lib/env";
import type { LiveEvent } from "@/lib/live/events";

// Server-Sent Events for one viewer over the classrooms they may follow (authorized by the caller).
export const HEARTBEAT_MS = 20_000;
// The server ends a stream after this long; EventSource reconnects with Last-Event-ID, and the
// route checks membership again, so a member removed from a class stops hearing it.
export const MAX_LIFETIME_MS = 15 * 60_000;
// Tabs one person may keep live at once; more fall back to polling.
const DEFAULT_MAX_PER_USER = 8;
const DEFAULT_MAX_PER_INSTANCE = 2000;
// How soon a refused client may try again (it polls in the meantime).
export const LIVE_RETRY_AFTER_SECONDS = 30;

const perUser = new Map<string, number>();

const maxPerInstance = () => env().LIVE_MAX_CONNECTIONS ?? DEFAULT_MAX_PER_INSTANCE;
const maxPerUser = () => env().LIVE_MAX_PER_USER ?? DEFAULT_MAX_PER_USER;

const encoder = new TextEncoder();

function frame(lines: string): Uint8Array {
  return encoder.encode(`${lines}\n\n`);
}

export type StreamOptions = {
  userId: string;
  classrooms: LiveSubscriber["classrooms"];
  lastEventId: string | null;
  signal: AbortSignal;
};

// 429 with Retry-After when over a cap: the client polls the delta read until then.
export async function liveStream({ userId, classrooms, lastEventId, signal }: StreamOptions): Promise<Response> {
  const hub = liveHub();
  if (hub.size >= maxPerInstance() || (perUser.get(userId) ?? 0) >= maxPerUser()) {
    return NextResponse.json(
      { error: { code: "RATE_LIMITED", message: "Too many live connections: this page checks for changes every 30 seconds instead." } },
      { status: 429, headers: { "Retry-After": String(LIVE_RETRY_AFTER_SECONDS) } },
    );
  }
  perUser.set(userId, (perUser.get(userId) ?? 0) + 1);
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (text: string) => {
        if (!closed) controller.enqueue(frame(text));
      };
      const send = (id: string, event: LiveEvent) => write(`id: ${id}\nevent: change\ndata: ${JSON.stringify(event)}`);
      const resync = () => write(`event: resync\ndata: {}`);
      const subscriber: LiveSubscriber = { userId, classrooms, send, resync };
      const { ready, unsubscribe } = hub.subscribe(subscriber);
      const heartbeat = setInterval(() => write(": heartbeat"), HEARTBEAT_MS);
      const lifetime = setTimeout(() => cleanup(), MAX_LIFETIME_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        unsubscribe();
        const left = (perUser.get(userId) ?? 1) - 1;
        if (left > 0) perUser.set(userId, left);
        else perUser.delete(userId);
        signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      signal.addEventListener("abort", cleanup);
      // The reconnect delay EventSource uses, then either the missed events or "resync".
      write("retry: 3000");
      ready.then(
        () => {
          const missed = lastEventId === null ? [] : hub.missedSince(lastEventId, subscriber);
          if (missed === null) resync();
          else for (const { id, event } of missed) send(id, event);
          write(`event: ready\ndata: {}`);
        },
        // No listener (the database is down): the client resyncs when it reconnects.
        () => cleanup(),
      );
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: next start's compression and proxies pass each event through at once.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}
