import "server-only";
import { can, rolesWith } from "@/lib/authz";
import { requireAccess } from "@/lib/access";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { generateJoinCode } from "@/lib/classes/join-code";
import { ArchiveClassroomInput, ChangeRoleInput, ClassroomIdInput, RemoveMemberInput } from "@/lib/classes/schemas";

// Roster and class settings. Only the class's teachers manage them; a class always keeps at least
// one teacher, so nobody (a co-teacher included) can remove or demote the last one.

type Tx = Prisma.TransactionClient;

const MANAGERS = rolesWith("manage:class");

async function findTarget(tx: Tx, classroomId: string, membershipId: string) {
  const target = await tx.membership.findFirst({ where: { id: membershipId, classroomId }, select: { id: true, role: true } });
  if (!target) throw notFound("That member");
  return target;
}

async function assertNotLastTeacher(tx: Tx, classroomId: string, target: { role: Role }) {
  if (!can(target.role, "manage:class")) return;
  const teachers = await tx.membership.count({ where: { classroomId, role: { in: MANAGERS } } });
  if (teachers <= 1) throw new AppError("CONFLICT", "A class needs at least one teacher. Make someone else a teacher first.");
}

// Serializable: two teachers demoting each other at once must not leave the class with none.
function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, { isolationLevel: "Serializable" });
}

export async function removeMember(userId: string, input: unknown): Promise<void> {
  const { classroomId, membershipId } = parseInput(RemoveMemberInput, input);
  await requireAccess(userId, { classroomId }, "manage:class", { writable: true });
  await inTransaction(async (tx) => {
    const target = await findTarget(tx, classroomId, membershipId);
    await assertNotLastTeacher(tx, classroomId, target);
    // Their posts stay: the discussion keeps its shape; they lose access to the class.
    await tx.membership.delete({ where: { id: target.id } });
  });
}

export async function changeMemberRole(userId: string, input: unknown): Promise<void> {
  const { classroomId, membershipId, role } = parseInput(ChangeRoleInput, input);
  await requireAccess(userId, { classroomId }, "manage:class", { writable: true });
  await inTransaction(async (tx) => {
    const target = await findTarget(tx, classroomId, membershipId);
    if (target.role === role) return;
    await assertNotLastTeacher(tx, classroomId, target);
    await tx.membership.update({ where: { id: target.id }, data: { role } });
  });
}

/** A new join code; the old one stops working at once. */
export async function regenerateJoinCode(userId: string, input: unknown): Promise<{ joinCode: string }> {
  const { classroomId } = parseInput(ClassroomIdInput, input);
  await requireAccess(userId, { classroomId }, "manage:class", { writable: true });
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.classroom.update({ where: { id: classroomId }, data: { joinCode: generateJoinCode() }, select: { joinCode: true } });
    } catch (error) {
      const collided = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!collided || attempt >= 4) throw error;
    }
  }
}

export async function setClassroomArchived(userId: string, input: unknown): Promise<void> {
  const { classroomId, archived } = parseInput(ArchiveClassroomInput, input);
  await requireAccess(userId, { classroomId }, "manage:class");
  await db.classroom.update({ where: { id: classroomId }, data: { archivedAt: archived ? new Date() : null } });
}
