import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationAction } from "@/lib/generated/prisma/enums";

export type AuditInput = {
  classroomId: string;
  // null for what the system did by itself (auto-hide after reports).
  actorId: string | null;
  action: ModerationAction;
  postId?: string | null;
  targetUserId?: string | null;
  reason?: string | null;
};

// Always called with the transaction that performs the action, so neither exists without the other.
export function recordAudit(tx: Prisma.TransactionClient, entry: AuditInput) {
  return tx.auditEntry.create({ data: entry, select: { id: true } });
}
