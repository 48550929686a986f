import "server-only";
import { db } from "@/lib/db";
import { findAccess } from "@/lib/access";
import { countAssignmentPosts, type PostCounts } from "@/lib/assignments/post-counts";

export type SectionChoice = { id: string; position: number; heading: string | null };

// What the edit and delete pages need: the assignment's terms as the form's values (strings, as a
// form sends them), its reading's sections, and how many posts it holds.
export type AssignmentEditor = {
  assignmentId: string;
  classroom: { id: string; name: string; archived: boolean };
  title: string;
  sections: SectionChoice[];
  values: Record<string, string>;
  posts: PostCounts;
};

/** null unless the viewer may assign readings in the assignment's class. */
export async function getAssignmentEditor(userId: string, assignmentId: string): Promise<AssignmentEditor | null> {
  const access = await findAccess(userId, { assignmentId }, { permission: "assign:reading" });
  if (!access) return null;
  const { assignment, classroom } = access;
  const [sections, included, posts] = await Promise.all([
    db.section.findMany({ where: { readingId: assignment.readingId }, orderBy: { position: "asc" }, select: { id: true, position: true, heading: true } }),
    db.assignmentSection.findMany({ where: { assignmentId }, select: { sectionId: true } }),
    countAssignmentPosts(assignmentId),
  ]);
  const on = (value: boolean) => (value ? "on" : "");
  return {
    assignmentId,
    classroom: { id: classroom.id, name: classroom.name, archived: classroom.archived },
    title: assignment.reading.title,
    sections,
    posts,
    values: {
      opensAt: assignment.opensAt.toISOString(),
      dueAt: assignment.dueAt?.toISOString() ?? "",
      latePolicy: assignment.latePolicy,
      minResponses: String(assignment.minResponses),
      minReplies: String(assignment.minReplies),
      minWords: String(assignment.minWords),
      postFirst: on(assignment.postFirst),
      stanceRequired: on(assignment.stanceRequired),
      ...Object.fromEntries(included.map(({ sectionId }) => [`section:${sectionId}`, "on"])),
    },
  };
}
