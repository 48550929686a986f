import "server-only";
import { db } from "@/lib/db";
import { isModerator, memberOf, roleIn } from "@/lib/authz";
import type { LatePolicy, Role } from "@/lib/generated/prisma/enums";
import { assignmentWindow, type AssignmentWindow } from "@/lib/assignments/window";
import { visibleAssignmentWhere } from "@/lib/assignments/visibility";
import { loadAuthoredPosts } from "@/lib/assignments/progress";
import { assessProgress, type Progress, type Requirements } from "@/lib/assignments/requirements";
import { respondedWhere } from "@/lib/discussion/posting-rules";

export type AssignmentContext = {
  assignmentId: string;
  classroom: { id: string; name: string; archived: boolean };
  role: Role;
  reading: { title: string; subtitle: string | null; tagline: string | null; author: string | null; source: string | null; perspective: string | null };
  /** ISO strings (UTC). */
  opensAt: string;
  dueAt: string | null;
  latePolicy: LatePolicy;
  requirements: Requirements;
  /** Students see classmates' posts in a section only after responding there. */
  postFirst: boolean;
  /** What the viewer may do now: see, post, post late (lib/assignments/window.ts). */
  window: AssignmentWindow;
};

// The assignment as the viewer may see it, or null when it is not theirs to see (a student
// before the opening time included).
function findAssignment(userId: string, assignmentId: string, now: Date) {
  return db.assignment.findFirst({
    where: { id: assignmentId, classroom: memberOf(userId), AND: [visibleAssignmentWhere(userId, now)] },
    select: {
      id: true,
      readingId: true,
      opensAt: true,
      dueAt: true,
      latePolicy: true,
      minResponses: true,
      minReplies: true,
      minWords: true,
      postFirst: true,
      classroom: { select: { id: true, name: true, archivedAt: true, ...roleIn(userId) } },
      reading: { select: { title: true, subtitle: true, tagline: true, author: true, source: true, perspective: true } },
    },
  });
}

function toContext(assignment: NonNullable<Awaited<ReturnType<typeof findAssignment>>>, now: Date): AssignmentContext | null {
  const role = assignment.classroom.memberships[0]?.role;
  if (!role) return null;
  const window = assignmentWindow({ ...assignment, archivedAt: assignment.classroom.archivedAt }, role, now);
  if (!window.visible) return null;
  return {
    assignmentId: assignment.id,
    classroom: { id: assignment.classroom.id, name: assignment.classroom.name, archived: assignment.classroom.archivedAt !== null },
    role,
    reading: assignment.reading,
    opensAt: assignment.opensAt.toISOString(),
    dueAt: assignment.dueAt?.toISOString() ?? null,
    latePolicy: assignment.latePolicy,
    requirements: { minResponses: assignment.minResponses, minReplies: assignment.minReplies, minWords: assignment.minWords },
    postFirst: assignment.postFirst,
    window,
  };
}

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

export async function findAssignmentContext(
  userId: string,
  assignmentId: string,
  now: Date = new Date(),
): Promise<{ context: AssignmentContext; readingId: string } | null> {
  const assignment = await findAssignment(userId, assignmentId, now);
  const context = assignment && toContext(assignment, now);
  return assignment && context ? { context, readingId: assignment.readingId } : null;
}

export async function getReadingOverview(userId: string, assignmentId: string, now: Date = new Date()): Promise<ReadingOverview | null> {
  const found = await findAssignmentContext(userId, assignmentId, now);
  if (!found) return null;
  const { context, readingId } = found;
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
    progress: context.role === "STUDENT" ? progress : null,
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
