"use client";

import { useActionState } from "react";
import { createResponseAction } from "@/app/assignments/[assignmentId]/sections/[position]/actions";
import { IDLE } from "@/lib/action-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PostBodyField } from "@/components/discussion/post-body-field";

export function ResponseForm({ assignmentId, position }: { assignmentId: string; position: number }) {
  const [state, action] = useActionState(createResponseAction, IDLE);
  return (
    <form action={action} className="card space-y-3" noValidate aria-label="Post a response">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="position" value={position} />
      <PostBodyField
        key={state.at}
        id="response-body"
        label="Your response"
        defaultValue={state.status === "error" ? state.values?.body : ""}
        errors={state.fieldErrors?.body}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Posting…">Post response</SubmitButton>
    </form>
  );
}
