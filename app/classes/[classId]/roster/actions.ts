"use server";

import { refresh } from "next/cache";
import { runAction } from "@/lib/actions";
import type { ActionState } from "@/lib/action-state";
import { requireViewerForAction } from "@/lib/session";
import { changeMemberRole, regenerateJoinCode, removeMember, setClassroomArchived } from "@/lib/classes/manage-classroom";

function classAction(perform: (userId: string, input: Record<string, string>) => Promise<unknown>, done: string) {
  return async (_state: ActionState, formData: FormData): Promise<ActionState> =>
    runAction(formData, async (input) => {
      const viewer = await requireViewerForAction();
      await perform(viewer.id, input);
      refresh();
      return done;
    });
}

export const changeMemberRoleAction = classAction(changeMemberRole, "Role changed.");
export const removeMemberAction = classAction(removeMember, "Removed from the class.");
export const regenerateJoinCodeAction = classAction(regenerateJoinCode, "New join code made. The old code no longer works.");
export const setClassroomArchivedAction = classAction(setClassroomArchived, "Saved.");
