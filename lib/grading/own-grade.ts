import "server-only";
import { db } from "@/lib/db";
import { findAccess } from "@/lib/access";
import { loadGradingConfig } from "@/lib/grading/config";
import { scoreClass } from "@/lib/grading/participation";
import { buildGrade } from "@/lib/grading/grades";
import type { ParticipationScore } from "@/lib/grading/score";
import type { GradeTotal } from "@/lib/grading/total";

// What a student sees of their own grade: nothing before the teacher releases the assignment's
// grades, then their score, its breakdown, the rubric and the feedback; never anyone else's.

export type OwnGrade = {
  total: GradeTotal;
  participation: ParticipationScore | null;
  overrideReason: string | null;
  feedback: string | null;
  releasedAt: string;
  /** Set when the teacher changed the grade after releasing it. */
  updatedAt: string | null;
};

export async function getOwnGrade(userId: string, assignmentId: string): Promise<OwnGrade | null> {
  const access = await findAccess(userId, { assignmentId }, { permission: "view:own-grade" });
  if (!access) return null;
  const config = await loadGradingConfig(assignmentId);
  if (!config.releasedAt) return null;
  const [row, scores] = await Promise.all([
    db.grade.findUnique({
      where: { assignmentId_studentId: { assignmentId, studentId: userId } },
      select: { studentId: true, rubricLevels: true, overridePoints: true, overrideReason: true, feedback: true, gradedAt: true },
    }),
    config.participation ? scoreClass(assignmentId, access.classroom.id, [{ id: userId }], config.settings) : null,
  ]);
  const grade = buildGrade({ id: userId, name: "", email: "" }, config, scores?.get(userId) ?? null, row ?? undefined);
  if (grade.total.total === null && !grade.feedback) return null;
  return {
    total: grade.total,
    participation: grade.participation,
    overrideReason: grade.total.overridden ? grade.overrideReason : null,
    feedback: grade.feedback,
    releasedAt: config.releasedAt.toISOString(),
    updatedAt: grade.gradedAt && grade.gradedAt > config.releasedAt ? grade.gradedAt.toISOString() : null,
  };
}
