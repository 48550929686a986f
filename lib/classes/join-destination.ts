import "server-only";
import { db } from "@/lib/db";
import { respondedWhere } from "@/lib/access";

/**
 * Where a member goes after joining: the class's current assignment (open for posting and not
 * archived, soonest due first), at its first section they have not responded in yet; the class page when nothing
 * is open.
 */
export async function joinDestination(userId: string, classroomId: string, now: Date = new Date()): Promise<string> {
  const assignment = await db.assignment.findFirst({
    where: {
      classroomId,
      classroom: { archivedAt: null },
      archivedAt: null,
      opensAt: { lte: now },
      OR: [{ dueAt: null }, { dueAt: { gte: now } }, { latePolicy: "ACCEPT_LATE" }],
    },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { opensAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      sections: { orderBy: { section: { position: "asc" } }, select: { section: { select: { id: true, position: true } } } },
      posts: { where: respondedWhere(userId), distinct: ["sectionId"], select: { sectionId: true } },
    },
  });
  if (!assignment) return `/classes/${classroomId}`;
  const responded = new Set(assignment.posts.map(({ sectionId }) => sectionId));
  const sections = assignment.sections.map(({ section }) => section);
  const next = sections.find(({ id }) => !responded.has(id)) ?? sections[0];
  return next ? `/assignments/${assignment.id}/sections/${next.position}` : `/assignments/${assignment.id}`;
}
