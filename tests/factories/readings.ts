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

export function createAssignment(classroom: Pick<Classroom, "id">, reading: Pick<Reading, "id">) {
  return db.assignment.create({ data: { classroomId: classroom.id, readingId: reading.id } });
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
