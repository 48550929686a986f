import "server-only";
import { db } from "@/lib/db";
import { isModerator } from "@/lib/authz";
import { requireAccess } from "@/lib/access";
import { findSection } from "@/lib/discussion/find-section";
import type { Role } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";
import { SectionPosition } from "@/lib/discussion/schemas";

// "5 people are in this section": people whose page sent a heartbeat within the last minute. Kept in
// PostgreSQL, not in memory, so every app instance counts the same people. One row per person and
// section, touched again on each beat: the table stays at people × sections and needs no cleanup.
export const PRESENCE_WINDOW_MS = 60_000;
// Enough names for a class; the count stays exact beyond it.
const NAMES_LIMIT = 100;

export type PresenceView = {
  count: number;
  // Who is here: only for the class's moderators, and only when they ask (the board can hide names).
  names: string[] | null;
};

type Options = { withNames?: boolean; now?: Date };

// Where the count is taken, and who asks (moderators may get names).
type Place = { assignmentId: string; sectionId: string; classroomId: string; role: Role };

async function countPresent(place: Place, { withNames = false, now = new Date() }: Options): Promise<PresenceView> {
  const where = {
    assignmentId: place.assignmentId,
    sectionId: place.sectionId,
    seenAt: { gte: new Date(now.getTime() - PRESENCE_WINDOW_MS) },
    // Someone removed from the class stops counting at once, not a minute later.
    user: { deletedAt: null, memberships: { some: { classroomId: place.classroomId } } },
  };
  if (!withNames || !isModerator(place.role)) return { count: await db.presence.count({ where }), names: null };
  const [count, rows] = await Promise.all([
    db.presence.count({ where }),
    db.presence.findMany({ where, orderBy: { user: { name: "asc" } }, take: NAMES_LIMIT, select: { user: { select: { name: true } } } }),
  ]);
  return { count, names: rows.map((row) => row.user.name) };
}

/** The section's presence as a page shows it; null when the viewer may not see the section. */
export async function getPresence(userId: string, assignmentId: string, position: number, options: Options = {}): Promise<PresenceView | null> {
  // The page's own access check, cached for the request: no second query for it.
  const found = await findSection(userId, assignmentId, position);
  if (!found) return null;
  const { context, section } = found;
  return countPresent({ assignmentId, sectionId: section.id, classroomId: context.classroom.id, role: context.role }, options);
}

/** The heartbeat: the viewer is here now (one atomic upsert), and who else is. */
export async function markPresent(userId: string, assignmentId: string, positionParam: unknown, options: Options = {}): Promise<PresenceView> {
  const position = parseInput(SectionPosition, positionParam);
  const now = options.now ?? new Date();
  const access = await requireAccess(userId, { assignmentId, position }, null, { now });
  const key = { userId, assignmentId, sectionId: access.section.id };
  await db.presence.upsert({ where: { userId_assignmentId_sectionId: key }, create: { ...key, seenAt: now }, update: { seenAt: now } });
  return countPresent({ assignmentId, sectionId: access.section.id, classroomId: access.classroom.id, role: access.role }, { ...options, now });
}
