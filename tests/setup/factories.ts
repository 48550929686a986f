import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/accounts/password";
import { generateJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db";
import type { Classroom, Membership, Role, User } from "@/lib/generated/prisma/client";

// Generic factories for integration tests. Each call makes rows that can't collide with any other
// call's, so tests need no cleanup (every test file has its own database anyway).

/** Password of every factory user unless overridden. */
export const FACTORY_PASSWORD = "factory-password-1";

// argon2 is deliberately slow: hash the shared password once per test file, not once per user.
let sharedHash: Promise<string> | undefined;
function hashFor(password: string): Promise<string> {
  if (password !== FACTORY_PASSWORD) return hashPassword(password);
  return (sharedHash ??= hashPassword(FACTORY_PASSWORD));
}

let counter = 0;
/** A short string unique within the run (per-process counter plus randomness). */
export function uniqueSuffix(): string {
  counter += 1;
  return `${counter}-${randomUUID().slice(0, 8)}`;
}

/** The user plus the plain password, so a test can sign in as them. */
export type FactoryUser = User & { password: string };

export async function createUser(
  overrides: { email?: string; name?: string; password?: string } = {},
): Promise<FactoryUser> {
  const suffix = uniqueSuffix();
  const password = overrides.password ?? FACTORY_PASSWORD;
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `user-${suffix}@example.test`,
      name: overrides.name ?? `Test User ${suffix}`,
      passwordHash: await hashFor(password),
    },
  });
  return { ...user, password };
}

export async function createClassroom(overrides: { name?: string; joinCode?: string } = {}): Promise<Classroom> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.classroom.create({
        data: { name: overrides.name ?? `Class ${uniqueSuffix()}`, joinCode: overrides.joinCode ?? generateJoinCode() },
      });
    } catch (error) {
      // A random join code can collide; retry unless the caller chose it.
      const uniqueViolation = (error as { code?: string }).code === "P2002";
      if (!uniqueViolation || overrides.joinCode || attempt >= 5) throw error;
    }
  }
}

export function createMembership(input: {
  user: Pick<User, "id">;
  classroom: Pick<Classroom, "id">;
  role: Role;
}): Promise<Membership> {
  return db.membership.create({ data: { userId: input.user.id, classroomId: input.classroom.id, role: input.role } });
}

/** A new user who belongs to `classroom` with `role` (default STUDENT). */
export async function createMember(
  classroom: Pick<Classroom, "id">,
  role: Role = "STUDENT",
  overrides: Parameters<typeof createUser>[0] = {},
): Promise<{ user: FactoryUser; membership: Membership }> {
  const user = await createUser(overrides);
  const membership = await createMembership({ user, classroom, role });
  return { user, membership };
}
