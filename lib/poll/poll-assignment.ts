import "server-only";
import type { AssignmentAccess } from "@/lib/access";
import { assignmentContext, type AssignmentContext } from "@/lib/assignments/context";
import type { PollTimes } from "@/lib/poll/rounds";

export type PollAssignment = { context: AssignmentContext; thesis: string | null; times: PollTimes };

// The poll of an assignment the viewer has access to. Visibility is the reading overview's (the
// same access), so the two never disagree.
export function pollOf(access: AssignmentAccess): PollAssignment {
  const { assignment, classroom } = access;
  return {
    context: assignmentContext(access),
    thesis: assignment.thesis,
    times: { dueAt: assignment.dueAt, afterPollOpenedAt: assignment.afterPollOpenedAt, archived: classroom.archived },
  };
}
