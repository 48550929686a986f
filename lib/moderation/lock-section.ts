import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/record-audit";
import { LockSectionInput, SectionTarget } from "@/lib/moderation/schemas";

async function findAssignmentSection(userId: string, assignmentId: string, position: number) {
  const { classroom, section } = await requireAccess(userId, { assignmentId, position }, "moderate:class");
  return { classroomId: classroom.id, sectionId: section.id };
}

// Audit entries point at posts or students, not sections: the section is named in the reason.
export async function lockSection(userId: string, input: unknown): Promise<void> {
  const { assignmentId, position, reason } = parseInput(LockSectionInput, input);
  const { classroomId, sectionId } = await findAssignmentSection(userId, assignmentId, position);
  await db.$transaction(async (tx) => {
    const { count } = await tx.assignmentSection.updateMany({
      where: { assignmentId, sectionId, lockedAt: null },
      data: { lockedAt: new Date(), lockReason: reason },
    });
    if (count === 0) throw new AppError("CONFLICT", "That section is already locked.");
    await recordAudit(tx, { classroomId, actorId: userId, action: "LOCK_SECTION", reason: `Section ${position}: ${reason}` });
  });
}

export async function unlockSection(userId: string, input: unknown): Promise<void> {
  const { assignmentId, position } = parseInput(SectionTarget, input);
  const { classroomId, sectionId } = await findAssignmentSection(userId, assignmentId, position);
  await db.$transaction(async (tx) => {
    const { count } = await tx.assignmentSection.updateMany({
      where: { assignmentId, sectionId, lockedAt: { not: null } },
      data: { lockedAt: null, lockReason: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "That section is not locked.");
    await recordAudit(tx, { classroomId, actorId: userId, action: "UNLOCK_SECTION", reason: `Section ${position}` });
  });
}
