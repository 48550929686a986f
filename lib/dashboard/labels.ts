import "server-only";
import type { AnonymityMode } from "@/lib/generated/prisma/enums";
import { pseudonymsFor } from "@/lib/discussion/anonymity";

// What the dashboard calls each student. On the teacher's own screen: names. Projected to the
// class ("projecting"), labels follow the assignment's anonymity mode, as classmates see authors:
// names when named, the stable pseudonyms when pseudonymous, and when anonymous a number that
// exists only on this screen (ordered by account, not by name, so it hints at no one).
export async function studentLabels(
  assignmentId: string,
  students: { id: string; name: string }[],
  { anonymity, projecting }: { anonymity: AnonymityMode; projecting: boolean },
): Promise<Map<string, string>> {
  if (!projecting || anonymity === "NAMED") return new Map(students.map((student) => [student.id, student.name]));
  if (anonymity === "PSEUDONYMOUS") return pseudonymsFor(assignmentId, students.map((student) => student.id));
  const byAccount = [...students].sort((a, b) => (a.id < b.id ? -1 : 1));
  return new Map(byAccount.map((student, index) => [student.id, `Anonymous ${index + 1}`]));
}
