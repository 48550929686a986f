import "server-only";
import { db } from "@/lib/db";
import { STUDENT_ROLE } from "@/lib/authz";
import { loadAuthoredPosts } from "@/lib/assignments/progress";
import { assessProgress, describeProgress, termsSelect, type Progress } from "@/lib/assignments/requirements";
import { assignmentPhase, type WindowPhase } from "@/lib/assignments/window";

export type MyAssignment = {
  id: string;
  title: string;
  classroom: { id: string; name: string };
  dueAt: string | null;
  phase: WindowPhase;
  progress: Progress;
  summary: string;
  sectionCount: number;
};

/**
 * A student's assignments across their classes (archived classes and assignments left out), open ones only, soonest due
 * first (no due time last). Two queries in all: assignments, then every post of theirs in them.
 */
export async function listMyAssignments(userId: string, now: Date = new Date()): Promise<MyAssignment[]> {
  const assignments = await db.assignment.findMany({
    where: {
      opensAt: { lte: now },
      archivedAt: null,
      classroom: { archivedAt: null, memberships: { some: { userId, role: STUDENT_ROLE } } },
    },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { opensAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      ...termsSelect,
      reading: { select: { title: true } },
      classroom: { select: { id: true, name: true } },
      _count: { select: { sections: true } },
    },
  });
  const posts = await loadAuthoredPosts(
    assignments.map((a) => a.id),
    [userId],
  );
  return assignments.map((assignment) => {
    const progress = assessProgress(userId, assignment, posts.get(assignment.id)?.get(userId) ?? [], { dueAt: assignment.dueAt, now });
    return {
      id: assignment.id,
      title: assignment.reading.title,
      classroom: assignment.classroom,
      dueAt: assignment.dueAt?.toISOString() ?? null,
      phase: assignmentPhase(assignment, now),
      progress,
      summary: describeProgress(progress),
      sectionCount: assignment._count.sections,
    };
  });
}
