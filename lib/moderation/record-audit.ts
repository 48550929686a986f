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
// One action can concern several classes (a rubric they share): one statement for all entries.
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditInput | AuditInput[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry];
  if (entries.length > 0) await tx.auditEntry.createMany({ data: entries });
}
