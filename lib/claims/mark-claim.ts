import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { memberOf, roleIn } from "@/lib/authz";
import { parseInput } from "@/lib/validation";
import { spanProblem } from "@/lib/debate/spans";
import { recordAudit } from "@/lib/moderation/access";
import { assertCanMarkClaims } from "@/lib/claims/access";
import { assertClassroomWritable } from "@/lib/classes/archive";
import { describeClaim } from "@/lib/claims/format";
import { MarkClaimInput } from "@/lib/claims/schemas";

// A teacher or TA marks a span of one section of an assignment as contested, with a note and
// counter-sources. The span must be the section's exact text; the audit entry is written with it.
export async function markClaim(userId: string, input: unknown): Promise<{ id: string }> {
  const { assignmentId, position, start, end, quote, note, sources } = parseInput(MarkClaimInput, input);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: memberOf(userId) },
    select: {
      classroomId: true,
      classroom: { select: { archivedAt: true, ...roleIn(userId) } },
      // Only sections in this assignment: a section of the reading left out of it is not found.
      sections: { where: { section: { position } }, select: { sectionId: true, section: { select: { body: true } } } },
    },
  });
  const role = assignment?.classroom.memberships[0]?.role;
  const placement = assignment?.sections[0];
  if (!assignment || !role || !placement) throw notFound("That section");
  assertCanMarkClaims(role);
  assertClassroomWritable(assignment.classroom);

  const problem = spanProblem(placement.section.body, { start, end, text: quote });
  if (problem) throw new AppError("INVALID", problem, { quote: [problem] });

  return db.$transaction(async (tx) => {
    const same = await tx.contestedClaim.findFirst({ where: { assignmentId, sectionId: placement.sectionId, start, end }, select: { id: true } });
    if (same) throw new AppError("CONFLICT", "That passage is already marked as contested. Remove the existing note first to replace it.");
    const claim = await tx.contestedClaim.create({
      data: {
        assignmentId,
        sectionId: placement.sectionId,
        start,
        end,
        quote,
        note,
        createdById: userId,
        sources: { create: sources.map((source, index) => ({ ...source, position: index })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, { classroomId: assignment.classroomId, actorId: userId, action: "ADD_CLAIM", reason: describeClaim(position, quote) });
    return claim;
  });
}
