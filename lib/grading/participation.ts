import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { rolesWith } from "@/lib/authz";
import { countWords } from "@/lib/assignments/words";
import { FRESH_WORDS } from "@/lib/markdown/stored-words";
import { cachedAssignmentData } from "@/lib/discussion/section-cache";
import { scoreParticipation, type ParticipationScore, type ScoreAssignment, type ScoredPost, type ScoreSettings } from "@/lib/grading/score";

// Feeds scoreParticipation() from the database: the class's students and every published post
// they wrote in the assignment, in two queries whatever the class's size or its posts' count.

export type GradedStudent = { id: string; name: string; email: string };

/** A class's students (the members who have grades), by name. */
export async function loadStudents(classroomId: string): Promise<GradedStudent[]> {
  const memberships = await db.membership.findMany({
    where: { classroomId, role: { in: rolesWith("view:own-grade") }, user: { deletedAt: null } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return memberships.map(({ user }) => user);
}

/** The assignment as the score function sees it: requirements, sections, due time and late policy. */
export async function loadScoreAssignment(assignmentId: string): Promise<ScoreAssignment> {
  const row = await db.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: { minResponses: true, minReplies: true, minWords: true, dueAt: true, latePolicy: true, sections: { select: { sectionId: true } } },
  });
  const { minResponses, minReplies, minWords, dueAt, latePolicy, sections } = row;
  return { requirements: { minResponses, minReplies, minWords }, sectionIds: sections.map((s) => s.sectionId), dueAt, latePolicy };
}

// One row per student, their posts packed as text, "flags,sectionId,words,sources,received,createdAtMs"
// joined by ";" (ids are cuids: no commas): PostgreSQL builds and the app parses that faster than
// rows and columns, or JSON, for a few thousand posts. A stale row has its id where the words go,
// and its body in staleBodies under that id.
const FLAG = { isReply: 1, repliesToClassmate: 2, quotesText: 4, tookStance: 8, teacherPick: 16, late: 32 } as const;
type PackedRow = { authorId: string; posts: string; staleBodies: Record<string, string> | null };

/**
 * The statement behind loadScoredPosts: per published post of the students, what ScoredPost needs.
 * The assignment's posts are read once, without their bodies (`posts`, by the assignmentId index);
 * classmates' replies and sources are counted by hash aggregates over them, never one lookup per
 * post. Only a stale row's body is fetched (its stored word count predates the renderer: it is
 * counted in JS, as postWords does).
 */
export function scoredPostsSql(assignmentId: string, classroomId: string, studentIds: string[]): Prisma.Sql {
  return Prisma.sql`
    WITH posts AS MATERIALIZED (
      SELECT id, "authorId", "parentId", status, "sectionId", words, "bodyHtmlVersion", "quoteStart", stance, "teacherPick", "createdAt", late
      FROM "Post" WHERE "assignmentId" = ${assignmentId}
    ), received AS (
      -- Published replies from the class's students to someone else's post.
      SELECT r."parentId" AS id, count(*)::int AS n
      FROM posts r JOIN posts q ON q.id = r."parentId"
      WHERE r.status = 'PUBLISHED' AND r."authorId" <> q."authorId"
        AND r."authorId" IN (SELECT "userId" FROM "Membership" WHERE "classroomId" = ${classroomId} AND role::text = ANY(${rolesWith("view:own-grade")}))
      GROUP BY r."parentId"
    ), sourced AS (
      SELECT s."postId" AS id, count(*)::int AS n FROM "PostSource" s WHERE s."postId" IN (SELECT id FROM posts) GROUP BY s."postId"
    )
    SELECT p."authorId" AS "authorId",
      string_agg(concat_ws(',',
        (p."parentId" IS NOT NULL)::int * ${FLAG.isReply}
          + coalesce(parent."authorId" <> p."authorId", false)::int * ${FLAG.repliesToClassmate}
          + (p."quoteStart" IS NOT NULL)::int * ${FLAG.quotesText}
          + (p.stance IS NOT NULL)::int * ${FLAG.tookStance}
          + p."teacherPick"::int * ${FLAG.teacherPick}
          + p.late::int * ${FLAG.late},
        p."sectionId",
        CASE WHEN ${FRESH_WORDS} THEN p.words::text ELSE p.id END,
        coalesce(sourced.n, 0),
        coalesce(received.n, 0),
        floor(extract(epoch FROM p."createdAt") * 1000)::bigint
      ), ';') AS posts,
      json_object_agg(p.id, (SELECT body FROM "Post" b WHERE b.id = p.id)) FILTER (WHERE NOT ${FRESH_WORDS}) AS "staleBodies"
    FROM posts p
    LEFT JOIN posts parent ON parent.id = p."parentId"
    LEFT JOIN received ON received.id = p.id
    LEFT JOIN sourced ON sourced.id = p.id
    WHERE p.status = 'PUBLISHED' AND p."authorId" = ANY(${studentIds})
    GROUP BY p."authorId"`;
}

function unpack({ posts, staleBodies }: PackedRow): ScoredPost[] {
  return posts.split(";").map((packed) => {
    const [flags, sectionId, words, sourceCount, repliesReceived, createdAtMs] = packed.split(",") as [string, string, string, string, string, string];
    const has = (flag: number) => (Number(flags) & flag) !== 0;
    return {
      isReply: has(FLAG.isReply),
      sectionId,
      status: "PUBLISHED",
      words: staleBodies && Object.hasOwn(staleBodies, words) ? countWords(staleBodies[words]!) : Number(words),
      repliesToClassmate: has(FLAG.repliesToClassmate),
      quotesText: has(FLAG.quotesText),
      sourceCount: Number(sourceCount),
      tookStance: has(FLAG.tookStance),
      repliesReceived: Number(repliesReceived),
      teacherPick: has(FLAG.teacherPick),
      createdAt: new Date(Number(createdAtMs)),
      late: has(FLAG.late),
    };
  });
}

/** Each student's published posts in the assignment, ready to score: one statement (scoredPostsSql). */
export async function loadScoredPosts(assignmentId: string, classroomId: string, studentIds: string[]): Promise<Map<string, ScoredPost[]>> {
  const byStudent = new Map<string, ScoredPost[]>(studentIds.map((id) => [id, []]));
  if (studentIds.length === 0) return byStudent;
  const rows = await db.$queryRaw<PackedRow[]>(scoredPostsSql(assignmentId, classroomId, studentIds));
  for (const row of rows) byStudent.set(row.authorId, unpack(row));
  return byStudent;
}

// loadScoredPosts, kept per instance until the assignment's posts change (ADR 0017). The students
// are part of the key: they decide who is a classmate.
function cachedScoredPosts(assignmentId: string, classroomId: string, studentIds: string[]): Promise<Map<string, ScoredPost[]>> {
  return cachedAssignmentData("scored-posts", assignmentId, `${classroomId}|${studentIds.join(",")}`, () => loadScoredPosts(assignmentId, classroomId, studentIds));
}

/** Every student's participation score under `settings` (saved or proposed). */
export async function scoreClass(
  assignmentId: string,
  classroomId: string,
  students: Pick<GradedStudent, "id">[],
  settings: ScoreSettings,
): Promise<Map<string, ParticipationScore>> {
  const [assignment, posts] = await Promise.all([loadScoreAssignment(assignmentId), cachedScoredPosts(assignmentId, classroomId, students.map((s) => s.id))]);
  return new Map(students.map((student) => [student.id, scoreParticipation(assignment, settings, posts.get(student.id) ?? [])]));
}
