import "server-only";
import type { AssignmentAccess } from "@/lib/access";
import type { LatePolicy, Role } from "@/lib/generated/prisma/enums";
import type { AssignmentWindow } from "@/lib/assignments/window";
import type { Requirements } from "@/lib/assignments/requirements";

// What every assignment page shows of the assignment: a small object, safe for the browser.
export type AssignmentContext = {
  assignmentId: string;
  /** tasMayGrade: whether the class's TAs grade (for which links to show). */
  classroom: { id: string; name: string; archived: boolean; tasMayGrade: boolean };
  /** The assignment itself is archived (hidden from students). */
  archived: boolean;
  role: Role;
  reading: { title: string; subtitle: string | null; tagline: string | null; author: string | null; source: string | null; perspective: string | null };
  /** ISO strings (UTC). */
  opensAt: string;
  dueAt: string | null;
  latePolicy: LatePolicy;
  requirements: Requirements;
  /** Students see classmates' posts in a section only after responding there. */
  postFirst: boolean;
  /** What the viewer may do now: see, post, post late (lib/assignments/window.ts). */
  window: AssignmentWindow;
};

export function assignmentContext({ assignment, classroom, role, window }: AssignmentAccess): AssignmentContext {
  return {
    assignmentId: assignment.id,
    classroom: { id: classroom.id, name: classroom.name, archived: classroom.archived, tasMayGrade: classroom.tasMayGrade },
    archived: assignment.archivedAt !== null,
    role,
    reading: assignment.reading,
    opensAt: assignment.opensAt.toISOString(),
    dueAt: assignment.dueAt?.toISOString() ?? null,
    latePolicy: assignment.latePolicy,
    requirements: { minResponses: assignment.minResponses, minReplies: assignment.minReplies, minWords: assignment.minWords },
    postFirst: assignment.postFirst,
    window,
  };
}
