import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ReadingIdInput } from "@/lib/readings/schemas";

// A sample (a reading with no owner) is read-only; a teacher edits their own copy of it.
export async function copySampleReading(userId: string, input: unknown): Promise<{ id: string }> {
  const { readingId } = parseInput(ReadingIdInput, input);
  const sample = await db.reading.findFirst({
    where: { id: readingId, ownerId: null },
    select: {
      title: true,
      subtitle: true,
      tagline: true,
      author: true,
      source: true,
      perspective: true,
      sections: { orderBy: { position: "asc" }, select: { position: true, heading: true, body: true, question: true } },
    },
  });
  if (!sample) throw notFound("That sample reading");
  const { sections, ...details } = sample;
  return db.reading.create({ data: { ...details, ownerId: userId, sections: { create: sections } }, select: { id: true } });
}
