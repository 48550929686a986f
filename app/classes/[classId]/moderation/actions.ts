"use server";

import { refresh } from "next/cache";
import { runAction } from "@/lib/actions";
import type { ActionState } from "@/lib/action-state";
import { plural } from "@/lib/format";
import { requireViewerForAction } from "@/lib/session";
import * as post from "@/lib/moderation/moderate-post";
import { approvePosts } from "@/lib/moderation/approve-posts";
import { lockSection, unlockSection } from "@/lib/moderation/lock-section";
import { muteMember, unmuteMember } from "@/lib/moderation/mute-member";
import { updateAssignmentSettings, updateClassSettings } from "@/lib/moderation/settings";

// Thin wrappers: the lib functions authorize (moderators of the post's class only) and audit.
function moderationAction<T>(perform: (userId: string, input: Record<string, string>) => Promise<T>, done: string | ((result: T) => string)) {
  return async (_state: ActionState, formData: FormData): Promise<ActionState> =>
    runAction(formData, async (input) => {
      const viewer = await requireViewerForAction();
      const result = await perform(viewer.id, input);
      refresh();
      return typeof done === "string" ? done : done(result);
    });
}

export const approvePostAction = moderationAction(post.approvePost, "Approved.");
export const rejectPostAction = moderationAction(post.rejectPost, "Rejected. The author sees your reason.");
export const hidePostAction = moderationAction(post.hidePost, "Hidden. The author sees your reason.");
export const removePostAction = moderationAction(post.removePost, "Deleted. You can restore it.");
export const restorePostAction = moderationAction(post.restorePost, "Restored.");
export const pinPostAction = moderationAction(post.pinPost, "Pinned to the top of the section.");
export const unpinPostAction = moderationAction(post.unpinPost, "Unpinned.");
export const pickPostAction = moderationAction(post.pickPost, "Marked as a teacher's pick.");
export const unpickPostAction = moderationAction(post.unpickPost, "No longer a teacher's pick.");
export const lockThreadAction = moderationAction(post.lockThread, "Thread locked.");
export const unlockThreadAction = moderationAction(post.unlockThread, "Thread unlocked.");
export const lockSectionAction = moderationAction(lockSection, "Section locked.");
export const unlockSectionAction = moderationAction(unlockSection, "Section unlocked.");
export const muteMemberAction = moderationAction(muteMember, "Muted.");
export const unmuteMemberAction = moderationAction(unmuteMember, "Unmuted.");
// Checkboxes send one postIds entry each; runAction keeps one value per name, so join them first.
export async function approvePostsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const postIds = formData.getAll("postIds").filter((id): id is string => typeof id === "string");
  formData.set("postIds", postIds.join(","));
  return runAction(formData, async (input) => {
    const viewer = await requireViewerForAction();
    const { approved } = await approvePosts(viewer.id, input);
    refresh();
    return `Approved ${plural(approved, "post")}.`;
  });
}
export const updateClassSettingsAction = moderationAction(updateClassSettings, "Class settings saved.");
export const updateAssignmentSettingsAction = moderationAction(updateAssignmentSettings, "Assignment settings saved.");
