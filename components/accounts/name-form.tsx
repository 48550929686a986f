"use client";

import { useActionState } from "react";
import { changeNameAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function NameForm({ name }: { name: string }) {
  const [state, action] = useActionState(changeNameAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field id="name" label="Name" errors={state.fieldErrors?.name} hint="Your classmates and teachers see this name.">
        {(props) => (
          <input
            {...props}
            key={state.at}
            name="name"
            autoComplete="name"
            required
            maxLength={80}
            className="input"
            defaultValue={state.status === "error" ? state.values?.name : name}
          />
        )}
      </Field>
      <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
