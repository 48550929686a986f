import type { LatePolicy, Role } from "@/lib/generated/prisma/enums";
import { READ_ONLY, isModerator } from "@/lib/authz";
import { formatTimestamp } from "@/lib/format";

// When an assignment can be seen and posted in. Pure, so the rule is unit-tested once and every
// caller (reading overview, section page, posting, home page) asks the same function.

export type AssignmentTimes = {
  opensAt: Date;
  dueAt: Date | null;
  latePolicy: LatePolicy;
  /** The class's archivedAt: an archived class is read-only for everyone. */
  archivedAt?: Date | null;
  /** The assignment's own archivedAt: hidden from students, read-only for teachers and TAs. */
  assignmentArchivedAt?: Date | null;
};

export const ASSIGNMENT_ARCHIVED = "This assignment is archived: students don't see it and nobody can post until it is restored.";

export type WindowPhase = "UPCOMING" | "OPEN" | "LATE" | "CLOSED" | "ARCHIVED";

export type AssignmentWindow = {
  phase: WindowPhase;
  /** May the viewer see the assignment at all. */
  visible: boolean;
  /** May the viewer post now. */
  canPost: boolean;
  /** A post made now is late (after the due time under ACCEPT_LATE). */
  late: boolean;
  /** Why posting is refused or marked, for the viewer; null when nothing needs saying. */
  reason: string | null;
};

export function assignmentWindow(times: AssignmentTimes, role: Role, now: Date = new Date()): AssignmentWindow {
  if (times.archivedAt) {
    return { phase: "ARCHIVED", visible: true, canPost: false, late: false, reason: READ_ONLY };
  }
  if (times.assignmentArchivedAt) {
    return { phase: "ARCHIVED", visible: isModerator(role), canPost: false, late: false, reason: ASSIGNMENT_ARCHIVED };
  }
  const phase = assignmentPhase(times, now);
  // Teachers and TAs prepare before the opening and keep discussing after the due time.
  if (isModerator(role)) return { phase, visible: true, canPost: true, late: false, reason: null };
  switch (phase) {
    case "UPCOMING":
      return { phase, visible: false, canPost: false, late: false, reason: `This assignment opens on ${formatTimestamp(times.opensAt.toISOString())}.` };
    case "LATE":
      return { phase, visible: true, canPost: true, late: true, reason: `This was due on ${formatTimestamp(times.dueAt!.toISOString())}; posts now are marked late.` };
    case "CLOSED":
      return { phase, visible: true, canPost: false, late: false, reason: `This discussion closed on ${formatTimestamp(times.dueAt!.toISOString())}.` };
    default:
      return { phase, visible: true, canPost: true, late: false, reason: null };
  }
}

/** Where the assignment stands in time, the same for every viewer (archiving aside). */
export function assignmentPhase({ opensAt, dueAt, latePolicy }: AssignmentTimes, now: Date): WindowPhase {
  if (now < opensAt) return "UPCOMING";
  if (!dueAt || now <= dueAt) return "OPEN";
  return latePolicy === "CLOSE_AT_DUE" ? "CLOSED" : "LATE";
}
