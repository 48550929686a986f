import "server-only";

// Prisma `where` fragment for assignments: students see an assignment from its opening time on;
// the class's teachers and TAs see it always. Pairs with assignmentWindow() (window.ts), which
// decides the same thing for one assignment already loaded.
export function visibleAssignmentWhere(userId: string, now: Date) {
  return {
    OR: [
      { opensAt: { lte: now } },
      { classroom: { memberships: { some: { userId, role: { in: ["TEACHER" as const, "TA" as const] } } } } },
    ],
  };
}
