"use server";

import { viewerAction } from "@/lib/actions";
import type { ActionState } from "@/lib/action-state";
import { plural } from "@/lib/format";
import * as post from "@/lib/moderation/moderate-post";
import { approvePosts } from "@/lib/moderation/approve-posts";
import { lockSection, unlockSection } from "@/lib/moderation/lock-section";
import { muteMember, unmuteMember } from "@/lib/moderation/mute-member";
import { reportPost } from "@/lib/moderation/report-post";
import { updateAssignmentSettings, updateClassSettings } from "@/lib/moderation/settings";

// The lib functions authorize and audit: moderating is for the class's moderators, reporting for
// its members.

export const approvePostAction = viewerAction(post.approvePost, "Approved.");
export const rejectPostAction = viewerAction(post.rejectPost, "Rejected. The author sees your reason.");
export const hidePostAction = viewerAction(post.hidePost, "Hidden. The author sees your reason.");
export const removePostAction = viewerAction(post.removePost, "Deleted. You can restore it.");
export const restorePostAction = viewerAction(post.restorePost, "Restored.");
export const pinPostAction = viewerAction(post.pinPost, "Pinned to the top of the section.");
export const unpinPostAction = viewerAction(post.unpinPost, "Unpinned.");
export const pickPostAction = viewerAction(post.pickPost, "Marked as a teacher's pick.");
export const unpickPostAction = viewerAction(post.unpickPost, "No longer a teacher's pick.");
export const lockThreadAction = viewerAction(post.lockThread, "Thread locked.");
export const unlockThreadAction = viewerAction(post.unlockThread, "Thread unlocked.");
export const lockSectionAction = viewerAction(lockSection, "Section locked.");
export const unlockSectionAction = viewerAction(unlockSection, "Section unlocked.");
export const muteMemberAction = viewerAction(muteMember, "Muted.");
export const unmuteMemberAction = viewerAction(unmuteMember, "Unmuted.");
export const updateClassSettingsAction = viewerAction(updateClassSettings, "Class settings saved.");
export const updateAssignmentSettingsAction = viewerAction(updateAssignmentSettings, "Assignment settings saved.");
export const reportPostAction = viewerAction(reportPost, "Thank you. Your teacher will review this post.");

// Checkboxes send one postIds entry each; viewerAction keeps one value per name, so join them first.
const approve = viewerAction(approvePosts, ({ approved }) => `Approved ${plural(approved, "post")}.`);

export async function approvePostsAction(state: ActionState, formData: FormData): Promise<ActionState> {
  const postIds = formData.getAll("postIds").filter((id): id is string => typeof id === "string");
  formData.set("postIds", postIds.join(","));
  return approve(state, formData);
}
