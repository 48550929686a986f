import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assignReading } from "@/lib/readings/assign-reading";
import { defaultDueAt } from "@/lib/assignments/defaults";

/**
 * One click for a new class: the platform's sample essay, every section, opening now and due in
 * 7 days at 23:59 (the browser sends that time in the teacher's zone), with no requirements.
 */
export async function assignSampleEssay(userId: string, input: { classroomId?: unknown; dueAt?: unknown }): Promise<{ id: string }> {
  const sample = await db.reading.findFirst({
    where: { ownerId: null, nextVersion: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!sample) throw notFound("The sample essay");
  return assignReading(userId, {
    classroomId: input.classroomId,
    readingId: sample.id,
    dueAt: input.dueAt || defaultDueAt().toISOString(),
  });
}
