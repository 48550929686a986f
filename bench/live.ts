// The live-update scenario (issue 11): SSE clients spread over two instances on one database, one
// new post. Measures, per client, the time from the POST's 201 to its event, and to the end of the
// delta read the event triggers (what a browser does before its screen shows the change); server
// memory per open stream; and the section page's req/s with the streams open ÷ without.
import { httpLoad, round } from "./load";
import { memoryOf, type AppServer } from "./server";

export type LiveFigures = {
  clients: number;
  instances: number;
  eventP50Ms: number;
  eventP95Ms: number;
  deltaP95Ms: number;
  /** The delta read alone, from its request to its parsed answer: the server's share of deltaP95Ms. */
  deltaReadP50Ms: number;
  deltaReadP95Ms: number;
  missed: number;
  rssPerConnectionKiB: number;
  pageReqPerSecWithout: number;
  pageReqPerSecWith: number;
  pageRatio: number;
};

type LiveLoad = {
  servers: [AppServer, AppServer];
  cookies: string[];
  classroomId: string;
  postUrl: (server: AppServer) => string;
  changesUrl: (server: AppServer, since: string) => string;
  pageUrl: (server: AppServer) => string;
  clients: number;
  durationSec: number;
  connections: number;
};

type Client = { eventAt: Promise<number>; deltaDoneAt: Promise<number>; deltaReadMs: Promise<number>; close: () => void };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
};

// One SSE client: resolves `ready` once the stream is open, then waits for its first change event
// and runs the delta read, as the section page's island does.
async function openClient(url: string, cookie: string, changesUrl: (since: string) => string, since: string): Promise<Client> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal });
  if (response.status !== 200 || !response.body) throw new Error(`live stream answered ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const eventAt = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error("stream ended");
      text += decoder.decode(value, { stream: true });
      if (text.includes("event: ready")) ready();
      if (text.includes("event: change")) return performance.now();
    }
  })();
  let deltaStartedAt = NaN;
  const deltaDoneAt = eventAt.then(async () => {
    deltaStartedAt = performance.now();
    const changes = await fetch(changesUrl(since), { headers: { cookie } });
    await changes.json();
    if (changes.status !== 200) throw new Error(`delta read answered ${changes.status}`);
    return performance.now();
  });
  const deltaReadMs = deltaDoneAt.then((doneAt) => doneAt - deltaStartedAt);
  // Closing a client ends both unsettled: that is not an error.
  eventAt.catch(() => undefined);
  deltaDoneAt.catch(() => undefined);
  deltaReadMs.catch(() => undefined);
  await isReady;
  return { eventAt, deltaDoneAt, deltaReadMs, close: () => abort.abort() };
}

export async function liveScenario(load: LiveLoad, log: (message: string) => void): Promise<LiveFigures> {
  const { servers, cookies, clients: count } = load;
  const pageLoad = (durationSec = load.durationSec) => httpLoad({ url: load.pageUrl(servers[0]), headers: { cookie: cookies[0]! }, connections: load.connections, durationSec });
  const since = new Date(Date.now() - 5_000).toISOString();
  const openAll = async (how: number) => {
    const opened: Client[] = [];
    for (let i = 0; i < how; i += 50) {
      opened.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(50, how - i) }, (_, j) => {
            const server = servers[(i + j) % servers.length]!;
            const cookie = cookies[(i + j) % cookies.length]!;
            return openClient(`${server.url}/api/classes/${load.classroomId}/live`, cookie, (s) => load.changesUrl(server, s), since);
          }),
        )),
      );
    }
    return opened;
  };
  // Fresh servers: load the page's, the stream's and the delta read's code first, so that memory
  // and latency measure connections, not first requests.
  log("live: warming up both instances");
  await pageLoad(Math.max(2, Math.round(load.durationSec / 3)));
  for (const server of servers) await (await fetch(load.changesUrl(server, since), { headers: { cookie: cookies[0]! } })).text();
  for (const client of await openAll(100)) client.close();
  log(`live: section page without streams, ${load.durationSec} s`);
  const without = await pageLoad();
  await sleep(1_000);
  const rssBefore = servers.map((server) => memoryOf(server.serverPid()).rssMiB);
  log(`live: opening ${count} streams over ${servers.length} instances`);
  const clients = await openAll(count);
  await sleep(2_000);
  const rssAfter = servers.map((server) => memoryOf(server.serverPid()).rssMiB);
  const rssPerConnectionKiB = round(((rssAfter[0]! - rssBefore[0]!) + (rssAfter[1]! - rssBefore[1]!)) * 1024 / count, 1);
  log(`live: section page with ${count} streams open, ${load.durationSec} s`);
  const withStreams = await pageLoad();
  try {
    const posted = await fetch(load.postUrl(servers[0]), {
      method: "POST",
      headers: { cookie: cookies[0]!, "content-type": "application/json" },
      body: JSON.stringify({ body: "Bench live post: does everyone see this at once?" }),
    });
    const createdAt = performance.now();
    if (posted.status !== 201) throw new Error(`live post answered ${posted.status}`);
    const settle = <T>(promise: Promise<T>) => Promise.race([promise, sleep(30_000).then(() => null)]).catch(() => null);
    const events = await Promise.all(clients.map((client) => settle(client.eventAt)));
    const deltas = await Promise.all(clients.map((client) => settle(client.deltaDoneAt)));
    const reads = (await Promise.all(clients.map((client) => settle(client.deltaReadMs)))).filter((ms): ms is number => ms !== null);
    // An event may arrive before the 201 does: NOTIFY goes out at commit, the answer after it.
    const since201 = (at: number | null) => (at === null ? null : Math.max(0, at - createdAt));
    const eventMs = events.map(since201).filter((ms): ms is number => ms !== null);
    const deltaMs = deltas.map(since201).filter((ms): ms is number => ms !== null);
    return {
      clients: count,
      instances: servers.length,
      eventP50Ms: round(percentile(eventMs, 50), 1),
      eventP95Ms: round(percentile(eventMs, 95), 1),
      deltaP95Ms: round(percentile(deltaMs, 95), 1),
      deltaReadP50Ms: round(percentile(reads, 50), 1),
      deltaReadP95Ms: round(percentile(reads, 95), 1),
      missed: count - deltaMs.length,
      rssPerConnectionKiB,
      pageReqPerSecWithout: without.requestsPerSec,
      pageReqPerSecWith: withStreams.requestsPerSec,
      pageRatio: without.requestsPerSec > 0 ? round(withStreams.requestsPerSec / without.requestsPerSec, 3) : 0,
    };
  } finally {
    for (const client of clients) client.close();
  }
}
