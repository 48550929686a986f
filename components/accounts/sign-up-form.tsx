"use client";

import { useActionState } from "react";
import { signUpAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signUpAction, IDLE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="name" label="Your name" errors={errors.name} hint="Classmates and teachers see this name.">
        {(props) => <input {...props} name="name" autoComplete="name" required className="input" defaultValue={state.values?.name} />}
      </Field>
      <Field id="email" label="Email" errors={errors.email}>
        {(props) => (
          <input {...props} name="email" type="email" autoComplete="email" required className="input" defaultValue={state.values?.email} />
        )}
      </Field>
      <Field id="password" label="Password" errors={errors.password} hint="At least 8 characters.">
        {(props) => <input {...props} name="password" type="password" autoComplete="new-password" required minLength={8} className="input" />}
      </Field>
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
