import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { canDeletePost, canEditPost, memberOf, roleIn } from "@/lib/authz";
import { parseInput } from "@/lib/validation";
import { DeletePostInput, EditPostInput } from "@/lib/discussion/schemas";

// The post with the viewer's role in its class, or "not found" for non-members.
async function findOwnPostContext(userId: string, postId: string) {
  const post = await db.post.findFirst({
    where: { id: postId, status: "PUBLISHED", assignment: { classroom: memberOf(userId) } },
    select: {
      authorId: true,
      assignment: { select: { classroom: { select: { ...roleIn(userId) } } } },
    },
  });
  const role = post?.assignment.classroom.memberships[0]?.role;
  if (!post || !role) throw notFound("That post");
  return { viewer: { userId, role }, post };
}

export async function editPost(userId: string, input: unknown): Promise<void> {
  const { postId, body } = parseInput(EditPostInput, input);
  const { viewer, post } = await findOwnPostContext(userId, postId);
  if (!canEditPost(viewer, post)) throw new AppError("FORBIDDEN", "You can only edit your own posts.");
  await db.post.update({ where: { id: postId }, data: { body, editedAt: new Date() } });
}

// Soft delete: the row stays so replies keep their thread and a teacher can look back.
export async function deletePost(userId: string, input: unknown): Promise<void> {
  const { postId } = parseInput(DeletePostInput, input);
  const { viewer, post } = await findOwnPostContext(userId, postId);
  if (!canDeletePost(viewer, post)) throw new AppError("FORBIDDEN", "You can only delete your own posts.");
  await db.post.update({ where: { id: postId }, data: { status: "DELETED" } });
}
