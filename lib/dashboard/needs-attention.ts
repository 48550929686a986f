import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { plainExcerpt, sectionTitle } from "@/lib/format";
import { permalinkPath } from "@/lib/discussion/permalink-path";
import { KIND_LABELS, STANCE_LABELS } from "@/lib/debate/labels";

// What needs the teacher now: questions and challenges nobody has answered, posts with open
// reports, posts awaiting approval. Four statements; students who have not started come from the
// activity the dashboard already loaded.

export const UNANSWERED_SHOWN = 10;
const EXCERPT_LENGTH = 160;

export type UnansweredPost = { id: string; href: string; what: string; section: string; excerpt: string; createdAt: string };
export type Attention = {
  unanswered: { count: number; posts: UnansweredPost[] };
  reported: number;
  pending: number;
};

export async function loadAttention(assignmentId: string): Promise<Attention> {
  const unansweredWhere: Prisma.PostWhereInput = {
    assignmentId,
    parentId: null,
    status: "PUBLISHED",
    OR: [{ kind: "QUESTION" }, { stance: "CHALLENGES" }],
    replies: { none: { status: "PUBLISHED" } },
  };
  const [rows, count, reported, pending] = await Promise.all([
    db.post.findMany({
      where: unansweredWhere,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: UNANSWERED_SHOWN,
      select: { id: true, body: true, kind: true, stance: true, createdAt: true, section: { select: { position: true, heading: true } } },
    }),
    db.post.count({ where: unansweredWhere }),
    db.post.count({ where: { assignmentId, status: { not: "DELETED" }, reports: { some: { resolvedAt: null } } } }),
    db.post.count({ where: { assignmentId, status: "PENDING" } }),
  ]);
  return {
    unanswered: {
      count,
      posts: rows.map((row) => ({
        id: row.id,
        href: permalinkPath(row.id),
        // A question that also challenges reads as a question: it asks for an answer.
        what: row.kind === "QUESTION" ? KIND_LABELS.QUESTION : STANCE_LABELS.CHALLENGES,
        section: sectionTitle(row.section.position, row.section.heading),
        excerpt: plainExcerpt(row.body, EXCERPT_LENGTH),
        createdAt: row.createdAt.toISOString(),
      })),
    },
    reported,
    pending,
  };
}

// "As the due date nears": from this long before the due time on, and after it.
export const NOT_STARTED_WINDOW_MS = 48 * 3_600_000;

export function dueSoonOrPast(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && dueAt.getTime() - now.getTime() <= NOT_STARTED_WINDOW_MS;
}
