"use server";

import { refresh } from "next/cache";
import { runAction } from "@/lib/actions";
import type { ActionState } from "@/lib/action-state";
import { requireViewerForAction } from "@/lib/session";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { deletePost, editPost } from "@/lib/discussion/change-post";

function discussionAction(perform: (userId: string, input: Record<string, string>) => Promise<unknown>, done: string) {
  return async (_state: ActionState, formData: FormData): Promise<ActionState> =>
    runAction(formData, async (input) => {
      const viewer = await requireViewerForAction();
      await perform(viewer.id, input);
      refresh();
      return done;
    });
}

export const createResponseAction = discussionAction(createResponse, "Your response is posted.");
export const createReplyAction = discussionAction(createReply, "Your reply is posted.");
export const editPostAction = discussionAction(editPost, "Your changes are saved.");
export const deletePostAction = discussionAction(deletePost, "Deleted.");
