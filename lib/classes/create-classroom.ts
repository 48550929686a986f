import "server-only";
import { db } from "@/lib/db";
import { CREATOR_ROLE } from "@/lib/authz";
import { Prisma } from "@/lib/generated/prisma/client";
import { generateJoinCode } from "@/lib/classes/join-code";
import { CreateClassroomInput } from "@/lib/classes/schemas";
import { parseInput } from "@/lib/validation";

// Whoever creates a class teaches it.
export async function createClassroom(userId: string, input: unknown): Promise<{ id: string }> {
  const { name } = parseInput(CreateClassroomInput, input);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.classroom.create({
        data: { name, joinCode: generateJoinCode(), memberships: { create: { userId, role: CREATOR_ROLE } } },
        select: { id: true },
      });
    } catch (error) {
      // 32^8 codes make a collision rare; retry a few times rather than check-then-insert.
      const collided = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!collided || attempt >= 4) throw error;
    }
  }
}
