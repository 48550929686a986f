import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { ROLE_NOUNS, canModerateMember } from "@/lib/authz";
import { requireAccess } from "@/lib/access";
import { formatTimestamp } from "@/lib/format";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/record-audit";
import { MuteInput, UnmuteInput } from "@/lib/moderation/schemas";

async function findMemberForModerator(userId: string, membershipId: string) {
  const target = await db.membership.findUnique({ where: { id: membershipId }, select: { userId: true, role: true, classroomId: true } });
  if (!target) throw notFound("That member");
  const { role } = await requireAccess(userId, { classroomId: target.classroomId }, "moderate:class");
  if (!canModerateMember(role, target.role)) {
    const actor = ROLE_NOUNS[role];
    throw new AppError("FORBIDDEN", `${actor[0]!.toUpperCase()}${actor.slice(1)} cannot mute ${ROLE_NOUNS[target.role]}.`);
  }
  return target;
}

// A muted member reads but cannot post until the time given; muting again replaces the time.
export async function muteMember(userId: string, input: unknown): Promise<{ mutedUntil: Date }> {
  const { membershipId, minutes, reason } = parseInput(MuteInput, input);
  const target = await findMemberForModerator(userId, membershipId);
  const mutedUntil = new Date(Date.now() + minutes * 60_000);
  const until = `Until ${formatTimestamp(mutedUntil.toISOString())}`;
  await db.$transaction(async (tx) => {
    await tx.membership.update({ where: { id: membershipId }, data: { mutedUntil } });
    await recordAudit(tx, {
      classroomId: target.classroomId,
      actorId: userId,
      action: "MUTE",
      targetUserId: target.userId,
      reason: reason ? `${until}: ${reason}` : until,
    });
  });
  return { mutedUntil };
}

export async function unmuteMember(userId: string, input: unknown): Promise<void> {
  const { membershipId } = parseInput(UnmuteInput, input);
  const target = await findMemberForModerator(userId, membershipId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.membership.updateMany({ where: { id: membershipId, mutedUntil: { gt: new Date() } }, data: { mutedUntil: null } });
    if (count === 0) throw new AppError("CONFLICT", "That member is not muted.");
    await recordAudit(tx, { classroomId: target.classroomId, actorId: userId, action: "UNMUTE", targetUserId: target.userId });
  });
}
