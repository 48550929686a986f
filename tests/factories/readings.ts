import { db } from "@/lib/db";
import type { Classroom, Reading, Section, User } from "@/lib/generated/prisma/client";
import { uniqueSuffix } from "@/tests/setup/factories";

/** A reading with `sectionCount` sections (positions 1..n). No owner makes it a sample reading. */
export async function createReading(
  options: { owner?: Pick<User, "id"> | null; sectionCount?: number } = {},
): Promise<Reading & { sections: Section[] }> {
  const count = options.sectionCount ?? 3;
  return db.reading.create({
    data: {
      ownerId: options.owner?.id ?? null,
      title: `Reading ${uniqueSuffix()}`,
      sections: {
        create: Array.from({ length: count }, (_, i) => ({
          position: i + 1,
          body: `Section ${i + 1} text.`,
          question: `Question ${i + 1}?`,
        })),
      },
    },
    include: { sections: { orderBy: { position: "asc" } } },
  });
}

/** Assigns every section of the reading unless `sections` names some. */
export function createAssignment(
  classroom: Pick<Classroom, "id">,
  reading: Pick<Reading, "id"> & { sections: Pick<Section, "id">[] },
  options: { sections?: Pick<Section, "id">[] } = {},
) {
  const included = options.sections ?? reading.sections;
  return db.assignment.create({
    data: {
      classroomId: classroom.id,
      readingId: reading.id,
      sections: { create: included.map(({ id }) => ({ sectionId: id })) },
    },
  });
}

export function createPost(input: {
  assignmentId: string;
  sectionId: string;
  authorId: string;
  parentId?: string;
  body?: string;
  createdAt?: Date;
}) {
  return db.post.create({ data: { body: `Post ${uniqueSuffix()}`, ...input } });
}
