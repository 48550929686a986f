import { READ_ONLY } from "@/lib/authz";
import { formatTimestamp } from "@/lib/format";

// When each round of the stance poll takes answers. Pure, so the rules are stated once.
//
// BEFORE ("before reading"): from the assignment's opening until the AFTER round opens. A student's
// before answer is locked (no first answer, no change) once they have posted anything in the
// assignment (a response or a reply, in any status, deleted included: they have read and
// discussed), and once they have an after answer (a teacher may close an early-opened after round
// again; the before answer must still predate the after one).
//
// AFTER: opens at the due time, or earlier when a teacher opens it (afterPollOpenedAt). While it is
// open a student may answer and change their answer, even under a close-at-due late policy: the
// after round is about the finished discussion. A teacher may close an early-opened round again
// before the due time; answers already given stay.
//
// An archived class is read-only: neither round takes answers.

export type PollTimes = { dueAt: Date | null; afterPollOpenedAt: Date | null; archived: boolean };

export function isAfterRoundOpen({ dueAt, afterPollOpenedAt }: PollTimes, now: Date): boolean {
  return afterPollOpenedAt !== null || (dueAt !== null && now >= dueAt);
}

/** A teacher may close the after round only when they opened it early and the due time has not come. */
export function canCloseAfterRound(times: PollTimes, now: Date): boolean {
  return times.afterPollOpenedAt !== null && !(times.dueAt !== null && now >= times.dueAt);
}

/** Whether the student may answer a round now; when not, why (shown to them and thrown by commands). */
export type RoundState = { open: boolean; reason: string | null };

const ARCHIVED: RoundState = { open: false, reason: READ_ONLY };

export function beforeRoundState(
  times: PollTimes,
  student: { hasPosted: boolean; hasAfterAnswer: boolean },
  now: Date,
): RoundState {
  if (times.archived) return ARCHIVED;
  if (isAfterRoundOpen(times, now)) return { open: false, reason: "The before round closed when the after round opened." };
  if (student.hasPosted) return { open: false, reason: "The before round closed for you when you first posted in this reading." };
  if (student.hasAfterAnswer) return { open: false, reason: "You have already answered the after round." };
  return { open: true, reason: null };
}

export function afterRoundState(times: PollTimes, now: Date): RoundState {
  if (times.archived) return ARCHIVED;
  if (isAfterRoundOpen(times, now)) return { open: true, reason: null };
  const when = times.dueAt ? `on ${formatTimestamp(times.dueAt.toISOString())}, or earlier if your teacher opens it` : "when your teacher opens it";
  return { open: false, reason: `The after round opens ${when}.` };
}
