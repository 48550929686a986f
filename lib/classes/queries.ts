import "server-only";
import { db } from "@/lib/db";
import { can, memberOf, roleIn } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";
import { JoinCode } from "@/lib/classes/join-code";

export type ClassroomSummary = { id: string; name: string; role: Role; memberCount: number; assignmentCount: number };

export async function listMyClassrooms(userId: string): Promise<ClassroomSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      role: true,
      classroom: {
        select: { id: true, name: true, _count: { select: { memberships: true, assignments: true } } },
      },
    },
  });
  return memberships.map(({ role, classroom }) => ({
    id: classroom.id,
    name: classroom.name,
    role,
    memberCount: classroom._count.memberships,
    assignmentCount: classroom._count.assignments,
  }));
}

export type AssignmentSummary = { id: string; title: string; subtitle: string | null; sectionCount: number };

export type ClassroomView = {
  id: string;
  name: string;
  role: Role;
  joinCode: string | null;
  memberCount: number;
  assignments: AssignmentSummary[];
  canAssign: boolean;
};

// null when the class does not exist or the viewer is not a member: the page shows "not found".
export async function getClassroom(userId: string, classroomId: string): Promise<ClassroomView | null> {
  const classroom = await db.classroom.findFirst({
    where: { id: classroomId, ...memberOf(userId) },
    select: {
      id: true,
      name: true,
      joinCode: true,
      ...roleIn(userId),
      _count: { select: { memberships: true } },
      assignments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          reading: { select: { title: true, subtitle: true } },
          _count: { select: { sections: true } },
        },
      },
    },
  });
  const role = classroom?.memberships[0]?.role;
  if (!classroom || !role) return null;
  return {
    id: classroom.id,
    name: classroom.name,
    role,
    joinCode: can(role, "view:join-code") ? classroom.joinCode : null,
    memberCount: classroom._count.memberships,
    canAssign: can(role, "assign:reading"),
    assignments: classroom.assignments.map(({ id, reading, _count }) => ({
      id,
      title: reading.title,
      subtitle: reading.subtitle,
      sectionCount: _count.sections,
    })),
  };
}

// For the join-link page: the class name behind a code, so the visitor knows what they join.
export async function findClassroomByJoinCode(code: string): Promise<{ id: string; name: string } | null> {
  const parsed = JoinCode.safeParse(code);
  if (!parsed.success) return null;
  return db.classroom.findUnique({ where: { joinCode: parsed.data }, select: { id: true, name: true } });
}
