import "server-only";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";

export const NOT_A_CLAIM_MARKER = "Only the class's teachers and TAs can mark or remove contested claims.";

export function assertCanMarkClaims(role: Role): void {
  if (!can(role, "mark:claim")) throw new AppError("FORBIDDEN", NOT_A_CLAIM_MARKER);
}
