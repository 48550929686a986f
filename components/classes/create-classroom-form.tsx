"use client";

import { useActionState } from "react";
import { createClassroomAction } from "@/lib/classes/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateClassroomForm() {
  const [state, action] = useActionState(createClassroomAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field id="name" label="Class name" errors={state.fieldErrors?.name} hint="For example: History 11 — Period 3">
        {(props) => <input {...props} name="name" required maxLength={120} className="input" defaultValue={state.values?.name} />}
      </Field>
      <SubmitButton pendingLabel="Creating…">Create class</SubmitButton>
    </form>
  );
}
