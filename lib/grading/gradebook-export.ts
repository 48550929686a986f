import "server-only";
import { findAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import { z } from "zod";
import { loadClassGrades } from "@/lib/grading/grades";
import { gradebookCsv } from "@/lib/grading/gradebook";
import { GRADEBOOK_FORMATS } from "@/lib/grading/schemas";

const FormatInput = z.object({ format: z.enum(GRADEBOOK_FORMATS, { message: "Choose canvas, moodle or google." }) });

/** The assignment's grades as a gradebook CSV, for the class's teachers; null for anyone else. */
export async function exportGradebook(userId: string, assignmentId: string, format: unknown): Promise<{ filename: string; csv: string } | null> {
  const parsed = parseInput(FormatInput, { format: format ?? "canvas" });
  const access = await findAccess(userId, { assignmentId }, { permission: "grade:assignment" });
  if (!access) return null;
  const { grades } = await loadClassGrades(assignmentId, access.classroom.id);
  const title = access.assignment.reading.title;
  const csv = gradebookCsv(parsed.format, {
    assignment: { id: assignmentId, title },
    section: access.classroom.name,
    rows: grades.map((grade) => ({ name: grade.student.name, email: grade.student.email, total: grade.total.total })),
  });
  return { filename: `${title} grades ${parsed.format}.csv`, csv };
}
