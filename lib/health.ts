import "server-only";
import { db } from "@/lib/db";

// Whether the database serves right now; throws what the pool or the server raised when it does not.
export async function checkDatabase(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
