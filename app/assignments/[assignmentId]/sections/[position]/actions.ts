"use server";

import { refresh } from "next/cache";
import { runAction } from "@/lib/actions";
import type { ActionState } from "@/lib/action-state";
import { requireViewerForAction } from "@/lib/session";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { deletePost, editPost } from "@/lib/discussion/change-post";
import { reportPost } from "@/lib/moderation/report-post";

function discussionAction<T>(perform: (userId: string, input: Record<string, string>) => Promise<T>, done: (result: T) => string) {
  return async (_state: ActionState, formData: FormData): Promise<ActionState> =>
    runAction(formData, async (input) => {
      const viewer = await requireViewerForAction();
      const result = await perform(viewer.id, input);
      refresh();
      return done(result);
    });
}

const posted = (what: string) => (post: { status: string }) =>
  post.status === "PENDING" ? `Your ${what} is waiting for your teacher's approval.` : `Your ${what} is posted.`;

export const createResponseAction = discussionAction(createResponse, posted("response"));
export const createReplyAction = discussionAction(createReply, posted("reply"));
export const editPostAction = discussionAction(editPost, () => "Your changes are saved.");
export const deletePostAction = discussionAction(deletePost, () => "Deleted.");
export const reportPostAction = discussionAction(reportPost, () => "Thank you. Your teacher will review this post.");
