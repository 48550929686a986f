import "server-only";
import { db } from "@/lib/db";
import { findAccess } from "@/lib/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor, type Cursor } from "@/lib/discussion/cursor";
import { RESPONSES_PER_PAGE } from "@/lib/discussion/list-responses";
import { discussionSettings, discussionViewer } from "@/lib/discussion/posting-rules";
import { canSeeContent, candidateResponsesWhere, type DiscussionViewer } from "@/lib/discussion/visibility";

const placeSelect = { id: true, createdAt: true, pinnedAt: true, status: true, authorId: true, moderationReason: true } as const;

// Where a permalink leads: the section page listing the post, at the page of responses holding it
// (or its reply's response), scrolled to the post. Null when the viewer may not see the post: the
// same rules as the section list (not a member, before opening, pending, hidden, post-first), so a
// permalink tells nobody more than reloading the section would.
export async function findPermalink(userId: string, postId: string): Promise<string | null> {
  const access = await findAccess(userId, { postId });
  if (!access) return null;
  const post = await db.post.findUnique({ where: { id: postId }, select: { ...placeSelect, parent: { select: placeSelect } } });
  const viewer = discussionViewer(userId, discussionSettings(access));
  if (!post || !canSeeContent(post, viewer)) return null;
  const root = post.parent ?? post;
  const section = { assignmentId: access.assignment.id, sectionId: access.section.id };
  const query = await pageContaining(viewer, section, root);
  if (query === null) return null;
  const path = `/assignments/${section.assignmentId}/sections/${access.section.position}`;
  return `${path}${query ? `?${query}` : ""}#post-${post.id}`;
}

type ResponsePlace = Cursor & { pinnedAt: Date | null };

/**
 * The search params of the section page whose list of responses holds `response` ("" for the first
 * page), or null when that list never shows it. It counts the same rows as loadResponsePage, in the
 * same order (pinned ones on the first page, then newest first by (createdAt, id)), and names the
 * page by the cursor that page's "Show older responses" link carries: the row just before it.
 */
export async function pageContaining(
  viewer: DiscussionViewer,
  { assignmentId, sectionId }: { assignmentId: string; sectionId: string },
  response: ResponsePlace,
): Promise<string | null> {
  const base: Prisma.PostWhereInput = { assignmentId, sectionId, parentId: null, AND: [candidateResponsesWhere(viewer)] };
  if (!(await db.post.count({ where: { ...base, id: response.id } }))) return null;
  if (response.pinnedAt) return "";
  const newer: Prisma.PostWhereInput = {
    ...base,
    pinnedAt: null,
    OR: [{ createdAt: { gt: response.createdAt } }, { createdAt: response.createdAt, id: { gt: response.id } }],
  };
  const page = Math.floor((await db.post.count({ where: newer })) / RESPONSES_PER_PAGE);
  if (page === 0) return "";
  const previous = await db.post.findFirst({
    where: newer,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: page * RESPONSES_PER_PAGE - 1,
    select: { createdAt: true, id: true },
  });
  return previous ? new URLSearchParams({ cursor: encodeCursor(previous) }).toString() : "";
}
