import "server-only";
import { db } from "@/lib/db";
import { can, memberOf } from "@/lib/authz";
import { isId } from "@/lib/validation";
import { isReadingFrozen } from "@/lib/readings/save-reading";
import { deleteBlocker } from "@/lib/readings/delete-reading";

// A teacher's library: their own readings (latest version of each) and the platform's samples.

export type LibraryItem = {
  id: string;
  title: string;
  author: string | null;
  perspective: string | null;
  version: number;
  sectionCount: number;
  assignmentCount: number;
  isSample: boolean;
};

export async function listLibrary(userId: string): Promise<LibraryItem[]> {
  const readings = await db.reading.findMany({
    where: { OR: [{ ownerId: userId }, { ownerId: null }], nextVersion: null },
    orderBy: [{ ownerId: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      author: true,
      perspective: true,
      version: true,
      ownerId: true,
      _count: { select: { sections: true, assignments: true } },
    },
  });
  return readings.map(({ _count, ownerId, ...reading }) => ({
    ...reading,
    sectionCount: _count.sections,
    assignmentCount: _count.assignments,
    isSample: ownerId === null,
  }));
}

export type LibraryReading = {
  id: string;
  title: string;
  author: string | null;
  source: string | null;
  perspective: string | null;
  version: number;
  isSample: boolean;
  canEdit: boolean;
  /** The owner may delete it; `deleteBlocker` says why not while an assignment uses it. */
  canDelete: boolean;
  deleteBlocker: string | null;
  frozen: boolean;
  newerVersionId: string | null;
  previousVersionId: string | null;
  sections: { position: number; heading: string | null; question: string | null; body: string }[];
  /** Classes it is assigned to (the viewer's only). */
  assignments: { id: string; classroomName: string }[];
  /** Classes the viewer teaches and can assign it to. */
  classrooms: { id: string; name: string }[];
};

export async function getLibraryReading(userId: string, readingId: string): Promise<LibraryReading | null> {
  if (!isId(readingId)) return null;
  const reading = await db.reading.findFirst({
    where: { id: readingId, OR: [{ ownerId: userId }, { ownerId: null }] },
    select: {
      id: true,
      title: true,
      author: true,
      source: true,
      perspective: true,
      version: true,
      ownerId: true,
      previousVersionId: true,
      nextVersion: { select: { id: true } },
      _count: { select: { assignments: true } },
      sections: { orderBy: { position: "asc" }, select: { position: true, heading: true, question: true, body: true } },
      assignments: {
        where: { classroom: memberOf(userId) },
        orderBy: { createdAt: "asc" },
        select: { id: true, classroom: { select: { name: true } } },
      },
    },
  });
  if (!reading) return null;
  const [frozen, memberships] = await Promise.all([
    isReadingFrozen(reading.id),
    db.membership.findMany({
      where: { userId, classroom: { archivedAt: null } },
      orderBy: { createdAt: "desc" },
      select: { role: true, classroom: { select: { id: true, name: true } } },
    }),
  ]);
  const isSample = reading.ownerId === null;
  return {
    id: reading.id,
    title: reading.title,
    author: reading.author,
    source: reading.source,
    perspective: reading.perspective,
    version: reading.version,
    isSample,
    canEdit: !isSample && !reading.nextVersion,
    canDelete: !isSample,
    deleteBlocker: deleteBlocker(reading._count.assignments),
    frozen,
    newerVersionId: reading.nextVersion?.id ?? null,
    previousVersionId: reading.previousVersionId,
    sections: reading.sections,
    assignments: reading.assignments.map(({ id, classroom }) => ({ id, classroomName: classroom.name })),
    classrooms: memberships.filter(({ role }) => can(role, "manage:class")).map(({ classroom }) => classroom),
  };
}
