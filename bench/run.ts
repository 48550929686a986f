// `npm run bench`: section page, debate view and opened-passage page read rates at 10,000 vs 100
// posts, posting throughput through the real HTTP path, and the same database's raw insert rate,
// against a production build. Runs as
// `node --import tsx`, not the tsx CLI: that wrapper SIGKILLs a busy child 30 ms after relaying
// Ctrl-C, which would cut the cleanup short.
// Knobs (env): BENCH_DURATION (s, default 12), BENCH_WARMUP (s, default 3), BENCH_POSTS (default
// 10000), BENCH_REBUILD=1 (force next build), BENCH_NO_PGBENCH=1 (pg loop instead of pgbench),
// BENCH_EXTRA_SQL="CREATE INDEX …" (applied after seeding: measure a proposed index before migrating it).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { Span } from "../lib/discussion/quote-spans";
import { cpuSnapshot, otherCpuPercent } from "./cpu";
import { freshDatabase } from "./database";
import { plural } from "../lib/format";
import { httpLoad, rawInsertRate, round, type HttpFigures, type InsertFigures } from "./load";
import { overlapping } from "./debate";
import { seedBench, type Seeded, type SeededSection } from "./seed";
import { BENCH_AUTH_SECRET, ROOT, ensureBuild, memoryOf, signIn, startServer, type AppServer } from "./server";

const CONNECTIONS = 20;
const INSERT_CLIENTS = 8;
const DURATION = Number(process.env.BENCH_DURATION ?? 12);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const BIG = Number(process.env.BENCH_POSTS ?? 10_000);
const SMALL = 100;
const P50_RATIO_TARGET = 1.2;
const DEBATE_P50_RATIO_TARGET = 1.5; // debate view and opened passage
const QUOTING_POSTS_LIMIT = 20; // lib/debate/passages.ts: posts listed under an opened passage
const OTHER_CPU_WARNING = 10; // %
const RESULTS = path.join(ROOT, "bench", "results.json");

const log = (message: string) => console.log(`[bench] ${message}`);

// Cleanup runs in reverse order on success, failure and SIGINT/SIGTERM.
const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | undefined;
const cleanup = () =>
  (cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => console.error(`[bench] cleanup: ${String(error)}`));
  })());
