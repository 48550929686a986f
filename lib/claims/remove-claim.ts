import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { memberOf, roleIn } from "@/lib/authz";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/access";
import { assertCanMarkClaims } from "@/lib/claims/access";
import { assertClassroomWritable } from "@/lib/classes/archive";
import { describeClaim } from "@/lib/claims/format";
import { RemoveClaimInput } from "@/lib/claims/schemas";

export async function removeClaim(userId: string, input: unknown): Promise<void> {
  const { assignmentId, claimId } = parseInput(RemoveClaimInput, input);
  const claim = await db.contestedClaim.findFirst({
    where: { id: claimId, assignmentId, placement: { assignment: { classroom: memberOf(userId) } } },
    select: {
      quote: true,
      placement: {
        select: {
          section: { select: { position: true } },
          assignment: { select: { classroomId: true, classroom: { select: { archivedAt: true, ...roleIn(userId) } } } },
        },
      },
    },
  });
  const role = claim?.placement.assignment.classroom.memberships[0]?.role;
  if (!claim || !role) throw notFound("That contested claim");
  assertCanMarkClaims(role);
  assertClassroomWritable(claim.placement.assignment.classroom);

  const { classroomId } = claim.placement.assignment;
  await db.$transaction(async (tx) => {
    const { count } = await tx.contestedClaim.deleteMany({ where: { id: claimId } });
    if (count === 0) throw new AppError("CONFLICT", "That contested claim was already removed.");
    await recordAudit(tx, { classroomId, actorId: userId, action: "REMOVE_CLAIM", reason: describeClaim(claim.placement.section.position, claim.quote) });
  });
}
