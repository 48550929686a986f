import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import { spanProblem } from "@/lib/discussion/quote-spans";
import { recordAudit } from "@/lib/moderation/record-audit";
import { describeClaim } from "@/lib/claims/format";
import { MarkClaimInput } from "@/lib/claims/schemas";

// A teacher or TA marks a span of one section of an assignment as contested, with a note and
// counter-sources. The span must be the section's exact text; the audit entry is written with it.
export async function markClaim(userId: string, input: unknown): Promise<{ id: string }> {
  const { assignmentId, position, start, end, quote, note, sources } = parseInput(MarkClaimInput, input);
  // Only sections in this assignment: a section of the reading left out of it is not found.
  const { classroom, section } = await requireAccess(userId, { assignmentId, position }, "mark:claim", { writable: true });
  const problem = spanProblem(section.body, { start, end, text: quote });
  if (problem) throw new AppError("INVALID", problem, { quote: [problem] });

  return db.$transaction(async (tx) => {
    const same = await tx.contestedClaim.findFirst({ where: { assignmentId, sectionId: section.id, start, end }, select: { id: true } });
    if (same) throw new AppError("CONFLICT", "That passage is already marked as contested. Remove the existing note first to replace it.");
    const claim = await tx.contestedClaim.create({
      data: {
        assignmentId,
        sectionId: section.id,
        start,
        end,
        quote,
        note,
        createdById: userId,
        sources: { create: sources.map((source, index) => ({ ...source, position: index })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, { classroomId: classroom.id, actorId: userId, action: "ADD_CLAIM", reason: describeClaim(position, quote) });
    return claim;
  });
}
