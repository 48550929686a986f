import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/authz";
import { notFound } from "@/lib/errors";
import { findAssignmentContext, type AssignmentContext } from "@/lib/readings/queries";
import { loadResponsePage, type ResponsePage } from "@/lib/discussion/list-responses";

export type SectionView = AssignmentContext & {
  section: { id: string; position: number; heading: string | null; body: string; question: string | null };
  // Positions of the assignment's sections before and after this one (an assignment may skip some).
  previousPosition: number | null;
  nextPosition: number | null;
  responseCount: number;
  canPost: boolean;
  // Started once access is settled, not awaited: the page streams it in behind a placeholder.
  page: Promise<ResponsePage>;
};

async function findSection(userId: string, assignmentId: string, position: number) {
  const found = await findAssignmentContext(userId, assignmentId);
  if (!found || !Number.isSafeInteger(position)) return null;
  const section = await db.section.findFirst({
    where: { readingId: found.readingId, position, assignments: { some: { assignmentId } } },
    select: { id: true, position: true, heading: true, body: true, question: true },
  });
  return section ? { context: found.context, readingId: found.readingId, section } : null;
}

// Everything the section page shows, or null when the viewer may not see it.
export async function getSectionView(
  userId: string,
  assignmentId: string,
  position: number,
  cursor?: string | null,
): Promise<SectionView | null> {
  const found = await findSection(userId, assignmentId, position);
  if (!found) return null;
  const { context, readingId, section } = found;
  const viewer = { userId, role: context.role };
  const page = loadResponsePage(viewer, assignmentId, section.id, cursor);
  const [before, after, responseCount] = await Promise.all([
    neighbour(assignmentId, readingId, { lt: section.position }, "desc"),
    neighbour(assignmentId, readingId, { gt: section.position }, "asc"),
    db.post.count({ where: { assignmentId, sectionId: section.id, parentId: null, status: "PUBLISHED" } }),
  ]);
  return {
    ...context,
    section,
    previousPosition: before?.position ?? null,
    nextPosition: after?.position ?? null,
    responseCount,
    canPost: can(context.role, "create:post"),
    page,
  };
}

function neighbour(assignmentId: string, readingId: string, position: { lt: number } | { gt: number }, order: "asc" | "desc") {
  return db.section.findFirst({
    where: { readingId, position, assignments: { some: { assignmentId } } },
    orderBy: { position: order },
    select: { position: true },
  });
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
  return loadResponsePage({ userId, role: found.context.role }, assignmentId, found.section.id, cursor);
}
