import "server-only";
import { db } from "@/lib/db";
import type { AuthoredPost } from "@/lib/assignments/requirements";

/**
 * Every published post by `authorIds` in `assignmentIds`, grouped by assignment, then author: one
 * query, whatever the number of assignments and students. Feeds assessProgress().
 */
export async function loadAuthoredPosts(
  assignmentIds: string[],
  authorIds: string[],
): Promise<Map<string, Map<string, AuthoredPost[]>>> {
  const result = new Map<string, Map<string, AuthoredPost[]>>();
  if (assignmentIds.length === 0 || authorIds.length === 0) return result;
  const posts = await db.post.findMany({
    where: { assignmentId: { in: assignmentIds }, authorId: { in: authorIds }, status: "PUBLISHED" },
    select: {
      assignmentId: true,
      authorId: true,
      sectionId: true,
      status: true,
      parentId: true,
      body: true,
      createdAt: true,
      late: true,
      parent: { select: { authorId: true } },
    },
  });
  for (const post of posts) {
    const byAuthor = result.get(post.assignmentId) ?? new Map<string, AuthoredPost[]>();
    result.set(post.assignmentId, byAuthor);
    const list = byAuthor.get(post.authorId) ?? [];
    byAuthor.set(post.authorId, list);
    list.push({
      sectionId: post.sectionId,
      status: post.status,
      isReply: post.parentId !== null,
      replyToAuthorId: post.parent?.authorId ?? null,
      body: post.body,
      createdAt: post.createdAt,
      late: post.late,
    });
  }
  return result;
}
