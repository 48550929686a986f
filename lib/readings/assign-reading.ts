import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireAccess } from "@/lib/access";
import { AssignReadingInput } from "@/lib/assignments/schemas";
import { includedSections } from "@/lib/assignments/included-sections";
import { parseInput } from "@/lib/validation";

// A teacher may assign their own readings and the platform's samples.
export function assignableReadingsWhere(userId: string) {
  return { OR: [{ ownerId: userId }, { ownerId: null }] };
}

export async function assignReading(userId: string, input: unknown): Promise<{ id: string }> {
  const { classroomId, readingId, sectionIds, opensAt, ...settings } = parseInput(AssignReadingInput, input);
  await requireAccess(userId, { classroomId }, "assign:reading", { writable: true });
  const reading = await db.reading.findFirst({
    where: { id: readingId, ...assignableReadingsWhere(userId) },
    select: { id: true, sections: { select: { id: true } } },
  });
  if (!reading) throw notFound("That reading");
  const included = includedSections(
    reading.sections.map(({ id }) => id),
    sectionIds,
  );
  return db.assignment.create({
    data: {
      classroomId,
      readingId,
      ...settings,
      ...(opensAt ? { opensAt } : {}),
      sections: { create: included.map((sectionId) => ({ sectionId })) },
    },
    select: { id: true },
  });
}

export type AssignableReading = {
  id: string;
  title: string;
  subtitle: string | null;
  version: number;
  sections: { id: string; position: number; heading: string | null }[];
};

/** The latest version of each reading the teacher may assign, with its sections to choose from. */
export async function listAssignableReadings(userId: string): Promise<AssignableReading[]> {
  return db.reading.findMany({
    where: { ...assignableReadingsWhere(userId), nextVersion: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      subtitle: true,
      version: true,
      sections: { orderBy: { position: "asc" }, select: { id: true, position: true, heading: true } },
    },
  });
}
