// The burst and fault scenarios: a class posting at once. Every student runs STREAMS_PER_STUDENT
// streams; each stream posts POSTS_PER_STREAM responses one after another through the JSON route,
// each with its own Idempotency-Key. Like the UI, a stream answered 503 (or cut off) sends the same
// post with the same key again after Retry-After. The fault scenario restarts PostgreSQL once a
// third of the posts are done with (acknowledged or abandoned), and reads a page every READ_EVERY_MS
// meanwhile.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { round } from "./load";

const POSTS_PER_STREAM = 10;
const READ_EVERY_MS = 100;
// A post whose retries run past this is abandoned (counted, not acknowledged).
const GIVE_UP_AFTER_MS = 60_000;
const REQUEST_TIMEOUT_MS = 60_000;

export type BurstLoad = {
  baseUrl: string;
  postPath: string;
  /** One session cookie per student. */
  cookies: string[];
  streamsPerStudent: number;
  /** Unique per run: starts every post body, so the rows can be counted afterwards. */
  marker: string;
  databaseUrl: string;
};

export type BurstFigures = {
  streams: number;
  posts: number;
  seconds: number;
  /** Every HTTP answer, retries included, by status ("network" for a request cut off or timed out). */
  answers: Record<string, number>;
  answers2xx: number;
  answers503: number;
  /** 5xx other than 503: what the burst must never produce. */
  answersOther5xx: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  acknowledged: number;
  /** Answered 4xx: the bench sends nothing a server should refuse, so these are bugs. */
  rejected: number;
  abandoned: number;
  persisted: number;
  /** Posts stored more than once. */
  duplicates: number;
  /** Posts answered 201 that are not in the database. */
  lostAcknowledged: number;
};

