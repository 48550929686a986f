import "server-only";
import { AppError } from "@/lib/errors";
import { limitFailures } from "@/lib/rate-limits/limiter";
import { requestIp } from "@/lib/rate-limits/client-ip";
import { findClassroomByJoinCode } from "@/lib/classes/queries";

// A join code can be guessed, so wrong codes count per address and per person; a code that works
// gives its point back, and a whole class joining from one school network is never held up (ADR 0011).
export async function limitJoinAttempts<T>(viewerId: string | null, work: () => Promise<T>): Promise<T> {
  const ip = await requestIp();
  return limitFailures(viewerId ? [["joinCodePerAddress", ip], ["joinCodePerUser", viewerId]] : [["joinCodePerAddress", ip]], work);
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
