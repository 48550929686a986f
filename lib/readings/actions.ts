"use server";

import { redirect } from "next/navigation";
import { viewerAction } from "@/lib/actions";
import { assignReading } from "@/lib/readings/assign-reading";
import { assignWithDefaults } from "@/lib/readings/quick-assign";
import { checkedSectionIds } from "@/lib/assignments/schemas";
import { deleteReading } from "@/lib/readings/delete-reading";
import { copySampleReading } from "@/lib/readings/copy-sample";

export const assignReadingAction = viewerAction(
  (userId, input) => assignReading(userId, { ...input, sectionIds: checkedSectionIds(input) }),
  (assignment) => redirect(`/assignments/${assignment.id}`),
);

// Back to the class, where the join link is ready to copy.
export const assignWithDefaultsAction = viewerAction(assignWithDefaults, (_assignment, input) => redirect(`/classes/${input.classroomId}`));

export const deleteReadingAction = viewerAction(deleteReading, () => redirect("/library?deleted=1"));
// The copy opens in the editor: making it editable is why the teacher copied it.
export const copySampleReadingAction = viewerAction(copySampleReading, ({ id }) => redirect(`/library/${id}/edit`));
