import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { can } from "@/lib/authz";
import { AssignReadingInput } from "@/lib/classes/schemas";
import { parseInput } from "@/lib/validation";

// A teacher may assign their own readings and the platform's samples.
export function assignableReadingsWhere(userId: string) {
  return { OR: [{ ownerId: userId }, { ownerId: null }] };
}

export async function assignReading(userId: string, input: unknown): Promise<{ id: string }> {
  const { classroomId, readingId } = parseInput(AssignReadingInput, input);
  const membership = await db.membership.findUnique({
    where: { classroomId_userId: { classroomId, userId } },
    select: { role: true },
  });
  if (!membership) throw notFound("That class");
  if (!can(membership.role, "assign:reading")) {
    throw new AppError("FORBIDDEN", "Only the class's teacher can assign readings.");
  }
  const reading = await db.reading.findFirst({
    where: { id: readingId, ...assignableReadingsWhere(userId) },
    select: { id: true, sections: { select: { id: true } } },
  });
  if (!reading) throw notFound("That reading");
  return db.assignment.create({
    data: { classroomId, readingId, sections: { create: reading.sections.map(({ id }) => ({ sectionId: id })) } },
    select: { id: true },
  });
}

export type AssignableReading = { id: string; title: string; subtitle: string | null; sectionCount: number };

export async function listAssignableReadings(userId: string): Promise<AssignableReading[]> {
  const readings = await db.reading.findMany({
    where: assignableReadingsWhere(userId),
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, subtitle: true, _count: { select: { sections: true } } },
  });
  return readings.map(({ _count, ...reading }) => ({ ...reading, sectionCount: _count.sections }));
}
