import "server-only";
import { db } from "@/lib/db";
import { can, rolesWith, visibleAssignmentWhere } from "@/lib/authz";
import { findAccess } from "@/lib/access";
import type { Role } from "@/lib/generated/prisma/enums";
import { JoinCode } from "@/lib/classes/join-code";
import { assignmentPhase, type WindowPhase } from "@/lib/assignments/window";

export type ClassroomSummary = {
  id: string;
  name: string;
  role: Role;
  memberCount: number;
  assignmentCount: number;
  archived: boolean;
};

/** My classes; archived ones only when asked for (the home page's "show archived"). */
export async function listMyClassrooms(userId: string, { includeArchived = false } = {}): Promise<ClassroomSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId, ...(includeArchived ? {} : { classroom: { archivedAt: null } }) },
    orderBy: { createdAt: "desc" },
    select: {
      role: true,
      classroom: {
        select: { id: true, name: true, archivedAt: true, _count: { select: { memberships: true, assignments: true } } },
      },
    },
  });
  return memberships.map(({ role, classroom }) => ({
    id: classroom.id,
    name: classroom.name,
    role,
    memberCount: classroom._count.memberships,
    assignmentCount: classroom._count.assignments,
    archived: classroom.archivedAt !== null,
  }));
}

export async function countArchivedClassrooms(userId: string): Promise<number> {
  return db.membership.count({ where: { userId, classroom: { archivedAt: { not: null } } } });
}

export type AssignmentSummary = {
  id: string;
  title: string;
  subtitle: string | null;
  sectionCount: number;
  opensAt: string;
  dueAt: string | null;
  phase: WindowPhase;
  /** Archived: only teachers and TAs see it, under "Archived". */
  archived: boolean;
};

export type ClassroomView = {
  id: string;
  name: string;
  role: Role;
  joinCode: string | null;
  memberCount: number;
  assignments: AssignmentSummary[];
  canAssign: boolean;
  canManage: boolean;
  canViewRoster: boolean;
  archived: boolean;
};

// null when the class does not exist or the viewer is not a member: the page shows "not found".
// Students see only assignments that have opened.
export async function getClassroom(userId: string, classroomId: string, now: Date = new Date()): Promise<ClassroomView | null> {
  const access = await findAccess(userId, { classroomId });
  if (!access) return null;
  const { role } = access;
  const classroom = await db.classroom.findUniqueOrThrow({
    where: { id: classroomId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      _count: { select: { memberships: true } },
      assignments: {
        where: visibleAssignmentWhere(userId, now),
        orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: {
          id: true,
          opensAt: true,
          dueAt: true,
          latePolicy: true,
          archivedAt: true,
          reading: { select: { title: true, subtitle: true } },
          _count: { select: { sections: true } },
        },
      },
    },
  });
  const archived = classroom.archivedAt !== null;
  return {
    id: classroom.id,
    name: classroom.name,
    role,
    joinCode: can(role, "view:join-code") && !archived ? classroom.joinCode : null,
    memberCount: classroom._count.memberships,
    canAssign: can(role, "assign:reading") && !archived,
    canManage: can(role, "manage:class"),
    canViewRoster: can(role, "view:roster"),
    archived,
    assignments: classroom.assignments.map(({ id, reading, _count, opensAt, dueAt, latePolicy, archivedAt }) => ({
      id,
      title: reading.title,
      subtitle: reading.subtitle,
      sectionCount: _count.sections,
      opensAt: opensAt.toISOString(),
      dueAt: dueAt?.toISOString() ?? null,
      phase: archivedAt ? "ARCHIVED" : assignmentPhase({ opensAt, dueAt, latePolicy }, now),
      archived: archivedAt !== null,
    })),
  };
}

export type RosterMember = { membershipId: string; name: string; email: string; role: Role; isViewer: boolean; joinedAt: string };

export type Roster = {
  classroom: { id: string; name: string; archived: boolean };
  // Roster changes: not while archived.
  canManage: boolean;
  // Archive and restore: a teacher's, archived or not.
  canArchive: boolean;
  // Password reset codes for students: account recovery, so archived or not.
  canResetPasswords: boolean;
  members: RosterMember[];
};

/** The roster with names and emails: for the class's teachers and TAs; null for anyone else. */
export async function getRoster(userId: string, classroomId: string): Promise<Roster | null> {
  const access = await findAccess(userId, { classroomId }, { permission: "view:roster" });
  if (!access) return null;
  const classroom = await db.classroom.findUniqueOrThrow({
    where: { id: classroomId },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      memberships: {
        orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
        select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  const viewerRole = access.role;
  return {
    classroom: { id: classroom.id, name: classroom.name, archived: classroom.archivedAt !== null },
    canManage: can(viewerRole, "manage:class") && classroom.archivedAt === null,
    canArchive: can(viewerRole, "manage:class"),
    canResetPasswords: can(viewerRole, "reset:password"),
    members: classroom.memberships.map((m) => ({
      membershipId: m.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      isViewer: m.user.id === userId,
      joinedAt: m.createdAt.toISOString(),
    })),
  };
}

// For the join-link page: the class and its teacher behind a code, so the visitor knows what they
// join. Archived classes take no new members.
export async function findClassroomByJoinCode(code: string): Promise<{ id: string; name: string; teacherName: string | null } | null> {
  const parsed = JoinCode.safeParse(code);
  if (!parsed.success) return null;
  const classroom = await db.classroom.findFirst({
    where: { joinCode: parsed.data, archivedAt: null },
    select: {
      id: true,
      name: true,
      memberships: {
        where: { role: { in: rolesWith("manage:class") } },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { user: { select: { name: true } } },
      },
    },
  });
  if (!classroom) return null;
  return { id: classroom.id, name: classroom.name, teacherName: classroom.memberships[0]?.user.name ?? null };
}
