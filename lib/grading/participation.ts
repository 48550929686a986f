import "server-only";
import { db } from "@/lib/db";
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

type ScoredRow = Omit<ScoredPost, "status" | "words"> & { authorId: string; words: number | null; staleBody: string | null };

/**
 * Each student's published posts in the assignment, ready to score: one aggregate statement that
 * reads no bodies (the stored word counts; a row not yet backfilled sends its body to be counted)
 * and counts sources and classmates' replies with a GROUP BY each, not one lookup per post.
 */
export async function loadScoredPosts(assignmentId: string, classroomId: string, studentIds: string[]): Promise<Map<string, ScoredPost[]>> {
  const byStudent = new Map<string, ScoredPost[]>(studentIds.map((id) => [id, []]));
  if (studentIds.length === 0) return byStudent;
  const graded = rolesWith("view:own-grade");
  const rows = await db.$queryRaw<ScoredRow[]>`
    WITH received AS (
      -- Published replies from the class's students to someone else's post.
      SELECT r."parentId" AS id, count(*)::int AS n
      FROM "Post" r
      JOIN "Post" q ON q.id = r."parentId" AND q."authorId" <> r."authorId"
      JOIN "Membership" m ON m."userId" = r."authorId" AND m."classroomId" = ${classroomId} AND m.role::text = ANY(${graded})
      WHERE r."assignmentId" = ${assignmentId} AND r.status = 'PUBLISHED' AND r."parentId" IS NOT NULL
      GROUP BY r."parentId"
    ), sourced AS (
      SELECT s."postId" AS id, count(*)::int AS n
      FROM "PostSource" s JOIN "Post" q ON q.id = s."postId"
      WHERE q."assignmentId" = ${assignmentId}
      GROUP BY s."postId"
    )
    SELECT p."authorId" AS "authorId",
      p."parentId" IS NOT NULL AS "isReply",
      p."sectionId" AS "sectionId",
      CASE WHEN ${FRESH_WORDS} THEN p.words END AS words,
      CASE WHEN ${FRESH_WORDS} THEN NULL ELSE p.body END AS "staleBody",
      coalesce(parent."authorId" <> p."authorId", false) AS "repliesToClassmate",
      p."quoteStart" IS NOT NULL AS "quotesText",
      coalesce(sourced.n, 0) AS "sourceCount",
      p.stance IS NOT NULL AS "tookStance",
      coalesce(received.n, 0) AS "repliesReceived",
      p."teacherPick" AS "teacherPick",
      p."createdAt" AS "createdAt",
      p.late AS late
    FROM "Post" p
    LEFT JOIN "Post" parent ON parent.id = p."parentId"
    LEFT JOIN received ON received.id = p.id
    LEFT JOIN sourced ON sourced.id = p.id
    WHERE p."assignmentId" = ${assignmentId} AND p.status = 'PUBLISHED' AND p."authorId" = ANY(${studentIds})`;
  for (const { authorId, words, staleBody, ...post } of rows) {
    byStudent.get(authorId)!.push({ ...post, status: "PUBLISHED", words: words ?? countWords(staleBody ?? "") });
  }
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
