import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/accounts/password";
import { parseInput } from "@/lib/validation";
import { SignUpInput } from "@/lib/accounts/schemas";
import { Prisma } from "@/lib/generated/prisma/client";

export async function createAccount(input: unknown): Promise<{ id: string; email: string }> {
  const { name, email, password } = parseInput(SignUpInput, input);
  const taken = new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
    email: ["An account with this email already exists."],
  });
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw taken;
  try {
    return await db.user.create({
      data: { name, email, passwordHash: await hashPassword(password) },
      select: { id: true, email: true },
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken;
    throw error;
  }
}