export type FaultFigures = BurstFigures & {
  restart: { startedAtS: number; downForS: number; backAtS: number };
  /** Page reads by status; whileDown: those asked for between the stop and PostgreSQL accepting connections again. */
  reads: Record<string, number>;
  readsWhileDown: Record<string, number>;
  /** From PostgreSQL accepting connections again to the first page read answered 200. */
  firstReadAfterBackS: number | null;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Tally = { answers: Map<string, number>; latencies: number[]; acknowledged: Set<string>; rejected: number; abandoned: number };

async function postOnce(load: BurstLoad, cookie: string, body: string, key: string, tally: Tally): Promise<{ status: string; retryAfterMs: number }> {
  const started = performance.now();
  let status: string;
  let retryAfterMs = 1_000;
  try {
    const response = await fetch(load.baseUrl + load.postPath, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify({ body }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    status = String(response.status);
    const retryAfter = Number(response.headers.get("retry-after"));
    if (retryAfter > 0) retryAfterMs = retryAfter * 1_000;
  } catch {
    status = "network";
  }
  tally.latencies.push(performance.now() - started);
  tally.answers.set(status, (tally.answers.get(status) ?? 0) + 1);
  return { status, retryAfterMs };
}

// Like the UI: a 2xx or 4xx is final, anything else is sent again with the same key.
async function post(load: BurstLoad, cookie: string, body: string, tally: Tally): Promise<void> {
  const key = randomUUID();
  const deadline = performance.now() + GIVE_UP_AFTER_MS;
  for (;;) {
    const { status, retryAfterMs } = await postOnce(load, cookie, body, key, tally);
    if (status.startsWith("2")) return void tally.acknowledged.add(body);
    if (status.startsWith("4")) return void tally.rejected++;
    if (performance.now() > deadline) return void tally.abandoned++;
    await sleep(retryAfterMs + Math.random() * 500);
  }
}

async function stream(load: BurstLoad, cookie: string, id: string, tally: Tally, onPostDone: () => void): Promise<void> {
  for (let i = 0; i < POSTS_PER_STREAM; i++) {
    await post(load, cookie, `${load.marker} ${id}-${i}: the armistice as a *pause*, not an ending, deserves a closer look.`, tally);
    onPostDone();
  }
}

async function storedBodies(databaseUrl: string, marker: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ body: string; n: string }>(
      `SELECT body, count(*) AS n FROM "Post" WHERE starts_with(body, $1) GROUP BY body`,
      [`${marker} `],
    );
    return new Map(rows.map((row) => [row.body, Number(row.n)]));
  } finally {
    await client.end();
  }
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);

async function burst(load: BurstLoad, onPostDone: (count: number) => void = () => undefined): Promise<BurstFigures> {
  const tally: Tally = { answers: new Map(), latencies: [], acknowledged: new Set(), rejected: 0, abandoned: 0 };
  const streams = load.cookies.flatMap((cookie, student) => Array.from({ length: load.streamsPerStudent }, (_, s) => ({ cookie, id: `u${student}s${s}` })));
  const started = performance.now();
  await Promise.all(streams.map(({ cookie, id }) => stream(load, cookie, id, tally, () => onPostDone(tally.acknowledged.size + tally.rejected + tally.abandoned))));
  const seconds = (performance.now() - started) / 1_000;

  const stored = await storedBodies(load.databaseUrl, load.marker);
  const answers = Object.fromEntries([...tally.answers].sort());
  const count = (match: (status: string) => boolean) => [...tally.answers].filter(([status]) => match(status)).reduce((n, [, c]) => n + c, 0);
  const latencies = tally.latencies.sort((a, b) => a - b);
  return {
    streams: streams.length,
    posts: streams.length * POSTS_PER_STREAM,
    seconds: round(seconds, 1),
    answers,
    answers2xx: count((s) => s.startsWith("2")),
    answers503: count((s) => s === "503"),
    answersOther5xx: count((s) => s.startsWith("5") && s !== "503"),
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    maxMs: Math.round(latencies.at(-1) ?? 0),
    acknowledged: tally.acknowledged.size,
    rejected: tally.rejected,
    abandoned: tally.abandoned,
    persisted: [...stored.values()].reduce((a, b) => a + b, 0),
    duplicates: [...stored.values()].filter((n) => n > 1).length,
    lostAcknowledged: [...tally.acknowledged].filter((body) => !stored.has(body)).length,
  };
}

export const burstScenario = (load: BurstLoad) => burst(load);

// The burst again, with PostgreSQL restarted (stopped, down for downMs, started on the same port and
// data) once a third of the posts are done with.
export async function faultScenario(load: BurstLoad & { readPath: string; restart: (downMs: number) => Promise<void>; downMs: number }): Promise<FaultFigures> {
  const t0 = performance.now();
  const at = () => (performance.now() - t0) / 1_000;
  let restarting: Promise<{ startedAtS: number; backAtS: number }> | undefined;
  const posts = load.cookies.length * load.streamsPerStudent * POSTS_PER_STREAM;
  const restartOnce = (done: number) => {
    if (restarting || done < posts / 3) return;
    const startedAtS = at();
    restarting = load.restart(load.downMs).then(() => ({ startedAtS, backAtS: at() }));
  };

  const reads: { startedAtS: number; doneAtS: number; status: string }[] = [];
  let reading = true;
  const inFlight: Promise<void>[] = [];
  const poll = (async () => {
    while (reading) {
      const startedAtS = at();
      inFlight.push(
        fetch(load.baseUrl + load.readPath, { headers: { cookie: load.cookies[0]! }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
          .then(async (response) => {
            await response.arrayBuffer();
            reads.push({ startedAtS, doneAtS: at(), status: String(response.status) });
          })
          .catch(() => void reads.push({ startedAtS, doneAtS: at(), status: "network" })),
      );
      await sleep(READ_EVERY_MS);
    }
  })();

  const figures = await burst(load, restartOnce);
  reading = false;
  await poll;
  await Promise.all(inFlight);
  if (!restarting) throw new Error("the fault scenario ended before PostgreSQL was restarted");
  const { startedAtS, backAtS } = await restarting;
  const firstOk = reads.filter((read) => read.status === "200" && read.doneAtS >= backAtS).sort((a, b) => a.doneAtS - b.doneAtS)[0];
  const byStatus = (some: typeof reads) => {
    const counts: Record<string, number> = {};
    for (const read of some) counts[read.status] = (counts[read.status] ?? 0) + 1;
    return counts;
  };
  return {
    ...figures,
    restart: { startedAtS: round(startedAtS, 2), downForS: round(load.downMs / 1_000, 2), backAtS: round(backAtS, 2) },
    reads: byStatus(reads),
    readsWhileDown: byStatus(reads.filter((read) => read.startedAtS >= startedAtS && read.startedAtS < backAtS)),
    firstReadAfterBackS: firstOk ? round(firstOk.doneAtS - backAtS, 2) : null,
  };
}
