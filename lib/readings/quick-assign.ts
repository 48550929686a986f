import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assignReading } from "@/lib/readings/assign-reading";
import { defaultDueAt } from "@/lib/assignments/defaults";

type QuickAssignInput = { classroomId?: unknown; readingId?: unknown; dueAt?: unknown };

/**
 * One click for a new class: a reading (the platform's sample essay unless one is named), every
 * section, opening now and due in 7 days at 23:59 (the browser sends that time in the teacher's
 * zone), with no requirements. assignReading checks the input and the teacher's access.
 */
export async function assignWithDefaults(userId: string, input: QuickAssignInput): Promise<{ id: string }> {
  const readingId = input.readingId || (await sampleEssayId());
  return assignReading(userId, {
    classroomId: input.classroomId,
    readingId,
    dueAt: input.dueAt || defaultDueAt().toISOString(),
  });
}

async function sampleEssayId(): Promise<string> {
  const sample = await db.reading.findFirst({ where: { ownerId: null, nextVersion: null }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!sample) throw notFound("The sample essay");
  return sample.id;
}
