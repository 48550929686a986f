import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { requireAccess } from "@/lib/access";
import { recordAudit } from "@/lib/moderation/record-audit";
import { publishLive } from "@/lib/live/publish";
import { BulkApproveInput } from "@/lib/moderation/schemas";
import { APPROVAL_FIELDS, approvalNoticesFor, writeNotices } from "@/lib/discussion/notices";

// Bulk approval from the queue, in one transaction: each post still pending in this class is
// published and audited; ids of other classes, or posts another moderator decided meanwhile, are
// skipped. Returns how many were approved.
export async function approvePosts(userId: string, input: unknown): Promise<{ approved: number }> {
  const { classroomId, postIds } = parseInput(BulkApproveInput, input);
  await requireAccess(userId, { classroomId }, "moderate:class");
  return db.$transaction(async (tx) => {
    const pending = await tx.post.findMany({
      where: { id: { in: postIds }, status: "PENDING", assignment: { classroomId } },
      select: { id: true, assignmentId: true, sectionId: true, ...APPROVAL_FIELDS },
    });
    let approved = 0;
    for (const post of pending) {
      const { count } = await tx.post.updateMany({ where: { id: post.id, status: "PENDING" }, data: { status: "PUBLISHED", moderationReason: null } });
      if (count === 0) continue;
      await recordAudit(tx, { classroomId, actorId: userId, action: "APPROVE", postId: post.id, targetUserId: post.authorId });
      await writeNotices(tx, post.id, approvalNoticesFor(post, classroomId, userId));
      await publishLive(tx, { k: "moderation", c: classroomId, a: post.assignmentId, s: post.sectionId, u: post.authorId, pub: true, q: true });
      approved++;
    }
    return { approved };
  });
}
