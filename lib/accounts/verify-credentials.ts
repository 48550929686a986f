import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/accounts/password";
import { SignInInput } from "@/lib/accounts/schemas";
import { limitFailures } from "@/lib/rate-limits/limiter";

// A hash of a random password, verified against when the email is unknown, so a wrong email
// takes as long as a wrong password and response times don't reveal who has an account.
const DECOY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$3ZRrZSAwSPR2c7warYhyag$AG5uuhk/Bl7oXZWOZSU9iYMjy8pXb/q9/bmHpCYdyxA";

export type AuthenticatedUser = { id: string; name: string; email: string; sessionVersion: number };

// Failed attempts count per account and per address (`ip`), so passwords cannot be guessed at
// speed; a successful sign-in gives its point back (ADR 0011).
export async function verifyCredentials(input: unknown, ip = "unknown"): Promise<AuthenticatedUser | null> {
  const parsed = SignInInput.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  return limitFailures(
    [
      ["signInPerAccount", email],
      ["signInPerAddress", ip],
    ],
    () => checkPassword(email, password),
    (user) => user !== null,
  );
}

async function checkPassword(email: string, password: string): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DECOY_HASH, password);
  if (!user || !valid) return null;
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
