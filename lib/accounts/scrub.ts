import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FORMER_MEMBER } from "@/lib/accounts/former-member";

// Moderators' free text (audit reasons, reasons on posts) may name the person; where it does, the
// name or email becomes "Former member". Whole words only, so "Al" does not eat "Also"; longest
// first, so a name inside the email does not leave half an address behind.
export function replaceIdentifiers(text: string, identifiers: string[]): string {
  return identifiers
    .filter((identifier) => identifier.trim().length > 0)
    .toSorted((a, b) => b.length - a.length)
    .reduce((result, identifier) => {
      const escaped = identifier.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"), FORMER_MEMBER);
    }, text);
}

export async function scrubIdentity(
  tx: Prisma.TransactionClient,
  { userId, classroomIds, identifiers }: { userId: string; classroomIds: string[]; identifiers: string[] },
) {
  const mentions = identifiers.map((identifier) => ({ contains: identifier, mode: "insensitive" as const }));
  const audit = await tx.auditEntry.findMany({
    where: {
      OR: [{ classroomId: { in: classroomIds } }, { actorId: userId }, { targetUserId: userId }],
      AND: { OR: mentions.map((reason) => ({ reason })) },
    },
    select: { id: true, reason: true },
  });
  for (const entry of audit) {
    await tx.auditEntry.update({ where: { id: entry.id }, data: { reason: replaceIdentifiers(entry.reason ?? "", identifiers) } });
  }
  const posts = await tx.post.findMany({
    where: { assignment: { classroomId: { in: classroomIds } }, OR: mentions.map((moderationReason) => ({ moderationReason })) },
    select: { id: true, moderationReason: true },
  });
  for (const post of posts) {
    await tx.post.update({ where: { id: post.id }, data: { moderationReason: replaceIdentifiers(post.moderationReason ?? "", identifiers) } });
  }
}
