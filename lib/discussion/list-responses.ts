import "server-only";
import { db } from "@/lib/db";
import { isModerator } from "@/lib/authz";
import { notFound } from "@/lib/errors";
import { findSection } from "@/lib/discussion/find-section";
import { decodeCursor, encodeCursor, olderThan } from "@/lib/discussion/cursor";
import { pseudonymsFor } from "@/lib/discussion/anonymity";
import { discussionViewer, threadLockReasons, type DiscussionSettings } from "@/lib/discussion/posting-rules";
import { canSeeContent, candidateResponsesWhere, visiblePostsWhere, type DiscussionViewer } from "@/lib/discussion/visibility";
import { postRowSelect, presentPost, type PostRow, type PostView, type PresentationContext } from "@/lib/discussion/present-post";

export const RESPONSES_PER_PAGE = 20;
// Pins are for a handful of posts; more than this would push the discussion off the page.
const MAX_PINNED = 10;

export type ResponseView = PostView & { replies: PostView[]; lockReason: string | null };
export type ResponsePage = { responses: ResponseView[]; nextCursor: string | null };

// A page of a section's responses, pinned ones first (on the first page only, so the cursor over
// the rest stays a plain keyset), then newest first, each with its replies: three queries whatever
// the page holds. A page can list fewer than RESPONSES_PER_PAGE when some it read are not listed. Callers authorize first (getSectionView, listResponses); this only reads.
export async function loadResponsePage(
  userId: string,
  settings: DiscussionSettings,
  sectionId: string,
  cursorParam?: string | null,
): Promise<ResponsePage> {
  const viewer = discussionViewer(userId, settings);
  const { assignmentId, classroomId } = settings;
  const select = postRowSelect(classroomId);
  const base = { assignmentId, sectionId, parentId: null, AND: [candidateResponsesWhere(viewer)] };
  const cursor = decodeCursor(cursorParam);
  const [pinned, rows] = await Promise.all([
    cursor
      ? Promise.resolve([])
      : db.post.findMany({ where: { ...base, pinnedAt: { not: null } }, orderBy: [{ pinnedAt: "desc" }], take: MAX_PINNED, select }),
    db.post.findMany({
      where: { ...base, pinnedAt: null, ...olderThan(cursor) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RESPONSES_PER_PAGE + 1,
      select,
    }),
  ]);
  const page = rows.slice(0, RESPONSES_PER_PAGE);
  const responses = [...pinned, ...page];
  const [replies, lockReasons] = await Promise.all([
    // No responses, no replies: Prisma would still send the statement.
    responses.length === 0
      ? []
      : db.post.findMany({
          where: { parentId: { in: responses.map((row) => row.id) }, AND: [visiblePostsWhere(viewer)] },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select,
        }),
    threadLockReasons(responses.filter((row) => row.lockedAt).map((row) => row.id)),
  ]);
  // A response the viewer may not see is listed only as the placeholder its visible replies hang off.
  const answered = new Set(replies.map((reply) => reply.parentId));
  const listed = responses.filter((row) => canSeeContent(row, viewer) || answered.has(row.id));
  const context = await presentationContext(settings, viewer, [...listed, ...replies]);
  const repliesByParent = new Map<string, PostView[]>();
  for (const reply of replies) {
    const siblings = repliesByParent.get(reply.parentId!) ?? [];
    siblings.push(presentPost(reply, context));
    repliesByParent.set(reply.parentId!, siblings);
  }
  // The cursor follows the rows read, listed or not, so no page repeats or skips one.
  const last = page.at(-1);
  return {
    responses: listed.map((row) => ({
      ...presentPost(row, context),
      replies: repliesByParent.get(row.id) ?? [],
      lockReason: row.lockedAt ? (lockReasons.get(row.id) ?? "") : null,
    })),
    nextCursor: rows.length > RESPONSES_PER_PAGE && last ? encodeCursor(last) : null,
  };
}

// What presentPost needs for these rows: the viewer, the anonymity mode and the authors' pseudonyms.
export async function presentationContext(settings: Pick<DiscussionSettings, "assignmentId" | "anonymity">, viewer: DiscussionViewer, rows: PostRow[]): Promise<PresentationContext> {
  const pseudonyms = settings.anonymity === "PSEUDONYMOUS" ? await pseudonymsFor(settings.assignmentId, studentAuthors(rows)) : new Map<string, string>();
  return { viewer, anonymity: settings.anonymity, pseudonyms };
}

// Former members need no pseudonym: they show as "Former member".
function studentAuthors(rows: PostRow[]): string[] {
  return rows.filter((row) => !row.author.deletedAt && !isModerator(row.author.memberships[0]?.role)).map((row) => row.authorId);
}

// GET /api/.../responses: the same page, for clients that fetch more.
export async function listResponses(
  userId: string,
  assignmentId: string,
  position: number,
  cursor?: string | null,
): Promise<ResponsePage> {
  const found = await findSection(userId, assignmentId, position);
  if (!found) throw notFound("That section");
  return loadResponsePage(userId, found.settings, found.section.id, cursor);
}
