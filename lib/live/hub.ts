import "server-only";
import { randomUUID } from "node:crypto";
import createSubscriber, { type Subscriber as PgSubscriber } from "pg-listen";
import { env } from "@/lib/env";
import { LIVE_CHANNEL } from "@/lib/live/publish";
import { mayHear, toLiveEvent, type LiveEvent, type LiveNotice } from "@/lib/live/events";

// One app instance's end of the bus: ONE listening connection outside Prisma's pool, started with
// the first subscriber, and an in-process fan-out by classroom. Event ids are "<boot>:<n>": a
// counter is only meaningful on the instance that issued it, so a Last-Event-ID from another boot
// (a reconnect that landed elsewhere, or a restart) answers "resync".

export type LiveSubscriber = {
  userId: string;
  classrooms: Map<string, { moderator: boolean }>;
  send: (id: string, event: LiveEvent) => void;
  resync: () => void;
};

type Recent = { seq: number; at: number; notice: LiveNotice };

// Replay after a short drop (a proxy's idle timeout, a laptop lid): this many events, this long.
export const REPLAY_EVENTS = 500;
export const REPLAY_MS = 2 * 60_000;
export const LISTENER_NAME = "margin-live-listener";

export class LiveHub {
  readonly boot = randomUUID().slice(0, 8);
  private seq = 0;
  private recent: Recent[] = [];
  private byClassroom = new Map<string, Set<LiveSubscriber>>();
  // A notification reaches its recipient on whichever stream they hold, of any class.
  private byUser = new Map<string, Set<LiveSubscriber>>();
  private listener: PgSubscriber | null = null;
  private ready: Promise<void> | null = null;
  private connections = 0;

  constructor(private readonly databaseUrl: string) {}

  get size(): number {
    return this.connections;
  }

  // Resolves once this instance LISTENs, so nothing committed after a subscriber's first read is lost.
  subscribe(subscriber: LiveSubscriber): { ready: Promise<void>; unsubscribe: () => void } {
    this.connections++;
    const keys: [Map<string, Set<LiveSubscriber>>, string][] = [...subscriber.classrooms.keys()].map((id) => [this.byClassroom, id]);
    keys.push([this.byUser, subscriber.userId]);
    for (const [index, key] of keys) index.set(key, (index.get(key) ?? new Set()).add(subscriber));
    let gone = false;
    const unsubscribe = () => {
      if (gone) return;
      gone = true;
      this.connections--;
      for (const [index, key] of keys) {
        const set = index.get(key);
        set?.delete(subscriber);
        if (set?.size === 0) index.delete(key);
      }
    };
    return { ready: this.start(), unsubscribe };
  }

  // What a subscriber missed since lastEventId, or null when that cannot be told (resync instead).
  missedSince(lastEventId: string, subscriber: Pick<LiveSubscriber, "userId" | "classrooms">): { id: string; event: LiveEvent }[] | null {
    const match = /^([0-9a-f]{8}):(\d{1,15})$/.exec(lastEventId);
    if (!match || match[1] !== this.boot) return null;
    const last = Number(match[2]);
    if (last > this.seq) return null;
    const oldest = this.recent[0];
    // A gap: the ring no longer holds the event right after the last one seen.
    if (last < this.seq && (!oldest || oldest.seq > last + 1 || Date.now() - oldest.at > REPLAY_MS)) return null;
    return this.recent.filter((entry) => entry.seq > last && this.hears(subscriber, entry.notice)).map(({ seq, notice }) => ({ id: this.idOf(seq), event: toLiveEvent(notice) }));
  }

  private hears(subscriber: Pick<LiveSubscriber, "userId" | "classrooms">, notice: LiveNotice): boolean {
    if (notice.k === "notify") return mayHear(notice, { userId: subscriber.userId, moderator: false });
    const membership = subscriber.classrooms.get(notice.c);
    return membership !== undefined && mayHear(notice, { userId: subscriber.userId, ...membership });
  }

  // Also the entry point for a notice from PostgreSQL.
  dispatch(notice: LiveNotice): void {
    const seq = ++this.seq;
    const now = Date.now();
    this.recent.push({ seq, at: now, notice });
    while (this.recent.length > REPLAY_EVENTS || (this.recent[0] && now - this.recent[0].at > REPLAY_MS)) this.recent.shift();
    const id = this.idOf(seq);
    const event = toLiveEvent(notice);
    const audience = notice.k === "notify" ? this.byUser.get(notice.u ?? "") : this.byClassroom.get(notice.c);
    for (const subscriber of audience ?? []) if (this.hears(subscriber, notice)) subscriber.send(id, event);
  }

  private idOf(seq: number): string {
    return `${this.boot}:${seq}`;
  }

  // After a lost connection nobody knows what was missed: every subscriber refetches.
  private resyncAll(): void {
    this.recent = [];
    for (const set of this.byClassroom.values()) for (const subscriber of set) subscriber.resync();
  }

  private start(): Promise<void> {
    this.ready ??= this.connect();
    return this.ready;
  }

  private async connect(): Promise<void> {
    const listener = createSubscriber(
      // Named, so an operator (and the restart test) can tell it in pg_stat_activity.
      { connectionString: this.databaseUrl, application_name: LISTENER_NAME },
      // Retry for ever, backing off to 5 s; pg-listen re-LISTENs on the new connection.
      { retryLimit: Infinity, retryTimeout: 0, retryInterval: (attempt) => Math.min(250 * 2 ** attempt, 5_000), paranoidChecking: 10_000 },
    );
    let connectedOnce = false;
    listener.notifications.on(LIVE_CHANNEL, (payload: unknown) => {
      if (isNotice(payload)) this.dispatch(payload);
    });
    listener.events.on("connected", () => {
      if (connectedOnce) this.resyncAll();
      connectedOnce = true;
    });
    listener.events.on("error", (error) => console.warn(`live listener: ${error.message}`));
    this.listener = listener;
    try {
      await listener.connect();
      await listener.listenTo(LIVE_CHANNEL);
    } catch (error) {
      // Let the next subscriber try again; this one gets no events until then.
      this.ready = null;
      this.listener = null;
      await listener.close().catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.listener?.close();
    this.listener = null;
    this.ready = null;
  }
}

function isNotice(value: unknown): value is LiveNotice {
  if (typeof value !== "object" || value === null) return false;
  const notice = value as Partial<LiveNotice>;
  return typeof notice.k === "string" && typeof notice.c === "string" && typeof notice.pub === "boolean";
}

// One hub per process, shared by every route module and kept across dev hot reloads.
const globalForLive = globalThis as unknown as { liveHub?: LiveHub };

export function liveHub(): LiveHub {
  globalForLive.liveHub ??= new LiveHub(env().DATABASE_URL);
  return globalForLive.liveHub;
}
