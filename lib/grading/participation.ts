import "server-only";
import { db } from "@/lib/db";
import { rolesWith } from "@/lib/authz";
import { countWords } from "@/lib/assignments/words";
import { scoreParticipation, type ParticipationScore, type ScoreAssignment, type ScoredPost, type ScoreSettings } from "@/lib/grading/score";

// Feeds scoreParticipation() from the database: the class's students and every published post
// they wrote in the assignment, in two queries whatever the class's size.

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

/** Each student's published posts in the assignment, ready to score. */
export async function loadScoredPosts(assignmentId: string, classroomId: string, studentIds: string[]): Promise<Map<string, ScoredPost[]>> {
  const byStudent = new Map<string, ScoredPost[]>(studentIds.map((id) => [id, []]));
  if (studentIds.length === 0) return byStudent;
  const posts = await db.post.findMany({
    where: { assignmentId, authorId: { in: studentIds }, status: "PUBLISHED" },
    select: {
      authorId: true,
      sectionId: true,
      status: true,
      parentId: true,
      body: true,
      quoteStart: true,
      stance: true,
      teacherPick: true,
      createdAt: true,
      late: true,
      parent: { select: { authorId: true } },
      // Replies from classmates: the class's students, the author aside (filtered below).
      replies: { where: { status: "PUBLISHED", author: { memberships: { some: { classroomId, role: { in: rolesWith("view:own-grade") } } } } }, select: { authorId: true } },
      _count: { select: { sources: true } },
    },
  });
  for (const post of posts) {
    byStudent.get(post.authorId)!.push({
      isReply: post.parentId !== null,
      sectionId: post.sectionId,
      status: post.status,
      words: countWords(post.body),
      repliesToClassmate: post.parent !== null && post.parent.authorId !== post.authorId,
      quotesText: post.quoteStart !== null,
      sourceCount: post._count.sources,
      tookStance: post.stance !== null,
      repliesReceived: post.replies.filter((reply) => reply.authorId !== post.authorId).length,
      teacherPick: post.teacherPick,
      createdAt: post.createdAt,
      late: post.late,
    });
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
