import "server-only";
import { isModerator } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostStatus, Role } from "@/lib/generated/prisma/enums";

// Who sees a post's content, by status. The Prisma `where` and the row check below say the same
// thing and live together so they cannot drift apart:
// - PUBLISHED: every member;
// - PENDING, REJECTED, HIDDEN: the author and moderators;
// - DELETED: moderators, when a moderator deleted it (it carries the reason) and so may restore it.
// A response nobody may see still shows as a placeholder while published replies hang off it.
// Post-first: a student who has not responded in a section yet sees only their own posts there
// (`onlyOwn`), and no placeholder, count or quote reveals anyone else's.
export type DiscussionViewer = { userId: string; role: Role; onlyOwn?: boolean };

const AWAITING_DECISION: PostStatus[] = ["PENDING", "REJECTED", "HIDDEN"];

export function visiblePostsWhere(viewer: DiscussionViewer): Prisma.PostWhereInput {
  if (viewer.onlyOwn) return { authorId: viewer.userId, status: { in: ["PUBLISHED", ...AWAITING_DECISION] } };
  if (isModerator(viewer.role)) {
    return { OR: [{ status: { in: ["PUBLISHED", ...AWAITING_DECISION] } }, { status: "DELETED", moderationReason: { not: null } }] };
  }
  return { OR: [{ status: "PUBLISHED" }, { authorId: viewer.userId, status: { in: AWAITING_DECISION } }] };
}

export function canSeeContent(
  post: { status: PostStatus; authorId: string; moderationReason: string | null },
  viewer: DiscussionViewer,
): boolean {
  if (viewer.onlyOwn && post.authorId !== viewer.userId) return false;
  if (post.status === "PUBLISHED") return true;
  if (isModerator(viewer.role)) return post.status !== "DELETED" || post.moderationReason !== null;
  return post.authorId === viewer.userId && AWAITING_DECISION.includes(post.status);
}

// For counts and aggregates over published posts: under post-first, only the viewer's own.
export function peerFilter(viewer: DiscussionViewer): Prisma.PostWhereInput {
  return viewer.onlyOwn ? { authorId: viewer.userId } : {};
}

// Responses a section list reads: every one, since a response nobody may see still stands as a
// placeholder when visible replies hang off it (decided once the page's replies are loaded, not
// with a subquery over every reply in the table). Under post-first, only the viewer's own.
export function candidateResponsesWhere(viewer: DiscussionViewer): Prisma.PostWhereInput {
  return viewer.onlyOwn ? visiblePostsWhere(viewer) : {};
}
