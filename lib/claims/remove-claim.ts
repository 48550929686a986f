import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { requireAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/record-audit";
import { describeClaim } from "@/lib/claims/format";
import { RemoveClaimInput } from "@/lib/claims/schemas";

export async function removeClaim(userId: string, input: unknown): Promise<void> {
  const { assignmentId, claimId } = parseInput(RemoveClaimInput, input);
  const { classroom } = await requireAccess(userId, { assignmentId }, "mark:claim", { writable: true });
  const claim = await db.contestedClaim.findFirst({
    where: { id: claimId, assignmentId },
    select: { quote: true, placement: { select: { section: { select: { position: true } } } } },
  });
  if (!claim) throw notFound("That contested claim");
  const classroomId = classroom.id;
  await db.$transaction(async (tx) => {
    const { count } = await tx.contestedClaim.deleteMany({ where: { id: claimId } });
    if (count === 0) throw new AppError("CONFLICT", "That contested claim was already removed.");
    await recordAudit(tx, { classroomId, actorId: userId, action: "REMOVE_CLAIM", reason: describeClaim(claim.placement.section.position, claim.quote) });
  });
}
