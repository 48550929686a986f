import "server-only";
import { isModerator } from "@/lib/authz";
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

