"use client";

import { useActionState } from "react";
import { redeemResetCodeAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordFields } from "@/components/accounts/new-password-fields";

export function ResetPasswordForm() {
  const [state, action] = useActionState(redeemResetCodeAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field id="email" label="Email" errors={state.fieldErrors?.email}>
        {(props) => (
          <input {...props} key={state.at} name="email" type="email" autoComplete="email" required className="input" defaultValue={state.values?.email} />
        )}
      </Field>
      <Field id="code" label="Reset code" errors={state.fieldErrors?.code} hint="From your teacher, like ABCDE-FGHJK.">
        {(props) => (
          <input {...props} key={state.at} name="code" autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} required className="input" defaultValue={state.values?.code} />
        )}
      </Field>
      <NewPasswordFields errors={state.fieldErrors} />
      <SubmitButton pendingLabel="Setting your password…">Set new password</SubmitButton>
    </form>
  );
}
