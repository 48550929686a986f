import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { findAccess, requireAccess } from "@/lib/access";
import { rolesWith } from "@/lib/authz";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/record-audit";
import { loadGradingConfig, type GradingConfig } from "@/lib/grading/config";
import { loadStudents, scoreClass, type GradedStudent } from "@/lib/grading/participation";
import { formatPoints, type ParticipationScore } from "@/lib/grading/score";
import { gradeTotal, type GradeTotal } from "@/lib/grading/total";
import { GradeInput, ReleaseInput } from "@/lib/grading/schemas";

// Grades per (assignment, student): computed parts, the teacher's rubric choices, override and
// feedback. Every change is audited in the same transaction.

export type StudentGrade = {
  student: GradedStudent;
  participation: ParticipationScore | null;
  total: GradeTotal;
  levels: (number | null)[];
  overrideReason: string | null;
  feedback: string | null;
  gradedAt: Date | null;
};

type GradeRow = { studentId: string; rubricLevels: unknown; overridePoints: number | null; overrideReason: string | null; feedback: string | null; gradedAt: Date };

const gradeSelect = { studentId: true, rubricLevels: true, overridePoints: true, overrideReason: true, feedback: true, gradedAt: true } as const;

function storedLevels(value: unknown): (number | null)[] {
  return Array.isArray(value) ? value.map((level) => (typeof level === "number" ? level : null)) : [];
}

export function buildGrade(student: GradedStudent, config: GradingConfig, participation: ParticipationScore | null, row: GradeRow | undefined): StudentGrade {
  const levels = storedLevels(row?.rubricLevels);
  return {
    student,
    participation: config.participation ? participation : null,
    total: gradeTotal({ participation: config.participation ? participation : null, rubric: config.rubric?.criteria ?? null, levels, overridePoints: row?.overridePoints ?? null }),
    levels,
    overrideReason: row?.overrideReason ?? null,
    feedback: row?.feedback ?? null,
    gradedAt: row?.gradedAt ?? null,
  };
}

/** Every student's grade in the assignment, by name: three queries plus the scores' two. */
export async function loadClassGrades(assignmentId: string, classroomId: string): Promise<{ config: GradingConfig; grades: StudentGrade[] }> {
  const [config, students, rows] = await Promise.all([
    loadGradingConfig(assignmentId),
    loadStudents(classroomId),
    db.grade.findMany({ where: { assignmentId }, select: gradeSelect }),
  ]);
  const scores = config.participation ? await scoreClass(assignmentId, classroomId, students, config.settings) : new Map<string, ParticipationScore>();
  const byStudent = new Map(rows.map((row) => [row.studentId, row]));
  return { config, grades: students.map((student) => buildGrade(student, config, scores.get(student.id) ?? null, byStudent.get(student.id))) };
}

/**
 * Each student's total and maximum for an assignment (the teacher's dashboard's score column);
 * null for anyone who does not grade the class.
 */
export async function assignmentScores(userId: string, assignmentId: string): Promise<Map<string, { total: number | null; max: number }> | null> {
  const access = await findAccess(userId, { assignmentId }, { permission: "grade:assignment" });
  if (!access) return null;
  return classTotals(assignmentId, access.classroom.id);
}

/** assignmentScores for a caller that has already checked "grade:assignment" (the dashboard). */
export async function classTotals(assignmentId: string, classroomId: string): Promise<Map<string, { total: number | null; max: number }>> {
  const { grades } = await loadClassGrades(assignmentId, classroomId);
  return new Map(grades.map((grade) => [grade.student.id, { total: grade.total.total, max: grade.total.max }]));
}

// Radio groups arrive as `level.<criterion>` fields; code may send `levels` directly.
function withLevels(input: unknown): unknown {
  if (!input || typeof input !== "object" || "levels" in input) return input;
  const levels: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    const match = /^level\.(\d{1,2})$/.exec(key);
    if (match) levels[Number(match[1])] = String(value);
  }
  return { ...input, levels: Array.from(levels, (value) => value ?? "") };
}

export async function saveGrade(userId: string, input: unknown): Promise<void> {
  const { assignmentId, studentId, levels, overridePoints, overrideReason, feedback } = parseInput(GradeInput, withLevels(input));
  const { classroom, assignment } = await requireAccess(userId, { assignmentId }, "grade:assignment", { writable: true });
  const student = await db.membership.findFirst({ where: { classroomId: classroom.id, userId: studentId, role: { in: rolesWith("view:own-grade") } }, select: { id: true } });
  if (!student) throw notFound("That student");
  const config = await loadGradingConfig(assignmentId);
  const criteria = config.rubric?.criteria ?? [];
  if (levels.length > criteria.length || levels.some((level, i) => level !== null && level >= criteria[i]!.levels.length)) {
    throw new AppError("INVALID", "Choose one of the rubric's levels.", { levels: ["Choose one of the rubric's levels."] });
  }
  const { max } = gradeTotal({ participation: config.participation ? { total: 0, max: config.settings.maxPoints, parts: [] } : null, rubric: criteria, levels: [], overridePoints: null });
  if (overridePoints !== undefined && overridePoints > max) {
    throw new AppError("INVALID", `An override cannot be above the maximum of ${formatPoints(max)} points.`, { overridePoints: [`At most ${formatPoints(max)} points.`] });
  }
  const data = {
    rubricLevels: levels,
    overridePoints: overridePoints ?? null,
    overrideReason: overridePoints === undefined ? null : (overrideReason ?? null),
    feedback: feedback ?? null,
    gradedAt: new Date(),
    gradedById: userId,
  };
  await db.$transaction(async (tx) => {
    await tx.grade.upsert({ where: { assignmentId_studentId: { assignmentId, studentId } }, create: { assignmentId, studentId, ...data }, update: data });
    await recordAudit(tx, {
      classroomId: classroom.id,
      actorId: userId,
      action: "GRADE",
      targetUserId: studentId,
      reason: `${assignment.reading.title}: ${overridePoints === undefined ? "graded" : `score set to ${formatPoints(overridePoints)} (${overrideReason})`}`,
    });
  });
}

export async function setGradesReleased(userId: string, input: unknown): Promise<void> {
  const { assignmentId, released } = parseInput(ReleaseInput, input);
  const { classroom, assignment } = await requireAccess(userId, { assignmentId }, "grade:assignment", { writable: true });
  const releasedAt = released ? new Date() : null;
  await db.$transaction(async (tx) => {
    await tx.assignmentGrading.upsert({ where: { assignmentId }, create: { assignmentId, releasedAt }, update: { releasedAt } });
    await recordAudit(tx, { classroomId: classroom.id, actorId: userId, action: released ? "RELEASE_GRADES" : "UNRELEASE_GRADES", reason: assignment.reading.title });
  });
}
