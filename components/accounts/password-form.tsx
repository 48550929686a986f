"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordFields } from "@/components/accounts/new-password-fields";

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, IDLE);
  return (
    // Keyed by the answer: the password fields empty after every try.
    <form key={state.at} action={action} className="space-y-4" noValidate>
      <Field id="currentPassword" label="Current password" errors={state.fieldErrors?.currentPassword}>
        {(props) => <input {...props} name="currentPassword" type="password" autoComplete="current-password" required className="input" />}
      </Field>
      <NewPasswordFields errors={state.fieldErrors} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