let interrupted = false;
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: cleaning up`);
    // The run itself is still going: its connections break as the cleanup stops things. Ignore that.
    process.on("uncaughtException", () => undefined);
    process.on("unhandledRejection", () => undefined);
    void cleanup().finally(() => process.exit(code));
  });
}

// otherCpuPercent: CPU used by processes outside the bench during the measured window (shared machine).
type Scenario = HttpFigures & { memory: ReturnType<typeof memoryOf>; warmupStatusCodes: Record<string, number>; otherCpuPercent: number | null };

async function main(): Promise<number> {
  const machine = {
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    totalMemoryMiB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    gitCommit: gitCommit(),
    postgres: "",
    loadAverage1mAtStart: round(os.loadavg()[0]!),
  };
  log(`${machine.cores} cores, node ${machine.node}, ${machine.date}`);

  const database = await freshDatabase(log);
  cleanups.push(database.drop);
  machine.postgres = `${database.serverVersion} (${database.kind})`;

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  let seeded: Seeded;
  try {
    seeded = await seedBench(prisma, [
      { position: 1, heading: "Section A (large)", posts: BIG },
      { position: 2, heading: "Section B (small)", posts: SMALL },
      { position: 3, heading: "Section C (empty)", posts: 0 },
    ]);
  } finally {
    await prisma.$disconnect();
  }
  const [sectionA, sectionB, sectionC] = seeded.sections as [Seeded["sections"][0], Seeded["sections"][0], Seeded["sections"][0]];
  const extraSql = process.env.BENCH_EXTRA_SQL;
  if (extraSql) await applyExtraSql(database.url, extraSql);
  log(`seeded ${BIG + SMALL} posts in ${seeded.seconds.toFixed(1)} s (A: ${sectionA.responses} responses + ${sectionA.replies} replies; B: ${sectionB.responses} + ${sectionB.replies})`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: BENCH_AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
  };
  const build = await ensureBuild(env, log);
  log(build === "built" ? "built" : "using the existing .next build (BENCH_REBUILD=1 to rebuild)");
  const server = await startServer(env);
  cleanups.push(server.stop);
  log(`next start at ${server.url} (next-server pid ${server.serverPid()})`);
  const idleMemory = memoryOf(server.serverPid());

  const cookie = await signIn(server.url, seeded.student.email, seeded.student.password);
  const pagePath = (position: number) => `/assignments/${seeded.assignmentId}/sections/${position}`;
  const debatePath = (position: number) => `${pagePath(position)}/debate`;
  // The passage quoted most often in A, opened in A and B: the same text, so the same span.
  const passage = sectionA.debate.mostQuoted;
  if (!passage) throw new Error("section A has no quotes");
  const passagePath = (position: number) => `${pagePath(position)}?passage=${passage.start}-${passage.end}`;
  const postPath = `/api/assignments/${seeded.assignmentId}/sections/${sectionA.position}/responses`;
  await verify(server, cookie, { pagePath, debatePath, passagePath, passage }, postPath, seeded, database.url);
  log(`signed in; section pages, debate views, opened passage ${passage.start}-${passage.end} (quoted ${passage.count}× in A) and posting verified`);

  const headers = { cookie };
  const scenario = async (name: string, load: Parameters<typeof httpLoad>[0]): Promise<Scenario> => {
    if (interrupted) throw new Error("interrupted");
    log(`${name}: warm-up ${WARMUP} s`);
    const warmup = await httpLoad({ ...load, durationSec: WARMUP });
    if (interrupted) throw new Error("interrupted");
    log(`${name}: measuring ${load.durationSec} s`);
    const before = cpuSnapshot();
    const figures = await httpLoad(load);
    const otherCpu = otherCpuPercent(before, cpuSnapshot(), os.cpus().length);
    const memory = memoryOf(server.serverPid());
    log(`${name}: ${figures.requestsPerSec} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, non-2xx ${figures.non2xx}, RSS ${memory.rssMiB} MiB`);
    return { ...figures, memory, warmupStatusCodes: warmup.statusCodes, otherCpuPercent: otherCpu };
  };

  // Warm the server on every page first (JIT, module and React caches), so that measuring the
  // large section first does not put it at a disadvantage.
  log(`warming up the server: ${WARMUP} s on each page measured`);
  for (const warm of [...[sectionA, sectionB, sectionC].map((s) => pagePath(s.position)), ...[sectionA, sectionB].flatMap((s) => [debatePath(s.position), passagePath(s.position)])]) {
    await httpLoad({ url: server.url + warm, headers, connections: CONNECTIONS, durationSec: WARMUP });
  }

  const pageBig = await scenario(`section page, ${BIG} posts`, { url: server.url + pagePath(sectionA.position), headers, connections: CONNECTIONS, durationSec: DURATION });
  const pageSmall = await scenario(`section page, ${SMALL} posts`, { url: server.url + pagePath(sectionB.position), headers, connections: CONNECTIONS, durationSec: DURATION });
  // Informational: the same page with no posts, i.e. the fixed cost (auth, section, layout).
  const pageEmpty = await scenario("section page, 0 posts", { url: server.url + pagePath(sectionC.position), headers, connections: CONNECTIONS, durationSec: DURATION });
  // Structured debate, before the POST scenario adds posts to A: the debate view (counts by stance,
  // kind and reply kind, stance columns, unanswered challenges), and the section page with the most
  // quoted passage opened (heat plus the newest posts quoting it).
  const debateBig = await scenario(`debate view, ${BIG} posts`, { url: server.url + debatePath(sectionA.position), headers, connections: CONNECTIONS, durationSec: DURATION });
  const debateSmall = await scenario(`debate view, ${SMALL} posts`, { url: server.url + debatePath(sectionB.position), headers, connections: CONNECTIONS, durationSec: DURATION });
  const passageBig = await scenario(`passage opened, ${BIG} posts`, { url: server.url + passagePath(sectionA.position), headers, connections: CONNECTIONS, durationSec: DURATION });
  const passageSmall = await scenario(`passage opened, ${SMALL} posts`, { url: server.url + passagePath(sectionB.position), headers, connections: CONNECTIONS, durationSec: DURATION });

  const before = await countBenchPosts(database.url);
  const posting = await scenario("POST response (JSON route)", {
    url: server.url + postPath,
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ body: "Bench load post [<id>]: the author's framing of the armistice as a *pause* deserves a closer look." }),
    connections: CONNECTIONS,
    durationSec: DURATION,
  });
  const persisted = (await countBenchPosts(database.url)) - before;
  const created201 = (posting.statusCodes["201"] ?? 0) + (posting.warmupStatusCodes["201"] ?? 0);

  if (interrupted) throw new Error("interrupted");
  log(`raw insert: ${INSERT_CLIENTS} clients, ${DURATION} s`);
  const insertStart = cpuSnapshot();
  const rawInsert: InsertFigures & { otherCpuPercent?: number | null } = await rawInsertRate(database.url, INSERT_CLIENTS, DURATION);
  rawInsert.otherCpuPercent = otherCpuPercent(insertStart, cpuSnapshot(), os.cpus().length);
  log(`raw insert (${rawInsert.tool}): ${rawInsert.tps} TPS`);

  const ratios = {
    p50Big_over_p50Small: round(pageBig.p50Ms / pageSmall.p50Ms),
    p99Big_over_p99Small: round(pageBig.p99Ms / pageSmall.p99Ms),
    reqPerSecBig_over_reqPerSecSmall: round(pageBig.requestsPerSec / pageSmall.requestsPerSec),
    debateP50Big_over_p50Small: round(debateBig.p50Ms / debateSmall.p50Ms),
    debateP99Big_over_p99Small: round(debateBig.p99Ms / debateSmall.p99Ms),
    passageP50Big_over_p50Small: round(passageBig.p50Ms / passageSmall.p50Ms),
    passageP99Big_over_p99Small: round(passageBig.p99Ms / passageSmall.p99Ms),
    postReqPerSec_over_rawInsertTps: round(posting.requestsPerSec / rawInsert.tps, 3),
  };
  // Requests still in flight when autocannon stops (at most one per connection, warm-up and measured
  // window) are persisted without being counted as 201s.
  const persistedOk = persisted >= created201 && persisted <= created201 + 2 * CONNECTIONS;
  const http = [pageBig, pageSmall, pageEmpty, debateBig, debateSmall, passageBig, passageSmall, posting];
  const httpOk = http.every((s) => s.non2xx === 0 && s.errors === 0 && s.timeouts === 0);
  const allOk = httpOk && persistedOk;
  const targets = [
    { name: `section page p50 at ${BIG} posts ÷ p50 at ${SMALL} posts`, target: `<= ${P50_RATIO_TARGET}`, value: round(pageBig.p50Ms / pageSmall.p50Ms, 3), met: pageBig.p50Ms / pageSmall.p50Ms <= P50_RATIO_TARGET },
    { name: `debate view p50 at ${BIG} posts ÷ p50 at ${SMALL} posts`, target: `<= ${DEBATE_P50_RATIO_TARGET}`, value: round(debateBig.p50Ms / debateSmall.p50Ms, 3), met: debateBig.p50Ms / debateSmall.p50Ms <= DEBATE_P50_RATIO_TARGET },
    { name: `passage-opened page p50 at ${BIG} posts ÷ p50 at ${SMALL} posts`, target: `<= ${DEBATE_P50_RATIO_TARGET}`, value: round(passageBig.p50Ms / passageSmall.p50Ms, 3), met: passageBig.p50Ms / passageSmall.p50Ms <= DEBATE_P50_RATIO_TARGET },
    { name: "non-2xx responses, errors and timeouts in every HTTP scenario", target: "0", value: http.reduce((n, s) => n + s.non2xx + s.errors + s.timeouts, 0), met: httpOk },
    { name: "rows persisted by the POST scenario vs its 201s (warm-up incl.; + in-flight at stop)", target: `${created201}..${created201 + 2 * CONNECTIONS}`, value: persisted, met: persistedOk },
  ];

  const results = {
    machine,
    config: { connections: CONNECTIONS, durationSec: DURATION, warmupSec: WARMUP, insertClients: INSERT_CLIENTS, build, extraSql: extraSql ?? null },
    data: {
      seedSeconds: round(seeded.seconds, 1),
      sections: seeded.sections.map(({ position, heading, posts, responses, replies, deleted, debate }) => ({ position, heading, posts, responses, replies, deleted, debate })),
    },
    serverIdleMemory: idleMemory,
    scenarios: {
      sectionPageBig: { path: pagePath(sectionA.position), posts: BIG, ...pageBig },
      sectionPageSmall: { path: pagePath(sectionB.position), posts: SMALL, ...pageSmall },
      sectionPageEmpty: { path: pagePath(sectionC.position), posts: 0, ...pageEmpty },
      debateViewBig: { path: debatePath(sectionA.position), posts: BIG, ...debateBig },
      debateViewSmall: { path: debatePath(sectionB.position), posts: SMALL, ...debateSmall },
      passageOpenedBig: { path: passagePath(sectionA.position), posts: BIG, quotingPostsListed: quotingListed(sectionA, passage), ...passageBig },
      passageOpenedSmall: { path: passagePath(sectionB.position), posts: SMALL, quotingPostsListed: quotingListed(sectionB, passage), ...passageSmall },
      postResponse: { path: postPath, ...posting, persisted },
      rawInsert,
    },
    ratios,
    targets,
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  log(`wrote ${path.relative(process.cwd(), RESULTS)}`);
  // Missed performance targets are reported, not fatal; invalid measurements (errors) are.
  return allOk ? 0 : 1;
}

type Paths = { pagePath: (p: number) => string; debatePath: (p: number) => string; passagePath: (p: number) => string; passage: Span };

const quotingListed = (section: SeededSection, passage: Span) => Math.min(QUOTING_POSTS_LIMIT, overlapping(section.quotedSpans, passage));
// React puts a comment between adjacent text nodes: "(<!-- -->12<!-- -->)".
const countAfter = (html: string, label: RegExp) => Number(new RegExp(`${label.source}\\((?:<!-- -->)?(\\d+)`).exec(html)?.[1] ?? NaN);

async function fetchPage(server: AppServer, cookie: string, path: string): Promise<string> {
  const response = await fetch(server.url + path, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}\n${server.logTail()}`);
  return html;
}

