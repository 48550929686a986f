// `npm run bench`: section page, debate view and opened-passage page read rates at 10,000 vs 100
// posts, posting throughput through the real HTTP path, the same database's raw insert rate, a class
// posting all at once (burst) and that burst through a PostgreSQL restart (fault), against a
// production build; the sign-in page as a calibration (every page's req/s ÷ its req/s), SQL statements
// per request (queries), the section page's first-load JS (js) and an opt-in soak. Runs as
// `node --import tsx`, not the tsx CLI: that wrapper SIGKILLs a busy child 30 ms after relaying
// Ctrl-C, which would cut the cleanup short.
// Knobs (env): BENCH_DURATION (s, default 12), BENCH_WARMUP (s, default 3), BENCH_POSTS (default
// 10000), BENCH_REBUILD=1 (force next build), BENCH_NO_PGBENCH=1 (pg loop instead of pgbench),
// BENCH_EXTRA_SQL="CREATE INDEX …" (applied after seeding: measure a proposed index before migrating it),
// BENCH_ONLY=burst,fault (a comma-separated subset of pages, teacher, queries, js, post, insert, burst, fault, soak;
// results.json then holds only those), BENCH_OUTAGE_MS (how long the fault scenario keeps PostgreSQL down,
// default 1000), BENCH_SOAK=600 (s: run the soak, mixed reads and posts; off unless set), BENCH_NODE_FLAGS
// (the server's V8 flags instead of scripts/next-server.ts's, to measure others).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { Span } from "../lib/discussion/quote-spans";
import { cpuSnapshot, otherCpuPercent, processCpuMs } from "./cpu";
import { freshDatabase } from "./database";
import { plural } from "../lib/format";
import { httpLoad, rawInsertRate, round, type InsertFigures } from "./load";
import { overlapping } from "./debate";
import { seedBench, type Seeded, type SeededSection } from "./seed";
import { burstScenario, faultScenario } from "./burst";
import { firstLoadJs, rscPayloadPerPost } from "./firstload";
import { measureStatements } from "./queries";
import { soakScenario } from "./soak";
import { liveScenario } from "./live";
import { seedTeacherClass, teacherClassPosts, turnOnParticipation } from "./teacher";
import { describeBurst, printTable, ratiosFor, targetsFor, type Scenario, type Scenarios } from "./report";
import { BENCH_AUTH_SECRET, ROOT, ensureBuild, memoryOf, serverFlags, signIn, startServer, type AppServer } from "./server";

