import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { findSection } from "@/lib/discussion/find-section";
import { discussionViewer } from "@/lib/discussion/posting-rules";
import { presentationContext } from "@/lib/discussion/list-responses";
import { canSeeContent, peerFilter } from "@/lib/discussion/visibility";
import { postRowSelect, presentPost, type PostRow, type PostView } from "@/lib/discussion/present-post";

// "What changed in this section since X", for live clients: the same visibility rules and the same
// presenter as the page, so it never tells more than a reload.

// Commits land after the row's updatedAt was taken (up to a transaction's length), and instances'
// clocks differ slightly: each read looks this far behind its cursor. Clients merge by id, so an
// item seen twice changes nothing.
export const OVERLAP_MS = 10_000;
// Readers' cursors are rounded down to this, so a class reacting to one event asks the same question.
const BUCKET_MS = 5_000;
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

type SharedChanges = { now: Date; rows: (PostRow & { updatedAt: Date })[]; publishedResponses: number };

const Since = z.iso.datetime({ message: "since must be an ISO timestamp" }).transform((value) => new Date(value));

// Thirty readers answering one event ask the same question of the same section: one query serves
// them all. A read joins a batch that has not started yet, never one already running, so its
// answer always comes from a query that began after the read did (after the change it heard of).
const queued = new Map<string, Promise<SharedChanges>>();
const running = new Map<string, Promise<unknown>>();

function batched(key: string, load: () => Promise<SharedChanges>): Promise<SharedChanges> {
  const waiting = queued.get(key);
  if (waiting) return waiting;
  const batch = (running.get(key) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => {
      queued.delete(key);
      const run = load();
      running.set(key, run);
      return run.finally(() => {
        if (running.get(key) === run) running.delete(key);
      });
    });
  queued.set(key, batch);
  return batch;
}

function loadShared(assignmentId: string, sectionId: string, classroomId: string, since: Date): Promise<SharedChanges> {
  return Promise.all([
    db.$queryRaw<[{ now: Date }]>`SELECT now() AS now`,
    // Every status: visibility is applied per reader below, with the rule the page's query uses.
    db.post.findMany({
      where: { assignmentId, sectionId, updatedAt: { gt: since } },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: MAX_CHANGES + 1,
      select: { ...postRowSelect(classroomId), updatedAt: true },
    }),
    db.post.count({ where: { assignmentId, sectionId, parentId: null, status: "PUBLISHED" } }),
  ]).then(([[{ now }], rows, publishedResponses]) => ({ now: new Date(now), rows, publishedResponses }));
}

export async function sectionChanges(userId: string, assignmentId: string, position: number, sinceParam: unknown): Promise<SectionChanges> {
  const asked = parseInput(Since, sinceParam).getTime() - OVERLAP_MS;
  const found = await findSection(userId, assignmentId, position);
  if (!found) throw notFound("That section");
  const { settings, section } = found;
  const viewer = discussionViewer(userId, settings);
  const since = new Date(Math.floor(asked / BUCKET_MS) * BUCKET_MS);
  const [shared, ownCount] = await Promise.all([
    batched(`${section.id}:${since.getTime()}`, () => loadShared(assignmentId, section.id, settings.classroomId, since)),
    // Under post-first the count is of the viewer's own responses, as on the page.
    viewer.onlyOwn ? db.post.count({ where: { assignmentId, sectionId: section.id, parentId: null, status: "PUBLISHED", ...peerFilter(viewer) } }) : null,
  ]);
  const rows = shared.rows.slice(0, MAX_CHANGES);
  const visible = rows.filter((row) => canSeeContent(row, viewer));
  // Under post-first nothing of anyone else's was shown, so nothing of theirs can disappear.
  const removed = viewer.onlyOwn ? [] : rows.filter((row) => (row.status === "HIDDEN" || row.status === "DELETED") && !canSeeContent(row, viewer));
  const context = await presentationContext(settings, viewer, visible);
  return {
    cursor: shared.now.toISOString(),
    responseCount: ownCount ?? shared.publishedResponses,
    posts: visible.map((row) => ({ ...presentPost(row, context), parentId: row.parentId, version: row.updatedAt.toISOString() })),
    removed: removed.map((row) => row.id),
    truncated: shared.rows.length > MAX_CHANGES,
  };
}
