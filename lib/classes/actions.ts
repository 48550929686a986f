"use server";

import { redirect } from "next/navigation";
import { viewerAction } from "@/lib/actions";
import { createClassroom } from "@/lib/classes/create-classroom";
import { joinClassroom } from "@/lib/classes/join-classroom";
import { changeMemberRole, regenerateJoinCode, removeMember, setClassroomArchived } from "@/lib/classes/manage-classroom";

export const createClassroomAction = viewerAction(createClassroom, (classroom) => redirect(`/classes/${classroom.id}`));
export const joinClassroomAction = viewerAction(joinClassroom, ({ classroomId }) => redirect(`/classes/${classroomId}`));
export const changeMemberRoleAction = viewerAction(changeMemberRole, "Role changed.");
export const removeMemberAction = viewerAction(removeMember, "Removed from the class.");
export const regenerateJoinCodeAction = viewerAction(regenerateJoinCode, "New join code made. The old code no longer works.");
export const setClassroomArchivedAction = viewerAction(setClassroomArchived, "Saved.");
