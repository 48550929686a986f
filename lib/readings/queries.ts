import "server-only";
import { db } from "@/lib/db";
import { isModerator, isStudent } from "@/lib/authz";
import { findAccess, respondedWhere } from "@/lib/access";
import { assignmentContext, type AssignmentContext } from "@/lib/assignments/context";
import { loadAuthoredPosts } from "@/lib/assignments/progress";
import { assessProgress, type Progress } from "@/lib/assignments/requirements";

export type SectionSummary = {
  id: string;
  position: number;
  heading: string | null;
  question: string | null;
  excerpt: string;
  /** null under post-first until the viewer responds there: even a count tells them something. */
  responseCount: number | null;
  /** The viewer has a published response here. */
  answered: boolean;
};

export type ReadingOverview = AssignmentContext & { sections: SectionSummary[]; progress: Progress | null };

export async function getReadingOverview(userId: string, assignmentId: string, now: Date = new Date()): Promise<ReadingOverview | null> {
  const access = await findAccess(userId, { assignmentId }, { now });
  if (!access) return null;
  const context = assignmentContext(access);
  const { readingId } = access.assignment;
  const gated = context.postFirst && !isModerator(context.role);
  const [sections, counts, mine, responded] = await Promise.all([
    db.section.findMany({
      where: { readingId, assignments: { some: { assignmentId } } },
      orderBy: { position: "asc" },
      select: { id: true, position: true, heading: true, question: true, body: true },
    }),
    db.post.groupBy({
      by: ["sectionId"],
      where: { assignmentId, parentId: null, status: "PUBLISHED" },
      _count: { _all: true },
    }),
    loadAuthoredPosts([assignmentId], [userId]),
    // Post-first lifts where the section page lifts it: a published or pending response.
    gated ? db.post.findMany({ where: { assignmentId, ...respondedWhere(userId) }, distinct: ["sectionId"], select: { sectionId: true } }) : [],
  ]);
  const countBySection = new Map(counts.map((row) => [row.sectionId, row._count._all]));
  const progress = assessProgress(userId, context.requirements, mine.get(assignmentId)?.get(userId) ?? [], {
    dueAt: context.dueAt ? new Date(context.dueAt) : null,
    now,
  });
  const answered = new Set(progress.answeredSectionIds);
  const lifted = new Set(responded.map((post) => post.sectionId));
  const countHidden = (sectionId: string) => gated && !lifted.has(sectionId);
  return {
    ...context,
    progress: isStudent(context.role) ? progress : null,
    sections: sections.map((section) => ({
      id: section.id,
      position: section.position,
      heading: section.heading,
      question: section.question,
      excerpt: excerpt(section.body),
      responseCount: countHidden(section.id) ? null : (countBySection.get(section.id) ?? 0),
      answered: answered.has(section.id),
    })),
  };
}

// The first paragraph's start, without a Markdown heading line.
function excerpt(text: string, length = 160): string {
  const plain = text.replace(/^\s*#{1,6}[ \t][^\n]*\n/, "").trim();
  if (plain.length <= length) return plain;
  const cut = plain.lastIndexOf(" ", length);
  return `${plain.slice(0, cut > 0 ? cut : length)}…`;
}
