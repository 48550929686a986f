import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { DENIED, canDeletePost, canEditPost, isModerator } from "@/lib/authz";
import { requireAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import { DeletePostInput, EditPostInput, STANCE_REQUIRED } from "@/lib/discussion/schemas";
import { renderedBody } from "@/lib/markdown/render";
import { postChangeNotice, publishLive } from "@/lib/live/publish";

// The post with the viewer's role in its class, or "not found" for non-members. An author may
// still change a post that waits for approval; a moderator's decision (rejected, hidden) stands.
async function findOwnPostContext(userId: string, postId: string) {
  const access = await requireAccess(userId, { postId });
  if (access.post.status !== "PUBLISHED" && access.post.status !== "PENDING") throw notFound("That post");
  const post = await db.post.findUniqueOrThrow({
    where: { id: postId },
    select: {
      authorId: true,
      body: true,
      status: true,
      parentId: true,
      stance: true,
      kind: true,
      replyKind: true,
      sources: { orderBy: { position: "asc" }, select: { title: true, url: true } },
    },
  });
  return { viewer: { userId, role: access.role }, post, access };
}


// Every edit keeps the text it replaces, so moderators can see what a post said before. The
// argument (stance, kind and sources of a response; counter or agree on a reply) is replaced as sent.
export async function editPost(userId: string, input: unknown): Promise<{ status: PostStatus }> {
  const { postId, body, stance, kind, sources, replyKind } = parseInput(EditPostInput, input);
  const { viewer, post, access } = await findOwnPostContext(userId, postId);
  if (!canEditPost(viewer, post)) throw new AppError("FORBIDDEN", DENIED["edit:post:own"]);
  const isResponse = post.parentId === null;
  if (isResponse && access.assignment.stanceRequired && !stance && !isModerator(viewer.role)) {
    throw new AppError("INVALID", STANCE_REQUIRED, { stance: [STANCE_REQUIRED] });
  }
  const argument = isResponse ? { stance: stance ?? null, kind: kind ?? null } : { replyKind: replyKind ?? null };
  const sourcesChanged = isResponse && JSON.stringify(post.sources) !== JSON.stringify(sources);
  const argumentChanged = Object.entries(argument).some(([field, value]) => post[field as keyof typeof argument] !== value);
  if (post.body === body && !argumentChanged && !sourcesChanged) return { status: post.status };
  // Under approval, a student's approved post goes back to the queue when its text changes: an
  // edit must not slip past the teacher.
  const approval = (access.assignment.approvalRequired ?? access.classroom.approvalRequired) && !isModerator(viewer.role);
  const status: PostStatus = approval && post.body !== body ? "PENDING" : post.status;
  await db.$transaction([
    ...(post.body === body ? [] : [db.postRevision.create({ data: { postId, editorId: userId, body: post.body } })]),
    ...(sourcesChanged ? [db.postSource.deleteMany({ where: { postId } })] : []),
    db.post.update({
      where: { id: postId },
      data: {
        body,
        // Re-rendered even when only the argument changed: it also brings an old rendering up to date.
        ...renderedBody(body),
        ...argument,
        status,
        editedAt: new Date(),
        ...(sourcesChanged ? { sources: { create: sources.map((source, position) => ({ ...source, position })) } } : {}),
      },
    }),
    publishLive(db, postChangeNotice("post", access, { authorId: post.authorId, before: post.status, after: status })),
  ]);
  return { status };
}

// Soft delete: the row stays so replies keep their thread and a teacher can look back. An
// author's own delete carries no moderation reason, which is how moderators' deletes differ.
export async function deletePost(userId: string, input: unknown): Promise<void> {
  const { postId } = parseInput(DeletePostInput, input);
  const { viewer, post, access } = await findOwnPostContext(userId, postId);
  if (!canDeletePost(viewer, post)) throw new AppError("FORBIDDEN", DENIED["delete:post:own"]);
  await db.$transaction([
    db.post.update({ where: { id: postId }, data: { status: "DELETED", moderationReason: null } }),
    publishLive(db, postChangeNotice("post", access, { authorId: post.authorId, before: post.status, after: "DELETED" })),
  ]);
}
