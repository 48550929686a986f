import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { findSection } from "@/lib/discussion/find-section";
import { discussionViewer } from "@/lib/discussion/posting-rules";
import { presentationContext } from "@/lib/discussion/list-responses";
import { peerFilter, visiblePostsWhere } from "@/lib/discussion/visibility";
import { postRowSelect, presentPost, type PostView } from "@/lib/discussion/present-post";

// "What changed in this section since X", for live clients: the same visibility rules and the same
// presenter as the page, so it never tells more than a reload. Two indexed queries and a count.

// Commits land after the row's updatedAt was taken (up to a transaction's length), and instances'
// clocks differ slightly: each read looks this far behind its cursor. Clients merge by id, so an
// item seen twice changes nothing.
export const OVERLAP_MS = 10_000;
// A burst larger than this tells the client to reload the page instead.
export const MAX_CHANGES = 100;

export type ChangedPost = PostView & { parentId: string | null; version: string };
export type SectionChanges = {
  /** The database's clock at this read: the next read's `since`. */
  cursor: string;
  responseCount: number;
  /** Responses and replies created or changed since, that the viewer may see (oldest change first). */
  posts: ChangedPost[];
  /** Posts changed since that the viewer can no longer see: hidden or deleted. */
  removed: string[];
  /** More changed than one answer holds: reload. */
  truncated: boolean;
};

const Since = z.iso.datetime({ message: "since must be an ISO timestamp" }).transform((value) => new Date(value));

export async function sectionChanges(userId: string, assignmentId: string, position: number, sinceParam: unknown): Promise<SectionChanges> {
  const since = new Date(parseInput(Since, sinceParam).getTime() - OVERLAP_MS);
  const found = await findSection(userId, assignmentId, position);
  if (!found) throw notFound("That section");
  const { settings, section } = found;
  const viewer = discussionViewer(userId, settings);
  const changed = { assignmentId, sectionId: section.id, updatedAt: { gt: since } };
  const [[{ now }], rows, gone, responseCount] = await Promise.all([
    db.$queryRaw<[{ now: Date }]>`SELECT now() AS now`,
    db.post.findMany({
      where: { ...changed, AND: [visiblePostsWhere(viewer)] },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: MAX_CHANGES + 1,
      select: { ...postRowSelect(settings.classroomId), updatedAt: true },
    }),
    // Under post-first nothing of anyone else's was shown, so nothing of theirs can disappear.
    viewer.onlyOwn
      ? []
      : db.post.findMany({ where: { ...changed, status: { in: ["HIDDEN", "DELETED"] }, NOT: visiblePostsWhere(viewer) }, take: MAX_CHANGES, select: { id: true } }),
    db.post.count({ where: { assignmentId, sectionId: section.id, parentId: null, status: "PUBLISHED", ...peerFilter(viewer) } }),
  ]);
  const listed = rows.slice(0, MAX_CHANGES);
  const context = await presentationContext(settings, viewer, listed);
  return {
    cursor: new Date(now).toISOString(),
    responseCount,
    posts: listed.map((row) => ({ ...presentPost(row, context), parentId: row.parentId, version: row.updatedAt.toISOString() })),
    removed: gone.map((row) => row.id),
    truncated: rows.length > MAX_CHANGES,
  };
}
