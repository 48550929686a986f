import "server-only";
import { db } from "@/lib/db";
import { isModerator, rolesWith } from "@/lib/authz";
import { findAccess } from "@/lib/access";
import { notFound } from "@/lib/errors";
import type { LiveSubscriber } from "@/lib/live/hub";

// What a viewer may follow live. Checked before a stream opens and again at each reconnect.

// One class: members of a class that is not archived (nothing changes in an archived class).
export async function classSubscription(userId: string, classroomId: string): Promise<LiveSubscriber["classrooms"]> {
  const access = await findAccess(userId, { classroomId });
  if (!access || access.classroom.archived) throw notFound("That class");
  return new Map([[classroomId, { moderator: isModerator(access.role) }]]);
}

// Every class the viewer moderates, for the header's count of what waits for them.
export async function moderatedSubscription(userId: string): Promise<LiveSubscriber["classrooms"]> {
  const memberships = await db.membership.findMany({
    where: { userId, role: { in: rolesWith("moderate:class") }, classroom: { archivedAt: null } },
    select: { classroomId: true },
  });
  return new Map(memberships.map(({ classroomId }) => [classroomId, { moderator: true }]));
}
