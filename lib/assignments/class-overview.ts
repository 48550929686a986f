import "server-only";
import { db } from "@/lib/db";
import { isStudent } from "@/lib/authz";
import { findAccess } from "@/lib/access";
import { loadAuthoredPosts } from "@/lib/assignments/progress";
import { assessProgress, describeProgress, STATUS_LABELS, type ProgressStatus } from "@/lib/assignments/requirements";
import { toCsv } from "@/lib/csv";

export type StudentProgressRow = {
  name: string;
  email: string;
  status: ProgressStatus;
  responses: number;
  replies: number;
  summary: string;
  late: boolean;
  answeredSections: number;
};

export type AssignmentOverview = {
  id: string;
  title: string;
  dueAt: string | null;
  opensAt: string;
  requirements: { minResponses: number; minReplies: number; minWords: number };
  sectionCount: number;
  counts: Record<ProgressStatus, number>;
  students: StudentProgressRow[];
};

export type ClassOverview = { classroom: { id: string; name: string }; assignments: AssignmentOverview[] };

/**
 * Per assignment, each student's status. For the class's teachers and TAs (who may see students'
 * names and emails); null for anyone else. Two queries: the class, then every student post in it.
 */
export async function getClassOverview(userId: string, classroomId: string, now: Date = new Date()): Promise<ClassOverview | null> {
  if (!(await findAccess(userId, { classroomId }, { permission: "view:roster" }))) return null;
  const classroom = await db.classroom.findUniqueOrThrow({
    where: { id: classroomId },
    select: {
      id: true,
      name: true,
      memberships: {
        orderBy: { user: { name: "asc" } },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      },
      assignments: {
        orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: {
          id: true,
          opensAt: true,
          dueAt: true,
          minResponses: true,
          minReplies: true,
          minWords: true,
          reading: { select: { title: true } },
          _count: { select: { sections: true } },
        },
      },
    },
  });
  const students = classroom.memberships.filter(({ role }) => isStudent(role)).map(({ user }) => user);
  const posts = await loadAuthoredPosts(
    classroom.assignments.map((a) => a.id),
    students.map((s) => s.id),
  );
  return {
    classroom: { id: classroom.id, name: classroom.name },
    assignments: classroom.assignments.map((assignment) => {
      const requirements = { minResponses: assignment.minResponses, minReplies: assignment.minReplies, minWords: assignment.minWords };
      const counts: Record<ProgressStatus, number> = { MET: 0, IN_PROGRESS: 0, NOT_STARTED: 0 };
      const rows = students.map((student) => {
        const progress = assessProgress(student.id, requirements, posts.get(assignment.id)?.get(student.id) ?? [], {
          dueAt: assignment.dueAt,
          now,
        });
        counts[progress.status] += 1;
        return {
          name: student.name,
          email: student.email,
          status: progress.status,
          responses: progress.responses.done,
          replies: progress.replies.done,
          summary: describeProgress(progress),
          late: progress.postedLate || progress.overdue,
          answeredSections: progress.answeredSectionIds.length,
        };
      });
      return {
        id: assignment.id,
        title: assignment.reading.title,
        opensAt: assignment.opensAt.toISOString(),
        dueAt: assignment.dueAt?.toISOString() ?? null,
        requirements,
        sectionCount: assignment._count.sections,
        counts,
        students: rows,
      };
    }),
  };
}

/** The overview as CSV: one row per assignment and student. */
export function overviewCsv(overview: ClassOverview): string {
  const header = ["Assignment", "Due (UTC)", "Student", "Email", "Status", "Responses", "Required responses", "Replies to classmates", "Required replies", "Sections answered", "Late"];
  const rows = overview.assignments.flatMap((assignment) =>
    assignment.students.map((student) => [
      assignment.title,
      assignment.dueAt ?? "",
      student.name,
      student.email,
      STATUS_LABELS[student.status],
      student.responses,
      assignment.requirements.minResponses,
      student.replies,
      assignment.requirements.minReplies,
      student.answeredSections,
      student.late ? "yes" : "no",
    ]),
  );
  return toCsv([header, ...rows]);
}
