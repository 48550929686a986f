import "server-only";
import { db } from "@/lib/db";

export const HEALTH_TIMEOUT_MS = 2000;

/**
 * Whether the database answers `SELECT 1` within the timeout. A server that is down or unreachable
 * can leave a connection attempt hanging far longer than a load balancer waits, so the answer does
 * not wait for it.
 */
export async function isDatabaseReachable(client: Pick<typeof db, "$queryRaw"> = db, timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = client.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
