import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { DENIED, READ_ONLY, can, isModerator, type Permission } from "@/lib/authz";
import { isId } from "@/lib/validation";
import { assignmentWindow, type AssignmentWindow } from "@/lib/assignments/window";
import { termsSelect } from "@/lib/assignments/requirements";
import type { AnonymityMode, LatePolicy, PostStatus, Role } from "@/lib/generated/prisma/enums";

// The one way to ask "who is this viewer here, and may they do this?". Each scope is loaded in one
// query with the viewer's membership; a non-member, an unknown id and a student's look at an
// assignment before it opens all get the same "not found", so ids leak nothing.

export type ClassroomAccess = {
  userId: string;
  role: Role;
  mutedUntil: Date | null;
  classroom: { id: string; name: string; archived: boolean; anonymity: AnonymityMode; approvalRequired: boolean; reportThreshold: number; tasMayGrade: boolean };
};

export type AssignmentAccess = ClassroomAccess & {
  assignment: {
    id: string;
    readingId: string;
    opensAt: Date;
    dueAt: Date | null;
    latePolicy: LatePolicy;
    minResponses: number;
    minReplies: number;
    minWords: number;
    /** null: as the class. */
    approvalRequired: boolean | null;
    anonymity: AnonymityMode | null;
    slowModeSeconds: number;
    stanceRequired: boolean;
    postFirst: boolean;
    thesis: string | null;
    afterPollOpenedAt: Date | null;
    /** The assignment's own archiving (the class's is `classroom.archived`). */
    archivedAt: Date | null;
    reading: { title: string; subtitle: string | null; tagline: string | null; author: string | null; source: string | null; perspective: string | null };
  };
  /** What the viewer may do now: see, post, post late (lib/assignments/window.ts). */
  window: AssignmentWindow;
};

export type SectionAccess = AssignmentAccess & {
  section: {
    id: string;
    position: number;
    heading: string | null;
    body: string;
    question: string | null;
    lock: { reason: string } | null;
    /** Raised by the database on every change to the section's posts or claims (ADR 0018). */
    discussionVersion: number;
  };
  /** Post-first is on and this student has not responded in the section: classmates' posts stay hidden. */
  onlyOwn: boolean;
};

export type PostAccess = SectionAccess & {
  post: { id: string; authorId: string; parentId: string | null; status: PostStatus; lockedAt: Date | null };
};

type ClassroomScope = { classroomId: string };
type AssignmentScope = { assignmentId: string };
type SectionScope = { assignmentId: string; position: number };
type PostScope = { postId: string };
export type Scope = ClassroomScope | AssignmentScope | SectionScope | PostScope;

type Options = {
  now?: Date;
  /** For reads: null unless the viewer also has this permission (the page shows "not found"). */
  permission?: Permission;
};
type Requirement = Options & {
  /** An archived class is read-only: refuse changes with FORBIDDEN. */
  writable?: boolean;
};

const classroomFields = { id: true, name: true, archivedAt: true, anonymity: true, approvalRequired: true, reportThreshold: true, tasMayGrade: true } as const;

function membershipOf(userId: string) {
  return { where: { userId }, select: { role: true, mutedUntil: true }, take: 1 } as const;
}

function assignmentSelect(userId: string) {
  return {
    id: true,
    readingId: true,
    ...termsSelect,
    approvalRequired: true,
    anonymity: true,
    slowModeSeconds: true,
    stanceRequired: true,
    postFirst: true,
    thesis: true,
    afterPollOpenedAt: true,
    archivedAt: true,
    reading: { select: { title: true, subtitle: true, tagline: true, author: true, source: true, perspective: true } },
    classroom: { select: { ...classroomFields, memberships: membershipOf(userId) } },
  } as const;
}

type ClassroomRow = { id: string; name: string; archivedAt: Date | null; anonymity: AnonymityMode; approvalRequired: boolean; reportThreshold: number; tasMayGrade: boolean };

function toClassroomAccess(userId: string, membership: { role: Role; mutedUntil: Date | null }, row: ClassroomRow): ClassroomAccess {
  const { archivedAt, ...classroom } = row;
  return { userId, role: membership.role, mutedUntil: membership.mutedUntil, classroom: { ...classroom, archived: archivedAt !== null } };
}

async function loadClassroom(userId: string, { classroomId }: ClassroomScope): Promise<ClassroomAccess | null> {
  const membership = await db.membership.findUnique({
    where: { classroomId_userId: { classroomId, userId } },
    select: { role: true, mutedUntil: true, classroom: { select: classroomFields } },
  });
  return membership ? toClassroomAccess(userId, membership, membership.classroom) : null;
}

// A member's responses that lift post-first in their section: published, or awaiting approval.
export function respondedWhere(userId: string) {
  return { authorId: userId, parentId: null, status: { in: ["PUBLISHED", "PENDING"] as PostStatus[] } };
}

type SectionKey = { position: number } | { sectionId: string };

