import { db } from "@/lib/db";
import type { AnonymityMode } from "@/lib/generated/prisma/enums";
import { createClassroom, createMember, createUser } from "@/tests/setup/factories";
import { createAssignment, createReading } from "@/tests/factories/readings";

/** A class with one assignment of a 3-section reading: a teacher, a TA, three students, an outsider. */
export async function createModeratedClass(
  options: {
    classroom?: { approvalRequired?: boolean; anonymity?: AnonymityMode; reportThreshold?: number };
    assignment?: { approvalRequired?: boolean | null; anonymity?: AnonymityMode | null; slowModeSeconds?: number };
  } = {},
) {
  const classroom = await createClassroom();
  if (options.classroom) await db.classroom.update({ where: { id: classroom.id }, data: options.classroom });
  const reading = await createReading({ sectionCount: 3 });
  const assignment = await createAssignment(classroom, reading);
  if (options.assignment) await db.assignment.update({ where: { id: assignment.id }, data: options.assignment });
  const [teacher, ta, alice, bob, carol] = await Promise.all([
    createMember(classroom, "TEACHER", { name: `Teacher ${classroom.id}` }),
    createMember(classroom, "TA"),
    createMember(classroom, "STUDENT"),
    createMember(classroom, "STUDENT"),
    createMember(classroom, "STUDENT"),
  ]);
  // A student of another class.
  const otherClass = await createClassroom();
  const { user: outsider } = await createMember(otherClass, "STUDENT");
  return {
    classroom,
    reading,
    assignment,
    teacher: teacher.user,
    teacherMembership: teacher.membership,
    ta: ta.user,
    taMembership: ta.membership,
    alice: alice.user,
    aliceMembership: alice.membership,
    bob: bob.user,
    bobMembership: bob.membership,
    carol: carol.user,
    outsider,
    // An id no user has: what a signed-out caller amounts to below the session layer.
    unknownUserId: "nosuchuser0000000000000000",
    createUser,
  };
}

export type ModeratedClass = Awaited<ReturnType<typeof createModeratedClass>>;

/** A response in section 1 straight in the database, in the given status. */
export function createResponseRow(
  world: Pick<ModeratedClass, "assignment" | "reading">,
  authorId: string,
  data: { status?: "PUBLISHED" | "PENDING" | "REJECTED" | "HIDDEN" | "DELETED"; body?: string; moderationReason?: string | null; parentId?: string; createdAt?: Date; pinnedAt?: Date } = {},
) {
  return db.post.create({
    data: {
      assignmentId: world.assignment.id,
      sectionId: world.reading.sections[0]!.id,
      authorId,
      body: data.body ?? `Post ${Math.random().toString(36).slice(2)}`,
      ...data,
    },
  });
}
