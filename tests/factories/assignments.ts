import { db } from "@/lib/db";
import type { Classroom, LatePolicy, Reading, Section } from "@/lib/generated/prisma/client";

const HOUR = 60 * 60 * 1000;
/** A time `hours` from now (negative: in the past). */
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR);

/** An assignment with dates, requirements and a late policy (every section unless `sections`). */
export function createTimedAssignment(
  classroom: Pick<Classroom, "id">,
  reading: Pick<Reading, "id"> & { sections: Pick<Section, "id">[] },
  options: {
    opensAt?: Date;
    dueAt?: Date | null;
    latePolicy?: LatePolicy;
    minResponses?: number;
    minReplies?: number;
    minWords?: number;
    sections?: Pick<Section, "id">[];
  } = {},
) {
  const { sections = reading.sections, ...settings } = options;
  return db.assignment.create({
    data: {
      classroomId: classroom.id,
      readingId: reading.id,
      ...settings,
      sections: { create: sections.map(({ id }) => ({ sectionId: id })) },
    },
  });
}
