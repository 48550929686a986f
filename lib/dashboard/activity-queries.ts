import "server-only";
import { db } from "@/lib/db";
import { countWords } from "@/lib/assignments/words";
import { FRESH_WORDS } from "@/lib/markdown/stored-words";

// The dashboard's aggregates, each one GROUP BY statement in PostgreSQL whatever the class size.
// Only published posts count: what the class can read is what the discussion was.

export type AuthorActivity = {
  authorId: string;
  responses: number;
  replies: number;
  words: number;
  quotes: number;
  sources: number;
  lastActive: Date;
};

type ActivityRow = AuthorActivity & { staleBodies: string[] };

// Words are the stored counts (Post.words, countWords at write time), summed in the database; the
// few rows not yet backfilled send their bodies to be counted here, as postWords would.
export async function loadAuthorActivity(assignmentId: string): Promise<AuthorActivity[]> {
  const rows = await db.$queryRaw<ActivityRow[]>`
    SELECT p."authorId" AS "authorId",
      count(*) FILTER (WHERE p."parentId" IS NULL)::int AS responses,
      count(*) FILTER (WHERE p."parentId" IS NOT NULL)::int AS replies,
      coalesce(sum(p.words) FILTER (WHERE ${FRESH_WORDS}), 0)::int AS words,
      coalesce(array_agg(p.body) FILTER (WHERE NOT ${FRESH_WORDS}), '{}') AS "staleBodies",
      count(*) FILTER (WHERE p."quoteStart" IS NOT NULL)::int AS quotes,
      coalesce(sum((SELECT count(*) FROM "PostSource" s WHERE s."postId" = p.id)), 0)::int AS sources,
      max(coalesce(p."editedAt", p."createdAt")) AS "lastActive"
    FROM "Post" p
    WHERE p."assignmentId" = ${assignmentId} AND p.status = 'PUBLISHED'
    GROUP BY p."authorId"`;
  return rows.map(({ staleBodies, words, ...row }) => ({ ...row, words: staleBodies.reduce((sum, body) => sum + countWords(body), words) }));
}

/** Published replies from one author to another's post: the interaction network's edges. */
export type ReplyEdge = { from: string; to: string; count: number };

export function loadReplyEdges(assignmentId: string): Promise<ReplyEdge[]> {
  return db.$queryRaw<ReplyEdge[]>`
    SELECT r."authorId" AS "from", p."authorId" AS "to", count(*)::int AS count
    FROM "Post" r JOIN "Post" p ON p.id = r."parentId"
    WHERE r."assignmentId" = ${assignmentId} AND r.status = 'PUBLISHED'
    GROUP BY r."authorId", p."authorId"`;
}

/** Posts per hour in the viewer's time zone ("2026-12-02T09"). */
export type HourCount = { hour: string; responses: number; replies: number };

export function loadPostsPerHour(assignmentId: string, timeZone: string): Promise<HourCount[]> {
  return db.$queryRaw<HourCount[]>`
    SELECT to_char(date_trunc('hour', p."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone}), 'YYYY-MM-DD"T"HH24') AS hour,
      count(*) FILTER (WHERE p."parentId" IS NULL)::int AS responses,
      count(*) FILTER (WHERE p."parentId" IS NOT NULL)::int AS replies
    FROM "Post" p
    WHERE p."assignmentId" = ${assignmentId} AND p.status = 'PUBLISHED'
    GROUP BY 1 ORDER BY 1`;
}

export type SectionCount = { sectionId: string; responses: number; replies: number };

export function loadPostsPerSection(assignmentId: string): Promise<SectionCount[]> {
  return db.$queryRaw<SectionCount[]>`
    SELECT p."sectionId" AS "sectionId",
      count(*) FILTER (WHERE p."parentId" IS NULL)::int AS responses,
      count(*) FILTER (WHERE p."parentId" IS NOT NULL)::int AS replies
    FROM "Post" p
    WHERE p."assignmentId" = ${assignmentId} AND p.status = 'PUBLISHED'
    GROUP BY p."sectionId"`;
}