const CONNECTIONS = 20;
const INSERT_CLIENTS = 8;
const DURATION = Number(process.env.BENCH_DURATION ?? 12);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const BIG = Number(process.env.BENCH_POSTS ?? 10_000);
const SMALL = 100;
const SIGN_IN_PATH = "/signin";
const QUOTING_POSTS_LIMIT = 20; // lib/debate/passages.ts: posts listed under an opened passage
// The burst: the 30 students, 10 streams each (300 concurrent requests), 10 posts per stream.
const BURST_STREAMS_PER_STUDENT = 10;
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_MS ?? 1_000);
const SOAK = Number(process.env.BENCH_SOAK ?? 0);
const GROUPS = ["pages", "teacher", "queries", "js", "post", "insert", "burst", "fault", "live", "soak"] as const;
const LIVE_CLIENTS = Number(process.env.BENCH_LIVE_CLIENTS ?? 500);
type Group = (typeof GROUPS)[number];
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
  const only = selectedGroups();

  const database = await freshDatabase(log);
  cleanups.push(database.drop);
  machine.postgres = `${database.serverVersion} (${database.kind})`;

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  let seeded: Seeded;
  let teacherClass: Seeded | undefined;
  try {
    seeded = await seedBench(prisma, [
      { position: 1, heading: "Section A (large)", posts: BIG },
      { position: 2, heading: "Section B (small)", posts: SMALL },
      { position: 3, heading: "Section C (empty)", posts: 0 },
    ]);
    // Issue 14's class (40 students, 4,000 posts), for the teacher group only.
    if (only.has("teacher")) teacherClass = await seedTeacherClass(prisma);
  } finally {
    await prisma.$disconnect();
  }
  const [sectionA, sectionB, sectionC] = seeded.sections as [Seeded["sections"][0], Seeded["sections"][0], Seeded["sections"][0]];
  const extraSql = process.env.BENCH_EXTRA_SQL;
  if (extraSql) await applyExtraSql(database.url, extraSql);
  log(`seeded ${BIG + SMALL} posts in ${seeded.seconds.toFixed(1)} s (A: ${sectionA.responses} responses + ${sectionA.replies} replies; B: ${sectionB.responses} + ${sectionB.replies})`);
  if (teacherClass) log(`seeded issue 14's class: ${teacherClass.students.length} students, ${teacherClassPosts()} posts in ${teacherClass.seconds.toFixed(1)} s`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: BENCH_AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
    // The bench posts thousands of times from a few users in seconds: it measures speed, not limits.
    RATE_LIMIT_SCALE: process.env.RATE_LIMIT_SCALE ?? "1000",
  };
  const build = await ensureBuild(env, log);
  log(build === "built" ? "built" : "using the existing .next build (BENCH_REBUILD=1 to rebuild)");
  const server = await startServer(env);
  cleanups.push(server.stop);
  log(`next start at ${server.url} (next-server pid ${server.serverPid()}, ${serverFlags().join(" ") || "no V8 flags"})`);
  const idleMemory = memoryOf(server.serverPid());

  const cookie = await signIn(server.url, seeded.student.email, seeded.student.password);
  const pagePath = (position: number) => `/assignments/${seeded.assignmentId}/sections/${position}`;
  const debatePath = (position: number) => `${pagePath(position)}/debate`;
  // The passage quoted most often in A, opened in A and B: the same text, so the same span.
  const passage = sectionA.debate.mostQuoted;
  if (!passage) throw new Error("section A has no quotes");
  const passagePath = (position: number) => `${pagePath(position)}?passage=${passage.start}-${passage.end}`;
  const postPath = (position: number) => `/api/assignments/${seeded.assignmentId}/sections/${position}/responses`;
  await verify(server, cookie, { pagePath, debatePath, passagePath, passage }, postPath(sectionA.position), seeded, database.url);
  log(`signed in; section pages, debate views, opened passage ${passage.start}-${passage.end} (quoted ${passage.count}× in A) and posting verified`);

  const headers = { cookie };
  const scenario = async (name: string, load: Parameters<typeof httpLoad>[0]): Promise<Scenario> => {
    if (interrupted) throw new Error("interrupted");
    log(`${name}: warm-up ${WARMUP} s`);
    const warmup = await httpLoad({ ...load, durationSec: WARMUP });
    if (interrupted) throw new Error("interrupted");
    log(`${name}: measuring ${load.durationSec} s`);
    const before = cpuSnapshot();
    const serverCpuBefore = processCpuMs(server.serverPid());
    const figures = await httpLoad(load);
    const otherCpu = otherCpuPercent(before, cpuSnapshot(), os.cpus().length);
    const serverCpuMsPerRequest = round((processCpuMs(server.serverPid()) - serverCpuBefore) / Math.max(1, figures.requests), 1);
    const memory = memoryOf(server.serverPid());
    log(`${name}: ${figures.requestsPerSec} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, non-2xx ${figures.non2xx}, RSS ${memory.rssMiB} MiB, server CPU ${serverCpuMsPerRequest} ms/request`);
    return { ...figures, memory, warmupStatusCodes: warmup.statusCodes, otherCpuPercent: otherCpu, serverCpuMsPerRequest };
  };

  const scenarios: Scenarios = {};
  if (only.has("pages")) {
    // Warm the server on every page first (JIT, module and React caches), so that measuring the
    // large section first does not put it at a disadvantage.
    log(`warming up the server: ${WARMUP} s on each page measured`);
    for (const warm of [SIGN_IN_PATH, ...[sectionA, sectionB, sectionC].map((s) => pagePath(s.position)), ...[sectionA, sectionB].flatMap((s) => [debatePath(s.position), passagePath(s.position)])]) {
      await httpLoad({ url: server.url + warm, headers, connections: CONNECTIONS, durationSec: WARMUP });
    }
    const page = (position: number, posts: number) => async (name: string, path: string) => ({ path, posts, ...(await scenario(name, { url: server.url + path, headers, connections: CONNECTIONS, durationSec: DURATION })) });
    const [big, small] = [page(sectionA.position, BIG), page(sectionB.position, SMALL)];
    // Calibration: a page with no data and no session, so the others read as a share of what this
    // machine serves at best right now.
    scenarios.signInPage = { path: SIGN_IN_PATH, posts: 0, ...(await scenario("sign-in page (calibration)", { url: server.url + SIGN_IN_PATH, connections: CONNECTIONS, durationSec: DURATION })) };
    scenarios.sectionPageBig = await big(`section page, ${BIG} posts`, pagePath(sectionA.position));
    scenarios.sectionPageSmall = await small(`section page, ${SMALL} posts`, pagePath(sectionB.position));
    // Informational: the same page with no posts, i.e. the fixed cost (auth, section, layout).
    scenarios.sectionPageEmpty = await page(sectionC.position, 0)("section page, 0 posts", pagePath(sectionC.position));
    // Structured debate, before the POST scenario adds posts to A: the debate view (counts by stance,
    // kind and reply kind, stance columns, unanswered challenges), and the section page with the most
    // quoted passage opened (heat plus the newest posts quoting it).
    scenarios.debateViewBig = await big(`debate view, ${BIG} posts`, debatePath(sectionA.position));
    scenarios.debateViewSmall = await small(`debate view, ${SMALL} posts`, debatePath(sectionB.position));
    scenarios.passageOpenedBig = { ...(await big(`passage opened, ${BIG} posts`, passagePath(sectionA.position))), quotingPostsListed: quotingListed(sectionA, passage) };
    scenarios.passageOpenedSmall = { ...(await small(`passage opened, ${SMALL} posts`, passagePath(sectionB.position))), quotingPostsListed: quotingListed(sectionB, passage) };
  }

  // Issue 14's pages on its own class (40 students, 4,000 posts): the section page of its largest
  // section as a student, then the dashboard and the grading view as its teacher, in the same run.
  if (only.has("teacher") && teacherClass) {
    const { assignmentId, student, teacher, students } = teacherClass;
    await turnOnParticipation(database.url, assignmentId);
    const [studentCookie, teacherCookie] = [await signIn(server.url, student.email, student.password), await signIn(server.url, teacher.email, teacher.password)];
    const teacherPage = async (name: string, path: string, cookie = teacherCookie) => {
      // One request first: a page that does not answer 200 within a minute is not worth measuring.
      const started = performance.now();
      const first = await fetch(server.url + path, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
      await first.text();
      log(`${name}: first request ${first.status} in ${Math.round(performance.now() - started)} ms`);
      if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
      return { path, posts: teacherClassPosts(), ...(await scenario(name, { url: server.url + path, headers: { cookie }, connections: CONNECTIONS, durationSec: DURATION })) };
    };
    scenarios.teacherSectionPage = await teacherPage(`section page, ${teacherClass.sections[0]!.posts} of ${teacherClassPosts()} posts`, `/assignments/${assignmentId}/sections/1`, studentCookie);
    scenarios.dashboard = await teacherPage(`teacher's dashboard, ${students.length} students`, `/assignments/${assignmentId}/dashboard`);
    scenarios.gradingView = await teacherPage(`grading view, ${students.length} students`, `/assignments/${assignmentId}/grading`);
  }

  // Before posting adds to A: statements at BIG and SMALL posts must be equal for the budget to hold.
  if (only.has("queries")) {
    if (interrupted) throw new Error("interrupted");
    log("queries: SQL statements per request, through a counting proxy and a second server");
    const get = (path: string) => (baseUrl: string, cookie: string) => fetch(baseUrl + path, { headers: { cookie }, redirect: "manual" });
    scenarios.statements = await measureStatements(env, (baseUrl) => signIn(baseUrl, seeded.student.email, seeded.student.password), {
      sectionPageBig: get(pagePath(sectionA.position)),
      sectionPageSmall: get(pagePath(sectionB.position)),
      debateViewBig: get(debatePath(sectionA.position)),
      debateViewSmall: get(debatePath(sectionB.position)),
      passageOpenedBig: get(passagePath(sectionA.position)),
      passageOpenedSmall: get(passagePath(sectionB.position)),
      // Into the empty section C (already measured), so A and B keep their seeded posts.
      postResponse: (baseUrl, cookie) =>
        fetch(baseUrl + postPath(sectionC.position), { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ body: "Bench statement count post" }) }),
    });
    log(`queries: ${JSON.stringify(scenarios.statements)}`);
  }

  if (only.has("js")) {
    scenarios.firstLoadJs = await firstLoadJs(server.url, pagePath(sectionB.position), cookie);
    log(`js: section page first load ${scenarios.firstLoadJs.scripts} scripts, ${(scenarios.firstLoadJs.gzipBytes / 1024).toFixed(1)} KiB gzipped`);
    scenarios.rscPayload = await rscPayloadPerPost(server.url, pagePath(sectionA.position), pagePath(sectionC.position), cookie);
    log(`js: section page RSC payload ${scenarios.rscPayload.bytes} bytes for ${scenarios.rscPayload.posts} posts, ${scenarios.rscPayload.bytesPerPost} bytes per post`);
  }

  if (only.has("post")) {
    const before = await countPosts(database.url, "Bench load post ");
    const posting = await scenario("POST response (JSON route)", {
      url: server.url + postPath(sectionA.position),
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ body: "Bench load post [<id>]: the author's framing of the armistice as a *pause* deserves a closer look." }),
      connections: CONNECTIONS,
      durationSec: DURATION,
    });
    scenarios.postResponse = { path: postPath(sectionA.position), ...posting, persisted: (await countPosts(database.url, "Bench load post ")) - before };
  }

  if (only.has("insert")) {
    if (interrupted) throw new Error("interrupted");
    log(`raw insert: ${INSERT_CLIENTS} clients, ${DURATION} s`);
    const insertStart = cpuSnapshot();
    const rawInsert: InsertFigures & { otherCpuPercent?: number | null } = await rawInsertRate(database.url, INSERT_CLIENTS, DURATION);
    rawInsert.otherCpuPercent = otherCpuPercent(insertStart, cpuSnapshot(), os.cpus().length);
    log(`raw insert (${rawInsert.tool}): ${rawInsert.tps} TPS`);
    scenarios.rawInsert = rawInsert;
  }

  if (only.has("burst") || only.has("fault")) {
    // Every student signs in once; their streams share the session.
    const cookies = await Promise.all(seeded.students.map((student) => signIn(server.url, student.email, student.password)));
    const load = { baseUrl: server.url, postPath: postPath(sectionC.position), cookies, streamsPerStudent: BURST_STREAMS_PER_STUDENT, databaseUrl: database.url };
    if (only.has("burst")) {
      if (interrupted) throw new Error("interrupted");
      log(`burst: ${cookies.length * BURST_STREAMS_PER_STUDENT} streams`);
      scenarios.burst = await burstScenario({ ...load, marker: "Bench burst post" });
      log(`burst: ${describeBurst(scenarios.burst)}`);
    }
    if (only.has("fault") && database.restart) {
      if (interrupted) throw new Error("interrupted");
      log(`fault: the burst again, PostgreSQL down for ${OUTAGE_MS} ms in the middle`);
      scenarios.fault = await faultScenario({ ...load, marker: "Bench fault post", readPath: pagePath(sectionB.position), restart: database.restart, downMs: OUTAGE_MS });
      log(`fault: ${describeBurst(scenarios.fault)}, first read ${scenarios.fault.firstReadAfterBackS} s after PostgreSQL was back`);
    } else if (only.has("fault")) {
      log("fault: skipped, it restarts the embedded PostgreSQL and DATABASE_URL is set");
    }
  }

  if (only.has("live")) {
    if (interrupted) throw new Error("interrupted");
    // A second instance on the same database: events cross instances through PostgreSQL NOTIFY.
    const liveEnv = { ...env, LIVE_MAX_PER_USER: "1000" };
    const [liveA, liveB] = await Promise.all([startServer(liveEnv), startServer(liveEnv)]);
    cleanups.push(liveA.stop, liveB.stop);
    const cookies = await Promise.all(seeded.students.map((student) => signIn(liveA.url, student.email, student.password)));
    const classroomId = await classroomOf(database.url, seeded.assignmentId);
    const sectionB = seeded.sections[1]!;
    scenarios.live = await liveScenario(
      {
        servers: [liveA, liveB],
        cookies,
        classroomId,
        postUrl: (server) => server.url + postPath(sectionB.position),
        changesUrl: (server, since) => `${server.url}/api/assignments/${seeded.assignmentId}/sections/${sectionB.position}/changes?since=${encodeURIComponent(since)}`,
        pageUrl: (server) => server.url + pagePath(sectionB.position),
        clients: LIVE_CLIENTS,
        durationSec: DURATION,
        connections: CONNECTIONS,
      },
      log,
    );
    log(`live: ${JSON.stringify(scenarios.live)}`);
    await Promise.all([liveA.stop(), liveB.stop()]);
  }

  if (only.has("soak") && SOAK > 0) {
    if (interrupted) throw new Error("interrupted");
    const warmupSeconds = Math.max(WARMUP, Math.round(SOAK / 10));
    log(`soak: ${warmupSeconds} s warm-up, then ${SOAK} s of reads and posts on ${CONNECTIONS} connections`);
    scenarios.soak = await soakScenario({
      baseUrl: server.url,
      readPaths: [pagePath(sectionA.position), pagePath(sectionB.position), debatePath(sectionA.position), passagePath(sectionA.position)],
      post: { url: server.url + postPath(sectionC.position), headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ body: "Bench soak post [<id>]: still here after all this time?" }) },
      headers,
      connections: CONNECTIONS,
      seconds: SOAK,
      warmupSeconds,
      serverPid: server.serverPid,
    });
    log(`soak: RSS ${scenarios.soak.rssAfterWarmupMiB} MiB after warm-up, ${scenarios.soak.rssAtEndMiB} MiB at the end`);
  } else if (only.has("soak") && process.env.BENCH_ONLY?.includes("soak")) {
    log("soak: skipped, set BENCH_SOAK=<seconds>");
  }

  const targets = targetsFor(scenarios, CONNECTIONS);
  const results = {
    machine,
    config: { soakSec: SOAK || null, serverNodeFlags: serverFlags().join(" "), connections: CONNECTIONS, durationSec: DURATION, warmupSec: WARMUP, insertClients: INSERT_CLIENTS, build, extraSql: extraSql ?? null, only: [...only], burstStreams: seeded.students.length * BURST_STREAMS_PER_STUDENT, outageMs: OUTAGE_MS },
    data: {
      seedSeconds: round(seeded.seconds, 1),
      sections: seeded.sections.map(({ position, heading, posts, responses, replies, deleted, debate }) => ({ position, heading, posts, responses, replies, deleted, debate })),
    },
    serverIdleMemory: idleMemory,
    scenarios,
    ratios: ratiosFor(scenarios),
    targets,
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  log(`wrote ${path.relative(process.cwd(), RESULTS)}`);
  // Missed performance targets are reported, not fatal; invalid measurements (errors) are.
  return targets.every((t) => t.met || !t.fatal) ? 0 : 1;
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

async function countPosts(databaseUrl: string, prefix: string): Promise<number> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return await prisma.post.count({ where: { body: { startsWith: prefix } } });
  } finally {
    await prisma.$disconnect();
  }
}

async function classroomOf(databaseUrl: string, assignmentId: string): Promise<string> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return (await prisma.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { classroomId: true } })).classroomId;
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

function selectedGroups(): Set<Group> {
  const names = (process.env.BENCH_ONLY ?? GROUPS.join(",")).split(",").map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(GROUPS as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown scenario group(s) ${unknown.join(", ")}; choose from ${GROUPS.join(", ")}`);
  return new Set(names as Group[]);
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
