import "server-only";
import { db } from "@/lib/db";
import { memberOf } from "@/lib/authz";
import { findAssignmentContext, type AssignmentContext } from "@/lib/readings/queries";
import type { PollTimes } from "@/lib/poll/rounds";

export type PollAssignment = { context: AssignmentContext; thesis: string | null; times: PollTimes };

// The assignment with its poll, or null when the viewer may not see the assignment (non-members,
// students before the opening). Visibility is the reading overview's, so the two never disagree.
export async function findPollAssignment(userId: string, assignmentId: string, now: Date): Promise<PollAssignment | null> {
  const [found, poll] = await Promise.all([
    findAssignmentContext(userId, assignmentId, now),
    db.assignment.findFirst({
      where: { id: assignmentId, classroom: memberOf(userId) },
      select: { thesis: true, dueAt: true, afterPollOpenedAt: true, classroom: { select: { archivedAt: true } } },
    }),
  ]);
  if (!found || !poll) return null;
  return {
    context: found.context,
    thesis: poll.thesis,
    times: { dueAt: poll.dueAt, afterPollOpenedAt: poll.afterPollOpenedAt, archivedAt: poll.classroom.archivedAt },
  };
}
