import { liveStream } from "@/lib/live/stream";
import type { LiveSubscriber } from "@/lib/live/hub";

export type Frame = { id: string | null; event: string; data: string };

// A live stream opened as a browser would, read in the background: every byte it sends is kept, to
// assert on what arrived and to search it whole for what must never arrive.
export async function openLiveStream(userId: string, classrooms: LiveSubscriber["classrooms"], lastEventId: string | null = null) {
  const abort = new AbortController();
  const response = await liveStream({ userId, classrooms, lastEventId, signal: abort.signal });
  let raw = "";
  const reading = (async () => {
    if (!response.body) return;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      raw += decoder.decode(value, { stream: true });
    }
  })();
  const frames = (): Frame[] =>
    raw
      .split("\n\n")
      .filter((block) => block.includes("data: "))
      .map((block) => {
        const field = (name: string) => block.split("\n").find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2) ?? null;
        return { id: field("id"), event: field("event") ?? "message", data: field("data") ?? "" };
      });
  const changes = () => frames().filter((frame) => frame.event === "change");
  // Resolves when a frame matching `predicate` has arrived (the bus is asynchronous).
  const waitFor = async (predicate: (frames: Frame[]) => boolean, what: string) => {
    for (let tries = 0; tries < 200; tries++) {
      if (predicate(frames())) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no ${what} arrived; got: ${raw}`);
  };
  await waitFor((all) => all.some((frame) => frame.event === "ready"), "ready frame");
  return {
    response,
    raw: () => raw,
    frames,
    changes,
    waitFor,
    close: async () => {
      abort.abort();
      await reading.catch(() => undefined);
    },
  };
}
