"use client";

import { useActionState } from "react";
import { createResponseAction } from "@/lib/discussion/actions";
import { IDLE, type ActionState } from "@/lib/action-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PostBodyField } from "@/components/discussion/post-body-field";
import { QuoteField } from "@/components/debate/quote-field";
import { ResponseArgumentFields } from "@/components/debate/argument-fields";
import { usePassageSelection } from "@/components/debate/passage-selection";

export function ResponseForm({ assignmentId, position, stanceRequired }: { assignmentId: string; position: number; stanceRequired: boolean }) {
  const { choose } = usePassageSelection();
  const [state, action] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await createResponseAction(previous, formData);
    if (next.status === "ok") choose(null);
    return next;
  }, IDLE);
  const failed = state.status === "error";
  return (
    <form action={action} className="card space-y-3" noValidate aria-label="Post a response">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="position" value={position} />
      <QuoteField errors={state.fieldErrors?.quoteText} />
      <PostBodyField
        key={`body-${state.at}`}
        id="response-body"
        label="Your response"
        defaultValue={failed ? state.values?.body : ""}
        errors={state.fieldErrors?.body}
      />
      <ResponseArgumentFields
        key={`argument-${state.at}`}
        idPrefix="response"
        stanceRequired={stanceRequired}
        values={failed ? state.values : undefined}
        errors={state.fieldErrors}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Posting…">Post response</SubmitButton>
    </form>
  );
}
