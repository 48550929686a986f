import "server-only";
import { db } from "@/lib/db";
import { memberOf, roleIn } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";

export type AssignmentContext = {
  assignmentId: string;
  classroom: { id: string; name: string };
  role: Role;
  reading: { title: string; subtitle: string | null; tagline: string | null };
};

// The assignment as the viewer may see it, or null when it is not theirs to see.
function findAssignment(userId: string, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, classroom: memberOf(userId) },
    select: {
      id: true,
      readingId: true,
      classroom: { select: { id: true, name: true, ...roleIn(userId) } },
      reading: { select: { title: true, subtitle: true, tagline: true } },
    },
  });
}

function toContext(assignment: NonNullable<Awaited<ReturnType<typeof findAssignment>>>): AssignmentContext | null {
  const role = assignment.classroom.memberships[0]?.role;
  if (!role) return null;
  return {
    assignmentId: assignment.id,
    classroom: { id: assignment.classroom.id, name: assignment.classroom.name },
    role,
    reading: assignment.reading,
  };
}

export type SectionSummary = { position: number; heading: string | null; question: string | null; excerpt: string; responseCount: number };

export type ReadingOverview = AssignmentContext & { sections: SectionSummary[] };

export async function findAssignmentContext(
  userId: string,
  assignmentId: string,
): Promise<{ context: AssignmentContext; readingId: string } | null> {
  const assignment = await findAssignment(userId, assignmentId);
  const context = assignment && toContext(assignment);
  return assignment && context ? { context, readingId: assignment.readingId } : null;
}

export async function getReadingOverview(userId: string, assignmentId: string): Promise<ReadingOverview | null> {
  const found = await findAssignmentContext(userId, assignmentId);
  if (!found) return null;
  const { context, readingId } = found;
  const [sections, counts] = await Promise.all([
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
  ]);
  const countBySection = new Map(counts.map((row) => [row.sectionId, row._count._all]));
  return {
    ...context,
    sections: sections.map((section) => ({
      position: section.position,
      heading: section.heading,
      question: section.question,
      excerpt: excerpt(section.body),
      responseCount: countBySection.get(section.id) ?? 0,
    })),
  };
}

function excerpt(text: string, length = 160): string {
  if (text.length <= length) return text;
  return `${text.slice(0, text.lastIndexOf(" ", length))}…`;
}
