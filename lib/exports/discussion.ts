import "server-only";
import { db } from "@/lib/db";
import { isModerator } from "@/lib/authz";
import { findAccess, respondedWhere } from "@/lib/access";
import type { AnonymityMode } from "@/lib/generated/prisma/enums";
import { sectionTitle } from "@/lib/format";
import { effectiveAnonymity } from "@/lib/discussion/anonymity";
import { presentationContext } from "@/lib/discussion/list-responses";
import { canSeeContent, type DiscussionViewer } from "@/lib/discussion/visibility";
import { postRowSelect, presentPost, type PostRow, type PostView } from "@/lib/discussion/present-post";

// The whole discussion of an assignment, section by section, each response with its replies, for
// any member. What each one gets is what the pages show them, through the same presenter: the
// class's teachers and TAs get names (the teacher's copy); a student gets published posts (and their
// own awaiting a decision) with authors as the anonymity mode shows them, and under post-first only
// their own posts in sections they have not responded in yet.

export type ExportPost = Pick<PostView, "id" | "body" | "html" | "author" | "createdAt" | "edited" | "state" | "teacherPick" | "stance" | "kind" | "replyKind" | "quote" | "sources">;
export type ExportThread = ExportPost & { replies: ExportPost[] };
export type ExportSection = { position: number; title: string; question: string | null; onlyOwn: boolean; threads: ExportThread[] };

export type DiscussionExport = {
  assignmentId: string;
  title: string;
  author: string | null;
  classroom: { id: string; name: string };
  /** "teacher": names and every post a moderator sees; "class": as a student sees it. */
  copy: "teacher" | "class";
  anonymity: AnonymityMode;
  exportedAt: string;
  sections: ExportSection[];
};

function exportPost(view: PostView): ExportPost {
  const { id, body, html, author, createdAt, edited, state, teacherPick, stance, kind, replyKind, quote, sources } = view;
  return { id, body, html, author, createdAt, edited, state, teacherPick, stance, kind, replyKind, quote, sources };
}

// Three statements after the access check: the sections, the posts, and (post-first) where the
// student has responded.
export async function getDiscussionExport(userId: string, assignmentId: string, now: Date = new Date()): Promise<DiscussionExport | null> {
  const access = await findAccess(userId, { assignmentId }, { now });
  if (!access) return null;
  const { assignment, classroom, role } = access;
  const moderator = isModerator(role);
  const gated = assignment.postFirst && !moderator;
  const [placements, rows, responded] = await Promise.all([
    db.assignmentSection.findMany({
      where: { assignmentId },
      orderBy: { section: { position: "asc" } },
      select: { section: { select: { id: true, position: true, heading: true, question: true } } },
    }),
    db.post.findMany({ where: { assignmentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { ...postRowSelect(classroom.id), sectionId: true } }),
    gated ? db.post.findMany({ where: { assignmentId, ...respondedWhere(userId) }, distinct: ["sectionId"], select: { sectionId: true } }) : [],
  ]);
  const unlocked = new Set(responded.map((row) => row.sectionId));
  const viewers = new Map<string, DiscussionViewer>(placements.map(({ section }) => [section.id, { userId, role, onlyOwn: gated && !unlocked.has(section.id) }]));

  // What the viewer may read: replies they may see, and responses they may see or that stand as the
  // placeholder their visible replies hang off (as on the section page).
  const replies = rows.filter((row) => row.parentId !== null && viewers.has(row.sectionId) && canSeeContent(row, viewers.get(row.sectionId)!));
  const answered = new Set(replies.map((row) => row.parentId));
  const responses = rows.filter((row) => row.parentId === null && viewers.has(row.sectionId) && (canSeeContent(row, viewers.get(row.sectionId)!) || answered.has(row.id)));
  const anonymity = effectiveAnonymity(assignment, classroom);
  const context = await presentationContext({ assignmentId, anonymity }, { userId, role }, [...responses, ...replies]);
  const present = (row: PostRow & { sectionId: string }) => exportPost(presentPost(row, { ...context, viewer: viewers.get(row.sectionId)! }));

  const repliesByParent = new Map<string, ExportPost[]>();
  for (const reply of replies) repliesByParent.set(reply.parentId!, [...(repliesByParent.get(reply.parentId!) ?? []), present(reply)]);
  return {
    assignmentId,
    title: assignment.reading.title,
    author: assignment.reading.author,
    classroom: { id: classroom.id, name: classroom.name },
    copy: moderator ? "teacher" : "class",
    anonymity,
    exportedAt: now.toISOString(),
    sections: placements.map(({ section }) => ({
      position: section.position,
      title: sectionTitle(section.position, section.heading),
      question: section.question,
      onlyOwn: viewers.get(section.id)!.onlyOwn ?? false,
      threads: responses.filter((row) => row.sectionId === section.id).map((row) => ({ ...present(row), replies: repliesByParent.get(row.id) ?? [] })),
    })),
  };
}

/** The JSON download: the Markdown bodies, not the HTML the printable page shows. */
export function discussionJson(discussion: DiscussionExport): string {
  const plain = (post: ExportPost) => ({ ...post, html: undefined });
  return JSON.stringify(
    { ...discussion, sections: discussion.sections.map((section) => ({ ...section, threads: section.threads.map((thread) => ({ ...plain(thread), replies: thread.replies.map(plain) })) })) },
    null,
    2,
  );
}