// The assignment, and when `section` is given that section of it with its lock and whether the
// viewer has responded there (a published or pending response lifts post-first): one query.
async function loadAssignment(userId: string, assignmentId: string, section: SectionKey | null, now: Date) {
  const sectionWhere = !section ? {} : "position" in section ? { section: { position: section.position } } : { sectionId: section.sectionId };
  const take = section ? 1 : 0;
  const row = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: {
      ...assignmentSelect(userId),
      sections: {
        where: sectionWhere,
        take,
        select: { lockedAt: true, lockReason: true, discussionVersion: true, section: { select: { id: true, position: true, heading: true, body: true, question: true } } },
      },
      posts: { where: { ...respondedWhere(userId), ...sectionWhere }, select: { id: true }, take },
    },
  });
  const membership = row?.classroom.memberships[0];
  if (!row || !membership) return null;
  const { classroom, sections, posts, ...assignment } = row;
  const window = assignmentWindow({ ...assignment, archivedAt: classroom.archivedAt, assignmentArchivedAt: assignment.archivedAt }, membership.role, now);
  if (!window.visible) return null;
  const access: AssignmentAccess = { ...toClassroomAccess(userId, membership, classroom), assignment, window };
  return { access, placement: sections[0] ?? null, responded: posts.length > 0 };
}

async function loadSection(userId: string, assignmentId: string, key: SectionKey, now: Date): Promise<SectionAccess | null> {
  const found = await loadAssignment(userId, assignmentId, key, now);
  if (!found?.placement) return null;
  const { access, placement, responded } = found;
  return {
    ...access,
    section: { ...placement.section, lock: placement.lockedAt ? { reason: placement.lockReason ?? "" } : null, discussionVersion: placement.discussionVersion },
    onlyOwn: access.assignment.postFirst && !isModerator(access.role) && !responded,
  };
}

async function loadPost(userId: string, { postId }: PostScope, now: Date): Promise<PostAccess | null> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, authorId: true, parentId: true, status: true, lockedAt: true, assignmentId: true, sectionId: true },
  });
  const access = post && (await loadSection(userId, post.assignmentId, { sectionId: post.sectionId }, now));
  if (!post || !access) return null;
  const { id, authorId, parentId, status, lockedAt } = post;
  return { ...access, post: { id, authorId, parentId, status, lockedAt } };
}

/** The viewer's access to a class, assignment, section or post; null when it is not theirs to see. */
export function findAccess(userId: string, scope: PostScope, options?: Options): Promise<PostAccess | null>;
export function findAccess(userId: string, scope: SectionScope, options?: Options): Promise<SectionAccess | null>;
export function findAccess(userId: string, scope: AssignmentScope, options?: Options): Promise<AssignmentAccess | null>;
export function findAccess(userId: string, scope: ClassroomScope, options?: Options): Promise<ClassroomAccess | null>;
export function findAccess(userId: string, scope: Scope, options?: Options): Promise<ClassroomAccess | null>;
export async function findAccess(userId: string, scope: Scope, { now = new Date(), permission }: Options = {}): Promise<ClassroomAccess | null> {
  const access = await load(userId, scope, now);
  return access && (!permission || can(access.role, permission, access.classroom)) ? access : null;
}

async function load(userId: string, scope: Scope, now: Date): Promise<ClassroomAccess | null> {
  // Ids come from URLs unparsed; one that cannot be an id (a NUL, a lone surrogate) matches nothing.
  if (!Object.entries(scope).every(([key, value]) => key === "position" || isId(value))) return null;
  if ("postId" in scope) return loadPost(userId, scope, now);
  if ("position" in scope) return Number.isSafeInteger(scope.position) ? loadSection(userId, scope.assignmentId, scope, now) : null;
  if ("assignmentId" in scope) return (await loadAssignment(userId, scope.assignmentId, null, now))?.access ?? null;
  return loadClassroom(userId, scope);
}

const WHAT: Record<string, string> = { postId: "That post", position: "That section", assignmentId: "That assignment", classroomId: "That class" };

/**
 * For commands: the viewer's access, or "not found" (not theirs to see) and "forbidden" (a member
 * without the permission, or any change to an archived class when `writable` is asked).
 */
export function requireAccess(userId: string, scope: PostScope, permission?: Permission | null, requirement?: Requirement): Promise<PostAccess>;
export function requireAccess(userId: string, scope: SectionScope, permission?: Permission | null, requirement?: Requirement): Promise<SectionAccess>;
export function requireAccess(userId: string, scope: AssignmentScope, permission?: Permission | null, requirement?: Requirement): Promise<AssignmentAccess>;
export function requireAccess(userId: string, scope: ClassroomScope, permission?: Permission | null, requirement?: Requirement): Promise<ClassroomAccess>;
export function requireAccess(userId: string, scope: Scope, permission?: Permission | null, requirement?: Requirement): Promise<ClassroomAccess>;
export async function requireAccess(
  userId: string,
  scope: Scope,
  permission: Permission | null = null,
  { writable = false, now }: Requirement = {},
): Promise<ClassroomAccess> {
  const access = await load(userId, scope, now ?? new Date());
  if (!access) throw notFound(WHAT[Object.keys(WHAT).find((key) => key in scope)!]);
  if (permission && !can(access.role, permission, access.classroom)) throw new AppError("FORBIDDEN", DENIED[permission]);
  if (writable && access.classroom.archived) throw new AppError("FORBIDDEN", READ_ONLY);
  return access;
}
