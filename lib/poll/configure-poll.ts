import "server-only";
import { db } from "@/lib/db";
import { requireAccess } from "@/lib/access";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { plural } from "@/lib/format";
import { recordAudit } from "@/lib/moderation/record-audit";
import { AfterRoundInput, ThesisInput } from "@/lib/poll/schemas";
import { pollOf, type PollAssignment } from "@/lib/poll/poll-assignment";
import { canCloseAfterRound, isAfterRoundOpen } from "@/lib/poll/rounds";

// The teacher's poll settings (configure:moderation). Each change is audited like the other settings.

async function findForTeacher(userId: string, assignmentId: string, now: Date): Promise<PollAssignment> {
  return pollOf(await requireAccess(userId, { assignmentId }, "configure:moderation", { writable: true, now }));
}

export const CONFIRM_CLEAR_MESSAGE = "Students have already answered. Changing or removing the thesis clears their answers: confirm to go on.";

/**
 * Sets, edits or removes (empty) the thesis. Answers belong to the thesis they rated, so once
 * anyone has answered, a change clears every answer of both rounds, and only with confirmClear:
 * without it nothing changes (CONFLICT). Saving the same text changes nothing and clears nothing.
 * Returns how many answers were cleared.
 */
export async function setThesis(userId: string, input: unknown, now: Date = new Date()): Promise<{ cleared: number }> {
  const { assignmentId, thesis, confirmClear } = parseInput(ThesisInput, input);
  const poll = await findForTeacher(userId, assignmentId, now);
  if (poll.thesis === thesis) return { cleared: 0 };
  return db.$transaction(async (tx) => {
    const answers = await tx.pollAnswer.count({ where: { assignmentId } });
    if (answers > 0 && !confirmClear) throw new AppError("CONFLICT", CONFIRM_CLEAR_MESSAGE, { confirmClear: [`Confirm that ${plural(answers, "answer")} will be cleared.`] });
    const { count: cleared } = await tx.pollAnswer.deleteMany({ where: { assignmentId } });
    await tx.assignment.update({ where: { id: assignmentId }, data: { thesis } });
    await recordAudit(tx, {
      classroomId: poll.context.classroom.id,
      actorId: userId,
      action: "CHANGE_SETTINGS",
      reason: `${poll.context.reading.title}: stance poll ${thesis === null ? "removed" : poll.thesis === null ? "posed" : "changed"}${cleared ? `; ${plural(cleared, "answer")} cleared` : ""}`,
    });
    return { cleared };
  });
}

/** Opens the after round now, or closes an early-opened one again before the due time. */
export async function setAfterRound(userId: string, input: unknown, now: Date = new Date()): Promise<void> {
  const { assignmentId, open } = parseInput(AfterRoundInput, input);
  const poll = await findForTeacher(userId, assignmentId, now);
  if (poll.thesis === null) throw new AppError("CONFLICT", "Pose a thesis first.");
  if (open && isAfterRoundOpen(poll.times, now)) return;
  if (!open && !canCloseAfterRound(poll.times, now)) {
    if (!isAfterRoundOpen(poll.times, now)) return;
    throw new AppError("CONFLICT", "The after round opened at the due time and stays open.");
  }
  await db.$transaction(async (tx) => {
    await tx.assignment.update({ where: { id: assignmentId }, data: { afterPollOpenedAt: open ? now : null } });
    await recordAudit(tx, {
      classroomId: poll.context.classroom.id,
      actorId: userId,
      action: "CHANGE_SETTINGS",
      reason: `${poll.context.reading.title}: stance poll after round ${open ? "opened" : "closed"}`,
    });
  });
}
