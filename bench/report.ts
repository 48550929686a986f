// What a bench run measured, its targets (MET or NOT MET) and the printed table.
import type { HttpFigures, InsertFigures } from "./load";
import type { memoryOf } from "./server";
import type { BurstFigures, FaultFigures } from "./burst";
import type { FirstLoadJs, RscPayload } from "./firstload";
import type { Statements } from "./queries";
import type { SoakFigures } from "./soak";
import type { LiveFigures } from "./live";
import { round } from "./load";

const P50_RATIO_TARGET = 1.1;
const CALIBRATION_TARGET = 0.5; // section page and debate view req/s ÷ sign-in page req/s, at least
const PAGE_STATEMENTS = 8; // SQL statements per section page, whatever the section's size
const POST_STATEMENTS = 6;
const FIRST_LOAD_JS_KIB = 150; // gzipped
const SOAK_GROWTH = 1.1; // RSS at the end ÷ RSS after the warm-up
const SOAK_RSS_MIB = 400;
const DEBATE_P50_RATIO_TARGET = 1.5; // debate view and opened passage
// Issue 14: the dashboard and the grading view within 1.5× of the section page, in the same run.
const TEACHER_P50_RATIO_TARGET = 1.5;
const OTHER_CPU_WARNING = 10; // %
const BACK_WITHIN_S = 5; // the app serves reads again within this long after PostgreSQL is back
// Live updates (issue 11): POST's 201 → event p95, → event + delta read p95, memory per stream, page req/s kept.
const LIVE_EVENT_P95_MS = 500;
const LIVE_SCREEN_P95_MS = 1_500;
const LIVE_KIB_PER_STREAM = 50;
const LIVE_PAGE_RATIO = 0.8;

// otherCpuPercent: CPU used by processes outside the bench during the measured window (shared machine).
// serverCpuMsPerRequest: the server process's CPU time over the measured window ÷ requests answered.
export type Scenario = HttpFigures & { memory: ReturnType<typeof memoryOf>; warmupStatusCodes: Record<string, number>; otherCpuPercent: number | null; serverCpuMsPerRequest?: number };
type Page = Scenario & { path: string; posts: number };

// Only the groups a run selected (BENCH_ONLY) are present.
export type Scenarios = {
  signInPage?: Page;
  sectionPageBig?: Page;
  sectionPageSmall?: Page;
  sectionPageEmpty?: Page;
  debateViewBig?: Page;
  debateViewSmall?: Page;
  passageOpenedBig?: Page & { quotingPostsListed: number };
  passageOpenedSmall?: Page & { quotingPostsListed: number };
  /** Issue 14's class: its largest section's page, the baseline of the two teacher pages. */
  teacherSectionPage?: Page;
  dashboard?: Page;
  gradingView?: Page;
  postResponse?: Scenario & { path: string; persisted: number };
  rawInsert?: InsertFigures & { otherCpuPercent?: number | null };
  burst?: BurstFigures;
  fault?: FaultFigures;
  statements?: Statements;
  firstLoadJs?: FirstLoadJs;
  rscPayload?: RscPayload;
  soak?: SoakFigures;
  live?: LiveFigures;
};

/** fatal: a miss means the measurement itself is invalid (errors), so the run fails. */
export type Target = { name: string; target: string; value: number | null; met: boolean; fatal: boolean };

const ratio = (a: number | undefined, b: number | undefined, digits = 2) => (a !== undefined && b ? round(a / b, digits) : undefined);

