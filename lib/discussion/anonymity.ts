import "server-only";
import { db } from "@/lib/db";
import type { AnonymityMode } from "@/lib/generated/prisma/enums";

export const ANONYMOUS_LABEL = "Anonymous student";

// An assignment follows its class unless the teacher overrode it.
export function effectiveAnonymity(assignment: { anonymity: AnonymityMode | null }, classroom: { anonymity: AnonymityMode }): AnonymityMode {
  return assignment.anonymity ?? classroom.anonymity;
}

// Each student's stable label within one assignment ("Student 7"), allocated on first need. Labels
// are unique per assignment; two allocations racing for one label make one retry with the next.
// Runs outside transactions on purpose: a unique violation would abort an enclosing one.
export async function pseudonymsFor(assignmentId: string, userIds: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(userIds)];
  const labels = new Map<string, string>();
  if (wanted.length === 0) return labels;
  const existing = await db.pseudonym.findMany({ where: { assignmentId, userId: { in: wanted } }, select: { userId: true, label: true } });
  for (const row of existing) labels.set(row.userId, row.label);
  for (const userId of wanted) {
    if (!labels.has(userId)) labels.set(userId, await allocatePseudonym(assignmentId, userId));
  }
  return labels;
}

async function allocatePseudonym(assignmentId: string, userId: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const taken = await db.pseudonym.count({ where: { assignmentId } });
    const label = `Student ${taken + 1 + attempt}`;
    try {
      await db.pseudonym.create({ data: { assignmentId, userId, label } });
      return label;
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
      // Either the label went to someone else (try the next) or this student got one meanwhile.
      const mine = await db.pseudonym.findUnique({ where: { assignmentId_userId: { assignmentId, userId } }, select: { label: true } });
      if (mine) return mine.label;
    }
  }
  throw new Error("Could not allocate a pseudonym");
}
