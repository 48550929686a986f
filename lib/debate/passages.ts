import "server-only";
import { db } from "@/lib/db";
import { displayBlocks } from "@/lib/readings/split";
import { passageHeat } from "@/lib/debate/heat";
import { sentenceSpans, type Span } from "@/lib/discussion/quote-spans";
import { peerFilter, type DiscussionViewer } from "@/lib/discussion/visibility";
import { discussionViewer, type DiscussionSettings } from "@/lib/discussion/posting-rules";
import { postRowSelect, presentPost, type PostView } from "@/lib/discussion/present-post";
import { presentationContext } from "@/lib/discussion/list-responses";


// The section's text as the page lays it out: paragraphs, the sentences a keyboard user can
// quote, and the heat of what this viewer may see quoted. Callers authorize first.
export async function loadPassages(viewer: DiscussionViewer, assignmentId: string, section: { id: string; body: string }) {
  const paragraphs = displayBlocks(section.body);
  // One row per distinct span: people often quote the same sentence.
  const spans = await db.post.groupBy({
    by: ["quoteStart", "quoteEnd"],
    where: { assignmentId, sectionId: section.id, quoteStart: { not: null }, status: "PUBLISHED", ...peerFilter(viewer) },
    _count: { _all: true },
  });
  return {
    paragraphs,
    sentences: paragraphs.flatMap((paragraph) => sentenceSpans(section.body, paragraph)).map((span) => ({ ...span, text: section.body.slice(span.start, span.end) })),
    heat: passageHeat(spans.map((span) => ({ start: span.quoteStart!, end: span.quoteEnd!, count: span._count._all }))),
  };
}

export const QUOTING_POSTS_LIMIT = 20;

// Published posts whose quote overlaps the passage, newest first, as this viewer may see them.
export async function loadQuotingPosts(userId: string, settings: DiscussionSettings, sectionId: string, span: Span): Promise<PostView[]> {
  const viewer = discussionViewer(userId, settings);
  const rows = await db.post.findMany({
    where: {
      assignmentId: settings.assignmentId,
      sectionId,
      status: "PUBLISHED",
      quoteStart: { lt: span.end },
      quoteEnd: { gt: span.start },
      ...peerFilter(viewer),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: QUOTING_POSTS_LIMIT,
    select: postRowSelect(settings.classroomId),
  });
  const context = await presentationContext(settings, viewer, rows);
  return rows.map((row) => presentPost(row, context));
}

/** "120-180" from the page's ?passage= parameter, or null. */
export function parsePassageParam(value: unknown): Span | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,7})-(\d{1,7})$/.exec(value);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end ? { start, end } : null;
}
