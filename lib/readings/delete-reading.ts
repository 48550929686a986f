import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { plural } from "@/lib/format";
import { parseInput } from "@/lib/validation";
import { ReadingIdInput } from "@/lib/readings/schemas";

/** Why a reading can't be deleted: "Used by 2 assignments…", or null when it can. */
export function deleteBlocker(assignmentCount: number): string | null {
  return assignmentCount > 0 ? `Used by ${plural(assignmentCount, "assignment")}, so it can't be deleted. Delete those assignments first.` : null;
}

// Only its owner deletes a reading, and only while no assignment (in any class) uses it: posts
// and quotes point at its sections. A newer version that pointed back at it just loses the link.
export async function deleteReading(userId: string, input: unknown): Promise<void> {
  const { readingId } = parseInput(ReadingIdInput, input);
  await db.$transaction(
    async (tx) => {
      const reading = await tx.reading.findFirst({ where: { id: readingId, ownerId: userId }, select: { id: true, _count: { select: { assignments: true } } } });
      if (!reading) throw notFound("That reading");
      const blocker = deleteBlocker(reading._count.assignments);
      if (blocker) throw new AppError("CONFLICT", blocker);
      await tx.reading.delete({ where: { id: reading.id } });
    },
    { isolationLevel: "Serializable" },
  );
}
