import "server-only";
import { AppError } from "@/lib/errors";
import { limitFailures } from "@/lib/rate-limits/limiter";
import { requestIp } from "@/lib/rate-limits/client-ip";
import { findClassroomByJoinCode } from "@/lib/classes/queries";

const isWrongCode = (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND";

// A join code can be guessed, so wrong codes count per address and per person. Anything else gives
// its point back (a code that works, a typo in a sign-up field), so a whole class joining from one
// school network is never held up (ADR 0011).
export async function limitJoinAttempts<T>(viewerId: string | null, work: () => Promise<T>): Promise<T> {
  const ip = await requestIp();
  const checks = viewerId ? ([["joinCodePerAddress", ip], ["joinCodePerUser", viewerId]] as const) : ([["joinCodePerAddress", ip]] as const);
  const outcome = await limitFailures(
    checks,
    () => work().then((value) => ({ value }), (error: unknown) => ({ error })),
    (result) => !("error" in result && isWrongCode(result.error)),
  );
  if ("error" in outcome) throw outcome.error;
  return outcome.value;
}

type JoinLinkClassroom = Awaited<ReturnType<typeof findClassroomByJoinCode>>;

/** The join link page's class; null for an unknown code, and for an address that tried too many. */
export async function findClassroomByJoinLink(code: string): Promise<JoinLinkClassroom> {
  try {
    return await limitJoinAttempts(null, async () => {
      const classroom = await findClassroomByJoinCode(code);
      if (!classroom) throw new AppError("NOT_FOUND", "No class has that join code.");
      return classroom;
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "RATE_LIMITED")) return null;
    throw error;
  }
}
