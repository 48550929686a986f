"use server";

import { redirect } from "next/navigation";
import { viewerAction } from "@/lib/actions";
import { checkedSectionIds } from "@/lib/assignments/schemas";
import { deleteAssignment, editAssignment, setAssignmentArchived } from "@/lib/assignments/edit-assignment";

export const editAssignmentAction = viewerAction(
  (userId, input) => editAssignment(userId, { ...input, sectionIds: checkedSectionIds(input) }),
  ({ id }) => redirect(`/assignments/${id}?saved=1`),
);

export const deleteAssignmentAction = viewerAction(deleteAssignment, ({ classroomId }) => redirect(`/classes/${classroomId}`));

export const setAssignmentArchivedAction = viewerAction(setAssignmentArchived, (_result, input) => (input.archived === "true" ? "Archived." : "Restored."));
