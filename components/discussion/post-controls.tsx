"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import {
  createReplyAction,
  deletePostAction,
  editPostAction,
} from "@/app/assignments/[assignmentId]/sections/[position]/actions";
import { IDLE } from "@/lib/action-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PostBodyField } from "@/components/discussion/post-body-field";

type Mode = "idle" | "reply" | "edit";

// Reply, edit and delete for one post. The server decides who may do each; these only show
// the controls it said apply.
export function PostControls({
  postId,
  authorName,
  editableBody,
  canReply,
  canDelete,
}: {
  postId: string;
  authorName: string;
  editableBody: string | null;
  canReply: boolean;
  canDelete: boolean;
}) {
  const [mode, setMode] = useState<Mode>("idle");
  // A successful reply or edit closes its form.
  const closingOnSuccess =
    (action: (state: ActionState, formData: FormData) => Promise<ActionState>) =>
    async (state: ActionState, formData: FormData) => {
      const next = await action(state, formData);
      if (next.status === "ok") setMode("idle");
      return next;
    };
  const [replyState, reply] = useActionState(closingOnSuccess(createReplyAction), IDLE);
  const [editState, edit] = useActionState(closingOnSuccess(editPostAction), IDLE);
  const [deleteState, remove] = useActionState(deletePostAction, IDLE);

  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-1">
        {canReply ? (
          <button type="button" className="btn-quiet" aria-expanded={mode === "reply"} onClick={() => setMode(mode === "reply" ? "idle" : "reply")}>
            Reply<span className="sr-only"> to {authorName}</span>
          </button>
        ) : null}
        {editableBody !== null ? (
          <button type="button" className="btn-quiet" aria-expanded={mode === "edit"} onClick={() => setMode(mode === "edit" ? "idle" : "edit")}>
            Edit
          </button>
        ) : null}
        {canDelete ? (
          <form
            action={remove}
            onSubmit={(event) => {
              if (!window.confirm("Delete this post? Replies to it stay visible.")) event.preventDefault();
            }}
          >
            <input type="hidden" name="postId" value={postId} />
            <SubmitButton className="btn-quiet text-red-800" pendingLabel="Deleting…">
              Delete
            </SubmitButton>
          </form>
        ) : null}
      </div>
      <FormMessage state={deleteState} />
      {mode === "reply" ? (
        <form action={reply} className="space-y-2" noValidate aria-label={`Reply to ${authorName}`}>
          <input type="hidden" name="parentId" value={postId} />
          <PostBodyField key={replyState.at} id={`reply-${postId}`} label="Your reply" autoFocus defaultValue={replyState.values?.body} errors={replyState.fieldErrors?.body} />
          <FormMessage state={replyState} />
          <div className="flex gap-2">
            <SubmitButton pendingLabel="Posting…">Post reply</SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setMode("idle")}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {mode === "edit" && editableBody !== null ? (
        <form action={edit} className="space-y-2" noValidate aria-label="Edit your post">
          <input type="hidden" name="postId" value={postId} />
          <PostBodyField key={editState.at} id={`edit-${postId}`} label="Edit your post" autoFocus defaultValue={editState.values?.body ?? editableBody} errors={editState.fieldErrors?.body} />
          <FormMessage state={editState} />
          <div className="flex gap-2">
            <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setMode("idle")}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
