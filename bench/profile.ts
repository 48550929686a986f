// `node --import tsx bench/profile.ts [page…]`: a CPU profile of the production server while
// autocannon hits one page, to see where a page's time goes before cutting it. Seeds like the bench
// (10,000 posts in section 1), starts `next start`, loads each page named (section,
// debate, empty (a section with no posts), signin, dashboard, grading (PROFILE_AS=teacher), changes (the live delta read), or a path; default section), prints the server's
// CPU time per request (PROFILE=0: only that) while profiling (bench/profile-preload.mjs, toggled
// with SIGUSR2 around each measured load) and prints the functions with the most self and inclusive time. Knobs: BENCH_DURATION (s, default 15),
// PROFILE_DIR (default /tmp/margin-profile). Needs an existing `next build`.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { freshDatabase } from "./database";
import { httpLoad } from "./load";
import { processCpuMs } from "./cpu";
import { seedBench } from "./seed";
import { renderStalePosts } from "../scripts/db/render-posts";
import { BENCH_AUTH_SECRET, signIn, startServer } from "./server";
import { summarizeProfile } from "./profile-summary";

const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const DIR = process.env.PROFILE_DIR ?? "/tmp/margin-profile";
const sleepMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[profile] ${message}`);

async function main() {
  const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["section"];
  const database = await freshDatabase(log);
  try {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    const seeded = await seedBench(prisma, [
      { position: 1, heading: "Section A (large)", posts: 10_000 },
      { position: 2, heading: "Section B (empty)", posts: 0 },
    ])
      .then(async (seeded) => ({ ...seeded, rendered: await renderStalePosts(prisma) }))
      .finally(() => prisma.$disconnect());
    fs.rmSync(DIR, { recursive: true, force: true });
    fs.mkdirSync(DIR, { recursive: true });
    const server = await startServer({
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: BENCH_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production",
      PROFILE_DIR: DIR,
      NODE_OPTIONS: `--import ${pathToFileURL(path.join(import.meta.dirname, "profile-preload.mjs")).href}`,
    });
    try {
      // PROFILE_AS=teacher: the teacher's pages (dashboard, grading) need the class's teacher.
      const viewer = process.env.PROFILE_AS === "teacher" ? seeded.teacher : seeded.student;
      const cookie = await signIn(server.url, viewer.email, viewer.password);
      const section = `/assignments/${seeded.assignmentId}/sections/1`;
      const paths: Record<string, string> = {
        section,
        debate: `${section}/debate`,
        empty: section.replace(/1$/, "2"),
        signin: "/signin",
        dashboard: `/assignments/${seeded.assignmentId}/dashboard`,
        grading: `/assignments/${seeded.assignmentId}/grading`,
        // The live delta read every open section page makes after an event, when nothing else
        // changed: the read looks OVERLAP_MS (10 s) behind its cursor, so the cursor is a minute ahead.
        changes: `/api${section}/changes?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
      };
      for (const page of pages) {
        const url = server.url + (paths[page] ?? page);
        // The page itself, as HTML and as the RSC payload, to read what it sends.
        for (const [suffix, extra] of [["html", {}], ["rsc", { RSC: "1" }]] as const) {
          const body = await (await fetch(url, { headers: { cookie, ...extra } })).text();
          fs.writeFileSync(path.join(DIR, `${page.replace(/\W+/g, "_")}.${suffix}`), body);
          log(`${page}: ${suffix} ${body.length} chars`);
        }
        await httpLoad({ url, headers: { cookie }, connections: 20, durationSec: 3 });
        // CPU per request from /proc, not req/s: on a shared machine, it is what this server spent.
        const before = processCpuMs(server.serverPid());
        const measured = await httpLoad({ url, headers: { cookie }, connections: 20, durationSec: DURATION });
        const cpuPerRequest = (processCpuMs(server.serverPid()) - before) / measured.requests;
        log(`${page}: ${measured.requestsPerSec} req/s, ${cpuPerRequest.toFixed(1)} ms CPU per request, p50 ${measured.p50Ms} ms, codes ${JSON.stringify(measured.statusCodes)}`);
        if (process.env.PROFILE === "0") continue;
        process.kill(server.serverPid(), "SIGUSR2");
        await httpLoad({ url, headers: { cookie }, connections: 20, durationSec: DURATION });
        process.kill(server.serverPid(), "SIGUSR2");
        await sleepMs(2_000);
        fs.renameSync(path.join(DIR, `${server.serverPid()}.cpuprofile`), path.join(DIR, `${page.replace(/\W+/g, "_")}.cpuprofile`));
      }
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
  for (const page of process.env.PROFILE === "0" ? [] : pages) {
    const file = path.join(DIR, `${page.replace(/\W+/g, "_")}.cpuprofile`);
    log(`${page}: ${file}`);
    console.log(summarizeProfile(JSON.parse(fs.readFileSync(file, "utf8"))));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
