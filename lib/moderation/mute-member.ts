import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { canModerateMember, memberOf, roleIn } from "@/lib/authz";
import { formatTimestamp } from "@/lib/format";
import { parseInput } from "@/lib/validation";
import { assertModerator, recordAudit } from "@/lib/moderation/access";
import { MuteInput, UnmuteInput } from "@/lib/moderation/schemas";

async function findMemberForModerator(userId: string, membershipId: string) {
  const target = await db.membership.findFirst({
    where: { id: membershipId, classroom: memberOf(userId) },
    select: { userId: true, role: true, classroomId: true, mutedUntil: true, classroom: { select: roleIn(userId) } },
  });
  const role = target?.classroom.memberships[0]?.role;
  if (!target || !role) throw notFound("That member");
  assertModerator(role);
  if (!canModerateMember(role, target.role)) {
    throw new AppError("FORBIDDEN", target.role === "STUDENT" ? "You cannot mute this member." : `A ${role === "TA" ? "TA" : "teacher"} cannot mute a ${target.role === "TA" ? "TA" : "teacher"}.`);
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
