import "server-only";
import { db } from "@/lib/db";
import { JOINER_ROLE } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { JoinClassroomInput } from "@/lib/classes/schemas";
import { joinDestination } from "@/lib/classes/join-destination";
import { createAccount } from "@/lib/accounts/create-account";
import { parseInput } from "@/lib/validation";

// An archived class takes no new members: its code answers like an unknown one.
async function findJoinableClassroom(input: unknown): Promise<{ id: string }> {
  const { code } = parseInput(JoinClassroomInput, input);
  const classroom = await db.classroom.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true } });
  if (!classroom) {
    throw new AppError("NOT_FOUND", "No class has that join code. Check it with your teacher.", {
      code: ["No class has that join code."],
    });
  }
  return classroom;
}

async function addStudent(userId: string, classroomId: string): Promise<void> {
  await db.membership.upsert({
    where: { classroomId_userId: { classroomId, userId } },
    create: { classroomId, userId, role: JOINER_ROLE },
    update: {},
  });
}

// Joining is idempotent: a member who follows the link again keeps the role they have.
export async function joinClassroom(userId: string, input: unknown): Promise<{ classroomId: string }> {
  const classroom = await findJoinableClassroom(input);
  await addStudent(userId, classroom.id);
  return { classroomId: classroom.id };
}

/** Joins from a join link and says where to go next: the first section still needing a response. */
export async function joinByLink(userId: string, input: unknown): Promise<{ classroomId: string; destination: string }> {
  const { classroomId } = await joinClassroom(userId, input);
  return { classroomId, destination: await joinDestination(userId, classroomId) };
}

/**
 * A visitor's sign-up on a join link: the account and the membership together. The code is
 * checked before the account is made, so a bad code or a bad field writes nothing.
 */
export async function signUpAndJoin(input: unknown): Promise<{ email: string; classroomId: string; destination: string }> {
  const classroom = await findJoinableClassroom(input);
  const account = await createAccount(input);
  await addStudent(account.id, classroom.id);
  return { email: account.email, classroomId: classroom.id, destination: await joinDestination(account.id, classroom.id) };
}
