import type { Role } from "@/lib/generated/prisma/enums";

// The one place that says who may do what, and the only module that names roles. Server code
// enforces with these (through lib/access.ts); the UI uses the same answers only to decide which
// controls to show. Pure, with no database, so server and client components may both import it.
export type Permission =
  | "view:class"
  | "view:join-code"
  // The roster with names and emails, and the class's progress overview.
  | "view:roster"
  // Roster changes, join code, archiving, assigning readings.
  | "manage:class"
  | "assign:reading"
  | "create:post"
  | "edit:post:own"
  | "delete:post:own"
  | "report:post"
  // Approve, reject, hide, delete, restore, pin, pick, lock; read the queue, audit log and edit history.
  | "moderate:class"
  // Approval, anonymity, report threshold, slow mode, post-first, required stance, the stance
  // poll: the teacher's pedagogical choices.
  | "configure:moderation"
  // Mark a span of a section as a contested claim, with a note and counter-sources.
  | "mark:claim"
  // Answer the stance-shift poll (students), or read the class's answers (teachers and TAs).
  | "answer:poll"
  | "view:poll-results"
  // Issue a one-time password reset code for a student of the class. Teachers only: the code takes
  // over an account, so it stays with the adult who answers for the class (ADR 0003).
  | "reset:password"
  // Grade an assignment: the grading view, grades, release, the gradebook CSV. Teachers, and the
  // class's TAs when the class allows it ("TAs may grade", ADR 0017).
  | "grade:assignment"
  // The participation score's settings and the attached rubric; rubrics themselves. Teachers only.
  | "configure:grading"
  // Read one's own grade once the teacher has released it.
  | "view:own-grade";

const STUDENT: readonly Permission[] = ["view:class", "create:post", "edit:post:own", "delete:post:own", "report:post", "answer:poll", "view:own-grade"];
const TA: readonly Permission[] = [
  ...STUDENT.filter((permission) => permission !== "answer:poll" && permission !== "view:own-grade"),
  "view:join-code",
  "view:roster",
  "moderate:class",
  "mark:claim",
  "view:poll-results",
];
const TEACHER: readonly Permission[] = [...TA, "manage:class", "assign:reading", "configure:moderation", "reset:password", "grade:assignment", "configure:grading"];
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = { TEACHER, TA, STUDENT };

// What a member without the permission is told.
export const DENIED: Record<Permission, string> = {
  "view:class": "You are not a member of this class.",
  "view:join-code": "Only the class's teachers and TAs can see the join code.",
  "view:roster": "Only the class's teachers and TAs can see the roster.",
  "manage:class": "Only the class's teachers can manage the class.",
  "assign:reading": "Only the class's teacher can assign readings.",
  "create:post": "You cannot post in this discussion.",
  "edit:post:own": "You can only edit your own posts.",
  "delete:post:own": "You can only delete your own posts.",
  "report:post": "You cannot report posts here.",
  "moderate:class": "Only the class's teachers and TAs can moderate.",
  "configure:moderation": "Only the class's teachers can change these settings.",
  "mark:claim": "Only the class's teachers and TAs can mark or remove contested claims.",
  "answer:poll": "Only students answer the stance poll.",
  "view:poll-results": "Only the class's teachers and TAs can see the poll's results.",
  "reset:password": "Only the class's teachers can issue password reset codes.",
  "grade:assignment": "Only the class's teachers (and TAs, if the class allows it) can grade.",
  "configure:grading": "Only the class's teachers can change the grading settings.",
  "view:own-grade": "Only students have grades here.",
};

// An archived class is read-only: nobody posts, assigns or changes its roster until a teacher
// restores it.
export const READ_ONLY = "This class is archived and read-only.";

// What a class may extend to its TAs beyond their role: grading, when its teacher turns on "TAs
// may grade" (ADR 0017). Checks that know the class pass it; without it, the role alone decides.
export type ClassGrants = { tasMayGrade: boolean };
const GRANTED_TO_TAS: readonly Permission[] = ["grade:assignment"];

export function can(role: Role | null | undefined, permission: Permission, classroom?: ClassGrants | null): boolean {
  if (!role) return false;
  if (ROLE_PERMISSIONS[role].includes(permission)) return true;
  return role === "TA" && classroom?.tasMayGrade === true && GRANTED_TO_TAS.includes(permission);
}

export function isModerator(role: Role | null | undefined): boolean {
  return can(role, "moderate:class");
}

// Students are the members whose work is tracked, graded and polled.
export function isStudent(role: Role | null | undefined): boolean {
  return role === "STUDENT";
}

/** The roles that have a permission, for Prisma filters: `role: { in: rolesWith("manage:class") }`. */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => can(role, permission));
}

// Who creates a class teaches it; who joins with the code studies in it.
export const CREATOR_ROLE: Role = "TEACHER";
export const JOINER_ROLE: Role = "STUDENT";
export const STUDENT_ROLE: Role = "STUDENT";

export const ROLE_LABELS: Record<Role, string> = { TEACHER: "Teacher", TA: "TA", STUDENT: "Student" };
// In a sentence: "a TA cannot mute a teacher".
export const ROLE_NOUNS: Record<Role, string> = { TEACHER: "a teacher", TA: "a TA", STUDENT: "a student" };

// The roster's "make this member a …" choices, in the order they are offered.
export const ROLE_CHOICES: readonly { value: Role; label: string }[] = [
  { value: "STUDENT", label: "Student" },
  { value: "TA", label: "TA" },
  { value: "TEACHER", label: "Co-teacher" },
];

const RANK: Record<Role, number> = { STUDENT: 0, TA: 1, TEACHER: 2 };

// Acting on a member (mute, remove) needs a higher rank: a TA cannot mute a teacher or another TA,
// and co-teachers cannot mute each other.
export function canModerateMember(actorRole: Role | null | undefined, targetRole: Role): boolean {
  return isModerator(actorRole) && RANK[actorRole!] > RANK[targetRole];
}

export type PostOwnership = { authorId: string };

export function canEditPost(viewer: { userId: string; role: Role }, post: PostOwnership): boolean {
  return post.authorId === viewer.userId && can(viewer.role, "edit:post:own");
}

export function canDeletePost(viewer: { userId: string; role: Role }, post: PostOwnership): boolean {
  return post.authorId === viewer.userId && can(viewer.role, "delete:post:own");
}

export function canReportPost(viewer: { userId: string; role: Role }, post: PostOwnership): boolean {
  return post.authorId !== viewer.userId && can(viewer.role, "report:post");
}

// Prisma `where` fragment: only rows of classes the user belongs to. Queries built on it simply
// cannot return another class's data.
export function memberOf(userId: string) {
  return { memberships: { some: { userId } } };
}

// Prisma `where` fragment for lists of assignments: students see an assignment from its opening
// time on until it is archived; the class's moderators see it always. assignmentWindow() decides
// the same for one.
export function visibleAssignmentWhere(userId: string, now: Date) {
  return {
    OR: [{ opensAt: { lte: now }, archivedAt: null }, { classroom: { memberships: { some: { userId, role: { in: rolesWith("moderate:class") } } } } }],
  };
}
