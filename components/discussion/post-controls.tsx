"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import {
  createReplyAction,
  deletePostAction,
  editPostAction,
} from "@/lib/discussion/actions";
import { IDLE } from "@/lib/action-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { BUSY_NOTICE, retryWhenBusy } from "@/components/ui/retry-when-busy";
import { PostBodyField } from "@/components/discussion/post-body-field";
import { draftName, useDraft } from "@/components/discussion/drafts";
import { QuoteField } from "@/components/debate/quote-field";
import { ReplyKindField, ResponseArgumentFields } from "@/components/debate/argument-fields";
import { usePassageSelection } from "@/components/debate/passage-selection";

type Mode = "idle" | "reply" | "edit";

// What an edit may change beside the text: a response's stance, kind and sources, or a reply's
// counter or agree. Values are form field values ("" for none).
export type EditableArgument = { type: "response"; stanceRequired: boolean; values: Record<string, string> } | { type: "reply"; replyKind: string };

// Reply, edit and delete for one post. The server decides who may do each; these only show
// the controls it said apply. replyKey: the reply form's idempotency key, rendered by the server.
export function PostControls({
  postId,
  authorName,
  editable,
  canReply,
  canDelete,
  sectionPath,
  replyKey,
}: {
  postId: string;
  authorName: string;
  // The post's text and argument, when the viewer may edit it.
  editable: { body: string; argument: EditableArgument } | null;
  canReply: boolean;
  canDelete: boolean;
  sectionPath: string;
  replyKey: string;
}) {
  const replyDraft = useDraft(draftName(sectionPath, postId), replyKey);
  const [chosenMode, setMode] = useState<Mode>();
  // A reply left unsent (a failed submit, then a reload) opens again with its text.
  const mode = chosenMode ?? (canReply && replyDraft.restoredBody ? "reply" : "idle");
  const [waiting, setWaiting] = useState(false);
  const { choose } = usePassageSelection();
  // A successful reply or edit closes its form.
  const closingOnSuccess =
    (action: (state: ActionState, formData: FormData) => Promise<ActionState>) =>
    async (state: ActionState, formData: FormData) => {
      const next = await action(state, formData);
      if (next.status === "ok") {
        setMode("idle");
        choose(null);
      }
      return next;
    };
  const [replyState, reply] = useActionState(
    closingOnSuccess(async (state: ActionState, formData: FormData) => {
      replyDraft.sending(formData);
      const next = await retryWhenBusy(createReplyAction, setWaiting)(state, formData);
      if (next.status === "ok") replyDraft.clear();
      return next;
    }),
    IDLE,
  );
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
        {editable ? (
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
        <InlinePostForm
          action={reply}
          state={replyState}
          label={`Reply to ${authorName}`}
          field={{ id: `reply-${postId}`, label: "Your reply", defaultValue: replyDraft.savedBody() ?? "", onText: replyDraft.typed }}
          hidden={{ parentId: postId, idempotencyKey: replyDraft.idempotencyKey }}
          notice={waiting ? BUSY_NOTICE : undefined}
          autoFocus={chosenMode === "reply"}
          extra={
            <>
              <QuoteField errors={replyState.fieldErrors?.quoteText} />
              <ReplyKindField value={replyState.values?.replyKind} />
            </>
          }
          submit={["Post reply", "Posting…"]}
          onCancel={() => {
            replyDraft.clear();
            setMode("idle");
          }}
        />
      ) : null}
      {mode === "edit" && editable ? (
        <InlinePostForm
          action={edit}
          state={editState}
          label="Edit your post"
          field={{ id: `edit-${postId}`, label: "Edit your post", defaultValue: editable.body }}
          autoFocus
          hidden={{ postId }}
          extra={<ArgumentEditor key={editState.at} postId={postId} argument={editable.argument} state={editState} />}
          submit={["Save changes", "Saving…"]}
          onCancel={() => setMode("idle")}
        />
      ) : null}
    </div>
  );
}

function ArgumentEditor({ postId, argument, state }: { postId: string; argument: EditableArgument; state: ActionState }) {
  const sent = state.status === "error" ? state.values : undefined;
  if (argument.type === "reply") return <ReplyKindField value={sent?.replyKind ?? argument.replyKind} />;
  return <ResponseArgumentFields idPrefix={`edit-${postId}`} stanceRequired={argument.stanceRequired} values={sent ?? argument.values} errors={state.fieldErrors} />;
}

// A reply or an edit, opened under the post; after an error it shows the text that was sent.
function InlinePostForm(props: {
  action: (formData: FormData) => void;
  state: ActionState;
  label: string;
  field: { id: string; label: string; defaultValue: string; onText?: (text: string) => void };
  hidden: Record<string, string>;
  // Fields beyond the text: a reply's quote and whether it counters or agrees.
  extra?: React.ReactNode;
  submit: [label: string, pendingLabel: string];
  notice?: string;
  autoFocus: boolean;
  onCancel: () => void;
}) {
  const { action, state, label, field, hidden, extra, submit, notice, autoFocus, onCancel } = props;
  return (
    <form action={action} className="space-y-2" noValidate aria-label={label}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {extra}
      <PostBodyField
        key={state.at}
        id={field.id}
        label={field.label}
        autoFocus={autoFocus}
        defaultValue={state.values?.body ?? field.defaultValue}
        errors={state.fieldErrors?.body}
        onText={field.onText}
      />
      <FormMessage state={state} notice={notice} />
      <div className="flex gap-2">
        <SubmitButton pendingLabel={submit[1]}>{submit[0]}</SubmitButton>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
