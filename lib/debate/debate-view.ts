import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssignmentContext } from "@/lib/assignments/context";
import { discussionViewer } from "@/lib/discussion/posting-rules";
import { findSection } from "@/lib/discussion/find-section";
import { plainExcerpt } from "@/lib/format";
import { peerFilter, type DiscussionViewer } from "@/lib/discussion/visibility";
import { presentationContext } from "@/lib/discussion/list-responses";
import { postRowSelect, presentPost, type PostRow, type PostView } from "@/lib/discussion/present-post";
import { decodeCursor, encodeCursor, olderThan } from "@/lib/discussion/cursor";
import { cachedSectionData } from "@/lib/discussion/section-cache";
import { filterOfStance, STANCE_FILTERS, stanceOfFilter, type StanceFilter } from "@/lib/debate/debate-schemas";

export const DEBATE_PAGE_SIZE = 20;
/** Responses per stance column in the "All" view. */
export const COLUMN_SIZE = 10;
export const UNANSWERED_LIMIT = 20;
const EXCERPT_LENGTH = 300;

export type KindKey = "claim" | "evidence" | "question" | "none";

// A response as the debate view lists it: enough to scan the argument, not the whole post.
export type DebatePost = Pick<PostView, "id" | "author" | "createdAt" | "stance" | "kind" | "quote" | "pinned" | "teacherPick"> & {
  excerpt: string;
  sourceCount: number;
  replyCount: number;
};

export type DebateCounts = {
  responses: number;
  byStance: Record<StanceFilter, number>;
  byKind: Record<KindKey, number>;
  replies: { total: number; counter: number; agree: number };
};

export type DebateColumn = { stance: StanceFilter; count: number; posts: DebatePost[] };

export type DebateView = AssignmentContext & {
  section: { id: string; position: number; heading: string | null };
  // Post-first is holding classmates' posts back: everything below is the viewer's own.
  onlyOwn: boolean;
  counts: DebateCounts;
  filter: StanceFilter | null;
  // The "All" view: the newest responses of each stance (null when filtered).
  columns: DebateColumn[] | null;
  // A filtered view: one page of that stance's responses, newest first.
  page: { stance: StanceFilter; posts: DebatePost[]; nextCursor: string | null } | null;
  // Challenges nobody has answered in public yet, those waiting longest first.
  unanswered: { count: number; posts: DebatePost[] };
};

// Published posts the viewer may see: under post-first, only their own. A plain filter, not the
// visibility OR, so counts can be answered from the section's indexes.
function publishedFor(viewer: DiscussionViewer): Prisma.PostWhereInput {
  return { status: "PUBLISHED", ...peerFilter(viewer) };
}

