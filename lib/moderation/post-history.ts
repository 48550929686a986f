import "server-only";
import { db } from "@/lib/db";
import { findAccess } from "@/lib/access";
import { permalinkPath } from "@/lib/discussion/permalink-path";

export type PostHistory = {
  classroom: { id: string; name: string };
  post: { id: string; body: string; authorName: string; createdAt: string; editedAt: string | null; href: string };
  // Earlier texts, newest first, each with when it was replaced and by whom.
  revisions: { id: string; body: string; replacedAt: string; editorName: string }[];
};

// A post's edit history, for the class's moderators only (null for everyone else).
export async function getPostHistory(userId: string, postId: string): Promise<PostHistory | null> {
  const access = await findAccess(userId, { postId }, { permission: "moderate:class" });
  if (!access) return null;
  const post = await db.post.findUniqueOrThrow({
    where: { id: postId },
    select: {
      id: true,
      body: true,
      createdAt: true,
      editedAt: true,
      author: { select: { name: true } },
      revisions: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true, editor: { select: { name: true } } } },
    },
  });
  return {
    classroom: { id: access.classroom.id, name: access.classroom.name },
    post: {
      id: post.id,
      body: post.body,
      authorName: post.author.name,
      createdAt: post.createdAt.toISOString(),
      editedAt: post.editedAt?.toISOString() ?? null,
      href: permalinkPath(post.id),
    },
    revisions: post.revisions.map((r) => ({ id: r.id, body: r.body, replacedAt: r.createdAt.toISOString(), editorName: r.editor.name })),
  };
}