// Each page shows what was seeded: posts, passage heat, debate counts and the passage's posts.
async function verify(server: AppServer, cookie: string, { pagePath, debatePath, passagePath, passage }: Paths, postPath: string, seeded: Seeded, databaseUrl: string) {
  // The page streams (loading.tsx), so a signed-out visitor may get 200 plus a client redirect:
  // check what the page shows, not only its status.
  const anonymous = await fetch(server.url + pagePath(1), { redirect: "manual" });
  if ((await anonymous.text()).includes(seeded.sections[0]!.newestMarker)) throw new Error("the section page shows posts to a signed-out visitor");
  for (const section of seeded.sections) {
    const html = await fetchPage(server, cookie, pagePath(section.position));
    for (const expected of [`What does section ${section.position} argue`, ...(section.posts > 0 ? [section.newestMarker] : [])]) {
      if (!html.includes(expected)) throw new Error(`section ${section.position} page lacks "${expected}"`);
    }
    // The page lists the ten most quoted passages.
    const mostQuoted = Math.min(10, section.debate.heatSegments);
    const heat = section.debate.heatSegments > 0 ? countAfter(html, /Most quoted passages /) : html.includes("Nobody has quoted this section yet.") ? 0 : NaN;
    if (heat !== mostQuoted) throw new Error(`section ${section.position} page lists ${heat} quoted passages, expected ${mostQuoted}`);
    if (section.posts === 0) continue;
    const debate = await fetchPage(server, cookie, debatePath(section.position));
    const unanswered = countAfter(debate, /Unanswered challenges <span[^>]*>/);
    if (!debate.includes(plural(section.debate.publishedResponses, "response")) || unanswered !== section.debate.unansweredChallenges) {
      throw new Error(`section ${section.position} debate view: expected ${plural(section.debate.publishedResponses, "response")} and ${section.debate.unansweredChallenges} unanswered challenges, got ${unanswered}`);
    }
    const opened = await fetchPage(server, cookie, passagePath(section.position));
    const listed = opened.split('data-testid="quoting-post"').length - 1;
    if (!opened.includes("Posts quoting this passage") || listed !== quotingListed(section, passage)) {
      throw new Error(`section ${section.position} with passage ${passage.start}-${passage.end} opened lists ${listed} quoting posts, expected ${quotingListed(section, passage)}`);
    }
  }
  const created = await fetch(server.url + postPath, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ body: "Bench check post: is this persisted?" }),
  });
  const json = (await created.json().catch(() => null)) as { id?: string } | null;
  if (created.status !== 201 || !json?.id) throw new Error(`POST ${postPath} answered ${created.status} ${JSON.stringify(json)}\n${server.logTail()}`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if (!(await prisma.post.findUnique({ where: { id: json.id }, select: { id: true } }))) throw new Error(`POSTed response ${json.id} not in the database`);
    // Gone again, so that A's newest responses stay those of B.
    await prisma.post.delete({ where: { id: json.id } });
  } finally {
    await prisma.$disconnect();
  }
}

