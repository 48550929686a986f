"use server";

import { redirect } from "next/navigation";
import { viewerAction, visitorAction } from "@/lib/actions";
import { createClassroom } from "@/lib/classes/create-classroom";
import { joinByLink, joinClassroom, signUpAndJoin } from "@/lib/classes/join-classroom";
import { changeMemberRole, regenerateJoinCode, removeMember, setClassroomArchived } from "@/lib/classes/manage-classroom";
import { signInOrExplain } from "@/lib/accounts/sign-in";
import { limitJoinAttempts } from "@/lib/classes/join-attempts";
import { limitSignUps } from "@/lib/accounts/sign-up-limit";

export const createClassroomAction = viewerAction(createClassroom, (classroom) => redirect(`/classes/${classroom.id}`));
export const joinClassroomAction = viewerAction(
  (userId, input) => limitJoinAttempts(userId, () => joinClassroom(userId, input)),
  ({ classroomId }) => redirect(`/classes/${classroomId}`),
);
// A join link goes straight to the work: the current assignment's next section.
export const joinByLinkAction = viewerAction(
  (userId, input) => limitJoinAttempts(userId, () => joinByLink(userId, input)),
  ({ destination }) => redirect(destination),
);
export const signUpAndJoinAction = visitorAction(async (input) => {
  await limitSignUps();
  const { email, destination } = await limitJoinAttempts(null, () => signUpAndJoin(input));
  await signInOrExplain(email, input.password ?? "", destination);
});
export const changeMemberRoleAction = viewerAction(changeMemberRole, "Role changed.");
export const removeMemberAction = viewerAction(removeMember, "Removed from the class.");
export const regenerateJoinCodeAction = viewerAction(regenerateJoinCode, "New join code made. The old code no longer works.");
export const setClassroomArchivedAction = viewerAction(setClassroomArchived, "Saved.");
