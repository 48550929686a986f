import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { DENIED, rolesWith } from "@/lib/authz";
import { isId, parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/record-audit";
import { plural } from "@/lib/format";
import { parseCriteria, type RubricView } from "@/lib/grading/config";
import { rubricMax } from "@/lib/grading/total";
import { RubricInput, RubricTarget, RubricUpdateInput } from "@/lib/grading/schemas";

// A rubric belongs to the teacher who built it, across every class they teach; nobody else sees
// it (other people get "not found"). Only people who grade somewhere build rubrics.

export type RubricSummary = { id: string; title: string; criteriaCount: number; maxPoints: number; usedBy: number; updatedAt: string };

/** Whether the user grades in some class (teaches it). */
export async function gradesSomewhere(userId: string): Promise<boolean> {
  if (!isId(userId)) return false;
  const membership = await db.membership.findFirst({ where: { userId, role: { in: rolesWith("configure:grading") } }, select: { id: true } });
  return membership !== null;
}

async function requireGrader(userId: string) {
  if (!(await gradesSomewhere(userId))) throw new AppError("FORBIDDEN", DENIED["configure:grading"]);
}

/** The user's rubrics, newest first; null for someone who grades nowhere. */
export async function listRubrics(userId: string): Promise<RubricSummary[] | null> {
  if (!(await gradesSomewhere(userId))) return null;
  const rows = await db.rubric.findMany({
    where: { ownerId: userId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, criteria: true, updatedAt: true, _count: { select: { gradings: true } } },
  });
  return rows.map((row) => {
    const criteria = parseCriteria(row.criteria);
    return { id: row.id, title: row.title, criteriaCount: criteria.length, maxPoints: rubricMax(criteria), usedBy: row._count.gradings, updatedAt: row.updatedAt.toISOString() };
  });
}

/** One of the user's rubrics; null when it is not theirs. */
export async function getRubric(userId: string, rubricId: string): Promise<RubricView | null> {
  if (!isId(rubricId) || !(await gradesSomewhere(userId))) return null;
  const row = await db.rubric.findFirst({ where: { id: rubricId, ownerId: userId }, select: { id: true, title: true, criteria: true } });
  return row ? { ...row, criteria: parseCriteria(row.criteria) } : null;
}

async function requireOwnRubric(userId: string, rubricId: string) {
  await requireGrader(userId);
  const row = await db.rubric.findFirst({ where: { id: rubricId, ownerId: userId }, select: { id: true, _count: { select: { gradings: true } } } });
  if (!row) throw notFound("That rubric");
  return row;
}

export async function createRubric(userId: string, input: unknown): Promise<{ id: string }> {
  const { title, criteria } = parseInput(RubricInput, input);
  await requireGrader(userId);
  return db.rubric.create({ data: { ownerId: userId, title, criteria }, select: { id: true } });
}

// Grades keep the chosen level's position per criterion: an edit that reorders levels changes
// what graded students chose, so the editor says so (ADR 0017), and every class grading with the
// rubric gets an audit entry naming its assignments, in the edit's transaction.
export async function updateRubric(userId: string, input: unknown): Promise<{ id: string }> {
  const { rubricId, title, criteria } = parseInput(RubricUpdateInput, input);
  await requireOwnRubric(userId, rubricId);
  return db.$transaction(async (tx) => {
    const updated = await tx.rubric.update({ where: { id: rubricId }, data: { title, criteria }, select: { id: true } });
    const gradings = await tx.assignmentGrading.findMany({
      where: { rubricId },
      orderBy: { assignmentId: "asc" },
      select: { assignment: { select: { classroomId: true, reading: { select: { title: true } } } } },
    });
    const summary = `rubric “${title}” edited: ${plural(criteria.length, "criterion", "criteria")}, out of ${plural(rubricMax(criteria), "point")}`;
    const entries = [...Map.groupBy(gradings, ({ assignment }) => assignment.classroomId)].map(([classroomId, inClass]) => ({
      classroomId,
      actorId: userId,
      action: "CHANGE_GRADING" as const,
      reason: `${inClass.map(({ assignment }) => assignment.reading.title).join(", ")}: ${summary}`,
    }));
    await recordAudit(tx, entries);
    return updated;
  });
}

export async function deleteRubric(userId: string, input: unknown): Promise<void> {
  const { rubricId } = parseInput(RubricTarget, input);
  const rubric = await requireOwnRubric(userId, rubricId);
  if (rubric._count.gradings > 0) {
    throw new AppError("CONFLICT", "This rubric is attached to an assignment. Detach it in the assignment's grading settings first.");
  }
  await db.rubric.delete({ where: { id: rubricId } });
}