export function ratiosFor(s: Scenarios): Record<string, number> {
  const ratios = {
    p50Big_over_p50Small: ratio(s.sectionPageBig?.p50Ms, s.sectionPageSmall?.p50Ms),
    p99Big_over_p99Small: ratio(s.sectionPageBig?.p99Ms, s.sectionPageSmall?.p99Ms),
    reqPerSecBig_over_reqPerSecSmall: ratio(s.sectionPageBig?.requestsPerSec, s.sectionPageSmall?.requestsPerSec),
    debateP50Big_over_p50Small: ratio(s.debateViewBig?.p50Ms, s.debateViewSmall?.p50Ms),
    debateP99Big_over_p99Small: ratio(s.debateViewBig?.p99Ms, s.debateViewSmall?.p99Ms),
    passageP50Big_over_p50Small: ratio(s.passageOpenedBig?.p50Ms, s.passageOpenedSmall?.p50Ms),
    passageP99Big_over_p99Small: ratio(s.passageOpenedBig?.p99Ms, s.passageOpenedSmall?.p99Ms),
    postReqPerSec_over_rawInsertTps: ratio(s.postResponse?.requestsPerSec, s.rawInsert?.tps, 3),
    ...Object.fromEntries(calibrated(s).map(([name, f]) => [`${name}_reqPerSec_over_signIn`, ratio(f?.requestsPerSec, s.signInPage?.requestsPerSec)])),
  };
  return Object.fromEntries(Object.entries(ratios).filter((entry): entry is [string, number] => entry[1] !== undefined));
}

// The pages whose req/s is read as a share of the sign-in page's.
const calibrated = (s: Scenarios) =>
  Object.entries({ sectionPageBig: s.sectionPageBig, sectionPageSmall: s.sectionPageSmall, sectionPageEmpty: s.sectionPageEmpty, debateViewBig: s.debateViewBig, debateViewSmall: s.debateViewSmall, passageOpenedBig: s.passageOpenedBig, passageOpenedSmall: s.passageOpenedSmall, postResponse: s.postResponse });

