"use client";

import { useActionState, useState } from "react";
import { createResponseAction } from "@/lib/discussion/actions";
import { IDLE, type ActionState } from "@/lib/action-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { BUSY_NOTICE, retryWhenBusy } from "@/components/ui/retry-when-busy";
import { PostBodyField } from "@/components/discussion/post-body-field";
import { draftName, useDraft } from "@/components/discussion/drafts";
import { QuoteField } from "@/components/debate/quote-field";
import { ResponseArgumentFields } from "@/components/debate/argument-fields";
import { usePassageSelection } from "@/components/debate/passage-selection";
import { useHydrated } from "@/components/ui/use-hydrated";

// idempotencyKey: rendered by the server, a new one for each render of the page, so a submission
// sent again (a retry, a double click) is recognised.
export function ResponseForm({ assignmentId, position, stanceRequired, idempotencyKey }: { assignmentId: string; position: number; stanceRequired: boolean; idempotencyKey: string }) {
  const { choose } = usePassageSelection();
  const draft = useDraft(draftName(`/assignments/${assignmentId}/sections/${position}`), idempotencyKey);
  const [waiting, setWaiting] = useState(false);
  // Until the page's script runs (or without it) the form posts to the server action itself, a
  // plain form post whose answer the server renders; once hydrated, drafts and busy retries wrap it.
  const hydrated = useHydrated();
  const [sentWithoutScript, plainAction] = useActionState(createResponseAction, IDLE);
  const [sentByScript, action] = useActionState(async (previous: ActionState, formData: FormData) => {
    draft.sending(formData);
    const next = await retryWhenBusy(createResponseAction, setWaiting)(previous, formData);
    if (next.status === "ok") {
      draft.clear();
      choose(null);
    }
    return next;
  }, IDLE);
  const state = sentByScript.status === "idle" ? sentWithoutScript : sentByScript;
  const failed = state.status === "error";
  const restored = state.status === "idle" ? draft.restoredBody : undefined;
  return (
    <form action={hydrated ? action : plainAction} className="card space-y-3" noValidate aria-label="Post a response">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="position" value={position} />
      <input type="hidden" name="idempotencyKey" value={draft.idempotencyKey} />
      <QuoteField errors={state.fieldErrors?.quoteText} />
      <PostBodyField
        key={`body-${state.at}-${restored === undefined ? "new" : "restored"}`}
        id="response-body"
        label="Your response"
        defaultValue={failed ? state.values?.body : (restored ?? "")}
        errors={state.fieldErrors?.body}
        onText={draft.typed}
      />
      <ResponseArgumentFields
        key={`argument-${state.at}`}
        idPrefix="response"
        stanceRequired={stanceRequired}
        values={failed ? state.values : undefined}
        errors={state.fieldErrors}
      />
      <FormMessage state={state} notice={waiting ? BUSY_NOTICE : undefined} />
      <SubmitButton pendingLabel="Posting…">Post response</SubmitButton>
    </form>
  );
}