async function applyExtraSql(databaseUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
    await client.query('VACUUM ANALYZE "Post"');
    log(`applied BENCH_EXTRA_SQL: ${sql}`);
  } finally {
    await client.end();
  }
}

async function countBenchPosts(databaseUrl: string): Promise<number> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return await prisma.post.count({ where: { body: { startsWith: "Bench load post " } } });
  } finally {
    await prisma.$disconnect();
  }
}

function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

type Results = {
  machine: { cores: number; node: string; date: string; postgres: string };
  config: { connections: number; durationSec: number; extraSql: string | null };
  scenarios: {
    sectionPageBig: Scenario & { posts: number };
    sectionPageSmall: Scenario & { posts: number };
    sectionPageEmpty: Scenario & { posts: number };
    debateViewBig: Scenario & { posts: number };
    debateViewSmall: Scenario & { posts: number };
    passageOpenedBig: Scenario & { posts: number; quotingPostsListed: number };
    passageOpenedSmall: Scenario & { posts: number; quotingPostsListed: number };
    postResponse: Scenario & { persisted: number };
    rawInsert: InsertFigures & { otherCpuPercent?: number | null };
  };
  ratios: Record<string, number>;
  targets: { name: string; target: string; value: number; met: boolean }[];
};

function printTable({ machine, config, scenarios: s, ratios, targets }: Results) {
  const rows: string[][] = [
    ["scenario", "req/s", "p50 ms", "p99 ms", "non-2xx", "RSS MiB", "other CPU %"],
    ...([
      [`section page, ${s.sectionPageBig.posts} posts`, s.sectionPageBig],
      [`section page, ${s.sectionPageSmall.posts} posts`, s.sectionPageSmall],
      ["section page, 0 posts (info)", s.sectionPageEmpty],
      [`debate view, ${s.debateViewBig.posts} posts`, s.debateViewBig],
      [`debate view, ${s.debateViewSmall.posts} posts`, s.debateViewSmall],
      [`passage opened, ${s.passageOpenedBig.posts} posts (${s.passageOpenedBig.quotingPostsListed} listed)`, s.passageOpenedBig],
      [`passage opened, ${s.passageOpenedSmall.posts} posts (${s.passageOpenedSmall.quotingPostsListed} listed)`, s.passageOpenedSmall],
      ["POST response (JSON route)", s.postResponse],
    ] as const).map(([name, f]) => [name, f.requestsPerSec.toFixed(1), String(f.p50Ms), String(f.p99Ms), String(f.non2xx + f.errors + f.timeouts), f.memory.rssMiB.toFixed(0), String(f.otherCpuPercent ?? "")]),
    [`raw insert (${s.rawInsert.tool}, ${s.rawInsert.clients} clients)`, `${s.rawInsert.tps} TPS`, "", "", String(s.rawInsert.failed), "", String(s.rawInsert.otherCpuPercent ?? "")],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  if (config.extraSql) console.log(`\nwith BENCH_EXTRA_SQL: ${config.extraSql}`);
  console.log(`\n${machine.cores} cores · node ${machine.node} · PostgreSQL ${machine.postgres} · ${config.connections} connections · ${config.durationSec} s per scenario · ${machine.date}\n`);
  const busiest = Math.max(...[s.sectionPageBig, s.sectionPageSmall, s.sectionPageEmpty, s.debateViewBig, s.debateViewSmall, s.passageOpenedBig, s.passageOpenedSmall, s.postResponse, s.rawInsert].map((f) => f.otherCpuPercent ?? 0));
  if (busiest > OTHER_CPU_WARNING) console.log(`WARNING: other processes used up to ${busiest} % of the CPU during a measurement; these figures are skewed.\n`);
  console.log(line(rows[0]!));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log("\nratios");
  for (const [name, value] of Object.entries(ratios)) console.log(`  ${name.padEnd(36)} ${value}`);
  console.log("\ntargets");
  for (const t of targets) console.log(`  ${t.met ? "MET    " : "NOT MET"}  ${t.name}: ${t.value} (target ${t.target})`);
  console.log("");
}

// After a signal, its handler cleans up and exits; the run's own ending is then beside the point.
main()
  .then(async (code) => {
    if (interrupted) return;
    await cleanup();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    if (interrupted) return;
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanup();
    process.exit(1);
  });
