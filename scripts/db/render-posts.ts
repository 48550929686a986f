import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { RENDERER_VERSION, renderedBody } from "../../lib/markdown/render";
import { runIfMain, withProjectDatabase } from "./cli";

// `npm run db:render-posts`: stores the HTML and word count of every post the current renderer has not made
// (rows from before bodyHtml existed, or from an older RENDERER_VERSION). Only stale rows are
// read, so running it again (as `npm start` does at every start) costs one empty query.

const BATCH = 500;

/** Re-renders stale posts in batches by id; returns how many it stored. */
export async function renderStalePosts(prisma: PrismaClient, batchSize = BATCH): Promise<number> {
  const stale = { OR: [{ bodyHtmlVersion: null }, { bodyHtmlVersion: { lt: RENDERER_VERSION } }] };
  let after = "";
  let rendered = 0;
  for (;;) {
    const rows = await prisma.post.findMany({ where: { ...stale, id: { gt: after } }, orderBy: { id: "asc" }, take: batchSize, select: { id: true, body: true } });
    if (rows.length === 0) return rendered;
    // Matching the body read: a post edited meanwhile already has its new text's HTML.
    const updates = rows.map((row) =>
      prisma.post.updateMany({ where: { id: row.id, body: row.body }, data: renderedBody(row.body) }),
    );
    rendered += (await prisma.$transaction(updates)).reduce((sum, { count }) => sum + count, 0);
    after = rows[rows.length - 1]!.id;
  }
}

/** Opens its own client on `databaseUrl`: for scripts/start.ts and this command. */
export async function renderStalePostsAt(databaseUrl: string): Promise<number> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return await renderStalePosts(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

runIfMain(import.meta.url, () =>
  withProjectDatabase(async (databaseUrl) => {
    const count = await renderStalePostsAt(databaseUrl);
    console.log(`rendered ${count} post(s) with renderer version ${RENDERER_VERSION}`);
  }),
);
