import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { rolesWith } from "@/lib/authz";
import { countWords } from "@/lib/assignments/words";
import { FRESH_WORDS } from "@/lib/markdown/stored-words";
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

// One row per student, their posts as a JSON array of tuples (a few thousand posts parse far faster
// as one JSON value than as rows and columns): see scoredPostsSql's json_build_array for the order.
type Tuple = [isReply: boolean, sectionId: string, words: number | null, staleBody: string | null, repliesToClassmate: boolean, quotesText: boolean, sourceCount: number, tookStance: boolean, repliesReceived: number, teacherPick: boolean, createdAtMs: number, late: boolean];

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
    SELECT p."authorId" AS "authorId", json_agg(json_build_array(
      p."parentId" IS NOT NULL,
      p."sectionId",
      CASE WHEN ${FRESH_WORDS} THEN p.words END,
      CASE WHEN ${FRESH_WORDS} THEN NULL ELSE (SELECT body FROM "Post" b WHERE b.id = p.id) END,
      coalesce(parent."authorId" <> p."authorId", false),
      p."quoteStart" IS NOT NULL,
      coalesce(sourced.n, 0),
      p.stance IS NOT NULL,
      coalesce(received.n, 0),
      p."teacherPick",
      floor(extract(epoch FROM p."createdAt") * 1000),
      p.late
    )) AS posts
    FROM posts p
    LEFT JOIN posts parent ON parent.id = p."parentId"
    LEFT JOIN received ON received.id = p.id
    LEFT JOIN sourced ON sourced.id = p.id
    WHERE p.status = 'PUBLISHED' AND p."authorId" = ANY(${studentIds})
    GROUP BY p."authorId"`;
}

const scoredPost = ([isReply, sectionId, words, staleBody, repliesToClassmate, quotesText, sourceCount, tookStance, repliesReceived, teacherPick, createdAtMs, late]: Tuple): ScoredPost => ({
  isReply,
  sectionId,
  status: "PUBLISHED",
  words: words ?? countWords(staleBody ?? ""),
  repliesToClassmate,
  quotesText,
  sourceCount,
  tookStance,
  repliesReceived,
  teacherPick,
  createdAt: new Date(createdAtMs),
  late,
});

/** Each student's published posts in the assignment, ready to score: one statement (scoredPostsSql). */
export async function loadScoredPosts(assignmentId: string, classroomId: string, studentIds: string[]): Promise<Map<string, ScoredPost[]>> {
  const byStudent = new Map<string, ScoredPost[]>(studentIds.map((id) => [id, []]));
  if (studentIds.length === 0) return byStudent;
  const rows = await db.$queryRaw<{ authorId: string; posts: Tuple[] }[]>(scoredPostsSql(assignmentId, classroomId, studentIds));
  for (const { authorId, posts } of rows) byStudent.set(authorId, posts.map(scoredPost));
  return byStudent;
}

/** Every student's participation score under `settings` (saved or proposed). */
export async function scoreClass(
  assignmentId: string,
  classroomId: string,
  students: Pick<GradedStudent, "id">[],
  settings: ScoreSettings,
): Promise<Map<string, ParticipationScore>> {
  const [assignment, posts] = await Promise.all([loadScoreAssignment(assignmentId), loadScoredPosts(assignmentId, classroomId, students.map((s) => s.id))]);
  return new Map(students.map((student) => [student.id, scoreParticipation(assignment, settings, posts.get(student.id) ?? [])]));
}
