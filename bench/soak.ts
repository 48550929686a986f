// Opt-in soak (BENCH_SOAK=<seconds>): reads and posts mixed on 20 connections for a long while;
// the server's RSS after a warm-up and at the end shows whether memory keeps growing.
import { httpLoad, type HttpFigures, type HttpLoad } from "./load";
import { memoryOf } from "./server";

export type SoakFigures = {
  seconds: number;
  warmupSeconds: number;
  reads: HttpFigures;
  posts: HttpFigures;
  rssAfterWarmupMiB: number;
  rssAtEndMiB: number;
  peakRssMiB: number;
};

type Soak = { baseUrl: string; readPaths: string[]; post: Pick<HttpLoad, "url" | "headers" | "body">; headers: Record<string, string>; connections: number; seconds: number; warmupSeconds: number; serverPid: () => number };

// One connection in five posts; the rest read, spread over the given pages.
async function mixed({ baseUrl, readPaths, post, headers, connections }: Soak, durationSec: number) {
  const posters = Math.max(1, Math.round(connections / 5));
  const readers = connections - posters;
  const perPage = readPaths.map((_, i) => Math.floor(readers / readPaths.length) + (i < readers % readPaths.length ? 1 : 0));
  const [posts, ...reads] = await Promise.all([
    httpLoad({ ...post, method: "POST", connections: posters, durationSec }),
    ...readPaths.map((path, i) => httpLoad({ url: baseUrl + path, headers, connections: perPage[i]!, durationSec })),
  ]);
  return { posts: posts!, reads: merge(reads) };
}

// Several read loads as one: requests and errors add up; latencies are the worst page's.
const merge = (loads: HttpFigures[]): HttpFigures =>
  loads.reduce((a, b) => ({
    requestsPerSec: Math.round((a.requestsPerSec + b.requestsPerSec) * 10) / 10,
    p50Ms: Math.max(a.p50Ms, b.p50Ms),
    p90Ms: Math.max(a.p90Ms, b.p90Ms),
    p99Ms: Math.max(a.p99Ms, b.p99Ms),
    maxMs: Math.max(a.maxMs, b.maxMs),
    requests: a.requests + b.requests,
    non2xx: a.non2xx + b.non2xx,
    errors: a.errors + b.errors,
    timeouts: a.timeouts + b.timeouts,
    statusCodes: Object.fromEntries([...new Set([...Object.keys(a.statusCodes), ...Object.keys(b.statusCodes)])].map((code) => [code, (a.statusCodes[code] ?? 0) + (b.statusCodes[code] ?? 0)])),
  }));

export async function soakScenario(soak: Soak): Promise<SoakFigures> {
  await mixed(soak, soak.warmupSeconds);
  const afterWarmup = memoryOf(soak.serverPid());
  const { reads, posts } = await mixed(soak, soak.seconds);
  const end = memoryOf(soak.serverPid());
  return { seconds: soak.seconds, warmupSeconds: soak.warmupSeconds, reads, posts, rssAfterWarmupMiB: afterWarmup.rssMiB, rssAtEndMiB: end.rssMiB, peakRssMiB: end.peakRssMiB };
}
