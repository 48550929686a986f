"use server";

import { redirect } from "next/navigation";
import { viewerAction } from "@/lib/actions";
import { assignReading } from "@/lib/readings/assign-reading";
import { assignWithDefaults } from "@/lib/readings/quick-assign";

// Each included section is a checkbox named "section:<id>".
function checkedSectionIds(input: Record<string, string>): string[] {
  return Object.keys(input)
    .filter((key) => key.startsWith("section:"))
    .map((key) => key.slice("section:".length));
}

export const assignReadingAction = viewerAction(
  (userId, input) => assignReading(userId, { ...input, sectionIds: checkedSectionIds(input) }),
  (assignment) => redirect(`/assignments/${assignment.id}`),
);

// Back to the class, where the join link is ready to copy.
export const assignWithDefaultsAction = viewerAction(assignWithDefaults, (_assignment, input) => redirect(`/classes/${input.classroomId}`));