export async function getDebateView(
  userId: string,
  assignmentId: string,
  position: number,
  options: { filter?: StanceFilter | null; cursor?: string | null } = {},
): Promise<DebateView | null> {
  const found = await findSection(userId, assignmentId, position);
  if (!found) return null;
  const { context, settings } = found;
  const section = { id: found.section.id, position: found.section.position, heading: found.section.heading };
  const viewer = discussionViewer(userId, settings);
  const published = publishedFor(viewer);
  const responses: Prisma.PostWhereInput = { assignmentId, sectionId: section.id, parentId: null, ...published };
  // No relation _count here: Prisma turns it into an aggregate over the whole table (prisma/prisma#23669).
  const select = postRowSelect(settings.classroomId);
  const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] as const;
  const filter = options.filter ?? null;
  const cursor = filter ? decodeCursor(options.cursor) : null;
  const unansweredWhere: Prisma.PostWhereInput = { ...responses, stance: "CHALLENGES", replies: { none: { status: "PUBLISHED" } } };

  // The counts are everyone's but a post-first student's: cached per change of the section (ADR 0018).
  const loadCounts = () =>
    Promise.all([
      db.post.groupBy({ by: ["stance", "kind"], where: responses, _count: { _all: true } }),
      db.post.groupBy({ by: ["replyKind"], where: { assignmentId, sectionId: section.id, parentId: { not: null }, ...published }, _count: { _all: true } }),
      db.post.count({ where: unansweredWhere }),
    ]);
  const countsKey = { part: "debate-counts", assignmentId, sectionId: section.id, version: found.discussionVersion, body: "" };
  const [[stanceKinds, replyKinds, unansweredCount], columnRows, pageRows, unansweredRows] = await Promise.all([
    viewer.onlyOwn ? loadCounts() : cachedSectionData(countsKey, loadCounts),
    filter
      ? null
      : Promise.all(
          STANCE_FILTERS.map((stance) =>
            db.post.findMany({ where: { ...responses, stance: stanceOfFilter(stance) }, orderBy: [...newestFirst], take: COLUMN_SIZE, select }),
          ),
        ),
    filter
      ? db.post.findMany({
          where: { ...responses, stance: stanceOfFilter(filter), ...olderThan(cursor) },
          orderBy: [...newestFirst],
          take: DEBATE_PAGE_SIZE + 1,
          select,
        })
      : null,
    db.post.findMany({ where: unansweredWhere, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: UNANSWERED_LIMIT, select }),
  ]);

  const counts = tally(stanceKinds, replyKinds);
  const pageSlice = pageRows?.slice(0, DEBATE_PAGE_SIZE) ?? [];
  const shown = [...(columnRows?.flat() ?? []), ...pageSlice, ...unansweredRows];
  const [presentation, replyGroups] = await Promise.all([
    presentationContext(settings, viewer, shown),
    db.post.groupBy({ by: ["parentId"], where: { parentId: { in: shown.map((row) => row.id) }, ...published }, _count: { _all: true } }),
  ]);
  const replyCounts = new Map(replyGroups.map((group) => [group.parentId, group._count._all]));
  const toDebatePost = (row: PostRow): DebatePost => {
    const view = presentPost(row, presentation);
    return {
      id: view.id,
      author: view.author,
      createdAt: view.createdAt,
      stance: view.stance,
      kind: view.kind,
      quote: view.quote,
      pinned: view.pinned,
      teacherPick: view.teacherPick,
      excerpt: plainExcerpt(view.body ?? "", EXCERPT_LENGTH),
      sourceCount: row.sources.length,
      replyCount: replyCounts.get(row.id) ?? 0,
    };
  };
  const last = pageSlice.at(-1);
  return {
    ...context,
    section,
    onlyOwn: settings.onlyOwn,
    counts,
    filter,
    columns: columnRows
      ? columnRows.map((rows, index) => {
          const stance = STANCE_FILTERS[index]!;
          return { stance, count: counts.byStance[stance], posts: rows.map(toDebatePost) };
        })
      : null,
    page: filter
      ? {
          stance: filter,
          posts: pageSlice.map(toDebatePost),
          nextCursor: pageRows && pageRows.length > DEBATE_PAGE_SIZE && last ? encodeCursor(last) : null,
        }
      : null,
    unanswered: { count: unansweredCount, posts: unansweredRows.map(toDebatePost) },
  };
}

type StanceKindGroup = { stance: PostView["stance"]; kind: PostView["kind"]; _count: { _all: number } };
type ReplyKindGroup = { replyKind: PostView["replyKind"]; _count: { _all: number } };

function tally(stanceKinds: StanceKindGroup[], replyKinds: ReplyKindGroup[]): DebateCounts {
  const byStance: Record<StanceFilter, number> = { supports: 0, challenges: 0, complicates: 0, none: 0 };
  const byKind: Record<KindKey, number> = { claim: 0, evidence: 0, question: 0, none: 0 };
  let responses = 0;
  for (const group of stanceKinds) {
    const count = group._count._all;
    responses += count;
    byStance[filterOfStance(group.stance)] += count;
    byKind[group.kind ? (group.kind.toLowerCase() as KindKey) : "none"] += count;
  }
  const replies = { total: 0, counter: 0, agree: 0 };
  for (const group of replyKinds) {
    replies.total += group._count._all;
    if (group.replyKind === "COUNTER") replies.counter += group._count._all;
    if (group.replyKind === "AGREE") replies.agree += group._count._all;
  }
  return { responses, byStance, byKind, replies };
}
