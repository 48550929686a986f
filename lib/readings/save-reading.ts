import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isId, parseInput } from "@/lib/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SaveReadingInput } from "@/lib/readings/schemas";
import { sectionsAt } from "@/lib/readings/split";
import { withDefaultTitle } from "@/lib/readings/title";

// Creating and editing a teacher's readings. A reading's sections are frozen once any class has
// posted on it (posts and quotes point at section text); editing a frozen reading saves a new
// version that points back at it, and the old version stays exactly as it was.

function sectionRows(input: SaveReadingInput) {
  const texts = sectionsAt(
    input.text,
    input.sections.map((section) => section.start),
  );
  return input.sections.map((section, i) => ({
    position: i + 1,
    heading: section.heading,
    question: section.question,
    body: texts[i]!.text,
  }));
}

function details(input: SaveReadingInput) {
  return { title: input.title, author: input.author, source: input.source, perspective: input.perspective };
}

export async function createReading(userId: string, input: unknown): Promise<{ id: string }> {
  const parsed = parseInput(SaveReadingInput, withDefaultTitle(input));
  // One nested create: the reading and all its sections are written together or not at all.
  return db.reading.create({
    data: { ownerId: userId, ...details(parsed), sections: { create: sectionRows(parsed) } },
    select: { id: true },
  });
}

/** True once any class has a post (of any status) on the reading. */
export async function isReadingFrozen(readingId: string, client: Prisma.TransactionClient = db): Promise<boolean> {
  return (await client.post.count({ where: { assignment: { readingId } }, take: 1 })) > 0;
}

export type SavedReading = { id: string; version: number; newVersion: boolean };

export async function updateReading(userId: string, readingId: string, input: unknown): Promise<SavedReading> {
  const parsed = parseInput(SaveReadingInput, input);
  if (!isId(readingId)) throw notFound("That reading");
  const rows = sectionRows(parsed);
  return db.$transaction(async (tx) => {
    // Only the owner edits, and only the latest version (older ones are history).
    const reading = await tx.reading.findFirst({
      where: { id: readingId, ownerId: userId },
      select: { id: true, version: true, nextVersion: { select: { id: true } } },
    });
    if (!reading) throw notFound("That reading");
    if (reading.nextVersion) {
      throw new AppError("CONFLICT", "A newer version of this reading exists. Edit that one instead.");
    }
    if (await isReadingFrozen(reading.id, tx)) {
      const next = await tx.reading.create({
        data: {
          ownerId: userId,
          ...details(parsed),
          version: reading.version + 1,
          previousVersionId: reading.id,
          sections: { create: rows },
        },
        select: { id: true, version: true },
      });
      return { ...next, newVersion: true };
    }
    await replaceSections(tx, reading.id, rows);
    await tx.reading.update({ where: { id: reading.id }, data: details(parsed) });
    return { id: reading.id, version: reading.version, newVersion: false };
  });
}

// Unfrozen: sections are updated in place by position, so assignments keep the sections they
// include; sections past the new end go, new ones are included in every existing assignment.
async function replaceSections(tx: Prisma.TransactionClient, readingId: string, rows: ReturnType<typeof sectionRows>) {
  const existing = await tx.section.findMany({ where: { readingId }, select: { id: true, position: true } });
  const byPosition = new Map(existing.map((section) => [section.position, section.id]));
  await tx.section.deleteMany({ where: { readingId, position: { gt: rows.length } } });
  const assignments = await tx.assignment.findMany({ where: { readingId }, select: { id: true } });
  for (const row of rows) {
    const id = byPosition.get(row.position);
    if (id) {
      await tx.section.update({ where: { id }, data: row });
    } else {
      await tx.section.create({
        data: { ...row, readingId, assignments: { create: assignments.map((a) => ({ assignmentId: a.id })) } },
      });
    }
  }
}
