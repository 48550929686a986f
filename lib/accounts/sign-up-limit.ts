import "server-only";
import { consumeRateLimit } from "@/lib/rate-limits/limiter";
import { requestIp } from "@/lib/rate-limits/client-ip";

// Every sign-up counts against the visitor's address, so accounts cannot be made in bulk (ADR 0011).
export async function limitSignUps(): Promise<void> {
  await consumeRateLimit("signUpPerAddress", await requestIp());
}
