import "server-only";
import { db } from "@/lib/db";
import { findAccess } from "@/lib/access";
import { permalinkPath } from "@/lib/discussion/permalink-path";
import { STORED_BODY_SELECT, postHtml, renderPostHtml } from "@/lib/markdown/render";

export type PostHistory = {
  classroom: { id: string; name: string };
  post: { id: string; body: string; html: string; authorName: string; createdAt: string; editedAt: string | null; href: string };
  // Earlier texts, newest first, each with when it was replaced and by whom.
  revisions: { id: string; body: string; html: string; replacedAt: string; editorName: string }[];
};

// A post's edit history, for the class's moderators only (null for everyone else).
export async function getPostHistory(userId: string, postId: string): Promise<PostHistory | null> {
  const access = await findAccess(userId, { postId }, { permission: "moderate:class" });
  if (!access) return null;
  const post = await db.post.findUniqueOrThrow({
    where: { id: postId },
    select: {
      id: true,
      ...STORED_BODY_SELECT,
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
      html: postHtml(post),
      authorName: post.author.name,
      createdAt: post.createdAt.toISOString(),
      editedAt: post.editedAt?.toISOString() ?? null,
      href: permalinkPath(post.id),
    },
    // Earlier versions are rendered here, on a rare page, rather than stored twice.
    revisions: post.revisions.map((r) => ({ id: r.id, body: r.body, html: renderPostHtml(r.body), replacedAt: r.createdAt.toISOString(), editorName: r.editor.name })),
  };
}
