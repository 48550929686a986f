import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import { plural } from "@/lib/format";
import { recordAudit } from "@/lib/moderation/record-audit";
import { ArchiveAssignmentInput, EditAssignmentInput, DeleteAssignmentInput } from "@/lib/assignments/schemas";
import { includedSections } from "@/lib/assignments/included-sections";
import { countAssignmentPosts, describePostCounts } from "@/lib/assignments/post-counts";

// Changing an assignment after it was made. Dates, requirements, the late policy and the rules
// change at any time (progress is computed from the stored posts under the current requirements, so
// it follows at once); the sections only while nobody has posted, since posts belong to a section.
// Both are audited like moderation, in the same transaction.

export const SECTIONS_FROZEN = "The sections can't change once someone has posted.";

export async function editAssignment(userId: string, input: unknown): Promise<{ id: string }> {
  const { assignmentId, sectionIds, opensAt, ...terms } = parseInput(EditAssignmentInput, input);
  const { assignment, classroom } = await requireAccess(userId, { assignmentId }, "assign:reading", { writable: true });
  // Serializable: a first post racing a section change must not land in a section that goes.
  await db.$transaction(
    async (tx) => {
      const [current, readingSections] = await Promise.all([
        tx.assignmentSection.findMany({ where: { assignmentId }, select: { sectionId: true } }),
        tx.section.findMany({ where: { readingId: assignment.readingId }, select: { id: true } }),
      ]);
      const wanted = includedSections(
        readingSections.map(({ id }) => id),
        sectionIds,
      );
      const before = new Set(current.map(({ sectionId }) => sectionId));
      const changed = wanted.length !== before.size || wanted.some((id) => !before.has(id));
      if (changed) {
        if ((await tx.post.count({ where: { assignmentId }, take: 1 })) > 0) {
          throw new AppError("CONFLICT", SECTIONS_FROZEN, { sectionIds: [SECTIONS_FROZEN] });
        }
        await tx.assignmentSection.deleteMany({ where: { assignmentId, sectionId: { notIn: wanted } } });
        await tx.assignmentSection.createMany({ data: wanted.filter((id) => !before.has(id)).map((sectionId) => ({ assignmentId, sectionId })) });
      }
      await tx.assignment.update({ where: { id: assignmentId }, data: { ...terms, opensAt: opensAt ?? new Date() } });
      await recordAudit(tx, {
        classroomId: classroom.id,
        actorId: userId,
        action: "CHANGE_SETTINGS",
        reason:
          `${assignment.reading.title} edited: ${plural(wanted.length, "section")}; ` +
          `${plural(terms.minResponses, "response")}, ${plural(terms.minReplies, "reply", "replies")}, ${plural(terms.minWords, "word")} required; ` +
          (terms.latePolicy === "CLOSE_AT_DUE" ? "closes at the due time" : "late posts accepted"),
      });
    },
    { isolationLevel: "Serializable" },
  );
  return { id: assignmentId };
}

/** Deletes the assignment with every post in it (and their replies, sources, reports, poll answers). */
export async function deleteAssignment(userId: string, input: unknown): Promise<{ classroomId: string; deleted: number }> {
  const { assignmentId } = parseInput(DeleteAssignmentInput, input);
  const { assignment, classroom } = await requireAccess(userId, { assignmentId }, "assign:reading", { writable: true });
  return db.$transaction(async (tx) => {
    const counts = await countAssignmentPosts(assignmentId, tx);
    await tx.assignment.delete({ where: { id: assignmentId } });
    await recordAudit(tx, {
      classroomId: classroom.id,
      actorId: userId,
      action: "CHANGE_SETTINGS",
      reason: `${assignment.reading.title} deleted, with ${describePostCounts(counts)}`,
    });
    return { classroomId: classroom.id, deleted: counts.responses + counts.replies };
  });
}

/** Archiving hides the assignment from students and makes it read-only; restoring undoes both. */
export async function setAssignmentArchived(userId: string, input: unknown): Promise<void> {
  const { assignmentId, archived } = parseInput(ArchiveAssignmentInput, input);
  const { assignment, classroom } = await requireAccess(userId, { assignmentId }, "assign:reading", { writable: true });
  await db.$transaction(async (tx) => {
    await tx.assignment.update({ where: { id: assignmentId }, data: { archivedAt: archived ? new Date() : null } });
    await recordAudit(tx, {
      classroomId: classroom.id,
      actorId: userId,
      action: "CHANGE_SETTINGS",
      reason: `${assignment.reading.title} ${archived ? "archived" : "restored"}`,
    });
  });
}
