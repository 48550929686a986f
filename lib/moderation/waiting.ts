import "server-only";
import { db } from "@/lib/db";
import { rolesWith } from "@/lib/authz";
import { findAccess } from "@/lib/access";
import { notFound } from "@/lib/errors";

// What waits for a moderator: posts awaiting approval and posts with open reports, counted as the
// queue lists them. For the header (every class the viewer moderates) and the queue page (one).
// queuePath: the queue to open from the header (the class's, when the viewer moderates one).
export type Waiting = { moderates: boolean; count: number; queuePath?: string };

const reportedWhere = { status: { not: "DELETED" }, reports: { some: { resolvedAt: null } } } as const;

async function countIn(classroomIds: string[]): Promise<number> {
  const inClasses = { assignment: { classroomId: { in: classroomIds } } };
  const [pending, reported] = await Promise.all([
    db.post.count({ where: { ...inClasses, status: "PENDING" } }),
    db.post.count({ where: { ...inClasses, ...reportedWhere } }),
  ]);
  return pending + reported;
}

// The classes a viewer moderates that can still change (not archived).
export async function moderatedClassroomIds(userId: string): Promise<string[]> {
  const memberships = await db.membership.findMany({
    where: { userId, role: { in: rolesWith("moderate:class") }, classroom: { archivedAt: null } },
    select: { classroomId: true },
  });
  return memberships.map((membership) => membership.classroomId);
}

export async function waitingForModerator(userId: string): Promise<Waiting> {
  const classroomIds = await moderatedClassroomIds(userId);
  if (classroomIds.length === 0) return { moderates: false, count: 0 };
  const queuePath = classroomIds.length === 1 ? `/classes/${classroomIds[0]}/moderation` : "/";
  return { moderates: true, count: await countIn(classroomIds), queuePath };
}

export async function waitingInClass(userId: string, classroomId: string): Promise<Waiting> {
  const access = await findAccess(userId, { classroomId }, { permission: "moderate:class" });
  if (!access) throw notFound("That class");
  return { moderates: true, count: await countIn([classroomId]) };
}