export function targetsFor(s: Scenarios, connections: number): Target[] {
  const targets: Target[] = [];
  const atMost = (name: string, value: number, limit: number) => targets.push({ name, target: `<= ${limit}`, value, met: value <= limit, fatal: false });
  for (const [name, page] of [["section page", s.sectionPageBig], ["debate view", s.debateViewBig]] as const) {
    if (!page || !s.signInPage) continue;
    const value = round(page.requestsPerSec / s.signInPage.requestsPerSec, 3);
    targets.push({ name: `${name} req/s at ${page.posts} posts ÷ sign-in page req/s`, target: `>= ${CALIBRATION_TARGET}`, value, met: value >= CALIBRATION_TARGET, fatal: false });
  }
  if (s.statements) {
    const { sectionPageBig: big, sectionPageSmall: small, postResponse } = s.statements;
    atMost("SQL statements per section page (the larger section's)", Math.max(big, small), PAGE_STATEMENTS);
    targets.push({ name: "SQL statements per section page, large section − small section", target: "0", value: big - small, met: big === small, fatal: false });
    atMost("SQL statements per post (JSON route)", postResponse, POST_STATEMENTS);
  }
  if (s.firstLoadJs) atMost("section page first-load JS, gzipped KiB", round(s.firstLoadJs.gzipBytes / 1024, 1), FIRST_LOAD_JS_KIB);
  if (s.soak) {
    const { rssAfterWarmupMiB: warm, rssAtEndMiB: end, reads, posts } = s.soak;
    atMost(`soak: RSS at the end ÷ after warm-up (${end} ÷ ${warm} MiB)`, round(end / warm, 3), SOAK_GROWTH);
    atMost("soak: RSS at the end, MiB", end, SOAK_RSS_MIB);
    atMost("soak: non-2xx answers, errors and timeouts", reads.non2xx + reads.errors + reads.timeouts + posts.non2xx + posts.errors + posts.timeouts, 0);
  }
  const p50Ratio = (name: string, big: Page | undefined, small: Page | undefined, limit: number) => {
    if (!big || !small) return;
    const value = round(big.p50Ms / small.p50Ms, 3);
    targets.push({ name: `${name} p50 at ${big.posts} posts ÷ p50 at ${small.posts} posts`, target: `<= ${limit}`, value, met: value <= limit, fatal: false });
  };
  p50Ratio("section page", s.sectionPageBig, s.sectionPageSmall, P50_RATIO_TARGET);
  p50Ratio("debate view", s.debateViewBig, s.debateViewSmall, DEBATE_P50_RATIO_TARGET);
  p50Ratio("passage-opened page", s.passageOpenedBig, s.passageOpenedSmall, DEBATE_P50_RATIO_TARGET);
  const teacherBase = s.teacherSectionPage ?? s.sectionPageBig;
  for (const [name, page] of [["teacher's dashboard", s.dashboard], ["grading view", s.gradingView]] as const) {
    if (!page || !teacherBase) continue;
    // No request finished within the run: slower than the run is long, not a p50 of 0.
    const value = page.requests === 0 ? null : round(page.p50Ms / teacherBase.p50Ms, 3);
    const label = value === null ? " (no request finished within the run)" : "";
    targets.push({ name: `${name} p50 ÷ section page p50 (${page.posts} posts)${label}`, target: `<= ${TEACHER_P50_RATIO_TARGET}`, value, met: value !== null && value <= TEACHER_P50_RATIO_TARGET, fatal: false });
  }
  const http = [s.signInPage, s.sectionPageBig, s.sectionPageSmall, s.sectionPageEmpty, s.debateViewBig, s.debateViewSmall, s.passageOpenedBig, s.passageOpenedSmall, s.teacherSectionPage, s.dashboard, s.gradingView, s.postResponse].filter((f) => f !== undefined);
  if (http.length) {
    const failures = http.reduce((n, f) => n + f.non2xx + f.errors + f.timeouts, 0);
    targets.push({ name: "non-2xx responses, errors and timeouts in every HTTP scenario", target: "0", value: failures, met: failures === 0, fatal: true });
  }
  if (s.postResponse) {
    // Requests still in flight when autocannon stops (at most one per connection, warm-up and
    // measured window) are persisted without being counted as 201s.
    const created = (s.postResponse.statusCodes["201"] ?? 0) + (s.postResponse.warmupStatusCodes["201"] ?? 0);
    const { persisted } = s.postResponse;
    targets.push({ name: "rows persisted by the POST scenario vs its 201s (warm-up incl.; + in-flight at stop)", target: `${created}..${created + 2 * connections}`, value: persisted, met: persisted >= created && persisted <= created + 2 * connections, fatal: true });
  }
  for (const [label, f] of [["burst", s.burst], ["fault", s.fault]] as const) {
    if (!f) continue;
    const count = (name: string, value: number) => targets.push({ name: `${label}: ${name}`, target: "0", value, met: value === 0, fatal: false });
    // In the burst even a 503 is a miss; in the fault scenario 503 is the right answer during the outage.
    if (label === "burst") count(`5xx answers (503 included) of ${f.posts} posts from ${f.streams} streams`, f.answers503 + f.answersOther5xx);
    else count("5xx answers other than 503", f.answersOther5xx);
    count("acknowledged posts not stored", f.lostAcknowledged);
    count("posts stored more than once", f.duplicates);
    count("posts refused (4xx)", f.rejected);
    count("posts abandoned after a minute of retries", f.abandoned);
  }
  if (s.live) {
    const { clients, instances, eventP50Ms, eventP95Ms, deltaP95Ms, deltaReadP95Ms, missed, rssPerConnectionKiB, pageRatio } = s.live;
    const on = `${clients} SSE clients on ${instances} instances`;
    targets.push({ name: `live: POST 201 → event, p95 ms (p50 ${eventP50Ms}), ${on}`, target: `< ${LIVE_EVENT_P95_MS}`, value: eventP95Ms, met: eventP95Ms < LIVE_EVENT_P95_MS, fatal: false });
    targets.push({ name: `live: POST 201 → event and delta read done, p95 ms (the read alone ${deltaReadP95Ms})`, target: `< ${LIVE_SCREEN_P95_MS}`, value: deltaP95Ms, met: deltaP95Ms < LIVE_SCREEN_P95_MS, fatal: false });
    atMost("live: server RSS per open SSE connection, KiB", rssPerConnectionKiB, LIVE_KIB_PER_STREAM);
    targets.push({ name: "live: section page req/s with the streams open ÷ without", target: `>= ${LIVE_PAGE_RATIO}`, value: pageRatio, met: pageRatio >= LIVE_PAGE_RATIO, fatal: false });
    targets.push({ name: "live: clients that never saw the post", target: "0", value: missed, met: missed === 0, fatal: true });
  }
  if (s.fault) {
    // Pages answer 503 (proxy.ts's gate) while the database cannot serve them, never 500. A page
    // already rendering when PostgreSQL stops is past the gate: the second target counts those too.
    const other5xx = (reads: Record<string, number>) => Object.entries(reads).reduce((n, [status, count]) => (status.startsWith("5") && status !== "503" ? n + count : n), 0);
    const whileDown = other5xx(s.fault.readsWhileDown);
    targets.push({ name: "fault: page reads asked for while PostgreSQL was down, answered 5xx other than 503", target: "0", value: whileDown, met: whileDown === 0, fatal: false });
    const all = other5xx(s.fault.reads);
    targets.push({ name: "fault: page reads answered 5xx other than 503 (in flight when it stopped included)", target: "0", value: all, met: all === 0, fatal: false });
    const back = s.fault.firstReadAfterBackS;
    targets.push({ name: "fault: seconds from PostgreSQL back to the first page read answered 200", target: `<= ${BACK_WITHIN_S}`, value: back, met: back !== null && back <= BACK_WITHIN_S, fatal: false });
  }
  return targets;
}

