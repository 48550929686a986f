import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor, olderThan } from "@/lib/discussion/cursor";
import { postRowSelect, presentPost, type PostView } from "@/lib/discussion/present-post";

export const RESPONSES_PER_PAGE = 20;

export type ResponseView = PostView & { replies: PostView[] };
export type ResponsePage = { responses: ResponseView[]; nextCursor: string | null };

// A page of a section's responses, newest first, each with its replies: two queries whatever the
// page holds. A deleted response stays as a placeholder while published replies hang off it.
// Callers authorize first (getSectionView, listResponses); this only reads.
export async function loadResponsePage(
  viewer: { userId: string; role: Role },
  assignmentId: string,
  sectionId: string,
  cursorParam?: string | null,
): Promise<ResponsePage> {
  const rows = await db.post.findMany({
    where: {
      assignmentId,
      sectionId,
      parentId: null,
      ...olderThan(decodeCursor(cursorParam)),
      AND: [{ OR: [{ status: "PUBLISHED" }, { replies: { some: { status: "PUBLISHED" } } }] }],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RESPONSES_PER_PAGE + 1,
    select: postRowSelect,
  });
  const page = rows.slice(0, RESPONSES_PER_PAGE);
  const replies = await db.post.findMany({
    where: { parentId: { in: page.map((row) => row.id) }, status: "PUBLISHED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...postRowSelect, parentId: true },
  });
  const repliesByParent = new Map<string, PostView[]>();
  for (const reply of replies) {
    const siblings = repliesByParent.get(reply.parentId!) ?? [];
    siblings.push(presentPost(reply, viewer));
    repliesByParent.set(reply.parentId!, siblings);
  }
  const last = page.at(-1);
  return {
    responses: page.map((row) => ({ ...presentPost(row, viewer), replies: repliesByParent.get(row.id) ?? [] })),
    nextCursor: rows.length > RESPONSES_PER_PAGE && last ? encodeCursor(last) : null,
  };
}
