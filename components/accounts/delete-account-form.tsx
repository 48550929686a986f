"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

// Asks for the current password: deleting is final, so it needs more than a click.
export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, IDLE);
  return (
    <form action={action} className="card space-y-4" noValidate>
      <Field id="delete-password" label="Your password, to confirm" errors={state.fieldErrors?.password}>
        {(props) => <input {...props} name="password" type="password" autoComplete="current-password" required className="input" />}
      </Field>
      <SubmitButton className="btn bg-red-700 text-white hover:bg-red-800" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
