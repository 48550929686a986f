import type { Role } from "@/lib/generated/prisma/enums";

// Who manages a class, in one place until these join the permission strings in lib/authz.ts.
// Teachers (including co-teachers) manage the roster, the join code, archiving and assignments;
// TAs see the roster and the class overview but change neither.

/** Manage the roster, join code, archive state and assignments. */
export function canManageClass(role: Role | null | undefined): boolean {
  return role === "TEACHER";
}

/** See the roster with names and emails, and the class overview. */
export function canViewRoster(role: Role | null | undefined): boolean {
  return role === "TEACHER" || role === "TA";
}

export const ROLE_LABELS: Record<Role, string> = { TEACHER: "Teacher", TA: "TA", STUDENT: "Student" };
