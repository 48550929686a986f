import "server-only";
import { db } from "@/lib/db";
import { findAccess } from "@/lib/access";
import { can } from "@/lib/authz";
import { effectiveAnonymity } from "@/lib/discussion/anonymity";
import { postRowSelect, presentPost, type PostView, type PresentationContext } from "@/lib/discussion/present-post";
import { loadClassGrades, type StudentGrade } from "@/lib/grading/grades";
import type { RubricView } from "@/lib/grading/config";
import { decodeCursor, encodeCursor, newerThan, type Cursor } from "@/lib/discussion/cursor";
import { permalinkPath } from "@/lib/discussion/permalink-path";
import { sectionTitle } from "@/lib/format";

// The grading view: one student at a time, the posts they wrote in the assignment in its context
// (the passage it quotes, the post it answers, the first replies it got), beside their grade. Posts
// come a page at a time, oldest first, and each shows a few replies (the rest on its permalink), so
// the statements and the page's size do not grow with how much a student wrote.

export const POSTS_PER_PAGE = 20;
export const REPLIES_SHOWN = 3;

export type RosterEntry = { id: string; name: string; graded: boolean; total: number | null; max: number };

export type PostInContext = {
  sectionPath: string;
  sectionLabel: string;
  isReply: boolean;
  post: PostView;
  parent: PostView | null;
  /** The first REPLIES_SHOWN replies; moreReplies more are on the post's permalink. */
  replies: PostView[];
  moreReplies: number;
  permalink: string;
};

/** A page of the student's posts; `after` (an opaque cursor) opens the next one. */
export type PostsPage = { items: PostInContext[]; after: string | null; isFirstPage: boolean };

export type GradingView = {
  assignment: { id: string; title: string; classroom: { id: string; name: string } };
  releasedAt: string | null;
  /** The viewer may change the settings and rubric (teachers; a TA who grades uses the teacher's). */
  canConfigure: boolean;
  participationOn: boolean;
  rubric: RubricView | null;
  roster: RosterEntry[];
  ungradedOnly: boolean;
  current: { grade: Omit<StudentGrade, "gradedAt" | "student"> & { student: { id: string; name: string }; gradedAt: string | null }; posts: PostsPage } | null;
  previousId: string | null;
  nextId: string | null;
};

async function postsInContext(assignmentId: string, classroomId: string, studentId: string, context: PresentationContext, after: Cursor | null): Promise<PostsPage> {
  const select = postRowSelect(classroomId);
  const rows = await db.post.findMany({
    where: { assignmentId, authorId: studentId, ...newerThan(after) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: POSTS_PER_PAGE + 1,
    select: {
      ...select,
      section: { select: { position: true, heading: true } },
      parent: { select },
      replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: REPLIES_SHOWN, select },
      _count: { select: { replies: true } },
    },
  });
  const shown = rows.slice(0, POSTS_PER_PAGE);
  const last = shown[shown.length - 1];
  return {
    items: shown.map((row) => ({
      sectionPath: `/assignments/${assignmentId}/sections/${row.section.position}`,
      sectionLabel: sectionTitle(row.section.position, row.section.heading),
      isReply: row.parentId !== null,
      post: presentPost(row, context),
      parent: row.parent ? presentPost(row.parent, context) : null,
      replies: row.replies.map((reply) => presentPost(reply, context)),
      moreReplies: Math.max(0, row._count.replies - row.replies.length),
      permalink: permalinkPath(row.id),
    })),
    after: rows.length > POSTS_PER_PAGE && last ? encodeCursor(last) : null,
    isFirstPage: after === null,
  };
}

/** For the class's teachers; null for anyone else. */
export async function getGradingView(userId: string, assignmentId: string, options: { studentId?: string; ungradedOnly?: boolean; after?: string }): Promise<GradingView | null> {
  const access = await findAccess(userId, { assignmentId }, { permission: "grade:assignment" });
  if (!access) return null;
  const { config, grades } = await loadClassGrades(assignmentId, access.classroom.id);
  const ungradedOnly = Boolean(options.ungradedOnly);
  const roster = grades
    .map((grade) => ({ id: grade.student.id, name: grade.student.name, graded: grade.gradedAt !== null, total: grade.total.total, max: grade.total.max }))
    .filter((entry) => !ungradedOnly || !entry.graded || entry.id === options.studentId);
  const index = Math.max(0, roster.findIndex((entry) => entry.id === options.studentId));
  const chosen = roster[index] ? grades.find((grade) => grade.student.id === roster[index]!.id)! : null;
  const context: PresentationContext = {
    viewer: { userId, role: access.role },
    anonymity: effectiveAnonymity(access.assignment, access.classroom),
    // Teachers see names; no pseudonym is allocated by reading this page.
    pseudonyms: new Map(),
  };
  return {
    assignment: { id: assignmentId, title: access.assignment.reading.title, classroom: { id: access.classroom.id, name: access.classroom.name } },
    releasedAt: config.releasedAt?.toISOString() ?? null,
    canConfigure: can(access.role, "configure:grading", access.classroom),
    participationOn: config.participation,
    rubric: config.rubric,
    roster,
    ungradedOnly,
    current: chosen
      ? {
          grade: { ...chosen, student: { id: chosen.student.id, name: chosen.student.name }, gradedAt: chosen.gradedAt?.toISOString() ?? null },
          // The cursor pages the student asked for; if the roster shows another, it starts at the first page.
          posts: await postsInContext(assignmentId, access.classroom.id, chosen.student.id, context, chosen.student.id === options.studentId ? decodeCursor(options.after) : null),
        }
      : null,
    previousId: roster[index - 1]?.id ?? null,
    nextId: roster[index + 1]?.id ?? null,
  };
}
