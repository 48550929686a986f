import "server-only";
import { db } from "@/lib/db";
import { JOINER_ROLE } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { JoinClassroomInput } from "@/lib/classes/schemas";
import { parseInput } from "@/lib/validation";

// Joining is idempotent: a member who follows the link again keeps the role they have.
// An archived class takes no new members: its code answers like an unknown one.
export async function joinClassroom(userId: string, input: unknown): Promise<{ classroomId: string }> {
  const { code } = parseInput(JoinClassroomInput, input);
  const classroom = await db.classroom.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true } });
  if (!classroom) {
    throw new AppError("NOT_FOUND", "No class has that join code. Check it with your teacher.", {
      code: ["No class has that join code."],
    });
  }
  await db.membership.upsert({
    where: { classroomId_userId: { classroomId: classroom.id, userId } },
    create: { classroomId: classroom.id, userId, role: JOINER_ROLE },
    update: {},
  });
  return { classroomId: classroom.id };
}
