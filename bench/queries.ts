// SQL statements per request, counted exactly by a TCP proxy between a second `next start` and
// PostgreSQL. Why a proxy: pg_stat_statements needs shared_preload_libraries (a restart of the
// embedded server with other flags), a statement log needs file access and parsing, and
// pg_stat_database counts transactions, not statements. The proxy reads the frontend protocol:
// every 'Q' (simple query: BEGIN, COMMIT, …) and every 'E' (Execute of a prepared/parameterised
// statement) is one statement; BEGIN and COMMIT count, as in pg_stat_statements. Only this second server goes through it, so the timed scenarios
// pay nothing for the counting.
import net from "node:net";
import { startServer } from "./server";

export type StatementCounter = {
  url: string;
  count: () => number;
  /** The SQL of every statement counted so far (a simple query's text, or the last one parsed before an Execute). */
  statements: () => string[];
  close: () => Promise<void>;
};

export async function countingProxy(databaseUrl: string): Promise<StatementCounter> {
  const target = new URL(databaseUrl);
  const host = target.hostname;
  const port = Number(target.port || 5432);
  const statements: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => undefined);
      socket.on("close", () => sockets.delete(socket));
    }
    upstream.on("data", (chunk) => client.write(chunk));
    upstream.on("close", () => client.destroy());
    client.on("close", () => upstream.destroy());
    // Frontend messages: the startup (or SSL request) has no type byte, every later one is
    // type (1 byte) + length (4 bytes, itself included) + payload; they may span chunks.
    let buffered = Buffer.alloc(0);
    let started = false;
    let parsed = "";
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (!started) {
          if (buffered.length < 8) break;
          const length = buffered.readInt32BE(0);
          if (buffered.length < length) break;
          const code = buffered.readInt32BE(4);
          buffered = buffered.subarray(length);
          // SSLRequest / GSSENCRequest: the real startup message follows.
          if (code !== 80877103 && code !== 80877104) started = true;
          continue;
        }
        if (buffered.length < 5) break;
        const length = buffered.readInt32BE(1);
        if (buffered.length < 1 + length) break;
        const type = String.fromCharCode(buffered[0]!);
        // Q: text\0. P: name\0 text\0 …. E: runs the last statement bound (pg parses before each).
        if (type === "Q") statements.push(cString(buffered, 5));
        if (type === "P") parsed = cString(buffered, buffered.indexOf(0, 5) + 1);
        if (type === "E") statements.push(parsed);
        buffered = buffered.subarray(1 + length);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(address.port);
  url.searchParams.set("sslmode", "disable");
  return {
    url: url.toString(),
    count: () => statements.length,
    statements: () => [...statements],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function cString(buffer: Buffer, start: number): string {
  return buffer.toString("utf8", start, buffer.indexOf(0, start));
}

/** Statements one request costs: the last of a few runs (the first ones fill caches). */
export async function statementsPer(counter: StatementCounter, request: () => Promise<Response>, runs = 3): Promise<number> {
  let last = NaN;
  for (let run = 0; run < runs; run++) {
    const before = counter.count();
    const response = await request();
    await response.text();
    if (!response.ok) throw new Error(`statement count: the request answered ${response.status}`);
    // The proxy may still be relaying the last message; let its handlers run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = counter.count() - before;
  }
  return last;
}

export type Statements = { sectionPageBig: number; sectionPageSmall: number; debateViewBig: number; debateViewSmall: number; passageOpenedBig: number; passageOpenedSmall: number; postResponse: number };
type Requests = Record<keyof Statements, (baseUrl: string, cookie: string) => Promise<Response>>;

/** A second `next start` whose database connections all go through the counting proxy. */
export async function measureStatements(env: NodeJS.ProcessEnv, signInAs: (baseUrl: string) => Promise<string>, requests: Requests): Promise<Statements> {
  const counter = await countingProxy(env.DATABASE_URL!);
  try {
    const server = await startServer({ ...env, DATABASE_URL: counter.url });
    try {
      const cookie = await signInAs(server.url);
      const counts: Partial<Statements> = {};
      for (const [name, request] of Object.entries(requests) as [keyof Statements, Requests[keyof Statements]][]) {
        counts[name] = await statementsPer(counter, () => request(server.url, cookie));
      }
      return counts as Statements;
    } finally {
      await server.stop();
    }
  } finally {
    await counter.close();
  }
}
