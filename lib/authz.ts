import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";

// The one place that says who may do what. Server code enforces with these; the UI uses the same
// answers only to decide which controls to show.
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
  | "view:poll-results";

const STUDENT: readonly Permission[] = ["view:class", "create:post", "edit:post:own", "delete:post:own", "report:post", "answer:poll"];
const TA: readonly Permission[] = [
  ...STUDENT.filter((permission) => permission !== "answer:poll"),
  "view:join-code",
  "view:roster",
  "moderate:class",
  "mark:claim",
  "view:poll-results",
];
const TEACHER: readonly Permission[] = [...TA, "manage:class", "assign:reading", "configure:moderation"];
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = { TEACHER, TA, STUDENT };

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? ROLE_PERMISSIONS[role].includes(permission) : false;
}

export function isModerator(role: Role | null | undefined): boolean {
  return can(role, "moderate:class");
}

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

// Prisma `select` fragment: the viewer's own membership row, to read their role in one query.
export function roleIn(userId: string) {
  return { memberships: { where: { userId }, select: { role: true }, take: 1 } };
}
