import { db } from "@/lib/db";
import type { PollRound } from "@/lib/generated/prisma/enums";
import { createClassroom, createMember } from "@/tests/setup/factories";
import { createReading } from "@/tests/factories/readings";
import { createTimedAssignment, hoursFromNow } from "@/tests/factories/assignments";

export const THESIS = "The Korean War was a defensive war for North Korea and China.";

/**
 * A class whose assignment (opened an hour ago, due in a day unless `dueAt`) poses THESIS: a
 * teacher, a TA, three students (named so they sort Ada, Ben, Cy), and a student of another class.
 */
export async function createPollClass(options: { dueAt?: Date | null; thesis?: string | null } = {}) {
  const classroom = await createClassroom();
  const reading = await createReading({ sectionCount: 2 });
  const assignment = await createTimedAssignment(classroom, reading, {
    opensAt: hoursFromNow(-1),
    dueAt: options.dueAt === undefined ? hoursFromNow(24) : options.dueAt,
  });
  await db.assignment.update({ where: { id: assignment.id }, data: { thesis: options.thesis === undefined ? THESIS : options.thesis } });
  const [teacher, ta, ada, ben, cy] = await Promise.all([
    createMember(classroom, "TEACHER"),
    createMember(classroom, "TA"),
    createMember(classroom, "STUDENT", { name: "Ada Lovelace" }),
    createMember(classroom, "STUDENT", { name: "Ben Okri" }),
    createMember(classroom, "STUDENT", { name: "Cy Twombly" }),
  ]);
  const otherClass = await createClassroom();
  const { user: outsider } = await createMember(otherClass, "STUDENT");
  return { classroom, reading, assignment, teacher: teacher.user, ta: ta.user, ada: ada.user, ben: ben.user, cy: cy.user, outsider };
}

/** An answer written directly, for results tests that need no round rules. */
export function seedAnswer(assignmentId: string, userId: string, round: PollRound, rating: number) {
  return db.pollAnswer.create({ data: { assignmentId, userId, round, rating } });
}
