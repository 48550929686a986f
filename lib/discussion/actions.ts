"use server";

import { viewerAction } from "@/lib/actions";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { deletePost, editPost } from "@/lib/discussion/change-post";

const posted = (what: string) => (post: { status: string }) =>
  post.status === "PENDING" ? `Your ${what} is waiting for your teacher's approval.` : `Your ${what} is posted.`;

export const createResponseAction = viewerAction(createResponse, posted("response"));
export const createReplyAction = viewerAction(createReply, posted("reply"));
export const editPostAction = viewerAction(editPost, (post) =>
  post.status === "PENDING" ? "Your changes are saved and wait for your teacher's approval." : "Your changes are saved.",
);
export const deletePostAction = viewerAction(deletePost, "Deleted.");