export const describeBurst = (f: BurstFigures) =>
  `${f.acknowledged}/${f.posts} acknowledged in ${f.seconds} s; answers ${JSON.stringify(f.answers)}; p99 ${f.p99Ms} ms; stored ${f.persisted}, duplicates ${f.duplicates}, lost ${f.lostAcknowledged}`;

type Results = {
  machine: { cores: number; node: string; date: string; postgres: string };
  config: { connections: number; durationSec: number; extraSql: string | null };
  scenarios: Scenarios;
  ratios: Record<string, number>;
  targets: Target[];
};

export function printTable({ machine, config, scenarios: s, ratios, targets }: Results) {
  // Columns: req/s ÷ the sign-in page's (calibration) and SQL statements per request (queries group).
  const statements = s.statements as Partial<Record<string, number>> | undefined;
  const http: [string, Scenario | undefined, string?][] = [
    ["sign-in page (calibration)", s.signInPage],
    [`section page, ${s.sectionPageBig?.posts} posts`, s.sectionPageBig, "sectionPageBig"],
    [`section page, ${s.sectionPageSmall?.posts} posts`, s.sectionPageSmall, "sectionPageSmall"],
    ["section page, 0 posts (info)", s.sectionPageEmpty, "sectionPageEmpty"],
    [`debate view, ${s.debateViewBig?.posts} posts`, s.debateViewBig, "debateViewBig"],
    [`debate view, ${s.debateViewSmall?.posts} posts`, s.debateViewSmall, "debateViewSmall"],
    [`passage opened, ${s.passageOpenedBig?.posts} posts (${s.passageOpenedBig?.quotingPostsListed} listed)`, s.passageOpenedBig, "passageOpenedBig"],
    [`passage opened, ${s.passageOpenedSmall?.posts} posts (${s.passageOpenedSmall?.quotingPostsListed} listed)`, s.passageOpenedSmall, "passageOpenedSmall"],
    [`issue 14 class: section page (${s.teacherSectionPage?.posts} posts in the assignment)`, s.teacherSectionPage, "teacherSectionPage"],
    [`teacher's dashboard, ${s.dashboard?.posts} posts`, s.dashboard, "dashboard"],
    [`grading view, ${s.gradingView?.posts} posts`, s.gradingView, "gradingView"],
    ["POST response (JSON route)", s.postResponse, "postResponse"],
  ];
  const bursts: [string, BurstFigures | undefined][] = [
    [`burst: ${s.burst?.streams} streams × 10 posts`, s.burst],
    [`fault: the burst, PostgreSQL restarted`, s.fault],
  ];
  const rows: string[][] = [
    ["scenario", "req/s", "÷ sign-in", "SQL/req", "p50 ms", "p99 ms", "non-2xx", "RSS MiB", "other CPU %"],
    ...http.flatMap(([name, f, key]) =>
      f ? [[name, f.requestsPerSec.toFixed(1), s.signInPage ? (f.requestsPerSec / s.signInPage.requestsPerSec).toFixed(2) : "", String((key && statements?.[key]) ?? ""), String(f.p50Ms), String(f.p99Ms), String(f.non2xx + f.errors + f.timeouts), f.memory.rssMiB.toFixed(0), String(f.otherCpuPercent ?? "")]] : [],
    ),
    ...(s.rawInsert ? [[`raw insert (${s.rawInsert.tool}, ${s.rawInsert.clients} clients)`, `${s.rawInsert.tps} TPS`, "", "", "", "", String(s.rawInsert.failed), "", String(s.rawInsert.otherCpuPercent ?? "")]] : []),
    // Posts per second acknowledged; non-2xx counts every answer, retries included.
    ...bursts.flatMap(([name, f]) => (f ? [[name, (f.acknowledged / f.seconds).toFixed(1), "", "", String(f.p50Ms), String(f.p99Ms), String(Object.values(f.answers).reduce((a, b) => a + b, 0) - f.answers2xx), "", ""]] : [])),
    ...(s.soak ? [[`soak: ${s.soak.seconds} s reads + posts`, `${s.soak.reads.requestsPerSec} + ${s.soak.posts.requestsPerSec}`, "", "", String(s.soak.reads.p50Ms), String(Math.max(s.soak.reads.p99Ms, s.soak.posts.p99Ms)), String(s.soak.reads.non2xx + s.soak.posts.non2xx), `${s.soak.rssAfterWarmupMiB} → ${s.soak.rssAtEndMiB}`, ""]] : []),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  if (config.extraSql) console.log(`\nwith BENCH_EXTRA_SQL: ${config.extraSql}`);
  console.log(`\n${machine.cores} cores · node ${machine.node} · PostgreSQL ${machine.postgres} · ${config.connections} connections · ${config.durationSec} s per scenario · ${machine.date}\n`);
  const busiest = Math.max(0, ...[...http.map(([, f]) => f), s.rawInsert].map((f) => f?.otherCpuPercent ?? 0));
  if (busiest > OTHER_CPU_WARNING) console.log(`WARNING: other processes used up to ${busiest} % of the CPU during a measurement; these figures are skewed.\n`);
  console.log(line(rows[0]!));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
  for (const [name, f] of bursts) {
    if (!f) continue;
    console.log(`\n${name}: answers ${Object.entries(f.answers).map(([status, n]) => `${status}×${n}`).join(", ")}; acknowledged ${f.acknowledged}, refused ${f.rejected}, stored ${f.persisted}, duplicates ${f.duplicates}, acknowledged but lost ${f.lostAcknowledged}, abandoned ${f.abandoned}`);
  }
  // Without the pages group the table has no row to put the statement counts on.
  if (statements && !http.some(([, f]) => f)) console.log(`\nSQL statements per request: ${JSON.stringify(statements)}`);
  if (s.firstLoadJs) console.log(`\nsection page first-load JS: ${s.firstLoadJs.scripts} scripts, ${(s.firstLoadJs.rawBytes / 1024).toFixed(1)} KiB, ${(s.firstLoadJs.gzipBytes / 1024).toFixed(1)} KiB gzipped`);
  if (s.rscPayload) console.log(`section page RSC payload: ${(s.rscPayload.bytes / 1024).toFixed(1)} KiB with ${s.rscPayload.posts} posts, ${s.rscPayload.bytesPerPost} bytes per post`);
  if (s.fault) {
    const { restart, reads, readsWhileDown, firstReadAfterBackS } = s.fault;
    console.log(`  PostgreSQL stopped at ${restart.startedAtS} s, back at ${restart.backAtS} s; page reads ${JSON.stringify(reads)} (asked for while it was down: ${JSON.stringify(readsWhileDown)}); first read answered 200 ${firstReadAfterBackS ?? "never"} s after it was back`);
  }
  if (Object.keys(ratios).length) {
    console.log("\nratios");
    for (const [name, value] of Object.entries(ratios)) console.log(`  ${name.padEnd(40)} ${value}`);
  }
  console.log("\ntargets");
  for (const t of targets) console.log(`  ${t.met ? "MET    " : "NOT MET"}  ${t.name}: ${t.value ?? "none"} (target ${t.target})`);
  console.log("");
}
