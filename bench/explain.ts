// `npx tsx --conditions=react-server bench/explain.ts`: seeds the bench data in a fresh database, runs
// the real page code with Prisma's query log on, and prints EXPLAIN (ANALYZE, BUFFERS) of every SQL
// statement it issued, for the large and the small section: the section page (getSectionView), the
// debate view (getDebateView) and the section page with A's most quoted passage opened.
// BENCH_EXPLAIN=section,debate,passage picks views (default all).
// BENCH_EXTRA_SQL (e.g. a CREATE INDEX) is applied after seeding, to try a fix before migrating it.
// --conditions=react-server lets lib/ modules that import "server-only" load outside Next.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { freshDatabase } from "./database";
import { seedBench } from "./seed";

const BIG = Number(process.env.BENCH_POSTS ?? 10_000);
const REPEAT = 20;

async function main() {
  const database = await freshDatabase((m) => console.log(`[explain] ${m}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: "event", level: "query" }] });
  const client = new pg.Client({ connectionString: database.url });
  try {
    const seeded = await seedBench(prisma, [
      { position: 1, heading: "Section A (large)", posts: BIG },
      { position: 2, heading: "Section B (small)", posts: 100 },
    ]);
    // Try a fix without touching prisma/: BENCH_EXTRA_SQL="CREATE INDEX …; …" runs after seeding.
    await client.connect();
    if (process.env.BENCH_EXTRA_SQL) {
      await client.query(process.env.BENCH_EXTRA_SQL);
      await client.query('VACUUM ANALYZE "Post"');
      console.log(`[explain] applied BENCH_EXTRA_SQL: ${process.env.BENCH_EXTRA_SQL}`);
    }
    // lib/db.ts reuses globalThis.prisma: hand it this logging client before lib/ loads.
    (globalThis as unknown as { prisma: PrismaClient }).prisma = prisma;
    process.env.DATABASE_URL = database.url;
    const { getSectionView } = await import("../lib/sections/section-view");
    const { getDebateView } = await import("../lib/debate/debate-view");
    const passage = seeded.sections[0]!.debate.mostQuoted;
    if (!passage) throw new Error("section A has no quotes");
    const student = await prisma.user.findUniqueOrThrow({ where: { email: seeded.student.email }, select: { id: true } });

    const captured: { query: string; params: string; duration: number }[] = [];
    prisma.$on("query", (event) => captured.push({ query: event.query, params: event.params, duration: event.duration }));

    // The section view may hand the response page over as a promise (streamed): include it.
    const views = {
      section: async (position: number) => {
        await (await getSectionView(student.id, seeded.assignmentId, position))?.page;
      },
      debate: async (position: number) => {
        await getDebateView(student.id, seeded.assignmentId, position);
      },
      passage: async (position: number) => {
        await (await getSectionView(student.id, seeded.assignmentId, position, { passage }))?.page;
      },
    };
    const chosen = (process.env.BENCH_EXPLAIN ?? Object.keys(views).join(",")).split(",") as (keyof typeof views)[];
    for (const [name, fullView] of Object.entries(views).filter(([view]) => chosen.includes(view as keyof typeof views))) {
      for (const section of seeded.sections) {
        // Warm, then time the whole view, then capture one run's SQL.
        for (let i = 0; i < 3; i++) await fullView(section.position);
        const started = performance.now();
        for (let i = 0; i < REPEAT; i++) await fullView(section.position);
        const perView = (performance.now() - started) / REPEAT;
        captured.length = 0;
        await fullView(section.position);
        console.log(`\n=== ${name} view, section ${section.position}: ${section.posts} posts; ${perView.toFixed(1)} ms (mean of ${REPEAT}) ===`);
        for (const { query, params } of [...captured]) {
          if (!/^\s*SELECT/i.test(query)) continue;
          const values = JSON.parse(params) as unknown[];
          const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, values);
          console.log(`\n${query}\n  params ${params}`);
          for (const row of rows) console.log(`  ${row["QUERY PLAN"]}`);
        }
      }
    }
  } finally {
    await client.end().catch(() => undefined);
    await prisma.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
