import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { requireAccess } from "@/lib/access";
import { plural } from "@/lib/format";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/record-audit";
import { postChangeNotice, publishLive } from "@/lib/live/publish";
import { ReportInput } from "@/lib/moderation/schemas";
import { consumeRateLimit } from "@/lib/rate-limits/limiter";
import { decisionNotices, moderatorNotices, writeNotices } from "@/lib/discussion/notices";

// Any member may report a published post of someone else's, once. When the class's threshold of
// distinct open reports is reached the post is hidden pending a moderator's review, logged as
// AUTO_HIDE with no actor.
export async function reportPost(userId: string, input: unknown): Promise<{ autoHidden: boolean }> {
  const { postId, reason } = parseInput(ReportInput, input);
  await consumeRateLimit("reportingPerUser", userId);
  const access = await requireAccess(userId, { postId }, "report:post");
  const { post, classroom, onlyOwn } = access;
  // Under post-first a student cannot report what they may not see yet.
  if (post.status !== "PUBLISHED" || (onlyOwn && post.authorId !== userId)) throw notFound("That post");
  if (post.authorId === userId) throw new AppError("FORBIDDEN", "You cannot report your own post.");
  return db.$transaction(async (tx) => {
    // Reports on one post queue up here, so the threshold is counted exactly once.
    await tx.$queryRaw`SELECT 1 FROM "Post" WHERE id = ${postId} FOR UPDATE`;
    const already = await tx.report.findUnique({ where: { postId_reporterId: { postId, reporterId: userId } }, select: { id: true } });
    if (already) throw new AppError("CONFLICT", "You have already reported this post.");
    await tx.report.create({ data: { postId, reporterId: userId, reason } });
    await writeNotices(tx, postId, await moderatorNotices(tx, { classroomId: classroom.id, kind: "REPORT", actorId: userId, reason }));
    const open = await tx.report.count({ where: { postId, resolvedAt: null } });
    // Only moderators hear of a report (their queue), never the reported author.
    await publishLive(tx, { k: "report", c: classroom.id, a: access.assignment.id, s: access.section.id, pub: false, q: true });
    if (open < classroom.reportThreshold) return { autoHidden: false };
    const moderationReason = `Hidden after ${plural(open, "report")}, pending a teacher's review.`;
    const { count } = await tx.post.updateMany({ where: { id: postId, status: "PUBLISHED" }, data: { status: "HIDDEN", moderationReason } });
    if (count === 0) return { autoHidden: false };
    await writeNotices(tx, postId, decisionNotices("HIDDEN", post, classroom.id, null, moderationReason));
    await recordAudit(tx, {
      classroomId: classroom.id,
      actorId: null,
      action: "AUTO_HIDE",
      postId,
      targetUserId: post.authorId,
      reason: `${plural(open, "report")} reached the class's threshold of ${classroom.reportThreshold}.`,
    });
    await publishLive(tx, postChangeNotice("moderation", access, { authorId: post.authorId, before: "PUBLISHED", after: "HIDDEN" }, true));
    return { autoHidden: true };
  });
}
