"use server";

import { viewerAction } from "@/lib/actions";
import { changeMemberRole, regenerateJoinCode, removeMember, setClassroomArchived } from "@/lib/classes/manage-classroom";

export const changeMemberRoleAction = viewerAction(changeMemberRole, "Role changed.");
export const removeMemberAction = viewerAction(removeMember, "Removed from the class.");
export const regenerateJoinCodeAction = viewerAction(regenerateJoinCode, "New join code made. The old code no longer works.");
export const setClassroomArchivedAction = viewerAction(setClassroomArchived, "Saved.");
