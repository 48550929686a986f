import "server-only";
import { db } from "@/lib/db";
import { countWords } from "@/lib/assignments/words";
import { FRESH_WORDS } from "@/lib/markdown/stored-words";
import { DEFAULT_TIME_ZONE } from "@/lib/time";

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

export type SectionCount = { sectionId: string; responses: number; replies: number };

type ActivityRow = AuthorActivity & { sectionId: string; staleBodies: string[] };

// Grouped by author and section in one scan, then summed here both ways: per author for the table,
// per section for the chart. Words are the stored counts (Post.words, countWords at write time),
// summed in the database; the few rows not yet backfilled send their bodies to be counted here, as
// postWords would.
export async function loadActivity(assignmentId: string): Promise<{ byAuthor: AuthorActivity[]; bySection: SectionCount[] }> {
  const rows = await db.$queryRaw<ActivityRow[]>`
    SELECT p."authorId" AS "authorId", p."sectionId" AS "sectionId",
      count(*) FILTER (WHERE p."parentId" IS NULL)::int AS responses,
      count(*) FILTER (WHERE p."parentId" IS NOT NULL)::int AS replies,
      coalesce(sum(p.words) FILTER (WHERE ${FRESH_WORDS}), 0)::int AS words,
      -- A scalar read, so the bodies of fresh rows are not carried through the aggregate.
      coalesce(array_agg((SELECT b.body FROM "Post" b WHERE b.id = p.id)) FILTER (WHERE NOT ${FRESH_WORDS}), '{}') AS "staleBodies",
      count(*) FILTER (WHERE p."quoteStart" IS NOT NULL)::int AS quotes,
      coalesce(sum(sourced.n), 0)::int AS sources,
      max(coalesce(p."editedAt", p."createdAt")) AS "lastActive"
    FROM "Post" p
    -- Sources counted per post by one hash aggregate, not one lookup per post.
    LEFT JOIN (
      SELECT s."postId", count(*) AS n FROM "PostSource" s JOIN "Post" q ON q.id = s."postId"
      WHERE q."assignmentId" = ${assignmentId} GROUP BY s."postId"
    ) sourced ON sourced."postId" = p.id
    WHERE p."assignmentId" = ${assignmentId} AND p.status = 'PUBLISHED'
    GROUP BY p."authorId", p."sectionId"`;
  const byAuthor = new Map<string, AuthorActivity>();
  const bySection = new Map<string, SectionCount>();
  for (const { sectionId, staleBodies, ...row } of rows) {
    const words = staleBodies.reduce((sum, body) => sum + countWords(body), row.words);
    const author = byAuthor.get(row.authorId);
    byAuthor.set(
      row.authorId,
      author
        ? {
            ...author,
            responses: author.responses + row.responses,
            replies: author.replies + row.replies,
            words: author.words + words,
            quotes: author.quotes + row.quotes,
            sources: author.sources + row.sources,
            lastActive: author.lastActive > row.lastActive ? author.lastActive : row.lastActive,
          }
        : { ...row, words },
    );
    const section = bySection.get(sectionId) ?? { sectionId, responses: 0, replies: 0 };
    bySection.set(sectionId, { sectionId, responses: section.responses + row.responses, replies: section.replies + row.replies });
  }
  return { byAuthor: [...byAuthor.values()], bySection: [...bySection.values()] };
}

/** Published replies from one author to another's post: the interaction network's edges. */
export type ReplyEdge = { from: string; to: string; count: number };

export function loadReplyEdges(assignmentId: string): Promise<ReplyEdge[]> {
  return db.$queryRaw<ReplyEdge[]>`
    SELECT r."authorId" AS "from", p."authorId" AS "to", count(*)::int AS count
    FROM "Post" r JOIN "Post" p ON p.id = r."parentId" AND p."assignmentId" = ${assignmentId}
    WHERE r."assignmentId" = ${assignmentId} AND r.status = 'PUBLISHED'
    GROUP BY r."authorId", p."authorId"`;
}

/** Posts per hour in the viewer's time zone ("2026-12-02T09"). */
export type HourCount = { hour: string; responses: number; replies: number };

// The dashboard passes a zone checked with isTimeZone, but PostgreSQL's zone database is not the
// browser's (it may lag, or name zones differently) and AT TIME ZONE throws on a name it does not
// know: then the hours are UTC's, not a 500.
export async function loadPostsPerHour(assignmentId: string, timeZone: string): Promise<HourCount[]> {
  try {
    return await postsPerHourIn(assignmentId, timeZone);
  } catch (error) {
    if (timeZone === DEFAULT_TIME_ZONE) throw error;
    return postsPerHourIn(assignmentId, DEFAULT_TIME_ZONE);
  }
}

// Grouped by the hour first, so the text is formatted once per hour rather than once per post.
function postsPerHourIn(assignmentId: string, timeZone: string): Promise<HourCount[]> {
  return db.$queryRaw<HourCount[]>`
    SELECT to_char(h.hour, 'YYYY-MM-DD"T"HH24') AS hour, h.responses, h.replies
    FROM (
      SELECT date_trunc('hour', p."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone}) AS hour,
        count(*) FILTER (WHERE p."parentId" IS NULL)::int AS responses,
        count(*) FILTER (WHERE p."parentId" IS NOT NULL)::int AS replies
      FROM "Post" p
      WHERE p."assignmentId" = ${assignmentId} AND p.status = 'PUBLISHED'
      GROUP BY 1
    ) h
    ORDER BY h.hour`;
}
